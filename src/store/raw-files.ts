// Raw documents kept on disk by their content hash, written then fsynced then renamed, so that a
// store whose database lost its last writes (PGlite does not fsync) can be rebuilt from them.
import { createHash } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, writeSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { RawDoc } from "../model.js";

/** A raw document as kept: the document and when it was received (the order versions came in). */
export interface StoredDoc extends RawDoc {
  received: string;
}

export function rawDocJson(doc: RawDoc, received: string): string {
  return JSON.stringify({ source: doc.source, format: doc.format, body: doc.body, meta: doc.meta, received });
}

/** Content hash of a raw document (its source left out: the same page from two places is one). */
export function rawDocHash(doc: RawDoc): string {
  return createHash("sha256").update(JSON.stringify([doc.format, doc.body, doc.meta])).digest("hex");
}

/** fsync a folder, where the platform allows it (Windows cannot open one). */
function syncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // not supported here: the file itself was synced
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export class RawFiles {
  constructor(private readonly dir: string) {}

  private path(hash: string): string {
    return join(this.dir, hash.slice(0, 2), `${hash}.json`);
  }

  /** Writes the document unless it is there already; durable when this returns. */
  put(hash: string, json: string): void {
    const path = this.path(hash);
    if (existsSync(path)) return;
    const sub = join(this.dir, hash.slice(0, 2));
    const made = !existsSync(sub);
    if (made) mkdirSync(sub, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    const fd = openSync(tmp, "w");
    try {
      writeSync(fd, json);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    // the rename is durable only once its folder is (and a new folder once its parent is)
    syncDir(sub);
    if (made) syncDir(this.dir);
  }

  /** Every stored document: [hash, json]. Half-written temporary files are skipped. */
  *all(): Generator<[string, string]> {
    if (!existsSync(this.dir)) return;
    for (const sub of readdirSync(this.dir).sort()) {
      const d = join(this.dir, sub);
      let names: string[];
      try {
        names = readdirSync(d).filter((n) => n.endsWith(".json")).sort();
      } catch {
        continue;
      }
      for (const n of names) {
        try {
          yield [n.slice(0, -5), readFileSync(join(d, n), "utf8")];
        } catch {
          // unreadable: the database copy, if any, is used
        }
      }
    }
  }
}
