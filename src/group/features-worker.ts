// Worker thread for parallel.ts: turns batches of articles into hashed grouping features.
import { parentPort } from "node:worker_threads";
import { hashedFeatures, type FeatureOptions, type GroupDoc, type HashedFeatures } from "./features.js";

export interface FeatureBatch {
  seq: number;
  docs: GroupDoc[];
  opts: FeatureOptions;
}

export interface FeatureBatchResult {
  seq: number;
  features: HashedFeatures[];
}

parentPort?.on("message", (m: FeatureBatch) => {
  const features = m.docs.map((d) => hashedFeatures(d, m.opts));
  const transfer: ArrayBuffer[] = [];
  for (const f of features) for (const a of [f.termHashes, f.termTf, f.keyHashes, f.keyTf, f.strongHashes, f.agedHashes, f.placeDayHashes, f.namedDays, f.eventDays]) transfer.push(a.buffer as ArrayBuffer);
  parentPort!.postMessage({ seq: m.seq, features } satisfies FeatureBatchResult, transfer);
});
