// Groups a stream of articles using more than one core: worker threads compute each article's
// features (tokenizing, names, numbers, hashing: about 40 % of the work), while this thread makes
// the decisions, which must be taken one article at a time and in order. The result is exactly
// that of calling grouper.add() on each article in turn.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { GroupDoc, HashedFeatures } from "./features.js";
import type { FeatureBatch, FeatureBatchResult } from "./features-worker.js";
import type { GroupDecision, StoryGrouper } from "./stories.js";

export interface ParallelGroupOptions {
  /** Feature threads (default: one less than the cores available, at least 1). */
  threads: number;
  /** Articles sent to a thread at a time. */
  batch: number;
  /** Called after each article is added, in input order. */
  onDecision?: (id: string, decision: GroupDecision) => void;
}

/** Adds every article of `docs` to `grouper`, in order; returns how many were read. */
export async function addAllParallel(
  grouper: StoryGrouper,
  docs: Iterable<GroupDoc> | AsyncIterable<GroupDoc>,
  opts: Partial<ParallelGroupOptions> = {},
): Promise<number> {
  const threads = Math.max(1, Math.floor(opts.threads ?? availableParallelism() - 1));
  const batchSize = Math.max(1, Math.floor(opts.batch ?? 64));
  const featureOpts = grouper.featureOptions();
  const workers = Array.from({ length: threads }, () => new Worker(new URL("./features-worker.js", import.meta.url)));
  const waiting = new Map<number, { resolve: (f: HashedFeatures[]) => void; reject: (e: unknown) => void }>();
  let failure: unknown = null;
  for (const w of workers) {
    w.on("message", (m: FeatureBatchResult) => {
      const p = waiting.get(m.seq);
      waiting.delete(m.seq);
      p?.resolve(m.features);
    });
    w.on("error", (e) => {
      failure = e;
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
    });
  }
  const inFlight: { ids: string[]; features: Promise<HashedFeatures[]> }[] = [];
  let seq = 0;
  let read = 0;
  const send = (batch: GroupDoc[]) => {
    const s = seq++;
    const features = new Promise<HashedFeatures[]>((resolve, reject) => {
      if (failure) return reject(failure);
      waiting.set(s, { resolve, reject });
    });
    features.catch(() => undefined); // awaited below; never left unhandled
    const msg: FeatureBatch = { seq: s, docs: batch, opts: featureOpts };
    workers[s % threads]!.postMessage(msg);
    inFlight.push({ ids: batch.map((d) => docId(d)), features });
  };
  const drainOne = async () => {
    const b = inFlight.shift()!;
    const features = await b.features;
    for (let i = 0; i < b.ids.length; i++) {
      const d = grouper.addFeatures(b.ids[i]!, features[i]!);
      opts.onDecision?.(b.ids[i]!, d);
    }
  };
  try {
    let batch: GroupDoc[] = [];
    for await (const doc of docs) {
      read++;
      batch.push(plain(doc));
      if (batch.length < batchSize) continue;
      send(batch);
      batch = [];
      // keep every thread busy, and memory bounded
      while (inFlight.length >= 2 * threads + 1) await drainOne();
    }
    if (batch.length > 0) send(batch);
    while (inFlight.length > 0) await drainOne();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return read;
}

function docId(d: GroupDoc): string {
  return typeof d?.id === "string" ? d.id : String(d?.id);
}

/** The fields features are made of, as plain data (anything else need not cross threads). */
function plain(d: GroupDoc): GroupDoc {
  const doc: Partial<GroupDoc> = d && typeof d === "object" ? d : {};
  return {
    id: docId(d),
    title: typeof doc.title === "string" ? doc.title : null,
    text: typeof doc.text === "string" ? doc.text : "",
    published: typeof doc.published === "string" ? doc.published : null,
    ...(Array.isArray(doc.entities) ? { entities: doc.entities.map((e) => ({ name: String(e?.name ?? ""), type: String(e?.type ?? "") })) } : {}),
    ...(Array.isArray(doc.dates) ? { dates: doc.dates.filter((x): x is string => typeof x === "string") } : {}),
    ...(Array.isArray(doc.days) ? { days: doc.days.filter((x): x is string => typeof x === "string") } : {}),
  };
}
