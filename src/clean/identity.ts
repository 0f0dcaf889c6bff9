// An article's identity and version. The id names the article wherever it is read from: its
// canonical URL, else its feed GUID, else its content (a file on disk has no identity of its own
// that survives a move or another working folder). The version is the hash of its cleaned text:
// the same article edited by its outlet keeps its id and gets a new version.
import { createHash } from "node:crypto";

const hex = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 12);

/** Query parameters that track a reader, not name a page. */
/** A URL's host lower-cased and without "www." (the one way sitrep names a site). */
export const bareHost = (u: URL): string => u.hostname.toLowerCase().replace(/^www\./, "");

/** The bare host of an address, or null when it is no URL. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return bareHost(new URL(url)) || null;
  } catch {
    return null;
  }
}

const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid|ref|ref_src|CMP)$/i;

/** The URL with what does not change the page removed: fragment, tracking parameters, default
 * port, "www.", a trailing slash; scheme and host lower-cased; null when it is not http(s). */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.searchParams.sort();
  const host = bareHost(u);
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, "") : "";
  const query = u.searchParams.toString();
  return `https://${host}${u.port ? `:${u.port}` : ""}${path}${query ? `?${query}` : ""}`;
}

/** The hash of the cleaned text: same text ⇒ same version, whatever the source. */
export function contentVersion(text: string): string {
  return hex(text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase());
}

export function articleIdentity(meta: { url?: string | null; guid?: string | null }, text: string): { id: string; version: string } {
  const version = contentVersion(text);
  const url = canonicalUrl(meta.url);
  const guid = meta.guid?.trim();
  return { id: "a-" + (url ? hex(`url\u0000${url}`) : guid ? hex(`guid\u0000${guid}`) : version), version };
}
