// The status page's script: polls /api/status every 2 s and renders it. Every value goes into the
// page as text (textContent, attributes of SVG shapes): nothing a sender sent is ever parsed as markup.
"use strict";

const POLL_MS = 2000;
const SVG = "http://www.w3.org/2000/svg";
const $ = (id) => document.getElementById(id);

/** An element with text or children; props set as attributes (class, title, …). */
function el(tag, props, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) if (v !== undefined && v !== null) e.setAttribute(k, String(v));
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function svgEl(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

// ---- formatting

function num(x) {
  if (x === null || x === undefined) return "—";
  const a = Math.abs(x);
  if (a >= 1e9) return (x / 1e9).toFixed(1) + "G";
  if (a >= 1e6) return (x / 1e6).toFixed(1) + "M";
  if (a >= 1e4) return (x / 1e3).toFixed(1) + "k";
  return Number.isInteger(x) ? String(x) : x.toFixed(a >= 100 ? 0 : a >= 10 ? 1 : 2);
}
function rate(x) {
  if (x === null || x === undefined) return "—";
  if (x === 0) return "0";
  return x < 0.1 ? x.toFixed(2) : num(x);
}
function pct(x) {
  if (x === null || x === undefined) return "—";
  if (x === 0) return "0%";
  const p = x * 100;
  return (p < 1 ? p.toFixed(2) : p < 10 ? p.toFixed(1) : p.toFixed(0)) + "%";
}
function secs(x) {
  if (x === null || x === undefined) return "—";
  if (x < 1) return (x * 1000).toFixed(x < 0.01 ? 1 : 0) + " ms";
  return x.toFixed(2) + " s";
}
function bytes(x) {
  const u = ["B", "KiB", "MiB", "GiB"];
  let i = 0;
  while (x >= 1024 && i < u.length - 1) { x /= 1024; i++; }
  return x.toFixed(i === 0 ? 0 : 1) + " " + u[i];
}
function duration(s) {
  if (s === null || s === undefined) return "never";
  if (s < 60) return Math.round(s) + "s";
  if (s < 3600) return Math.floor(s / 60) + "m " + Math.round(s % 60) + "s";
  if (s < 86400) return Math.floor(s / 3600) + "h " + Math.floor((s % 3600) / 60) + "m";
  return Math.floor(s / 86400) + "d " + Math.floor((s % 86400) / 3600) + "h";
}
function ago(s) {
  return s === null || s === undefined ? "never" : s < 2 ? "just now" : duration(s) + " ago";
}
function cls(ratio) {
  return ratio === null || ratio === undefined ? "" : ratio >= 0.05 ? "bad" : ratio >= 0.01 ? "warn" : "";
}

// ---- small charts

/** A sparkline of `values` (oldest first), scaled to its own maximum; `errors` drawn on the same scale. */
function spark(values, errors, w, h) {
  const svg = svgEl("svg", { viewBox: `0 0 ${w} ${h}`, preserveAspectRatio: "none", role: "img", "aria-label": "recent requests per second" });
  const n = values.length;
  if (n < 2) return svg;
  const max = Math.max(...values, 1e-9);
  const x = (i) => ((i / (n - 1)) * w).toFixed(1);
  const y = (v) => (h - 1 - (v / max) * (h - 3)).toFixed(1);
  const pts = values.map((v, i) => `${x(i)},${y(v)}`).join(" ");
  svg.append(svgEl("polygon", { class: "area", points: `0,${h} ${pts} ${w},${h}` }));
  svg.append(svgEl("polyline", { class: "line", points: pts }));
  if (errors && errors.some((v) => v > 0)) {
    svg.append(svgEl("polyline", { class: "err", points: errors.map((v, i) => `${x(i)},${y(v)}`).join(" ") }));
  }
  return svg;
}

/** A bar of used against budget, with the numbers beside it. */
function meter(used, budget) {
  const share = budget > 0 ? Math.min(1, used / budget) : 0;
  const fill = el("div", { class: "fill" + (share >= 1 ? " bad" : share >= 0.8 ? " warn" : "") });
  fill.style.width = (share * 100).toFixed(1) + "%";
  return el("div", { class: "meter" },
    el("div", { class: "track" }, fill),
    el("span", { class: "txt" }, `${num(used)} / ${num(budget)}`, el("span", { class: "muted" }, `  ${pct(share)}`)));
}

// ---- sections

function renderSummary(d) {
  const t = d.traffic;
  $("t-rate").textContent = rate(t.rate);
  $("t-spark").replaceChildren(spark(t.history, t.errorHistory, 600, 48));
  $("t-err").textContent = pct(t.errorRatio);
  $("t-err").className = "value " + cls(t.errorRatio);
  $("t-err-sub").textContent = `of the last ${d.rateSeconds}s`;
  let acc = 0, rej = 0;
  for (const s of d.senders) { acc += s.acceptedRate; rej += s.rejectedRate; }
  $("t-entries").textContent = rate(acc);
  $("t-rejected").textContent = `${rate(rej)}/s rejected`;
  $("t-rejected").className = "sub" + (rej > 0 ? " bad" : "");
  $("t-routes").textContent = num(d.routes.count);
  const series = d.cardinality.metrics.reduce((a, m) => a + m.series, 0);
  $("t-series").textContent = `${num(series)} series`;
  const over = d.cardinality.labels.reduce((a, l) => a + l.overflowed, 0);
  $("t-overflow").textContent = num(over);
  $("t-overflow").className = "value" + (over > 0 ? " warn" : "");
}

function renderSenders(d) {
  const cards = d.senders.map((s) => {
    const idle = s.accepted === 0 && s.rejected === 0 && s.openStreams === 0;
    const list = el("ul");
    for (const r of s.reasons) {
      if (r.total === 0) continue;
      list.append(el("li", null, el("span", { class: "bad" }, r.reason), el("span", null, `${num(r.total)}  ·  ${rate(r.rate)}/s`)));
    }
    for (const m of s.messagesRefused) {
      if (m.total === 0) continue;
      list.append(el("li", null, el("span", { class: "bad" }, `message ${m.reason}`), el("span", null, num(m.total))));
    }
    for (const o of s.streams) {
      list.append(el("li", { class: "stream", title: `peer ${o.peer}` },
        el("span", null, `⇄ ${o.gateway || "(not identified yet)"}`),
        el("span", { class: "muted" }, `${num(o.entries)} entries · open ${duration(o.openSeconds)}`)));
    }
    if (s.openStreams > s.streams.length) list.append(el("li", null, el("span", { class: "muted" }, `and ${s.openStreams - s.streams.length} more streams`), el("span")));
    return el("div", { class: "card" + (idle ? " idle" : ""), "data-source": s.source },
      el("div", { class: "head" },
        el("span", { class: "title" }, s.name),
        el("span", { class: "small" }, s.lastEntryAgo === null ? "no entries yet" : `last entry ${ago(s.lastEntryAgo)}`)),
      el("div", { class: "nums" },
        el("div", null, el("div", { class: "big" }, rate(s.acceptedRate)), el("div", { class: "small" }, "accepted/s")),
        el("div", null, el("div", { class: "big" + (s.rejectedRate > 0 ? " bad" : "") }, rate(s.rejectedRate)), el("div", { class: "small" }, "rejected/s")),
        s.source === "als" ? el("div", null, el("div", { class: "big" }, num(s.openStreams)), el("div", { class: "small" }, "open streams")) : null),
      el("div", { class: "small" }, `${num(s.accepted)} accepted, ${num(s.rejected)} rejected since start`),
      list);
  });
  $("senders").replaceChildren(...cards);
}

const sort = { key: "rate", dir: -1 };
let lastData = null;

function compare(a, b) {
  const x = a[sort.key], y = b[sort.key];
  if (x === y) return 0;
  if (x === null || x === undefined) return 1;
  if (y === null || y === undefined) return -1;
  return (x < y ? -1 : 1) * sort.dir;
}

function renderRoutes(d) {
  const filter = $("route-filter").value.trim().toLowerCase();
  const rows = d.routes.rows
    .filter((r) => !filter || `${r.host} ${r.route} ${r.method}`.toLowerCase().includes(filter))
    .slice()
    .sort(compare);
  const body = rows.map((r) => el("tr", null,
    el("td", { class: "host", title: r.host }, r.host || "—"),
    el("td", { class: "route", title: r.route }, r.route || "—"),
    el("td", null, el("span", { class: "method" }, r.method || "—")),
    el("td", { class: "num" }, rate(r.rate)),
    el("td", { class: "num " + cls(r.errorRatio) }, pct(r.errorRatio)),
    el("td", { class: "num" }, secs(r.p50)),
    el("td", { class: "num" }, secs(r.p99)),
    el("td", { class: "num" }, num(r.total)),
    el("td", { class: "spark-col" }, spark(r.history, null, 140, 26))));
  document.querySelector("#routes tbody").replaceChildren(...body);
  for (const th of document.querySelectorAll("#routes th[data-key]")) {
    if (th.dataset.key === sort.key) th.setAttribute("aria-sort", sort.dir < 0 ? "descending" : "ascending");
    else th.removeAttribute("aria-sort");
  }
  const shown = d.routes.rows.length;
  $("routes-note").textContent = (d.routes.count > shown ? `The ${shown} busiest of ${d.routes.count} (host, route, method). ` : "")
    + `Rates over the last ${d.rateSeconds}s; p50/p99 estimated from the latency histogram buckets over about the last minute.`;
}

function renderFlags(d) {
  const body = d.flags.map((f) => el("tr", null,
    el("td", null, el("span", { class: "flag" }, f.flag)),
    el("td", null, f.meaning || "(unknown flag)"),
    el("td", { class: "num" }, num(f.total)),
    el("td", { class: "num" }, rate(f.rate))));
  document.querySelector("#flags tbody").replaceChildren(...body);
  $("flags-empty").hidden = d.flags.length > 0;
}

function renderCardinality(d) {
  const c = d.cardinality;
  document.querySelector("#labels tbody").replaceChildren(...c.labels.map((l) => el("tr", null,
    el("td", null, el("code", null, l.label)),
    el("td", null, meter(l.values, l.budget)),
    el("td", { class: "num" + (l.overflowed > 0 ? " warn" : "") }, num(l.overflowed)))));
  const sources = Object.entries(c.routeSources).sort((a, b) => b[1] - a[1]);
  const all = sources.reduce((a, [, n]) => a + n, 0);
  const names = { template: "templates", folded: "folded paths", routeName: "route names", overflow: "__overflow__", none: "no path" };
  $("route-sources").replaceChildren(...(sources.length ? sources.map(([k, n]) => el("span", { class: "chip" },
    el("b", null, pct(all > 0 ? n / all : 0)), ` ${names[k] || k}`)) : [el("span", { class: "muted" }, "no requests yet")]));
  $("templates-count").textContent = `(${c.templates.configured} configured)`;
  document.querySelector("#templates tbody").replaceChildren(...c.templates.rows.map((t) => el("tr", null,
    el("td", { class: "route" }, t.route), el("td", { class: "num" }, num(t.requests)))));
  $("templates-empty").hidden = c.templates.rows.length > 0;
  document.querySelector("#metrics tbody").replaceChildren(...c.metrics.map((m) => el("tr", null,
    el("td", null, el("code", null, m.name)),
    el("td", { class: "muted" }, m.type),
    el("td", null, meter(m.series, m.budget)),
    el("td", { class: m.overflow.length ? "warn" : "muted" }, m.overflow.length ? m.overflow.map((o) => `${o.label}: ${num(o.count)}`).join(", ") : "none"))));
  const ov = c.overflowValues;
  $("overflow-values-wrap").hidden = ov === null;
  if (ov !== null) {
    document.querySelector("#overflow-values tbody").replaceChildren(...ov.map((v) => el("tr", null,
      el("td", { class: "path" }, v.value), el("td", { class: "num" }, num(v.count)))));
  }
  $("overflow-note").textContent = ov === null
    ? "Raw values that fell into __overflow__ are shown only with debugEndpoints on."
    : "Shown because debugEndpoints is on. Counts are upper estimates (a top-k sketch).";
}

function renderProcess(d) {
  const p = d.process;
  const r = p.reload;
  const reload = r.lastAt === 0 ? "no reload yet"
    : `${r.lastOk ? "applied" : "failed"} ${ago(r.lastAgo)} (${r.lastReason})` + (r.lastOk ? "" : `: ${r.lastError}`);
  const facts = [
    ["Version", `${p.version} (${p.commit})`],
    ["Uptime", duration(p.uptimeSeconds)],
    ["Resident memory", bytes(p.rssBytes)],
    ["CPU", `${pct(p.cpuShare)} of a core · ${p.cpuSeconds.toFixed(1)} s total`],
    ["gRPC listener", `${p.grpcListen}${p.grpcTls ? " (TLS)" : ""}`],
    ["HTTP listener", `${p.httpListen}${p.httpTls ? " (TLS)" : ""} · auth: ${p.httpAuth}`],
    ["Configuration", p.configFile === null ? "defaults, environment and flags (no file)" : p.configFile],
    ["Reloads", `${r.reloads} applied, ${r.failures} failed`],
    ["Last reload", reload],
    ["Ready", p.ready ? "yes" : "no (starting or shutting down)"],
    ["Debug endpoints", p.debugEndpoints ? "on" : "off"],
  ];
  $("process").replaceChildren(...facts.map(([k, v]) => el("div", null, el("dt", null, k), el("dd", { class: k === "Last reload" && !r.lastOk ? "bad" : null }, v))));
  $("version").textContent = `${p.version} · up ${duration(p.uptimeSeconds)}`;
}

function render(d) {
  lastData = d;
  renderSummary(d);
  renderSenders(d);
  renderRoutes(d);
  renderFlags(d);
  renderCardinality(d);
  renderProcess(d);
}

// ---- polling

let failures = 0;

function setLive(state, text) {
  $("live").dataset.state = state;
  $("live-text").textContent = text;
}

async function poll() {
  try {
    const res = await fetch("/api/status", { cache: "no-store", credentials: "same-origin" });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    render(await res.json());
    failures = 0;
    setLive("ok", `live · ${new Date().toLocaleTimeString()}`);
  } catch (e) {
    failures++;
    setLive("bad", `cannot reach the adapter (${e.message})`);
  } finally {
    setTimeout(poll, failures > 3 ? POLL_MS * 3 : POLL_MS);
  }
}

function init() {
  for (const th of document.querySelectorAll("#routes th[data-key]")) {
    th.tabIndex = 0;
    const choose = () => {
      const key = th.dataset.key;
      if (sort.key === key) sort.dir = -sort.dir;
      else { sort.key = key; sort.dir = key === "host" || key === "route" || key === "method" ? 1 : -1; }
      if (lastData) renderRoutes(lastData);
    };
    th.addEventListener("click", choose);
    th.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); choose(); } });
  }
  $("route-filter").addEventListener("input", () => { if (lastData) renderRoutes(lastData); });
  poll();
}

init();
