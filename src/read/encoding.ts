// Bytes → text. Honours a byte-order mark (UTF-8, UTF-16 LE/BE), then a charset the document
// declares (<meta charset>, XML prolog, HTTP content-type), then strict UTF-8, and falls back to
// Windows-1252 (a superset of Latin-1 for printable text, common on Spanish-language sites).
// Binary data is refused with a reason rather than decoded into garbage.
import { TextDecoder } from "node:util";

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const SNIFF_BYTES = 8192;

function bomEncoding(b: Uint8Array): { enc: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { enc: "utf-8", skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { enc: "utf-16le", skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { enc: "utf-16be", skip: 2 };
  return null;
}

/** UTF-16 without a BOM shows as NULs in every other byte of ASCII-heavy text. */
function utf16Guess(b: Uint8Array): string | null {
  const n = Math.min(b.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > half * 0.4 && evenNul < half * 0.05) return "utf-16le";
  if (evenNul > half * 0.4 && oddNul < half * 0.05) return "utf-16be";
  return null;
}

/** Binary if more than 2% of the sniffed head are control bytes (NUL included): a stray NUL in
 * text is debris to drop (see clean/article.ts), not a sign of binary data. */
export function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 9 || (c > 13 && c < 32 && c !== 27)) control++;
  }
  return n > 0 && control / n > 0.02;
}

const LABELS: Record<string, string> = {
  "latin1": "windows-1252",
  "latin-1": "windows-1252",
  "iso-8859-1": "windows-1252",
  "iso8859-1": "windows-1252",
  "us-ascii": "windows-1252",
  "cp1252": "windows-1252",
  "windows-1252": "windows-1252",
  "ascii": "windows-1252",
  "utf8": "utf-8",
};

/** The charset the document declares in its first bytes (HTML meta, XML prolog), if any. */
export function declaredCharset(b: Uint8Array): string | null {
  const head = Buffer.from(b.subarray(0, Math.min(b.length, SNIFF_BYTES))).toString("latin1");
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

// Windows-1252 differs from Latin-1 in 0x80–0x9F (curly quotes, dashes, €). Node 20's TextDecoder
// decodes the label as plain Latin-1, so those 32 code points are mapped here.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeCp1252(bytes: Uint8Array): string {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return /[\u0080-\u009f]/.test(s) ? s.replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!) : s;
}

type Decoder = { encoding: string; decode(b: Uint8Array): string };

function decoderFor(label: string): Decoder | null {
  const l = LABELS[label] ?? label;
  if (l === "windows-1252") return { encoding: l, decode: decodeCp1252 };
  try {
    return new TextDecoder(l, { fatal: l === "utf-8" });
  } catch {
    return null;
  }
}

/**
 * Decodes `bytes`. `hint` is a charset from outside the document (an HTTP content-type), which
 * a BOM overrides and which overrides what the document declares, as browsers do.
 */
export function decode(bytes: Uint8Array, hint?: string | null): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = new TextDecoder(bom.enc).decode(bytes.subarray(bom.skip));
    return text.trim() ? { ok: true, text, encoding: bom.enc } : { ok: false, reason: "empty file" };
  }
  const u16 = utf16Guess(bytes);
  if (u16) return { ok: true, text: new TextDecoder(u16).decode(bytes), encoding: u16 };
  if (looksBinary(bytes)) return { ok: false, reason: "binary data, not text" };
  const candidates = [hint?.toLowerCase(), declaredCharset(bytes)].filter((x): x is string => !!x);
  for (const label of candidates) {
    const dec = decoderFor(label);
    if (!dec) continue;
    try {
      const text = dec.decode(bytes);
      return finish(text, dec.encoding);
    } catch {
      // declared UTF-8 but the bytes are not: fall through to the fallback
    }
  }
  try {
    return finish(new TextDecoder("utf-8", { fatal: true }).decode(bytes), "utf-8");
  } catch {
    return finish(decodeCp1252(bytes), "windows-1252");
  }
}

function finish(text: string, encoding: string): Decoded {
  if (!text.trim()) return { ok: false, reason: "empty file (only whitespace)" };
  return { ok: true, text, encoding };
}
