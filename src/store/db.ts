// One way to talk to either database: PGlite embedded in a data folder (the default, nothing to
// install) or a PostgreSQL server. Both speak the same SQL; the store uses only what both have.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { SitrepError } from "../model.js";

export interface Db {
  readonly kind: "pglite" | "postgres";
  /** Where it lives: a folder or a URL without its password. */
  readonly where: string;
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction on one connection; rolls back when it throws. */
  transaction<R>(work: (tx: Db) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

/** The embedded store: PGlite in `dir`, guarded by an exclusive lock file holding our pid. */
export async function openPglite(dir: string): Promise<Db> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new SitrepError("input", `cannot use data folder ${dir}: ${(e as Error).message.split("\n")[0]}`);
  }
  const release = lockFolder(dir);
  let pg;
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    pg = await PGlite.create(join(dir, "pgdata"));
  } catch (e) {
    release();
    throw new SitrepError("input", `cannot open the store in ${dir}: ${(e as Error).message.split("\n")[0]}`);
  }
  const db = pg;
  const wrap = (q: { query: typeof db.query; exec: typeof db.exec }): Omit<Db, "transaction" | "close"> => ({
    kind: "pglite",
    where: dir,
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await q.query<T>(sql, params as unknown[])).rows,
    exec: async (sql: string) => void (await q.exec(sql)),
  });
  let closed = false;
  const self: Db = {
    ...wrap(db),
    // PGlite has one connection: a transaction holds it, and nested calls use the same one
    transaction: (work) => db.transaction((tx) => work({ ...wrap(tx), transaction: (w) => w(self), close: async () => {} })),
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
  return self;
}

/**
 * Takes `dir/lock` with O_EXCL and writes our pid in it. A lock left by a process that no longer
 * runs (killed) is taken over; one held by a live process is a clear error naming it.
 */
export function lockFolder(dir: string): () => void {
  const path = join(dir, "lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw new SitrepError("input", `cannot lock data folder ${dir}: ${(e as Error).message.split("\n")[0]}`);
      const pid = Number(readFileSafe(path).trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid))
        throw new SitrepError("input", `data folder ${dir} is in use by another sitrep (pid ${pid}); stop it, or send articles to its server (sitrep serve: POST /api/articles)`);
      // a stale lock (its process is gone, or it is not a pid): take it over
      rmSync(path, { force: true });
    }
  }
  throw new SitrepError("input", `cannot lock data folder ${dir}: another process keeps taking the lock`);
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A PostgreSQL server. `schema` (tests) puts every table in a schema of its own. */
export async function openPostgres(url: string, opts: { schema?: string } = {}): Promise<Db> {
  const { default: pg } = await import("pg");
  const schema = opts.schema?.replace(/[^a-z0-9_]/gi, "");
  // every connection of the pool starts in the schema (a libpq option: no query races the first one)
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  const where = safeUrl(url);
  pool.on("error", () => {}); // an idle connection dropped by the server: the next query reconnects
  try {
    await pool.query(schema ? `CREATE SCHEMA IF NOT EXISTS ${schema}` : "SELECT 1");
  } catch (e) {
    await pool.end().catch(() => {});
    throw new SitrepError("input", `cannot connect to ${where}: ${(e as Error).message.split("\n")[0]}`);
  }
  const over = (c: { query: (s: string, p?: unknown[]) => Promise<{ rows: unknown[] }> }) => ({
    kind: "postgres" as const,
    where,
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await c.query(sql, params as unknown[])).rows as T[],
    exec: async (sql: string) => void (await c.query(sql)),
  });
  return {
    ...over(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const tx: Db = { ...over(client), transaction: (w) => w(tx), close: async () => {} };
        const r = await work(tx);
        await client.query("COMMIT");
        return r;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "the database URL";
  }
}
