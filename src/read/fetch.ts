// Fetches one URL: http(s) only, with a timeout, a size cap and a cap on redirects, and (unless
// allowPrivate) only to public addresses, checked on the address each connection really uses.
import http from "node:http";
import https from "node:https";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import { blockedReason } from "./address-guard.js";

export interface FetchOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** A conditional request: what the last answer said of this URL. A 304 is then an answer. */
  ifNoneMatch?: string | null;
  ifModifiedSince?: string | null;
}

export interface Fetched {
  url: string; // after redirects
  status: number;
  contentType: string | null;
  charset: string | null;
  bytes: Uint8Array;
  /** Validators for the next conditional request. */
  etag?: string | null;
  lastModified?: string | null;
}

export class FetchError extends Error {}

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, ifNoneMatch: null, ifModifiedSince: null } as const;

const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, "", 4);
    const list = addresses as LookupAddress[];
    const bad = list.map((a) => blockedReason(a.address)).find((r) => r);
    if (bad) return callback(new FetchError(`refused: ${hostname} resolves to a ${bad.replace(/^address \S+ is /, "")} address (use --allow-private to permit)`), "", 4);
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
    const first = list[0]!;
    callback(null, first.address, first.family);
  });
};

function once(url: URL, o: Required<FetchOptions>, signal: AbortSignal): Promise<{ res: http.IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const mod = url.protocol === "https:" ? https : http;
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (!o.allowPrivate && isIP(host)) {
      const bad = blockedReason(host);
      if (bad) return reject(new FetchError(`refused: ${bad} (use --allow-private to permit)`));
    }
    const req = mod.request(
      url,
      {
        method: "GET",
        signal,
        headers: {
          "user-agent": "sitrep/0.1 (+https://github.com/sitrep)",
          accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml,text/plain;q=0.9,*/*;q=0.5",
          ...(o.ifNoneMatch ? { "if-none-match": o.ifNoneMatch } : {}),
          ...(o.ifModifiedSince ? { "if-modified-since": o.ifModifiedSince } : {}),
        },
        ...(o.allowPrivate ? {} : { lookup: guardedLookup }),
      },
      (res) => resolve({ res }),
    );
    req.on("error", reject);
    req.end();
  });
}

function header(res: http.IncomingMessage, name: string): string | null {
  const v = res.headers[name];
  return typeof v === "string" && v.length <= 500 ? v : null;
}

/** GETs `input`, following at most maxRedirects redirects. Rejects with FetchError and a one-line reason. */
export async function fetchUrl(input: string, opts: FetchOptions = {}): Promise<Fetched> {
  const o: Required<FetchOptions> = { allowPrivate: false, ...FETCH_DEFAULTS, ...opts };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchError("not a valid URL");
  }
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), o.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchError(`unsupported URL scheme ${url.protocol}`);
      const { res } = await once(url, o, ac.signal);
      const status = res.statusCode ?? 0;
      if (status === 304 && (o.ifNoneMatch || o.ifModifiedSince)) {
        res.resume();
        return { url: url.href, status, contentType: null, charset: null, bytes: new Uint8Array(), etag: header(res, "etag") ?? o.ifNoneMatch, lastModified: header(res, "last-modified") ?? o.ifModifiedSince };
      }
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (hop >= o.maxRedirects) throw new FetchError(`too many redirects (more than ${o.maxRedirects})`);
        url = new URL(res.headers.location, url);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new FetchError(`HTTP ${status}`);
      }
      const declared = Number(res.headers["content-length"] ?? 0);
      if (declared > o.maxBytes) {
        res.destroy();
        throw new FetchError(`response too large (${declared} bytes, limit ${o.maxBytes})`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of res as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > o.maxBytes) {
          res.destroy();
          throw new FetchError(`response too large (over ${o.maxBytes} bytes)`);
        }
        chunks.push(chunk);
      }
      const ct = res.headers["content-type"] ?? null;
      const charset = ct ? (/charset=["']?([\w.:-]+)/i.exec(ct)?.[1] ?? null) : null;
      return { url: url.href, status, contentType: ct ? ct.split(";")[0]!.trim().toLowerCase() : null, charset, bytes: Buffer.concat(chunks), etag: header(res, "etag"), lastModified: header(res, "last-modified") };
    }
  } catch (e) {
    if (ac.signal.aborted) throw new FetchError(`timed out after ${o.timeoutMs} ms`);
    if (e instanceof FetchError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.cause instanceof FetchError) throw err.cause;
    throw new FetchError(err.code ? `${err.code}: ${err.message.split("\n")[0]}` : (err.message.split("\n")[0] ?? "fetch failed"));
  } finally {
    clearTimeout(timer);
  }
}
