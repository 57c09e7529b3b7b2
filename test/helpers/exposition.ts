// Scrapes /metrics and parses the Prometheus text format back, strictly enough to catch writer bugs.
import { spawnSync } from "node:child_process";

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  text: string;
  samples: Sample[];
  types: Map<string, string>;
  helps: Map<string, string>;
}

export async function scrape(port: number, headers: Record<string, string> = {}): Promise<Exposition> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`, { headers });
  if (res.status !== 200) throw new Error(`scrape: HTTP ${res.status}`);
  return parseExposition(await res.text());
}

// `s`: a label value may hold \r, U+2028 and other characters `.` would not match otherwise.
const LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$/s;
// Unrolled (runs of plain characters between escapes), so megabyte label values do not exhaust the
// regex engine's backtracking stack as `(?:[^"\\]|\\.)*` does.
const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_]*)="([^"\\]*(?:\\.[^"\\]*)*)"\s*(,|$)/y;

export function parseExposition(text: string): Exposition {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  const helps = new Map<string, string>();
  if (!text.endsWith("\n")) throw new Error("exposition does not end with a newline");
  for (const line of text.slice(0, -1).split("\n")) {
    if (line.startsWith("# HELP ")) {
      const [name, ...rest] = line.slice(7).split(" ");
      if (helps.has(name)) throw new Error(`second HELP for ${name}`);
      helps.set(name, rest.join(" "));
      continue;
    }
    if (line.startsWith("# TYPE ")) {
      const [name, type] = line.slice(7).split(" ");
      if (types.has(name)) throw new Error(`second TYPE for ${name}`);
      types.set(name, type);
      continue;
    }
    if (line.startsWith("#")) continue;
    const m = LINE.exec(line);
    if (!m) throw new Error(`unparseable line: ${line.slice(0, 300)}`);
    const labels: Record<string, string> = {};
    if (m[3]) {
      LABEL.lastIndex = 0;
      while (LABEL.lastIndex < m[3].length) {
        const l = LABEL.exec(m[3]);
        if (!l) throw new Error(`bad labels in: ${line.slice(0, 300)}`);
        labels[l[1]] = l[2].replace(/\\(.)/g, (_, c) => (c === "n" ? "\n" : c));
      }
    }
    const v = m[4] === "+Inf" ? Infinity : m[4] === "-Inf" ? -Infinity : Number(m[4]);
    if (Number.isNaN(v) && m[4] !== "NaN") throw new Error(`bad value in: ${line.slice(0, 300)}`);
    samples.push({ name: m[1], labels, value: v });
  }
  return { text, samples, types, helps };
}

function matches(s: Sample, name: string, labels: Record<string, string>): boolean {
  if (s.name !== name) return false;
  for (const k in labels) if (s.labels[k] !== labels[k]) return false;
  return true;
}

/** The one sample with this name whose labels include `labels`; throws if none or several. */
export function sample(e: Exposition, name: string, labels: Record<string, string> = {}): number {
  const found = e.samples.filter((s) => matches(s, name, labels));
  if (found.length !== 1) throw new Error(`${found.length} samples for ${name}${JSON.stringify(labels)}`);
  return found[0].value;
}

export function samples(e: Exposition, name: string, labels: Record<string, string> = {}): Sample[] {
  return e.samples.filter((s) => matches(s, name, labels));
}

/** Sum of every sample of `name` matching `labels`. */
export function total(e: Exposition, name: string, labels: Record<string, string> = {}): number {
  return samples(e, name, labels).reduce((a, s) => a + s.value, 0);
}

export const promtoolPath: string | null = (() => {
  const r = spawnSync("sh", ["-c", "command -v promtool"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
})();
// Tests check their expositions with promtool where it is installed; say once that they did not.
if (!promtoolPath) console.warn("SKIPPED promtool check of each test's exposition: promtool not installed (apt-get install prometheus)");

/** `promtool check metrics` on the text: returns its complaints ("" when clean). */
export function promtoolCheck(text: string): string {
  if (!promtoolPath) throw new Error("promtool not installed");
  const r = spawnSync(promtoolPath, ["check", "metrics"], { input: text, encoding: "utf8" });
  return r.status === 0 ? "" : `${r.stdout}${r.stderr}`.trim() || `exit ${r.status}`;
}

export interface Exemplar {
  /** The sample line's name and labels. */
  name: string;
  labels: Record<string, string>;
  exemplar: Record<string, string>;
  value: number;
  timestamp: number | null;
}

export interface OpenMetrics extends Exposition {
  exemplars: Exemplar[];
  units: Map<string, string>;
}

const EXEMPLAR = / # \{(.*)\} (\S+)(?: (\S+))?$/;

/**
 * Parses OpenMetrics text: `# EOF` must end it; exemplars are split off the sample lines and
 * returned separately; the rest goes through the same strict parser as the text format.
 */
export function parseOpenMetrics(text: string): OpenMetrics {
  if (!text.endsWith("# EOF\n")) throw new Error("OpenMetrics exposition does not end with # EOF");
  const body = text.slice(0, -"# EOF\n".length);
  const units = new Map<string, string>();
  const stripped: string[] = [];
  const pending: { line: number; exemplar: Record<string, string>; value: number; timestamp: number | null }[] = [];
  for (const line of body.split("\n")) {
    if (line.startsWith("# UNIT ")) {
      const [name, unit] = line.slice(7).split(" ");
      units.set(name, unit);
      continue;
    }
    const m = line.startsWith("#") ? null : EXEMPLAR.exec(line);
    if (m) {
      const labels = parseExposition(`x{${m[1]}} 0\n`).samples[0].labels;
      pending.push({ line: stripped.length, exemplar: labels, value: Number(m[2]), timestamp: m[3] === undefined ? null : Number(m[3]) });
      stripped.push(line.slice(0, m.index));
    } else {
      stripped.push(line);
    }
  }
  const e = parseExposition(stripped.join("\n"));
  const sampleLines = stripped.map((l, i) => (l === "" || l.startsWith("#") ? -1 : i)).filter((i) => i >= 0);
  const exemplars = pending.map((p) => {
    const s = e.samples[sampleLines.indexOf(p.line)];
    return { name: s.name, labels: s.labels, exemplar: p.exemplar, value: p.value, timestamp: p.timestamp };
  });
  return { ...e, text, exemplars, units };
}

/** OpenMetrics content type Prometheus 2.x sends in Accept. */
export const PROMETHEUS_ACCEPT =
  "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

export async function scrapeOpenMetrics(port: number): Promise<OpenMetrics> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { accept: PROMETHEUS_ACCEPT } });
  if (res.status !== 200) throw new Error(`scrape: HTTP ${res.status}`);
  return parseOpenMetrics(await res.text());
}

const PYTHON = "/usr/bin/python3";
const OM_CHECK = `
import sys
from prometheus_client.openmetrics.parser import text_string_to_metric_families
n = 0
for f in text_string_to_metric_families(sys.stdin.read()):
    n += len(f.samples)
print(n)
`;

/** True when Debian's python3-prometheus-client (a strict OpenMetrics parser) is installed. */
export const openMetricsCheckerPresent: boolean = spawnSync(PYTHON, ["-c", "import prometheus_client.openmetrics.parser"]).status === 0;
if (!openMetricsCheckerPresent) {
  console.warn("SKIPPED reference OpenMetrics parser checks: python3-prometheus-client not installed (apt-get install python3-prometheus-client)");
}

/**
 * The reference OpenMetrics parser (prometheus_client's) on the text: returns its complaint, or ""
 * when it parsed every family. promtool 2.42's `check metrics` reads only the text format.
 */
export function openMetricsCheck(text: string): string {
  const r = spawnSync(PYTHON, ["-c", OM_CHECK], { input: text, encoding: "utf8" });
  return r.status === 0 ? "" : `${r.stderr}`.trim().split("\n").slice(-1)[0] || `exit ${r.status}`;
}

/**
 * `promtool check metrics` complaints that mean the text does not parse ("" otherwise): lint
 * findings (exit 3) about names an operator chose, such as a counter without `_total`, are ignored.
 */
export function promtoolParseErrors(text: string): string {
  if (!promtoolPath) throw new Error("promtool not installed");
  const r = spawnSync(promtoolPath, ["check", "metrics"], { input: text, encoding: "utf8" });
  return r.status === 0 || r.status === 3 ? "" : `${r.stdout}${r.stderr}`.trim() || `exit ${r.status}`;
}
