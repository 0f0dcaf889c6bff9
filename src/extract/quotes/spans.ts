// Finds the spans between quotation marks: “curly”, "straight", ‘single’, 'straight single',
// «angle» and, for Spanish, the —dialogue dash. Apostrophes (don’t, Peru’s, ’90s, rock 'n' roll)
// are told from marks by what stands on each side. A quotation never crosses a paragraph, except
// by the journalistic convention: a paragraph whose quotation is not closed continues in the next
// paragraph that opens with a quote mark. Each paragraph's part is then its own span, and the
// parts share a `chain` id so that they share a speaker.

export type MarkKind = "curly" | "straight" | "single" | "angle" | "dash";

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (the end of the part when a continued part has none). */
  close: number;
  /** The words inside the marks, trimmed of spaces and of a trailing comma. */
  start: number;
  end: number;
  kind: MarkKind;
  closed: boolean;
  /** Parts of one quotation over several paragraphs share this id; otherwise it is the span's own index. */
  chain: number;
  /** The opening mark is the first thing in its paragraph. */
  opensParagraph: boolean;
}

const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\u00a0" || c === "\r" || c === "\n";
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
/** What may stand right before an opening mark. */
const OPEN_PREV = " \t\u00a0\r\n([{—–-/:;,“‘«¿¡";
/** What may stand right after a closing mark. */
const CLOSE_NEXT = " \t\u00a0\r\n.,;:!?)]}—–-…'’”»\"";

function canOpen(text: string, i: number, paraStart: number): boolean {
  const next = text[i + 1];
  return (i === paraStart || OPEN_PREV.includes(text[i - 1]!)) && next !== undefined && !isSpace(next);
}

function canClose(text: string, i: number, paraEnd: number): boolean {
  const prev = text[i - 1];
  return prev !== undefined && !isSpace(prev) && (i + 1 >= paraEnd || CLOSE_NEXT.includes(text[i + 1]!));
}

interface Open {
  kind: MarkKind;
  pos: number;
  /** The closing character this opening waits for. */
  closer: string;
  depth: number;
}

interface Piece {
  open: number;
  innerStart: number;
  innerEnd: number;
  close: number;
  kind: MarkKind;
  closed: boolean;
  /** Ended because the next part opened (same paragraph or next one): a continued quotation. */
  continues: boolean;
  opensParagraph: boolean;
}

function trimInner(text: string, a: number, b: number): [number, number] {
  while (a < b && isSpace(text[a])) a++;
  while (b > a && (isSpace(text[b - 1]) || text[b - 1] === ",")) b--;
  return [a, b];
}

/** Every character that may open or close a quotation. */
const MARK_RE = /["“”«»‘’']/g;

/** Scans one paragraph [ps, pe) for quoted spans. */
function scanParagraph(text: string, ps: number, pe: number, lang: string, out: Piece[]): void {
  let firstNonSpace = ps;
  while (firstNonSpace < pe && isSpace(text[firstNonSpace])) firstNonSpace++;
  if (lang === "es" && scanDialogue(text, firstNonSpace, pe, out)) return;

  let open: Open | null = null;
  const start = (kind: MarkKind, pos: number, closer: string) => {
    open = { kind, pos, closer, depth: 0 };
  };
  const finish = (o: Open, closePos: number, closed: boolean, continues: boolean) => {
    const [a, b] = trimInner(text, o.pos + 1, closePos);
    out.push({
      open: o.pos,
      innerStart: a,
      innerEnd: b,
      close: closed ? closePos + 1 : b,
      kind: o.kind,
      closed,
      continues,
      opensParagraph: o.pos === firstNonSpace,
    });
  };

  MARK_RE.lastIndex = ps;
  for (;;) {
    const m = MARK_RE.exec(text);
    if (!m || m.index >= pe) break;
    const i = m.index;
    const ch = m[0];
    const o = open as Open | null;
    if (o === null) {
      if (ch === "“" && !isSpace(text[i + 1])) start("curly", i, "”");
      else if (ch === "«" && !isSpace(text[i + 1])) start("angle", i, "»");
      else if (ch === '"' && canOpen(text, i, ps)) start("straight", i, '"');
      else if (ch === "‘" && canOpen(text, i, ps) && isLetter(text[i + 1])) start("single", i, "’");
      else if (ch === "'" && (i === ps || OPEN_PREV.includes(text[i - 1]!)) && isLetter(text[i + 1])) start("single", i, "'");
      else if (ch === "”" && canOpen(text, i, ps) && !isWordChar(text[i - 1])) start("curly", i, "”"); // ”reversed” style
      continue;
    }
    if (ch === o.closer || (ch === "”" && o.kind === "straight") || (ch === '"' && o.kind === "curly" && canClose(text, i, pe))) {
      // mixed marks ("…” or “…") are common in pasted text: either double closing mark closes a double quotation
      if (o.kind === "angle" && o.depth > 0) {
        o.depth--;
        continue;
      }
      if (o.kind === "curly" || o.kind === "angle") {
        finish(o, i, true, false);
        open = null;
      } else if (canClose(text, i, pe)) {
        // straight and single marks: a closing mark has a word character (or punctuation) before it and a break after
        if (o.kind === "single" && isLetter(text[i + 1])) continue; // an apostrophe inside a word
        finish(o, i, true, false);
        open = null;
      } else if (o.kind === "straight" && canOpen(text, i, ps)) {
        // a mark that can only open: the journalistic restart of a quotation without its closing mark
        finish(o, i, false, true);
        start("straight", i, '"');
      }
    } else if (o.kind === "curly" && ch === "“" && /\p{Ll}/u.test(text[i + 1] ?? "") && /[,.!?…]\s?$/.test(text.slice(Math.max(o.pos + 1, i - 2), i))) {
      // an opening mark typed for the closing one: “…, and he delivers, “said Sid Ganis
      finish(o, i, true, false);
      open = null;
    } else if (o.kind === "curly" && ch === "“" && canOpen(text, i, ps) && /[.!?…]\s*$/.test(text.slice(Math.max(o.pos, i - 3), i))) {
      // a new paragraph-style opening after a finished sentence, with no closing mark before it
      finish(o, i, false, true);
      start("curly", i, "”");
    } else if (o.kind === "angle" && ch === "«") {
      o.depth++;
    }
  }
  const o = open as Open | null;
  if (o !== null) finish(o, pe, false, false);
}

/** Spanish dialogue: "—Texto —dijo X—. Más texto." Returns false when the paragraph is not one. */
function scanDialogue(text: string, p: number, pe: number, out: Piece[]): boolean {
  const ch = text[p];
  if ((ch !== "—" && ch !== "―") || p + 1 >= pe || isSpace(text[p + 1])) return false;
  // the narrator's aside opens with " —" and closes with "—" or runs to the end of the paragraph
  let aside = -1;
  for (let i = p + 1; i < pe; i++) {
    if ((text[i] === "—" || text[i] === "―") && isSpace(text[i - 1])) {
      aside = i;
      break;
    }
  }
  const firstEnd = aside < 0 ? pe : aside;
  const [a, b] = trimInner(text, p + 1, firstEnd);
  if (b <= a) return false;
  out.push({ open: p, innerStart: a, innerEnd: b, close: b, kind: "dash", closed: true, continues: false, opensParagraph: true });
  if (aside < 0) return true;
  let asideEnd = -1;
  for (let i = aside + 1; i < pe; i++) {
    if (text[i] === "—" || text[i] === "―") {
      asideEnd = i;
      break;
    }
  }
  if (asideEnd < 0) return true;
  let r = asideEnd + 1;
  while (r < pe && (isSpace(text[r]) || ".,;:".includes(text[r]!))) r++;
  const [c, d] = trimInner(text, r, pe);
  if (d > c) {
    out[out.length - 1]!.continues = true;
    out.push({ open: asideEnd, innerStart: c, innerEnd: d, close: d, kind: "dash", closed: true, continues: false, opensParagraph: false });
  }
  return true;
}

/** Every quoted span of `text`, in order. */
export function findQuoteSpans(text: string, lang: string): QuoteSpan[] {
  const pieces: Piece[] = [];
  for (let ps = 0; ps < text.length; ) {
    let pe = text.indexOf("\n", ps);
    if (pe < 0) pe = text.length;
    if (pe > ps) scanParagraph(text, ps, pe, lang, pieces);
    ps = pe + 1;
  }
  // Join the parts of continued quotations; drop unclosed marks that nothing continues.
  const spans: QuoteSpan[] = [];
  let chainOpen = -1; // index in `spans` of the chain's first part, while the previous part continues
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    const next = pieces[k + 1];
    let continues = p.continues;
    if (!p.closed && !continues && next && next.opensParagraph && next.kind === p.kind && isNextParagraph(text, p.close, next.open)) {
      continues = true; // the paragraph convention
    }
    const inChain = chainOpen >= 0;
    if (!p.closed && !continues && !inChain) continue; // a stray mark
    if (p.innerEnd <= p.innerStart) {
      chainOpen = -1;
      continue;
    }
    const index = spans.length;
    spans.push({
      open: p.open,
      close: p.close,
      start: p.innerStart,
      end: p.innerEnd,
      kind: p.kind,
      closed: p.closed,
      chain: inChain ? chainOpen : index,
      opensParagraph: p.opensParagraph,
    });
    chainOpen = continues ? (inChain ? chainOpen : index) : -1;
  }
  return spans;
}

/** `b` opens the paragraph right after the one that holds `a` (blank lines may stand between). */
function isNextParagraph(text: string, a: number, b: number): boolean {
  const nl = text.indexOf("\n", a);
  if (nl < 0 || nl >= b) return false;
  for (let i = nl; i < b; i++) if (!isSpace(text[i])) return false;
  return true;
}
