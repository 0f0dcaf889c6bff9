// Markdown → plain text plus what its front matter says (title, author, date, source, url).
// Formatting marks go; the words stay. A leading "# Heading" becomes the title.
import type { DocMeta } from "../model.js";
import { isoDay, isoInstant } from "../read/dates.js";

export interface FromMarkdown {
  text: string;
  meta: DocMeta;
}

const FRONT_KEYS: Record<string, keyof DocMeta> = {
  title: "title", headline: "title", author: "byline", authors: "byline", byline: "byline",
  date: "published", published: "published", pubdate: "published", source: "outlet", outlet: "outlet",
  publisher: "outlet", url: "url", link: "url", lang: "language", language: "language",
};

export function markdownToText(md: string): FromMarkdown {
  const meta: DocMeta = {};
  let body = md.replace(/\r\n?/g, "\n");
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(body);
  if (fm) {
    body = body.slice(fm[0].length);
    for (const line of fm[1]!.split("\n")) {
      const m = /^([A-Za-z_]+)\s*:\s*(.+)$/.exec(line.trim());
      const k = m && FRONT_KEYS[m[1]!.toLowerCase()];
      if (!k) continue;
      const v = m[2]!.trim().replace(/^["']|["']$/g, "");
      (meta as Record<string, string | null>)[k] = k === "published" ? isoDay(v) : v;
      if (k === "published") meta.publishedAt = isoInstant(v);
    }
  }
  body = body
    .replace(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1\s*$/gm, "$2") // fenced code: keep the text
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "") // images
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // links → their words
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/^\[[^\]]+\]:\s*\S+.*$/gm, "") // link definitions
    .replace(/<[^>\n]+>/g, "") // inline HTML tags
    .replace(/^\s{0,3}>\s?/gm, "") // block quotes
    .replace(/^\s*[-*+]\s+/gm, "") // bullets
    .replace(/^\s*\d+[.)]\s+/gm, "")
    .replace(/^\s*([-*_]\s*){3,}$/gm, "") // rules
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1");
  const lines = body.split("\n");
  const firstIdx = lines.findIndex((l) => l.trim());
  if (firstIdx >= 0 && /^#\s+/.test(lines[firstIdx]!) && !meta.title) {
    meta.title = lines[firstIdx]!.replace(/^#\s+/, "").trim();
    lines.splice(firstIdx, 1);
  }
  const text = lines.map((l) => l.replace(/^#{1,6}\s+/, "").trim()).join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return { text, meta };
}
