// The typed-array stores and the text writer, checked through a parse of what the writer produced.
import { expect, test } from "bun:test";
import { renderText } from "../src/expose/text.ts";
import { newHistogram, observe } from "../src/store/histogram.ts";
import { newRegistry, register } from "../src/store/registry.ts";
import { internSeries, newSeriesTable } from "../src/store/series.ts";
import { newVector, vectorAdd } from "../src/store/vector.ts";
import { parseExposition, promtoolCheck, promtoolPath, sample } from "./helpers/exposition.ts";

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
  const e = parseExposition(new TextDecoder().decode(renderText(reg)));
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
  const text = new TextDecoder().decode(renderText(reg));
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
  const e = parseExposition(new TextDecoder().decode(renderText(reg)));
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
  const e = parseExposition(new TextDecoder().decode(renderText(reg)));
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
