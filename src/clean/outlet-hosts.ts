// The outlet of an article known only by its address: a list of outlets' hosts (data/common/
// outlet-hosts.json: "aljazeera.com" is Al Jazeera, "bbc.com/mundo" BBC Mundo), else the bare host.
import { lexicon } from "../lexicon.js";
import { bareHost } from "./identity.js";

let hosts: Map<string, string> | undefined;

/** The outlet an article's address names: the listed outlet of its host (or of a parent domain,
 * or of a host and path prefix), else the host itself without "www."; null without a URL. */
export function outletOfAddress(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = bareHost(u);
  if (!host) return null;
  hosts ??= new Map(Object.entries(lexicon<{ hosts: Record<string, string> }>("common", "outlet-hosts").hosts));
  const first = u.pathname.split("/")[1]?.toLowerCase();
  for (let h = host; h.includes("."); h = h.slice(h.indexOf(".") + 1)) {
    const name = (first && hosts.get(`${h}/${first}`)) || hosts.get(h);
    if (name) return name;
  }
  return host;
}
