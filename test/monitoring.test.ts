// The alerts (k8s/monitoring/prometheusrule.yaml) and the Grafana dashboard: every PromQL expression
// parses (promtool), names only metrics a running adapter exposes and labels they carry, and the
// alerts fire when, and only when, they should (promtool test rules on synthetic series).
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FLAG_LABELS, GATEWAY_LABELS, TCP_LABELS } from "../src/core/catalog.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { promtoolPath, scrape } from "./helpers/exposition.ts";
import { find, type Obj, ROOT } from "./helpers/manifests.ts";

const rule = find("PrometheusRule", "gatewaymetric");
const dashboard = JSON.parse(readFileSync(join(ROOT, "k8s/monitoring/gatewaymetric-dashboard.json"), "utf8"));

/** Series Prometheus itself adds for every target. */
const SYNTHETIC = new Set(["up"]);
/** Labels the adapter puts on its series, plus those Prometheus / the ServiceMonitor attach to targets. */
const LABELS = new Set<string>([
  ...GATEWAY_LABELS, ...FLAG_LABELS, ...TCP_LABELS, "le", "source", "outcome", "metric", "label",
  "job", "instance", "namespace", "pod", "service", "endpoint", "container",
]);

if (!promtoolPath) console.warn("SKIPPED promtool checks of alerts and dashboard: promtool not installed (apt-get install prometheus)");

/** Grafana's variables replaced by values Prometheus accepts, so the expression can be parsed. */
function concrete(expr: string): string {
  return expr
    .replaceAll("$__rate_interval", "5m")
    .replaceAll("$__interval", "1m")
    .replaceAll("$__range", "1h")
    .replace(/\$\{?[A-Za-z_]\w*\}?/g, ".*");
}

/** Every PromQL expression of the dashboard: panel targets and the selectors inside label_values(). */
function dashboardExprs(): Array<{ where: string; expr: string }> {
  const out: Array<{ where: string; expr: string }> = [];
  const walk = (panels: Obj[]) => {
    for (const p of panels) {
      for (const t of p.targets ?? []) out.push({ where: `panel "${p.title}" ${t.refId}`, expr: concrete(t.expr) });
      walk(p.panels ?? []);
    }
  };
  walk(dashboard.panels);
  for (const v of dashboard.templating.list) {
    const q = typeof v.query === "string" ? v.query : v.query?.query;
    const m = /^label_values\((.*),\s*(\w+)\)$/.exec(q ?? "");
    if (v.type === "query") {
      if (!m) throw new Error(`variable ${v.name}: unexpected query ${q}`);
      out.push({ where: `variable ${v.name}`, expr: concrete(m[1]) });
      expect(LABELS.has(m[2])).toBe(true);
    }
  }
  return out;
}

function alertExprs(): Array<{ where: string; expr: string }> {
  return rule.spec.groups.flatMap((g: Obj) => g.rules.map((r: Obj) => ({ where: `alert ${r.alert}`, expr: r.expr })));
}

const KEYWORDS = new Set(["and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring", "group_left", "group_right", "inf", "nan"]);

/** Metric names and label names an expression refers to (a small tokenizer, enough for our PromQL). */
export function references(expr: string): { metrics: string[]; labels: string[] } {
  const labels: string[] = [];
  let s = expr.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  s = s.replace(/\{([^}]*)\}/g, (_, inner: string) => {
    for (const m of inner.matchAll(/([A-Za-z_]\w*)\s*(?:=~|!~|!=|=)/g)) labels.push(m[1]);
    return " ";
  });
  s = s.replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)/g, (_, inner: string) => {
    labels.push(...inner.split(",").map((l) => l.trim()).filter((l) => l !== ""));
    return " ";
  });
  s = s.replace(/\[[^\]]*\]/g, " ").replace(/\b\d+(?:\.\d+)?(?:e[+-]?\d+)?(?:ms|s|m|h|d|w|y)?\b/gi, " ");
  const metrics = [...s.matchAll(/([A-Za-z_:][\w:]*)(\s*\()?/g)].filter((m) => !m[2] && !KEYWORDS.has(m[1].toLowerCase())).map((m) => m[1]);
  return { metrics, labels };
}

test("the reference extractor finds metric and label names (and nothing else)", () => {
  expect(references('sum by (host, le) (rate(foo_bucket{job=~"$j", code="5.."}[5m])) / on(host) bar > 0.5 and baz offset 1h')).toEqual({
    metrics: ["foo_bucket", "bar", "baz"],
    labels: ["job", "code", "host", "le", "host"],
  });
});

describe("alerts and dashboard queries", () => {
  let exposed: Set<string>;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "gatewaymetric-rules-"));
    const a = await startTestAdapter();
    try {
      const e = await scrape(a.httpPort);
      exposed = new Set(SYNTHETIC);
      for (const [name, type] of e.types) {
        exposed.add(name);
        if (type === "histogram") for (const suffix of ["_bucket", "_sum", "_count"]) exposed.add(name + suffix);
        if (type === "summary") for (const suffix of ["_sum", "_count"]) exposed.add(name + suffix);
      }
    } finally {
      await a.shutdown();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("refer only to metrics the adapter exposes and labels those metrics carry", () => {
    const exprs = [...alertExprs(), ...dashboardExprs()];
    expect(exprs.length).toBeGreaterThan(40);
    const used = new Set<string>();
    for (const { where, expr } of exprs) {
      const { metrics, labels } = references(expr);
      expect([where, metrics.length > 0]).toEqual([where, true]);
      for (const m of metrics) {
        used.add(m);
        expect([where, m, exposed.has(m)]).toEqual([where, m, true]);
      }
      for (const l of labels) expect([where, l, LABELS.has(l)]).toEqual([where, l, true]);
    }
    // The dashboard covers every gateway family, the upstream split and the adapter's own counters.
    for (const m of ["gateway_requests_total", "gateway_request_duration_seconds_bucket", "gateway_upstream_duration_seconds_bucket",
      "gateway_request_size_bytes_bucket", "gateway_response_size_bytes_bucket", "gateway_response_flags_total",
      "gateway_tcp_connections_total", "gatewaymetric_entries_total", "gatewaymetric_streams_active", "up",
      // Native-histogram variants (the series without a suffix).
      "gateway_request_duration_seconds", "gateway_upstream_duration_seconds", "gateway_response_size_bytes"]) expect([m, used.has(m)]).toEqual([m, true]);
  });

  test.skipIf(!promtoolPath)("the PrometheusRule's groups pass promtool check rules", () => {
    const file = join(dir, "alerts.yaml");
    writeFileSync(file, JSON.stringify({ groups: rule.spec.groups }));
    const r = spawnSync(promtoolPath!, ["check", "rules", file], { encoding: "utf8" });
    expect(`${r.stdout}${r.stderr}`).toContain(`SUCCESS: ${alertExprs().length} rules found`);
    expect(r.status).toBe(0);
  });

  test.skipIf(!promtoolPath)("every dashboard expression parses (promtool check rules on a recording rule per expression)", () => {
    const exprs = dashboardExprs();
    const file = join(dir, "dashboard.yaml");
    const rules = exprs.map((e, i) => ({ record: `dashboard:expr_${i}`, expr: e.expr }));
    writeFileSync(file, JSON.stringify({ groups: [{ name: "dashboard", rules }] }));
    const r = spawnSync(promtoolPath!, ["check", "rules", file], { encoding: "utf8" });
    if (r.status !== 0) {
      const bad = exprs.filter((_, i) => `${r.stdout}${r.stderr}`.includes(`expr_${i}`)).map((e) => e.where);
      throw new Error(`promtool: ${r.stdout}${r.stderr}\n${bad.join("\n")}`);
    }
    expect(r.stdout).toContain(`SUCCESS: ${exprs.length} rules found`);
  });

  test.skipIf(!promtoolPath)("the alerts fire on synthetic series when, and only when, they should", () => {
    // Annotations are prose checked by `promtool check rules` above; here only the logic is tested.
    const groups = rule.spec.groups.map((g: Obj) => ({ ...g, rules: g.rules.map(({ annotations: _, ...r }: Obj) => r) }));
    writeFileSync(join(dir, "logic.yaml"), JSON.stringify({ groups }));
    const gw = 'job="gatewaymetric", gateway="istio-ingressgateway.istio-system"';
    const req = (host: string, code: string) => `gateway_requests_total{${gw}, host="${host}", route="/", method="GET", code="${code}"}`;
    const dur = (host: string, le: string) => `gateway_request_duration_seconds_bucket{${gw}, host="${host}", route="/", method="GET", code="200", le="${le}"}`;
    const count = (host: string) => `gateway_request_duration_seconds_count{${gw}, host="${host}", route="/", method="GET", code="200"}`;
    const entries = (pod: string, outcome: string) =>
      `gatewaymetric_entries_total{job="gatewaymetric", namespace="istio-system", pod="${pod}", source="als", outcome="${outcome}"}`;
    const gwLabels = { gateway: "istio-ingressgateway.istio-system", severity: "warning" };
    const tests = {
      rule_files: ["logic.yaml"],
      evaluation_interval: "1m",
      tests: [
        {
          interval: "1m",
          input_series: [
            // shop: 10 req/s, 10% 5xx → alert. api: 10 req/s, 1% 5xx → none. rare: 0.1 req/s, all 5xx → too quiet.
            { series: req("shop", "200"), values: "0+540x40" },
            { series: req("shop", "503"), values: "0+60x40" },
            { series: req("api", "200"), values: "0+594x40" },
            { series: req("api", "500"), values: "0+6x40" },
            { series: req("rare", "502"), values: "0+6x40" },
            // shop: 5/s, half above 2.5 s → p99 ≈ 5 s → alert. api: 5/s, all under 0.1 s → none.
            { series: dur("shop", "0.1"), values: "0+150x40" },
            { series: dur("shop", "2.5"), values: "0+150x40" },
            { series: dur("shop", "5"), values: "0+300x40" },
            { series: dur("shop", "+Inf"), values: "0+300x40" },
            { series: count("shop"), values: "0+300x40" },
            { series: dur("api", "0.1"), values: "0+300x40" },
            { series: dur("api", "2.5"), values: "0+300x40" },
            { series: dur("api", "5"), values: "0+300x40" },
            { series: dur("api", "+Inf"), values: "0+300x40" },
            { series: count("api"), values: "0+300x40" },
            // gm-a rejects 1 entry/s, gm-b none.
            { series: entries("gm-a", "rejected"), values: "0+60x40" },
            { series: entries("gm-a", "accepted"), values: "0+600x40" },
            { series: entries("gm-b", "rejected"), values: "0x40" },
            { series: entries("gm-b", "accepted"), values: "0+600x40" },
            // gm-b's host budget overflows at 2/s from minute 0; gm-a's never does.
            { series: 'gatewaymetric_overflow_total{job="gatewaymetric", namespace="istio-system", pod="gm-b", metric="gateway_requests_total", label="host"}', values: "0+120x40" },
            { series: 'gatewaymetric_overflow_total{job="gatewaymetric", namespace="istio-system", pod="gm-a", metric="gateway_requests_total", label="host"}', values: "0x40" },
            // gm-a answers throughout; gm-b stops answering after 10 minutes.
            { series: 'up{job="gatewaymetric", instance="10.0.0.1:9145", pod="gm-a"}', values: "1x40" },
            { series: 'up{job="gatewaymetric", instance="10.0.0.2:9145", pod="gm-b"}', values: "1x10 0x30" },
          ],
          alert_rule_test: [
            { eval_time: "5m", alertname: "GatewayHighErrorRatio", exp_alerts: [] },
            { eval_time: "20m", alertname: "GatewayHighErrorRatio", exp_alerts: [{ exp_labels: { ...gwLabels, host: "shop" } }] },
            { eval_time: "20m", alertname: "GatewayHighLatencyP99", exp_alerts: [{ exp_labels: { ...gwLabels, host: "shop" } }] },
            {
              eval_time: "20m",
              alertname: "GatewaymetricRejectingEntries",
              exp_alerts: [{ exp_labels: { severity: "warning", namespace: "istio-system", pod: "gm-a", source: "als" } }],
            },
            { eval_time: "10m", alertname: "GatewaymetricBudgetOverflow", exp_alerts: [] },
            {
              eval_time: "30m",
              alertname: "GatewaymetricBudgetOverflow",
              exp_alerts: [{ exp_labels: { severity: "warning", namespace: "istio-system", pod: "gm-b", metric: "gateway_requests_total", label: "host" } }],
            },
            { eval_time: "13m", alertname: "GatewaymetricDown", exp_alerts: [] },
            {
              eval_time: "20m",
              alertname: "GatewaymetricDown",
              exp_alerts: [{ exp_labels: { severity: "warning", job: "gatewaymetric", instance: "10.0.0.2:9145", pod: "gm-b" } }],
            },
            { eval_time: "30m", alertname: "GatewaymetricAbsent", exp_alerts: [] },
            { eval_time: "30m", alertname: "GatewaymetricNoEntries", exp_alerts: [] },
          ],
        },
        {
          // Nothing scraped at all.
          interval: "1m",
          input_series: [{ series: 'up{job="other"}', values: "1x100" }],
          alert_rule_test: [
            { eval_time: "5m", alertname: "GatewaymetricAbsent", exp_alerts: [] },
            { eval_time: "15m", alertname: "GatewaymetricAbsent", exp_alerts: [{ exp_labels: { severity: "critical" } }] },
          ],
        },
        {
          // An adapter that is up, fed for a while and then not at all.
          interval: "1m",
          input_series: [
            { series: 'up{job="gatewaymetric", instance="10.0.0.1:9145", pod="gm-a"}', values: "1x120" },
            // 1 entry/s for 20 minutes, then nothing: quiet for an hour from minute 80 on.
            { series: entries("gm-a", "accepted"), values: "0+60x20 1200x100" },
          ],
          alert_rule_test: [
            { eval_time: "70m", alertname: "GatewaymetricNoEntries", exp_alerts: [] },
            { eval_time: "90m", alertname: "GatewaymetricNoEntries", exp_alerts: [{ exp_labels: { severity: "info" } }] },
          ],
        },
      ],
    };
    writeFileSync(join(dir, "logic.test.yaml"), JSON.stringify(tests));
    const r = spawnSync(promtoolPath!, ["test", "rules", join(dir, "logic.test.yaml")], { encoding: "utf8", timeout: 60_000 });
    if (r.status !== 0) throw new Error(`promtool test rules:\n${r.stdout}${r.stderr}`);
    expect(r.stdout).toContain("SUCCESS");
  });
});

test("the dashboard is importable: unique panel ids, Prometheus data source variable, a target per panel", () => {
  const panels: Obj[] = [];
  const walk = (ps: Obj[]) => ps.forEach((p) => (panels.push(p), walk(p.panels ?? [])));
  walk(dashboard.panels);
  const ids = panels.map((p) => p.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(dashboard.uid).toBe("gatewaymetric");
  expect(dashboard.templating.list.find((v: Obj) => v.name === "datasource")).toMatchObject({ type: "datasource", query: "prometheus" });
  for (const p of panels.filter((p) => p.type !== "row")) {
    expect([p.title, p.datasource?.uid, p.targets.length > 0]).toEqual([p.title, "${datasource}", true]);
    expect(p.gridPos.x + p.gridPos.w).toBeLessThanOrEqual(24);
  }
});
