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

/** `promtool check metrics` on the text: returns its complaints ("" when clean). */
export function promtoolCheck(text: string): string {
  if (!promtoolPath) throw new Error("promtool not installed");
  const r = spawnSync(promtoolPath, ["check", "metrics"], { input: text, encoding: "utf8" });
  return r.status === 0 ? "" : `${r.stdout}${r.stderr}`.trim() || `exit ${r.status}`;
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
