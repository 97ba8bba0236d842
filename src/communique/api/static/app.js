// communique web page: plain JavaScript and SVG, no libraries, no network beyond this server.
// Every number on the page is aggregated by the server (/api/aggregates/*); the table is paged.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const CLASSES = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
const CLASS_COLOR = { verbal_cooperation: "var(--vcoop)", material_cooperation: "var(--mcoop)",
  verbal_conflict: "var(--vconf)", material_conflict: "var(--mconf)", unclassified: "var(--other)" };
const TYPE_CLASS = { AGREE: "verbal_cooperation", CONSULT: "verbal_cooperation", SUPPORT: "verbal_cooperation",
  REQUEST: "verbal_cooperation", COOPERATE: "material_cooperation", AID: "material_cooperation",
  CONCEDE: "material_cooperation", RETREAT: "material_cooperation", ACCUSE: "verbal_conflict",
  REJECT: "verbal_conflict", THREATEN: "verbal_conflict", PROTEST: "material_conflict",
  MOBILIZE: "material_conflict", SANCTION: "material_conflict", COERCE: "material_conflict",
  ASSAULT: "material_conflict" };
const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
  "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#17becf"];
const PAGE = 50;

const $ = (sel) => document.querySelector(sel);
const form = $("#filters");
const state = { cursors: [null], page: 0, world: null, selected: null };

function el(tag, attrs = {}, text = null, ns = null) {
  const node = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== null) node.textContent = text;
  return node;
}
const svgEl = (tag, attrs, text = null) => el(tag, attrs, text, SVGNS);

// -- talking to the API ---------------------------------------------------------------------
function filterParams() {
  const p = new URLSearchParams();
  for (const name of ["actor", "dyad", "type", "class", "status", "mode", "outlet", "since", "until", "text"]) {
    const v = form.elements[name].value.trim();
    if (v) p.set(name, v);
  }
  if (form.elements.date_field.value !== "event") p.set("date_field", form.elements.date_field.value);
  if (form.elements.date_basis.value) p.set("date_basis", form.elements.date_basis.value);
  if (!form.elements.background.checked) p.set("background", "false");
  return p;
}

async function api(path, extra = {}, withFilters = true) {
  const p = withFilters ? filterParams() : new URLSearchParams();
  for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined) p.set(k, v);
  const res = await fetch(`${path}?${p}`);
  const body = await res.json();
  if (!res.ok) {
    const d = body.detail;
    throw new Error(Array.isArray(d) ? d.map((x) => x.msg).join("; ") : d);
  }
  return body;
}

function showError(err) {
  const box = $("#error");
  box.hidden = !err;
  box.textContent = err ? String(err.message || err) : "";
}

// -- filter bar -----------------------------------------------------------------------------
function fillSelect(name, values) {
  const sel = form.elements[name];
  for (const [value, n] of values) sel.append(el("option", { value }, n === null ? value : `${value} (${n})`));
}

async function loadFacets() {
  const f = await api("/api/aggregates/facets", {}, false);
  fillSelect("type", Object.entries(f.type));
  fillSelect("class", CLASSES.map((c) => [c, f.class[c] || 0]));
  fillSelect("status", Object.entries(f.status));
  fillSelect("mode", Object.entries(f.mode));
  fillSelect("outlet", Object.entries(f.outlet));
  const actors = await api("/api/actors", { limit: 200 }, false);
  for (const a of actors.actors) $("#actor-list").append(el("option", { value: a.code }, `${a.name} (${a.mentions})`));
}

function setFilter(name, value) {
  form.elements[name].value = value;
  refresh();
}

// -- timeline -------------------------------------------------------------------------------
async function drawTimeline() {
  const by = $("#tl-by").value, interval = $("#tl-interval").value;
  const data = await api("/api/aggregates/timeline", { by, interval });
  const svg = $("#timeline");
  svg.replaceChildren();
  const periods = fillPeriods([...new Set(data.series.map((r) => r.period))].sort(), interval);
  const keys = [...new Set(data.series.map((r) => r.key))].sort((a, b) =>
    by === "class" ? CLASSES.indexOf(a) - CLASSES.indexOf(b) : a.localeCompare(b));
  const color = (k) => by === "class" ? CLASS_COLOR[k] : PALETTE[keys.indexOf(k) % PALETTE.length];
  const totals = new Map(periods.map((p) => [p, 0]));
  for (const r of data.series) totals.set(r.period, totals.get(r.period) + r.count);
  const W = svg.clientWidth || 900, H = 190, left = 34, bottom = 22, top = 8;
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  const max = Math.max(1, ...totals.values());
  const bw = (W - left - 4) / Math.max(1, periods.length);
  const y = (v) => (H - bottom) - v / max * (H - bottom - top);
  const axis = svgEl("g", { class: "axis" });
  for (const t of [0, max / 2, max]) {
    axis.append(svgEl("text", { x: left - 4, y: y(t) + 3, "text-anchor": "end" }, String(Math.round(t))));
    axis.append(svgEl("line", { x1: left, x2: W, y1: y(t), y2: y(t), stroke: "#eceff3" }));
  }
  const every = Math.max(1, Math.ceil(periods.length / Math.max(1, Math.floor(W / 70))));
  periods.forEach((p, i) => {
    if (i % every === 0) axis.append(svgEl("text", { x: left + i * bw + bw / 2, y: H - 6, "text-anchor": "middle" }, p));
  });
  svg.append(axis);
  const stack = new Map(periods.map((p) => [p, 0]));
  for (const r of data.series) {
    const i = periods.indexOf(r.period), base = stack.get(r.period);
    const rect = svgEl("rect", { class: "bar", x: left + i * bw + 0.5, width: Math.max(1, bw - 1),
      y: y(base + r.count), height: y(base) - y(base + r.count), fill: color(r.key),
      "data-period": r.period, "data-key": r.key, "data-count": r.count });
    rect.append(svgEl("title", {}, `${r.period} · ${r.key}: ${r.count}`));
    svg.append(rect);
    stack.set(r.period, base + r.count);
  }
  const legend = $("#tl-legend");
  legend.replaceChildren(...keys.map((k) => {
    const s = el("span"); s.append(el("span", { class: "sw", style: `background:${color(k)}` }), k); return s;
  }));
  const total = [...totals.values()].reduce((a, b) => a + b, 0);
  svg.dataset.total = total;
  $("#tl-note").textContent = `${total} placed` + (data.coarser ? `, ${data.coarser} dated too coarsely for a ${interval}` : "")
    + (data.undated ? `, ${data.undated} undated` : "");
  brush(svg, periods, left, bw, H - bottom, interval);
}

function nextPeriod(p, interval) {
  if (interval === "year") return String(Number(p) + 1);
  if (interval === "month") {
    const [y, m] = p.split("-").map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  }
  const d = new Date(`${p}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (interval === "week" ? 7 : 1));
  return d.toISOString().slice(0, 10);
}

function fillPeriods(periods, interval) {
  // one bar per period from the first to the last, empty ones included, so that time reads evenly
  if (periods.length < 2) return periods;
  const out = [periods[0]];
  const last = periods[periods.length - 1];
  while (out[out.length - 1] < last) {
    out.push(nextPeriod(out[out.length - 1], interval));
    if (out.length > 5000) return periods;  // too many to draw: show only the periods with events
  }
  return out;
}

function periodRange(first, last, interval) {
  if (interval !== "week") return [first, last];
  const end = new Date(`${last}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 6);
  return [first, end.toISOString().slice(0, 10)];
}

function brush(svg, periods, left, bw, height, interval) {
  let x0 = null, box = null;
  const xAt = (ev) => {
    const r = svg.getBoundingClientRect();
    return (ev.clientX - r.left) * (svg.viewBox.baseVal.width / r.width);
  };
  svg.onpointerdown = (ev) => {
    x0 = xAt(ev);
    box = svgEl("rect", { class: "brush", x: x0, y: 0, width: 0, height });
    svg.append(box);
    svg.setPointerCapture(ev.pointerId);
  };
  svg.onpointermove = (ev) => {
    if (x0 === null) return;
    const x1 = xAt(ev);
    box.setAttribute("x", Math.min(x0, x1));
    box.setAttribute("width", Math.abs(x1 - x0));
  };
  svg.onpointerup = (ev) => {
    if (x0 === null) return;
    const x1 = xAt(ev);
    const i0 = Math.floor((Math.min(x0, x1) - left) / bw), i1 = Math.floor((Math.max(x0, x1) - left) / bw);
    x0 = null;
    const a = Math.max(0, i0), b = Math.min(periods.length - 1, i1);
    if (!periods.length || b < a) { box.remove(); return; }
    const [since, until] = periodRange(periods[a], periods[b], interval);
    form.elements.since.value = since;
    form.elements.until.value = until;
    refresh();
  };
}

// -- actor network --------------------------------------------------------------------------
function layout(nodes, edges, W, H) {
  // a small force layout: springs along edges, repulsion between nodes, pull to the centre
  nodes.forEach((n, i) => {
    const a = 2 * Math.PI * i / nodes.length;
    n.x = W / 2 + Math.cos(a) * W / 3; n.y = H / 2 + Math.sin(a) * H / 3;
  });
  const at = new Map(nodes.map((n) => [n.code, n]));
  for (let step = 0; step < 300; step++) {
    const cool = 1 - step / 300;
    for (const n of nodes) { n.dx = (W / 2 - n.x) * 0.01; n.dy = (H / 2 - n.y) * 0.01; }
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i], b = nodes[j];
      let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
      const f = 3500 / d2;
      a.dx += dx * f / Math.sqrt(d2); a.dy += dy * f / Math.sqrt(d2);
      b.dx -= dx * f / Math.sqrt(d2); b.dy -= dy * f / Math.sqrt(d2);
    }
    for (const e of edges) {
      const a = at.get(e.a), b = at.get(e.b);
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      const f = (d - 110) * 0.02;
      a.dx += dx / d * f; a.dy += dy / d * f; b.dx -= dx / d * f; b.dy -= dy / d * f;
    }
    for (const n of nodes) {
      n.x = Math.min(W - 20, Math.max(20, n.x + Math.max(-10, Math.min(10, n.dx)) * cool * 3));
      n.y = Math.min(H - 15, Math.max(15, n.y + Math.max(-10, Math.min(10, n.dy)) * cool * 3));
    }
  }
}

function edgeColor(e) {
  if (!e.cooperation && !e.conflict) return "var(--other)";
  const share = e.cooperation / (e.cooperation + e.conflict);
  return share >= 2 / 3 ? "var(--coop)" : share <= 1 / 3 ? "var(--conf)" : "var(--mixed)";
}

async function drawNetwork() {
  const data = await api("/api/aggregates/dyads", { limit: 60 });
  const svg = $("#network");
  svg.replaceChildren();
  const W = 600, H = 420;
  svg.dataset.edges = data.edges.length;
  if (!data.edges.length) {
    svg.append(svgEl("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "no actor pairs in this selection"));
    return;
  }
  layout(data.nodes, data.edges, W, H);
  const at = new Map(data.nodes.map((n) => [n.code, n]));
  const maxE = Math.max(...data.edges.map((e) => e.count));
  const maxN = Math.max(...data.nodes.map((n) => n.count));
  for (const e of data.edges) {
    const a = at.get(e.a), b = at.get(e.b);
    const line = svgEl("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: edgeColor(e),
      "stroke-width": 1 + 7 * Math.sqrt(e.count / maxE), "stroke-opacity": 0.75,
      "data-a": e.a, "data-b": e.b, "data-count": e.count });
    line.append(svgEl("title", {}, `${e.a}–${e.b}: ${e.count} events (${e.cooperation} cooperation, ${e.conflict} conflict)`));
    line.onclick = () => setFilter("dyad", `${e.a},${e.b}`);
    svg.append(line);
  }
  for (const n of data.nodes) {
    const c = svgEl("circle", { cx: n.x, cy: n.y, r: 5 + 13 * Math.sqrt(n.count / maxN), class: n.kind === "state" ? "state" : "org",
      "data-code": n.code, "data-count": n.count });
    c.append(svgEl("title", {}, `${n.name} (${n.code}): ${n.count} events with the actors shown`));
    c.onclick = () => { form.elements.dyad.value = ""; setFilter("actor", n.code); };
    svg.append(c);
    svg.append(svgEl("text", { x: n.x + 8, y: n.y - 8 }, n.code));
  }
}

// -- world map ------------------------------------------------------------------------------
function shade(t) {  // 0..1 -> light to dark blue
  const a = [219, 230, 242], b = [24, 66, 128];
  return `rgb(${a.map((v, i) => Math.round(v + (b[i] - v) * t)).join(",")})`;
}

async function drawMap() {
  if (!state.world) state.world = await (await fetch("/static/world.json")).json();
  const data = await api("/api/aggregates/countries");
  const counts = new Map(data.countries.map((c) => [c.country, c.count]));
  const max = Math.max(1, ...counts.values());
  const svg = $("#map");
  svg.setAttribute("viewBox", state.world.viewBox);
  svg.replaceChildren();
  for (const c of state.world.countries) {
    const n = counts.get(c.id) || 0;
    const p = svgEl("path", { d: c.d, fill: n ? shade(Math.log1p(n) / Math.log1p(max)) : "#d9dde3",
      "data-code": c.id, "data-count": n });
    p.append(svgEl("title", {}, `${c.name}: ${n} event${n === 1 ? "" : "s"}`));
    p.onclick = () => { form.elements.dyad.value = ""; setFilter("actor", c.id); };
    svg.append(p);
  }
  const legend = $("#map-legend");
  legend.replaceChildren();
  for (const v of [1, Math.round(Math.sqrt(max)), max].filter((v, i, a) => a.indexOf(v) === i)) {
    const s = el("span"); s.append(el("span", { class: "sw", style: `background:${shade(Math.log1p(v) / Math.log1p(max))}` }), `${v}`);
    legend.append(s);
  }
  legend.append(el("span", {}, "events involving the country (actors, participants, place)"));
  const names = new Map(state.world.countries.map((c) => [c.id, c.name]));
  const top = $("#map-top");
  top.replaceChildren(el("span", { class: "muted" }, "Most active:"));
  for (const c of data.countries.slice(0, 12)) {
    const b = el("button", { type: "button", "data-code": c.country }, `${names.get(c.country) || c.country} ${c.count}`);
    b.onclick = () => { form.elements.dyad.value = ""; setFilter("actor", c.country); };
    top.append(b);
  }
}

// -- event table and evidence ---------------------------------------------------------------
const snippet = (t) => { t = (t || "").replace(/\s+/g, " ").trim(); return t.length > 110 ? t.slice(0, 109) + "…" : t; };
const actorCell = (a) => a ? (a.name && a.name !== a.code ? `${a.code} · ${a.name}` : a.code || a.name) : "";

async function drawTable() {
  const data = await api("/api/events", { size: PAGE, cursor: state.cursors[state.page] });
  const body = $("#events tbody");
  body.replaceChildren();
  for (const r of data.events) {
    const tr = el("tr", { "data-event-id": r.event_id, "data-doc-id": r.doc_id });
    const cls = TYPE_CLASS[r.type] || "unclassified";
    const type = el("td"); type.append(el("span", { class: `chip ${cls}`, title: cls.replace("_", " ") },
      r.type + (r.mode ? `/${r.mode}` : "")));
    tr.append(el("td", {}, r.date || "—"), type, el("td", {}, actorCell(r.source)), el("td", {}, actorCell(r.target)),
      el("td", {}, r.status || ""), el("td", {}, r.outlet || ""),
      el("td", { class: "ev" }, snippet(r.evidence.text)));
    tr.onclick = () => { body.querySelectorAll("tr.selected").forEach((x) => x.classList.remove("selected"));
      tr.classList.add("selected"); showEvent(r.event_id, r.doc_id); };
    body.append(tr);
  }
  state.cursors[state.page + 1] = data.next_cursor;
  $("#table-count").textContent = `${data.total.toLocaleString()} matching`;
  $("#table-count").dataset.total = data.total;
  const from = state.page * PAGE;
  $("#page-info").textContent = data.total ? `${from + 1}–${from + data.events.length} of ${data.total.toLocaleString()}` : "no events";
  $("#prev").disabled = state.page === 0;
  $("#next").disabled = !data.next_cursor;
}

async function showEvent(eventId, docId) {
  const ev = await (await fetch(`/api/events/${encodeURIComponent(eventId)}`)).json();
  const box = $("#evidence");
  box.replaceChildren();
  box.dataset.eventId = eventId;
  const head = el("h3", {}, `${ev.type}${ev.mode ? "/" + ev.mode : ""}: ${actorCell(ev.source) || "?"} → ${actorCell(ev.target) || "?"}`);
  box.append(head, el("div", { class: "meta" }, `${ev.date || "undated"} · ${ev.status} · ${(ev.class || "").replace("_", " ")} · `
    + `${ev.reports.length} report${ev.reports.length === 1 ? "" : "s"}`));
  const tabs = el("div", { class: "reports" });
  const article = el("div");
  box.append(tabs, article);
  ev.reports.forEach((r, i) => {
    const b = el("button", { type: "button" }, `${r.outlet || r.doc_id} ${r.published || ""}`);
    b.onclick = () => { tabs.querySelectorAll("button").forEach((x) => x.classList.remove("active"));
      b.classList.add("active"); showReport(r, article); };
    tabs.append(b);
    if (r.doc_id === docId || (i === 0 && !ev.reports.some((x) => x.doc_id === docId))) b.click();
  });
}

async function showReport(r, box) {
  const art = await (await fetch(`/api/articles/${encodeURIComponent(r.doc_id)}`)).json();
  box.replaceChildren();
  const meta = el("div", { class: "meta" });
  meta.append(`${art.source || art.sitename || "unknown outlet"} · published ${art.published || "?"} · `);
  if (art.url) meta.append(el("a", { href: art.url, target: "_blank", rel: "noopener noreferrer" }, "original article"));
  else meta.append(`id ${art.id}`);
  const text = el("div", { class: "text" });
  const t = art.text || "", s = r.evidence.start, e = r.evidence.end;
  if (Number.isInteger(s) && Number.isInteger(e) && e <= t.length) {
    text.append(t.slice(0, s), el("mark", {}, t.slice(s, e)), t.slice(e));
  } else {
    text.append(el("mark", {}, r.evidence.text || ""), "\n\n", t);
  }
  box.append(el("h3", {}, art.title || art.id), meta, text);
  const mark = text.querySelector("mark");
  if (mark) text.scrollTop = Math.max(0, mark.offsetTop - 60);
}

// -- wiring ---------------------------------------------------------------------------------
function updateExport() {
  const p = filterParams();
  p.set("format", $("#export-format").value);
  $("#export").href = `/api/export?${p}`;
}

async function refresh() {
  const status = $("#status");
  status.dataset.ready = "0";
  status.textContent = "loading…";
  state.cursors = [null]; state.page = 0;
  updateExport();
  try {
    await Promise.all([drawTimeline(), drawNetwork(), drawMap(), drawTable()]);
    showError(null);
    status.textContent = "";
  } catch (err) {
    showError(err);
    status.textContent = "error";
  }
  status.dataset.ready = "1";
}

async function loadStats() {
  const h = await api("/api/health", {}, false);
  $("#stats").textContent = `${h.events.toLocaleString()} events · ${h.articles.toLocaleString()} articles`
    + (h.writer_active ? " · an ingest is running: showing the data from before it" : "");
}

form.addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
$("#reset").onclick = () => { form.reset(); refresh(); };
$("#tl-clear").onclick = () => { form.elements.since.value = ""; form.elements.until.value = ""; refresh(); };
$("#tl-by").onchange = () => drawTimeline().catch(showError);
$("#tl-interval").onchange = () => drawTimeline().catch(showError);
$("#export-format").onchange = updateExport;
$("#next").onclick = () => { state.page += 1; drawTable().catch(showError); };
$("#prev").onclick = () => { state.page = Math.max(0, state.page - 1); drawTable().catch(showError); };
for (const name of ["type", "class", "status", "mode", "outlet", "date_field", "date_basis"]) form.elements[name].onchange = refresh;

(async () => {
  try { await Promise.all([loadFacets(), loadStats()]); } catch (err) { showError(err); }
  await refresh();
  setInterval(() => loadStats().catch(() => {}), 15000);
})();
