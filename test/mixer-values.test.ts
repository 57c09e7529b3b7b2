import { expect, test } from "bun:test";
import { parseGoDuration } from "../src/core/duration.ts";
import { valueSeconds, valueText } from "../src/ingest/mixer-values.ts";
import { valueNumber } from "./reference/mixer-logentry.ts";
import { istio } from "../src/generated/codecs.js";
import * as fixture from "./helpers/mixer-fixtures.ts";

// Values as the codecs hand them over, which name the member set in `value`.
const V = (o: istio.policy.v1beta1.IValue) => istio.policy.v1beta1.Value.create(o);
const str = (s: string) => V(fixture.str(s));
const int = (n: number) => V(fixture.int(n));
const dbl = (n: number) => V(fixture.dbl(n));
const dur = (ms: number) => V(fixture.dur(ms));

test("Go duration strings", () => {
  expect(parseGoDuration("25.1ms")).toBeCloseTo(0.0251, 15);
  expect(parseGoDuration("1h2m3.5s")).toBe(3723.5);
  expect(parseGoDuration("300us")).toBeCloseTo(0.0003, 15);
  expect(parseGoDuration("300µs")).toBeCloseTo(0.0003, 15);
  expect(parseGoDuration("15ns")).toBeCloseTo(1.5e-8, 20);
  expect(parseGoDuration("0")).toBe(0);
  expect(parseGoDuration("0ms")).toBe(0);
  expect(parseGoDuration("-2s")).toBe(-2);
  expect(parseGoDuration("2")).toBeNaN(); // a bare number is not a Go duration
  expect(parseGoDuration("ms")).toBeNaN();
  expect(parseGoDuration("1x")).toBeNaN();
  expect(parseGoDuration("")).toBeNaN();
});

test("latency in every shape Mixer sends, as seconds", () => {
  expect(valueSeconds(dur(34.547407))).toBeCloseTo(0.034547407, 12);
  expect(valueSeconds(dur(2500))).toBe(2.5);
  expect(valueSeconds(str("25.1ms"))).toBeCloseTo(0.0251, 15);
  expect(valueSeconds(str("0.5"))).toBe(0.5);
  expect(valueSeconds(dbl(0.25))).toBe(0.25);
  expect(valueSeconds(str("soon"))).toBeNaN();
  expect(valueSeconds(undefined)).toBeNaN();
});

test("codes and sizes as int64, double or string", () => {
  expect(valueNumber(int(200))).toBe(200);
  expect(valueNumber(str("404"))).toBe(404);
  expect(valueNumber(str(" 404 "))).toBe(404);
  expect(valueNumber(dbl(12))).toBe(12);
  expect(valueNumber(str(""))).toBeNaN();
  expect(valueNumber(str("abc"))).toBeNaN();
});

test("text of typed wrappers", () => {
  expect(valueText(V({ dns_name_value: { value: "a.example" } }))).toBe("a.example");
  expect(valueText(V({ ip_address_value: { value: new Uint8Array([10, 0, 0, 1]) } }))).toBe("10.0.0.1");
  expect(valueText(V({ bool_value: true }))).toBe("true");
  expect(valueText(int(7))).toBe("7");
});
