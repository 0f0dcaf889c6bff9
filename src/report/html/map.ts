// A map of the story's places, drawn in Node at render time as inline SVG: the 110m Natural Earth
// land outline (world-atlas), projected with d3-geo and clipped to the places' surroundings, with a
// circle per place sized by the number of articles naming it. No tiles, no request.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Topology } from "topojson-specification";
import type { Entity } from "../schema.js";
import { plural, type StoryContext } from "./context.js";
import { html, type Html } from "./template.js";

const W = 760;
const H = 380;
/** The smallest area shown, in degrees, so a story about one town still shows its country. */
const MIN_SPAN_LON = 16;
const MIN_SPAN_LAT = 11;

let land: FeatureCollection | Feature | null = null;
function landShape(): FeatureCollection | Feature {
  if (!land) {
    const path = createRequire(import.meta.url).resolve("world-atlas/land-110m.json");
    const topo = JSON.parse(readFileSync(path, "utf8")) as Topology;
    land = feature(topo, topo.objects["land"]!) as FeatureCollection | Feature;
  }
  return land;
}

/** [lon, lat] of an entity; the gazetteer stores [lat, lon] (a first value beyond ±90 can only be a longitude). */
export function lonLat(e: Entity): [number, number] | null {
  const c = e.coordinates;
  if (!c || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) return null;
  return Math.abs(c[0]) > 90 ? [c[0], c[1]] : [c[1], c[0]];
}

interface Marker {
  names: string[];
  lon: number;
  lat: number;
  articles: Set<string>;
}

export function placeMap(ctx: StoryContext): Html | null {
  const places = ctx.story.entities.filter((e) => e.type === "place");
  if (!places.length) return null;
  const markers: Marker[] = [];
  const unplaced: Entity[] = [];
  for (const e of [...places].sort((a, b) => b.articleIds.length - a.articleIds.length)) {
    const ll = lonLat(e);
    if (!ll) {
      unplaced.push(e);
      continue;
    }
    // places at the same spot (a country drawn at its capital) share one marker
    const m = markers.find((k) => Math.abs(k.lon - ll[0]) < 0.3 && Math.abs(k.lat - ll[1]) < 0.3);
    if (m) {
      m.names.push(e.name);
      for (const a of e.articleIds) m.articles.add(a);
    } else markers.push({ names: [e.name], lon: ll[0], lat: ll[1], articles: new Set(e.articleIds) });
  }
  const list = html`<ul class="places">${places.sort((a, b) => b.articleIds.length - a.articleIds.length).map((e) => html`<li>${e.name} <span class="count">${plural(e.articleIds.length, "article")}</span>${lonLat(e) ? "" : html` <span class="muted">(not on the map: no coordinates)</span>`}</li>`)}</ul>`;
  if (!markers.length) return list;

  let [x0, x1, y0, y1] = [Math.min(...markers.map((m) => m.lon)), Math.max(...markers.map((m) => m.lon)), Math.min(...markers.map((m) => m.lat)), Math.max(...markers.map((m) => m.lat))];
  const padLon = Math.max((MIN_SPAN_LON - (x1 - x0)) / 2, (x1 - x0) * 0.15);
  const padLat = Math.max((MIN_SPAN_LAT - (y1 - y0)) / 2, (y1 - y0) * 0.15);
  [x0, x1, y0, y1] = [Math.max(-180, x0 - padLon), Math.min(180, x1 + padLon), Math.max(-85, y0 - padLat), Math.min(85, y1 + padLat)];
  const frame = { type: "MultiPoint" as const, coordinates: [[x0, y0], [x1, y0], [x0, y1], [x1, y1], [(x0 + x1) / 2, y0], [(x0 + x1) / 2, y1]] };
  const projection = geoNaturalEarth1().fitExtent([[12, 12], [W - 12, H - 12]], frame).clipExtent([[0, 0], [W, H]]);
  const path = geoPath(projection).digits(1);
  const landD = path(landShape()) ?? "";

  const maxCount = Math.max(...markers.map((m) => m.articles.size));
  const labelBoxes: { x: number; y: number; w: number }[] = [];
  const drawn = markers.map((m) => {
    const p = projection([m.lon, m.lat]);
    if (!p) return "";
    const [cx, cy] = [Math.round(p[0]), Math.round(p[1])];
    const r = Math.round(5 + 9 * Math.sqrt(m.articles.size / maxCount));
    const label = `${m.names.join(" · ")} (${m.articles.size})`;
    const w = label.length * 6.6;
    // first free spot of: right, left, above, below; a label that fits nowhere is left out (the list below names every place)
    const spots: [number, number, "start" | "end" | "middle"][] = [[cx + r + 4, cy + 4, "start"], [cx - r - 4, cy + 4, "end"], [cx, cy - r - 5, "middle"], [cx, cy + r + 13, "middle"]];
    const boxOf = ([x, y, a]: (typeof spots)[number]) => ({ x: a === "start" ? x : a === "end" ? x - w : x - w / 2, y, w });
    const free = spots.find((sp) => {
      const b = boxOf(sp);
      return b.x >= 0 && b.x + w <= W && !labelBoxes.some((o) => Math.abs(o.y - b.y) < 14 && b.x < o.x + o.w && b.x + w > o.x);
    });
    if (free) labelBoxes.push(boxOf(free));
    const text = free ? html`<text x="${Math.round(free[0])}" y="${Math.round(free[1])}" text-anchor="${free[2]}">${label}</text>` : "";
    return html`<g class="place"><title>${m.names.join(", ")}: named in ${plural(m.articles.size, "article")}</title><circle cx="${cx}" cy="${cy}" r="${r}"/>${text}</g>`;
  });
  const desc = `Map of ${plural(markers.length, "place")} named in this story: ${markers.map((m) => `${m.names.join(", ")} (${m.articles.size})`).join("; ")}`;
  return html`<figure class="chart map"><svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${desc}"><rect class="sea" width="${W}" height="${H}"/><path class="land" d="${landD}"/>${drawn}</svg><figcaption>Circle size: articles naming the place. Land outline: Natural Earth 1:110m.</figcaption></figure>${list}`;
}
