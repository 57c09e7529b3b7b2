// The typed-array stores and the text writer, checked through a parse of what the writer produced.
import { expect, test } from "bun:test";
import { render, renderChunks } from "../src/expose/render.ts";
import { clearSeriesSlots } from "../src/store/expiry.ts";
import { newHistogram, observe } from "../src/store/histogram.ts";
import { histogramCount } from "./reference/histogram-count.ts";
import { newRegistry, register } from "../src/store/registry.ts";
import { deleteSeries, fragmentOf, internSeries, newSeriesTable, seriesValues } from "../src/store/series.ts";
import { newVector, vectorAdd } from "../src/store/vector.ts";
import { parseExposition, promtoolCheck, promtoolPath, sample } from "./helpers/exposition.ts";
import { labelFragment } from "./reference/label-fragment.ts";

function setup() {
  const reg = newRegistry();
  const table = newSeriesTable(["host", "route"]);
  const c = register(reg, { name: "t_requests_total", help: "Requests.\nSecond \\ line.", type: "counter", table, values: newVector() });
  const h = register(reg, { name: "t_duration_seconds", help: "Duration.", type: "histogram", table, hist: newHistogram([0.1, 0.5, 1]) });
  return { reg, table, c, h };
}

test("a value equal to a bound lands in that bucket; buckets are cumulative; +Inf equals count", () => {
  const { reg, table, h } = setup();
  const id = internSeries(table, ["a", "/x"]);
  for (const v of [0.1, 0.1000001, 0.5, 1, 1.5, 0]) observe(h.hist, id, v);
  const e = parseExposition(new TextDecoder().decode(render(reg, "text")));
  const L = { host: "a", route: "/x" };
  expect(sample(e, "t_duration_seconds_bucket", { ...L, le: "0.1" })).toBe(2);
  expect(sample(e, "t_duration_seconds_bucket", { ...L, le: "0.5" })).toBe(4);
  expect(sample(e, "t_duration_seconds_bucket", { ...L, le: "1" })).toBe(5);
  expect(sample(e, "t_duration_seconds_bucket", { ...L, le: "+Inf" })).toBe(6);
  expect(sample(e, "t_duration_seconds_count", L)).toBe(6);
  expect(sample(e, "t_duration_seconds_sum", L)).toBeCloseTo(3.2000001, 12);
});

test("label values are escaped and parse back; HELP is escaped; families are contiguous", () => {
  const { reg, table, c } = setup();
  const nasty = 'a"b\\c\nd ü';
  vectorAdd(c.values, internSeries(table, [nasty, "/q"]), 3);
  vectorAdd(c.values, internSeries(table, ["plain", "/q"]), 1.5);
  const text = new TextDecoder().decode(render(reg, "text"));
  expect(text).toContain('host="a\\"b\\\\c\\nd ü"');
  expect(text).toContain("# HELP t_requests_total Requests.\\nSecond \\\\ line.");
  const e = parseExposition(text);
  expect(sample(e, "t_requests_total", { host: nasty })).toBe(3);
  expect(sample(e, "t_requests_total", { host: "plain" })).toBe(1.5);
  if (promtoolPath) expect(promtoolCheck(text)).toBe("");
});

test("tables grow past their first chunk without losing counts", () => {
  const { reg, table, c, h } = setup();
  for (let i = 0; i < 5000; i++) {
    const id = internSeries(table, ["h" + (i % 2500), "/r"]);
    vectorAdd(c.values, id, 1);
    observe(h.hist, id, i % 3);
  }
  expect(table.size).toBe(2500);
  const e = parseExposition(new TextDecoder().decode(render(reg, "text")));
  expect(sample(e, "t_requests_total", { host: "h2499" })).toBe(2);
  expect(sample(e, "t_duration_seconds_count", { host: "h0" })).toBe(2);
  expect(e.samples.filter((s) => s.name === "t_requests_total").reduce((a, s) => a + s.value, 0)).toBe(5000);
});

test("a full table refuses new tuples but keeps counting existing ones", () => {
  const table = newSeriesTable(["k"], 2);
  expect(internSeries(table, ["a"])).toBe(0);
  expect(internSeries(table, ["b"])).toBe(1);
  expect(internSeries(table, ["c"])).toBe(-1);
  expect(internSeries(table, ["a"])).toBe(0);
});

test("numbers are written as Prometheus reads them", () => {
  const reg = newRegistry();
  const table = newSeriesTable(["v"]);
  const g = register(reg, { name: "t_gauge", help: "g", type: "gauge", table, values: newVector() });
  const cases: [string, number][] = [["int", 1234567890123], ["frac", 0.129025230], ["tiny", 1e-9], ["neg", -2.5], ["inf", Infinity], ["nan", NaN], ["zero", 0]];
  for (const [k, v] of cases) vectorAdd(g.values, internSeries(table, [k]), v);
  const e = parseExposition(new TextDecoder().decode(render(reg, "text")));
  for (const [k, v] of cases) {
    const got = sample(e, "t_gauge", { v: k });
    if (Number.isNaN(v)) expect(got).toBeNaN();
    else expect(got).toBe(v);
  }
});

test("histogram bounds must increase", () => {
  expect(() => newHistogram([1, 1])).toThrow();
  expect(() => newHistogram([2, 1])).toThrow();
});

test("a snapshot copied in slices while series are updated, deleted and reused shows the instant it began", async () => {
  const reg = newRegistry();
  const table = newSeriesTable(["k"]);
  const c = register(reg, { name: "s_total", help: "S.", type: "counter", table, values: newVector() });
  const h = register(reg, { name: "s_seconds", help: "S.", type: "histogram", table, hist: newHistogram([0.5, 1, 2]) });
  const N = 3000;
  const expected = new Map<string, number>();
  const hit = (key: string, times: number) => {
    const id = internSeries(table, [key]);
    for (let j = 0; j < times; j++) {
      vectorAdd(c.values, id, 1);
      observe(h.hist, id, 1);
    }
  };
  for (let i = 0; i < N; i++) {
    hit("s" + i, 1 + (i % 5));
    expected.set("s" + i, 1 + (i % 5));
  }
  let writing = true;
  let round = 0;
  let writes = 0;
  const loop = () => {
    if (!writing) return;
    // Every turn: more observations across the whole id range, a deleted series and a new one
    // (which takes the deleted id).
    for (let i = round % 7; i < N; i += 7) hit("s" + i, 2);
    const gone = internSeries(table, ["s" + ((round * 13) % N)]);
    if (gone >= 0) {
      clearSeriesSlots(c, gone);
      clearSeriesSlots(h, gone);
      deleteSeries(table, gone);
    }
    hit("new" + round, 3);
    round++;
    writes++;
    setImmediate(loop);
  };
  // The snapshot's instant is the call: a sliced snapshot begins before its first yield.
  const pending = renderChunks(reg, "text", { sliceMs: 0, chunkBytes: 1 << 12, snapshotStep: 50 });
  setImmediate(loop);
  const chunks = await pending;
  writing = false;
  expect(writes).toBeGreaterThan(20); // the copy really was interleaved with writes
  const e = parseExposition(new TextDecoder().decode(Buffer.concat(chunks)));
  const counts = e.samples.filter((s) => s.name === "s_seconds_count");
  expect(counts.length).toBe(N); // the deleted series still, the new ones not yet
  for (const s of counts) {
    const L = { k: s.labels.k };
    const n = expected.get(L.k) ?? -1;
    expect([L.k, s.value]).toEqual([L.k, n]);
    expect([L.k, sample(e, "s_total", L)]).toEqual([L.k, n]);
    expect([L.k, sample(e, "s_seconds_sum", L)]).toEqual([L.k, n]);
    expect([L.k, sample(e, "s_seconds_bucket", { ...L, le: "0.5" })]).toEqual([L.k, 0]);
    expect([L.k, sample(e, "s_seconds_bucket", { ...L, le: "1" })]).toEqual([L.k, n]);
    expect([L.k, sample(e, "s_seconds_bucket", { ...L, le: "+Inf" })]).toEqual([L.k, n]);
  }
  // A scrape after it sees the writes.
  const after = parseExposition(new TextDecoder().decode(render(reg, "text")));
  expect(after.samples.some((s) => s.name === "s_total" && s.labels.k === "new0")).toBe(true);
});

test("the series index finds every tuple as its levels grow past a few values and shrink again", () => {
  const table = newSeriesTable(["host", "route", "code"]);
  const tuples: string[][] = [];
  for (let h = 0; h < 3; h++) for (let r = 0; r < 12; r++) for (let c = 0; c < 20; c++) tuples.push([`h${h}`, `/r${r}`, String(200 + c)]);
  const ids = tuples.map((v) => internSeries(table, v));
  expect(new Set(ids).size).toBe(tuples.length);
  tuples.forEach((v, i) => expect(internSeries(table, v)).toBe(ids[i]));
  // Delete every other tuple, then all of one host: the rest keep their ids, the gone ones come back new.
  tuples.forEach((v, i) => {
    if (i % 2 === 0 || v[0] === "h1") deleteSeries(table, ids[i]);
  });
  tuples.forEach((v, i) => {
    if (i % 2 === 1 && v[0] !== "h1") expect(internSeries(table, v)).toBe(ids[i]);
  });
  const before = table.live;
  const back = internSeries(table, ["h1", "/r3", "205"]);
  expect(table.live).toBe(before + 1);
  expect(internSeries(table, ["h1", "/r3", "205"])).toBe(back);
  expect(seriesValues(table, back)).toEqual(["h1", "/r3", "205"]);
});

test("label values read back exactly from the stored label text, also after its buffer is compacted", () => {
  const reg = newRegistry();
  const table = newSeriesTable(["a", "b", "c"]);
  const c = register(reg, { name: "v_total", help: "V.", type: "counter", table, values: newVector() });
  const awkward = [
    ["x", "", "z"],
    ["", "", ""],
    ['q"uote', "back\\slash", "new\nline"],
    ["\uFEFFbom", "日本語", "emoji 🚀"],
    ["lone \uD800 high", "lone \uDC00 low", 'a="b",c="d'],
  ];
  const long = (i: number) => `/path/${i}/${"p".repeat(400)}`;
  const ids = awkward.map((v) => internSeries(table, v));
  awkward.forEach((v, i) => {
    expect(seriesValues(table, ids[i])).toEqual(v);
    expect(fragmentOf(table, ids[i])).toEqual(new TextEncoder().encode(labelFragment(table.labelNames, v)));
  });
  // Enough deleted text to compact the buffer, with survivors before and after the deleted ones.
  const bulk = Array.from({ length: 600 }, (_, i) => internSeries(table, ["bulk", long(i), String(i)]));
  for (const id of bulk) vectorAdd(c.values, id, 1);
  bulk.forEach((id, i) => {
    if (i % 10 !== 0) {
      clearSeriesSlots(c, id);
      deleteSeries(table, id);
    }
  });
  // Compacted: the buffer holds less than the text ever written to it.
  expect(table.fragUsed).toBeLessThan(300 * 400);
  awkward.forEach((v, i) => {
    expect(seriesValues(table, ids[i])).toEqual(v);
    expect(internSeries(table, v)).toBe(ids[i]);
  });
  bulk.forEach((id, i) => expect(seriesValues(table, id)).toEqual(i % 10 === 0 ? ["bulk", long(i), String(i)] : []));
  expect(table.live).toBe(awkward.length + 60);
  const e = parseExposition(new TextDecoder().decode(render(reg, "text")));
  const kept = e.samples.filter((s) => s.name === "v_total" && s.labels.a === "bulk");
  expect(kept.map((s) => s.labels.b).sort()).toEqual(bulk.map((_, i) => long(i)).filter((_, i) => i % 10 === 0).sort());
  // Deleting the awkward tuples takes them out of the index: they come back as new series.
  for (const id of ids) deleteSeries(table, id);
  for (const v of awkward) expect(seriesValues(table, internSeries(table, v))).toEqual(v);
  expect(table.live).toBe(awkward.length + 60);
});

test("a sliced scrape shows the label text of its instant while the buffer is compacted under it", async () => {
  const reg = newRegistry();
  const table = newSeriesTable(["k", "long"]);
  const c = register(reg, { name: "w_total", help: "W.", type: "counter", table, values: newVector() });
  const long = (i: number) => `${i}:${"w".repeat(300)}`;
  const N = 1000;
  for (let i = 0; i < N; i++) vectorAdd(c.values, internSeries(table, ["k" + i, long(i)]), i + 1);
  const pending = renderChunks(reg, "text", { sliceMs: 0, chunkBytes: 1 << 12, snapshotStep: 50 });
  // After the instant: most series go (compacting the text) and new ones take their ids.
  const frag = table.frag;
  for (let i = 0; i < N; i++) {
    if (i % 4 === 0) continue;
    const id = internSeries(table, ["k" + i, long(i)]);
    clearSeriesSlots(c, id);
    deleteSeries(table, id);
  }
  expect(table.frag).not.toBe(frag);
  expect(table.fragUsed).toBeLessThan(N * 300);
  for (let i = 0; i < N / 2; i++) vectorAdd(c.values, internSeries(table, ["n" + i, long(-i)]), 1);
  const e = parseExposition(new TextDecoder().decode(Buffer.concat(await pending)));
  const got = e.samples.filter((s) => s.name === "w_total");
  expect(got.length).toBe(N);
  for (const s of got) {
    const i = Number(s.labels.k.slice(1));
    expect([s.labels.k, s.labels.long, s.value]).toEqual(["k" + i, long(i), i + 1]);
  }
});

test("a bucket count past 2^32 stays exact, in plain and sliced scrapes, until the series is cleared", async () => {
  const reg = newRegistry();
  const table = newSeriesTable(["k"]);
  const h = register(reg, { name: "x_seconds", help: "X.", type: "histogram", table, hist: newHistogram([1]) });
  // Other series so that the sliced copy takes several steps.
  for (let i = 0; i < 200; i++) observe(h.hist, internSeries(table, ["o" + i]), 2);
  const id = internSeries(table, ["big"]);
  // 2^32 - 1 observations of 0.5 cannot be made in a test: the slot is set to that.
  const slot = id * h.hist.stride;
  h.hist.buckets[slot] = 2 ** 32 - 1;
  for (let i = 0; i < 3; i++) observe(h.hist, id, 0.5);
  const read = (text: string, le: string) => sample(parseExposition(text), "x_seconds_bucket", { k: "big", le });
  const plain = new TextDecoder().decode(render(reg, "text"));
  expect(read(plain, "1")).toBe(2 ** 32 + 2);
  expect(read(plain, "+Inf")).toBe(2 ** 32 + 2);
  expect(sample(parseExposition(plain), "x_seconds_count", { k: "big" })).toBe(2 ** 32 + 2);
  // A second wrap while a sliced scrape is copying: the scrape shows its instant, the next one all.
  h.hist.buckets[slot] = 2 ** 32 - 1;
  // And one that wrapped before and is not written during the copy.
  const quiet = internSeries(table, ["quiet"]);
  h.hist.buckets[quiet * h.hist.stride + 1] = 2 ** 32 - 1;
  observe(h.hist, quiet, 5);
  const pending = renderChunks(reg, "text", { sliceMs: 0, chunkBytes: 1 << 12, snapshotStep: 10 });
  observe(h.hist, id, 0.5);
  const sliced = new TextDecoder().decode(Buffer.concat(await pending));
  expect(read(sliced, "1")).toBe(2 ** 33 - 1);
  expect(sample(parseExposition(sliced), "x_seconds_bucket", { k: "quiet", le: "+Inf" })).toBe(2 ** 32);
  expect(read(new TextDecoder().decode(render(reg, "text")), "1")).toBe(2 ** 33);
  expect(histogramCount(h.hist, id)).toBe(2 ** 33);
  expect(sample(parseExposition(sliced), "x_seconds_count", { k: "quiet" })).toBe(2 ** 32);
  clearSeriesSlots(h, id);
  observe(h.hist, id, 0.5);
  expect(read(new TextDecoder().decode(render(reg, "text")), "1")).toBe(1);
});
