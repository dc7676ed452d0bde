// The tollbook dashboard: a map, a timeline and an event page over the REST API.
// Article text and every stored string are untrusted: the DOM is built with
// createElement and textContent only, never innerHTML with data.

import { countryPaths } from "./topo.js";

const SVG = "http://www.w3.org/2000/svg";
const FILTERS = ["country", "admin1", "type", "actor", "start", "end", "min_killed", "bbox"];
const PALETTE = ["#d62728", "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2",
  "#17becf", "#bcbd22", "#7f7f7f"];
const colours = new Map();
let outlines = null;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function colourOf(type) {
  const key = type || "unknown";
  if (!colours.has(key)) colours.set(key, PALETTE[colours.size % PALETTE.length]);
  return colours.get(key);
}

// --- the URL: "#/?country=SY" for the overview, "#/event/ID?country=SY" for an event ---

function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  const filters = {};
  for (const k of FILTERS) if (params.get(k)) filters[k] = params.get(k);
  const m = path.match(/^\/event\/(.+)$/);
  return { eventId: m ? decodeURIComponent(m[1]) : null, filters };
}

function hashFor(eventId, filters) {
  const q = new URLSearchParams(filters).toString();
  const path = eventId ? "/event/" + encodeURIComponent(eventId) : "/";
  return "#" + path + (q ? "?" + q : "");
}

async function api(path) {
  // boot.js may have asked for this already, while this module was loading.
  const early = window.tollbookEarly;
  window.tollbookEarly = null;
  const res = await (early && early.url === path ? early.response
    : fetch(path, { headers: { Accept: "application/json" } }));
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const e = (body && body.error) || {};
    throw new Error(`[${e.code || res.status}] ${e.message || res.statusText}` +
      (e.detail ? `: ${e.detail}` : ""));
  }
  return body;
}

function best(tally) {
  return tally && tally.total ? tally.total.best : null;
}

function fmt(n) {
  return n === null || n === undefined ? "–" : String(n);
}

function dateText(d) {
  if (!d || !d.start) return "date unknown";
  return d.end && d.end !== d.start ? `${d.start} – ${d.end}` : d.start;
}

function placeText(p) {
  if (!p) return "place unknown";
  return [p.name, p.admin1 && p.admin1 !== p.name ? p.admin1 : null, p.country]
    .filter(Boolean).join(", ");
}

// --- overview: map, timeline, list ---
// The map and the timeline come from one compact request (/events/summary: a few fields
// per event, and the timeline's bins added up by the server), so 10,000 events load as
// about 1.5 MB of JSON rather than 7 MB of full records; the list pages through /events
// and loads after the map, below which it sits.

const PAGE = 50; // events per page of the list
const DENSE = 2000; // circles over which the map is drawn without outlines

async function showOverview(filters) {
  document.getElementById("event").hidden = true;
  document.getElementById("overview").hidden = false;
  const status = document.getElementById("status");
  status.textContent = "Loading…";
  const q = new URLSearchParams({ ...filters, timeline: "auto" });
  let summary;
  try {
    [summary] = await Promise.all([api("/events/summary?" + q), loadOutlines()]);
  } catch (err) {
    status.textContent = String(err.message || err);
    await loadOutlines();
    drawMap([], filters);
    return;
  }
  // Marks for bench/bench_api.py: when the data arrived and when the view was built.
  performance.mark("tollbook:data");
  const points = summary.events;
  status.textContent = `${summary.total} event${summary.total === 1 ? "" : "s"}` +
    (summary.total > points.length ? ` (the ${points.length} with most killed on the map)`
      : "");
  drawMap(points, filters);
  drawTimeline(summary.timeline);
  performance.mark("tollbook:drawn");
  showList(filters, 0, summary.total);
}

async function loadOutlines() {
  if (!outlines) {
    const res = await fetch("/static/countries-110m.json");
    outlines = countryPaths(await res.json());
  }
  return outlines;
}

function located(points) {
  return points.filter((e) => typeof e.lat === "number" && typeof e.lon === "number");
}

function extent(points) {
  const pts = located(points);
  if (!pts.length) return [0, 0, 360, 180];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const e of pts) {
    const x = e.lon + 180;
    const y = 90 - e.lat;
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  // At least a country's worth of context around a single event.
  const w = Math.max(x1 - x0, 16) * 1.4;
  const h = Math.max(y1 - y0, 8) * 1.4;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const width = Math.min(Math.max(w, h * 2), 360);
  const height = width / 2;
  return [cx - width / 2, cy - height / 2, width, height];
}

function pointText(e) {
  return `${e.place || "place unknown"} · ${dateText(e)} · ${e.type || "event"} · ` +
    `${e.killed || 0} killed`;
}

function drawMap(points, filters) {
  const map = document.getElementById("map");
  map.replaceChildren();
  const view = extent(points);
  map.setAttribute("viewBox", view.join(" "));
  map.setAttribute("preserveAspectRatio", "xMidYMid meet");
  const land = svg("g", { class: "land" });
  for (const c of outlines) {
    const p = svg("path", { d: c.d });
    const t = svg("title");
    t.textContent = c.name;
    p.append(t);
    land.append(p);
  }
  map.append(land);
  const unit = view[2] / 300; // one "pixel" of a 300-wide map, in degrees
  const dots = svg("g", { class: "events" });
  // Largest first so small circles stay clickable on top of big ones.
  const placed = located(points).sort((a, b) => (b.killed || 0) - (a.killed || 0));
  // Area grows with killed, relative to the map's largest: absolute sizes made a map of
  // thousands of events one blot. Dense maps use smaller circles still.
  const most = Math.max(1, ...placed.slice(0, 1).map((e) => e.killed || 0));
  const [rMin, rMax] = placed.length > DENSE ? [0.6, 4] : [1.5, 10];
  const byId = new Map();
  for (const e of placed) {
    dots.append(svg("circle", {
      cx: (e.lon + 180).toFixed(3), cy: (90 - e.lat).toFixed(3),
      r: (unit * (rMin + (rMax - rMin) * Math.sqrt((e.killed || 0) / most))).toFixed(3),
      fill: colourOf(e.type), "data-id": e.id, class: "event", tabindex: "0",
    }));
    byId.set(String(e.id), e);
  }
  // One listener for all circles, and a circle's tooltip made when it is first pointed
  // at or focused: tens of thousands of <title> nodes and closures up front cost more
  // than drawing the circles.
  const target = (ev) => ev.target.closest && ev.target.closest("circle.event");
  const explain = (ev) => {
    const c = target(ev);
    if (c && !c.firstChild) {
      const t = svg("title");
      t.textContent = pointText(byId.get(c.dataset.id));
      c.append(t);
    }
  };
  const open = (c) => { location.hash = hashFor(c.dataset.id, filters); };
  dots.addEventListener("mouseover", explain);
  dots.addEventListener("focusin", explain);
  dots.addEventListener("click", (ev) => { const c = target(ev); if (c) open(c); });
  dots.addEventListener("keydown", (ev) => {
    const c = target(ev);
    if (c && ev.key === "Enter") open(c);
  });
  // Thousands of outlined, overlapping circles take longer to paint than to build;
  // a dense map drops the outlines (style.css), which cannot be told apart there anyway.
  map.classList.toggle("dense", placed.length > DENSE);
  map.append(dots);
  const legend = document.getElementById("legend");
  legend.replaceChildren();
  for (const type of new Set(points.map((e) => e.type || "unknown"))) {
    const sw = el("span", { class: "swatch" });
    sw.style.background = colourOf(type);
    legend.append(el("span", { class: "key" }, sw, type));
  }
}

function drawTimeline(line) {
  const chart = document.getElementById("timeline");
  chart.replaceChildren();
  const bins = line.bins || [];
  const weekly = line.bucket === "week";
  document.getElementById("bin").textContent = weekly ? "week" : "day";
  if (!bins.length) {
    chart.setAttribute("viewBox", "0 0 600 20");
    const t = svg("text", { x: 0, y: 14, class: "empty" });
    t.textContent = "No dated events.";
    chart.append(t);
    return;
  }
  // One SVG unit per CSS pixel, so the bars fill the width and the labels keep their size.
  const W = chart.clientWidth || 600;
  const top = 16; // room for the "max" label above the bars
  const H = 120;
  const pad = 18;
  const max = Math.max(1, ...bins.map((b) => b.killed));
  const bw = W / bins.length;
  chart.setAttribute("viewBox", `0 0 ${W} ${top + H + pad}`);
  for (const [i, b] of bins.entries()) {
    const h = (b.killed / max) * H;
    const r = svg("rect", {
      x: (i * bw).toFixed(2), y: (top + H - h).toFixed(2),
      width: Math.max(bw - 1, 0.5).toFixed(2),
      height: h.toFixed(2), class: "bar",
    });
    const t = svg("title");
    t.textContent = `${weekly ? "week of " : ""}${b.start}: ${b.killed} killed ` +
      `(${b.events} event${b.events === 1 ? "" : "s"})`;
    r.append(t);
    chart.append(r);
  }
  const left = svg("text", { x: 0, y: top + H + 14, class: "axis" });
  left.textContent = bins[0].start;
  const right = svg("text", { x: W, y: top + H + 14, class: "axis", "text-anchor": "end" });
  right.textContent = bins[bins.length - 1].start;
  const most = svg("text", { x: 0, y: 11, class: "axis" });
  most.textContent = `max ${max} killed in a ${weekly ? "week" : "day"}`;
  chart.append(left, right, most);
}

async function showList(filters, offset, total) {
  const body = document.querySelector("#events tbody");
  const pager = document.getElementById("pager");
  const q = new URLSearchParams({ ...filters, limit: String(PAGE), offset: String(offset),
    sort: "-killed" });
  let page;
  try {
    page = await api("/events?" + q);
  } catch (err) {
    body.replaceChildren(el("tr", {}, el("td", { colspan: "7", class: "error" },
      String(err.message || err))));
    return;
  }
  const rows = page.events.map((e) => {
    const a = el("a", { href: hashFor(e.id, filters) }, placeText(e.place));
    return el("tr", {},
      el("td", {}, dateText(e.date)), el("td", { dir: "auto" }, a),
      el("td", {}, e.type || "–"), el("td", { dir: "auto" }, (e.actors || []).join(", ")),
      el("td", { class: "num" }, fmt(best(e.killed))), el("td", { class: "num" },
        fmt(best(e.wounded))), el("td", { class: "num" }, (e.sources || []).length));
  });
  body.replaceChildren(...rows);
  total = page.total ?? total;
  const prev = el("button", { type: "button" }, "← previous");
  const next = el("button", { type: "button" }, "next →");
  prev.disabled = offset === 0;
  next.disabled = offset + PAGE >= total;
  prev.addEventListener("click", () => showList(filters, Math.max(0, offset - PAGE), total));
  next.addEventListener("click", () => showList(filters, offset + PAGE, total));
  const shown = total ? `${offset + 1}–${Math.min(offset + PAGE, total)} of ${total}, ` +
    "most killed first" : "none";
  pager.replaceChildren(prev, el("span", {}, shown), next);
}

// --- one event: figures side by side, evidence highlighted, history ---

async function showEvent(id, filters) {
  document.getElementById("overview").hidden = true;
  const box = document.getElementById("event");
  box.hidden = false;
  box.replaceChildren(el("p", { role: "status" }, "Loading…"));
  let e;
  try {
    e = await api("/events/" + encodeURIComponent(id));
  } catch (err) {
    box.replaceChildren(el("a", { href: hashFor(null, filters) }, "← all events"),
      el("p", { class: "error" }, String(err.message || err)));
    return;
  }
  box.replaceChildren(
    el("a", { href: hashFor(null, filters), class: "back" }, "← all events"),
    el("h1", { dir: "auto" }, `${e.type || "Event"} in ${placeText(e.place)}`),
    el("dl", { class: "facts" },
      el("dt", {}, "Place"), el("dd", { dir: "auto" }, placeText(e.place) +
        (e.place && e.place.precision ? ` (${e.place.precision})` : "")),
      el("dt", {}, "Dates"), el("dd", {}, dateText(e.date)),
      el("dt", {}, "Actors"), el("dd", { dir: "auto" }, (e.actors || []).join(", ") || "–"),
      el("dt", {}, "Killed"), el("dd", {}, tallyText(e.killed && e.killed.total)),
      el("dt", {}, "Wounded"), el("dd", {}, tallyText(e.wounded && e.wounded.total))),
    el("h2", {}, "Figures by source"),
    figuresTable(e),
    el("h2", {}, "Evidence"),
    evidence(e),
    el("h2", {}, "History"),
    history(e.history || []),
  );
}

function tallyText(t) {
  if (!t || t.best === null || t.best === undefined) return "–";
  return `${t.best} (low ${fmt(t.low)}, high ${fmt(t.high)})`;
}

function victimsOf(c) {
  if (typeof c.victims === "string") return c.victims;
  const v = c.victims || {};
  return v.actor || v.type || "unknown";
}

function claimsOf(e) {
  return (e.claims || []).filter((c) => c && typeof c === "object");
}

function figuresTable(e) {
  const table = el("table", { class: "figures" },
    el("thead", {}, el("tr", {}, el("th", {}, "Outcome"), el("th", {}, "Victims"),
      el("th", {}, "Source"), el("th", {}, "Article"), el("th", {}, "Stated"),
      el("th", { class: "num" }, "Low"), el("th", { class: "num" }, "Best"),
      el("th", { class: "num" }, "High"))));
  const body = el("tbody");
  for (const outcome of ["killed", "wounded"]) {
    const groups = (e[outcome] && e[outcome].by_victims) || {};
    for (const [group, g] of Object.entries(groups)) {
      body.append(el("tr", { class: "group" }, el("th", {}, outcome),
        el("th", { dir: "auto" }, group), el("th", { colspan: "3" }, "event figure"),
        el("th", { class: "num" }, fmt(g.low)), el("th", { class: "num" }, fmt(g.best)),
        el("th", { class: "num" }, fmt(g.high))));
      const rows = claimsOf(e).filter((c) => c.outcome === outcome && victimsOf(c) === group);
      for (const c of rows) {
        body.append(el("tr", { class: "claim" }, el("td", {}, ""), el("td", { dir: "auto" },
          victimsOf(c)), el("td", { dir: "auto", class: "source" }, c.source || "unattributed"),
          el("td", { dir: "auto" }, c.article || "–"),
          el("td", { dir: "auto" }, c.figure || ""),
          el("td", { class: "num" }, fmt(c.low)), el("td", { class: "num" }, fmt(c.best)),
          el("td", { class: "num" }, fmt(c.high))));
      }
    }
  }
  table.append(body);
  return table;
}

// The spans a claim keeps, named by what they mark.
function marksOf(c) {
  const marks = [];
  const add = (span, kind) => {
    if (span && typeof span.start === "number" && typeof span.end === "number") {
      marks.push({ start: span.start, end: span.end, kind });
    }
  };
  const s = c.spans || {};
  for (const kind of ["number", "source", "place", "date", "victims"]) add(s[kind], kind);
  return marks;
}

/** The article text from start to end, with the marks as <mark> elements (text only). */
function highlighted(text, start, end, marks) {
  const out = el("blockquote", { dir: "auto", class: "evidence" });
  // Marks come in priority order (number first); one overlapping a kept mark is dropped.
  const kept = [];
  for (const m of marks) {
    if (m.start < start || m.end > end || m.start >= m.end) continue;
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  kept.sort((a, b) => a.start - b.start);
  let at = start;
  for (const m of kept) {
    out.append(document.createTextNode(text.slice(at, m.start)));
    out.append(el("mark", { class: m.kind, title: m.kind }, text.slice(m.start, m.end)));
    at = m.end;
  }
  out.append(document.createTextNode(text.slice(at, end)));
  return out;
}

function evidence(e) {
  const list = el("div", { class: "evidence-list" });
  for (const c of claimsOf(e)) {
    const ev = c.evidence || (c.spans && c.spans.evidence);
    const head = el("p", { class: "cite" },
      el("strong", {}, `${c.outcome}: ${c.figure || fmt(c.best)} ${victimsOf(c)}`), " — ",
      el("span", { dir: "auto", class: "source" }, c.source || "unattributed"), " · ",
      el("span", { dir: "auto" }, c.outlet || c.article || "article"),
      c.published ? ` · published ${c.published}` : "");
    let quote;
    if (ev && typeof ev.text === "string") {
      // Spans are offsets into the article; the evidence sentence starts at ev.start.
      const marks = marksOf(c).map((m) => ({ ...m, start: m.start - ev.start,
        end: m.end - ev.start }));
      quote = highlighted(ev.text, 0, ev.text.length, marks);
    } else {
      quote = el("blockquote", { dir: "auto", class: "evidence" }, "");
    }
    list.append(el("div", { class: "claim-evidence", "data-claim": c.claim || "" }, head,
      quote));
  }
  if (!list.childElementCount) list.append(el("p", {}, "No claims stored."));
  return list;
}

// Each figure in the order the reports came (Store.event's "history"): when it was
// published, the article, who said it, and what was said.
function history(items) {
  if (!items.length) return el("p", {}, "No revisions.");
  return el("ol", { class: "history" }, ...items.map((h) => {
    if (typeof h !== "object" || h === null) return el("li", { dir: "auto" }, String(h));
    return el("li", {},
      el("span", { class: "when" }, h.published || "date unknown"), " · ",
      el("span", { dir: "auto" }, h.article || "article"), " · ",
      el("span", { dir: "auto", class: "source" }, h.source || "unattributed"), ": ",
      el("strong", { dir: "auto" }, `${h.outcome || ""} ${h.victims || ""}`.trim()), " ",
      el("q", { dir: "auto" }, h.figure || fmt(h.best)),
      ` (best ${fmt(h.best)})`);
  }));
}

// --- wiring ---

function fillForm(filters) {
  const form = document.getElementById("filters");
  for (const k of FILTERS) if (form.elements[k]) form.elements[k].value = filters[k] || "";
}

function render() {
  const { eventId, filters } = route();
  fillForm(filters);
  if (eventId) showEvent(eventId, filters);
  else showOverview(filters);
}

document.getElementById("filters").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const form = ev.target;
  const filters = {};
  for (const k of FILTERS) {
    if (form.elements[k] && form.elements[k].value.trim()) {
      filters[k] = form.elements[k].value.trim();
    }
  }
  location.hash = hashFor(null, filters);
});
document.getElementById("filters").addEventListener("reset", () => {
  setTimeout(() => { location.hash = "#/"; }, 0);
});
window.addEventListener("hashchange", render);
render();
