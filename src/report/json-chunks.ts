// The report as JSON in pieces, the same bytes as JSON.stringify(report, null, 2): arrays and
// objects near the top are walked, each small value is stringified alone. A report of 100,000
// articles is written as a stream instead of one string past V8's limit on string length.

/** Containers this deep and deeper are stringified whole (a mention, a claim value). */
const WALK_DEPTH = 4;

const isPlain = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** Pieces of `JSON.stringify(value, null, 2) + "\n"`, about `size` characters each. */
export function* jsonChunks(value: unknown, size = 1 << 16): Generator<string> {
  let buf = "";
  for (const piece of walk(value, "", 0)) {
    buf += piece;
    if (buf.length >= size) {
      yield buf;
      buf = "";
    }
  }
  yield buf + "\n";
}

function* walk(value: unknown, pad: string, depth: number): Generator<string> {
  const inner = pad + "  ";
  if (depth >= WALK_DEPTH || !value || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    const s = JSON.stringify(value, null, 2);
    yield s === undefined ? "null" : pad ? s.replace(/\n/g, "\n" + pad) : s;
    return;
  }
  if (Array.isArray(value)) {
    if (!value.length) return void (yield "[]");
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield (i ? ",\n" : "\n") + inner;
      const v = value[i];
      yield* walk(v === undefined || typeof v === "function" || typeof v === "symbol" ? null : v, inner, depth + 1);
    }
    yield `\n${pad}]`;
    return;
  }
  if (!isPlain(value)) return void (yield JSON.stringify(value));
  let first = true;
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
    yield `${first ? "{" : ","}\n${inner}${JSON.stringify(k)}: `;
    first = false;
    yield* walk(v, inner, depth + 1);
  }
  yield first ? "{}" : `\n${pad}}`;
}
