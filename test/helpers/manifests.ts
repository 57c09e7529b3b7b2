// Reads the YAML manifests under k8s/ the way kubectl would see them: one object per document; renders
// kustomizations with kubectl where it is installed; and checks that objects refer to each other right.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export const ROOT = join(import.meta.dir, "../..");
export const K8S = join(ROOT, "k8s");

// Manifests are plain data; `any` keeps the many field look-ups in the tests readable.
export type Obj = Record<string, any>;

export interface Doc {
  file: string;
  obj: Obj;
}

/** Every YAML file below k8s/, relative to the repository root. */
export function yamlFiles(dir = K8S): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e.name)) out.push(relative(ROOT, p));
  }
  return out.sort();
}

/** The documents of one file; each must parse and be a mapping. */
export function docs(file: string): Obj[] {
  return parseDocs(readFileSync(join(ROOT, file), "utf8"), file);
}

/** The documents of a multi-document YAML text. */
export function parseDocs(text: string, where: string): Obj[] {
  const out: Obj[] = [];
  for (const part of text.split(/^---[ \t]*$/m)) {
    if (part.split("\n").every((l) => l.trim() === "" || l.trimStart().startsWith("#"))) continue;
    const v = Bun.YAML.parse(part);
    if (v === null || typeof v !== "object" || Array.isArray(v)) throw new Error(`${where}: a document is not a mapping`);
    out.push(v as Obj);
  }
  return out;
}

export function allDocs(): Doc[] {
  return yamlFiles().flatMap((file) => docs(file).map((obj) => ({ file, obj })));
}

/** The one object of this kind (and name, if given) below k8s/. */
export function find(kind: string, name?: string, all = allDocs()): Obj {
  const found = all.filter((d) => d.obj.kind === kind && (name === undefined || d.obj.metadata?.name === name));
  if (found.length !== 1) throw new Error(`${found.length} objects of kind ${kind}${name ? ` named ${name}` : ""}`);
  return found[0].obj;
}

/** Whether every key/value of `selector` is among `labels`. */
export function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/** The objects a kustomization directory lists (resources, recursing into directories), unrendered. */
export function listed(dir: string): Obj[] {
  const k = docs(join(dir, "kustomization.yaml"))[0];
  return (k.resources ?? []).flatMap((r: string) => {
    const p = join(dir, r);
    return statSync(join(ROOT, p)).isDirectory() ? listed(p) : docs(p);
  });
}

/** Why `kubectl kustomize` cannot render here, or null when it can (kustomize 4+ for components). */
export const noRenderer: string | null = (() => {
  const v = spawnSync("kubectl", ["version", "--client"], { encoding: "utf8", timeout: 30_000 });
  if (v.error || v.status !== 0) return "kubectl is not installed";
  const m = /Kustomize Version: v(\d+)/.exec(v.stdout);
  if (!m || Number(m[1]) < 4) return `kubectl's kustomize is older than v4 (${v.stdout.trim().replace(/\s+/g, " ")})`;
  return null;
})();

/** `kubectl kustomize dir` (dir absolute or relative to the repository root), as objects. */
export function render(dir: string): Obj[] {
  const r = spawnSync("kubectl", ["kustomize", dir], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) throw new Error(`kubectl kustomize ${dir}: exit ${r.status ?? r.signal}: ${r.stderr}`);
  return parseDocs(r.stdout, `kubectl kustomize ${dir}`);
}

/** How Prometheus would find the adapter in these objects: pod annotations and ServiceMonitors. */
export function scrapePaths(objs: Obj[]): string[] {
  const out: string[] = [];
  for (const o of objs) {
    if (o.kind === "Deployment" && o.spec.template.metadata.annotations?.["prometheus.io/scrape"] === "true") out.push(`annotations on Deployment ${o.metadata.name}`);
    if (o.kind === "ServiceMonitor") out.push(`ServiceMonitor ${o.metadata.name}`);
  }
  return out;
}

const podsOf = (objs: Obj[]) =>
  objs.filter((o) => o.kind === "Deployment").map((d) => ({ name: d.metadata.name, labels: d.spec.template.metadata.labels ?? {}, containers: d.spec.template.spec.containers as Obj[] }));

/**
 * What in one bundle of objects refers to nothing: selectors that select no pods, Services and
 * ServiceMonitors that select no Service, ports named nowhere. Empty when every reference holds.
 */
export function referenceProblems(objs: Obj[]): string[] {
  const problems: string[] = [];
  const pods = podsOf(objs);
  const containerPorts = (p: (typeof pods)[number]) => new Set(p.containers.flatMap((c) => (c.ports ?? []).map((x: Obj) => x.name)));
  const selected = (sel: Record<string, string> | undefined) => pods.filter((p) => sel && Object.keys(sel).length > 0 && selects(sel, p.labels));
  for (const o of objs) {
    const what = `${o.kind} ${o.metadata?.name}`;
    switch (o.kind) {
      case "Deployment":
        if (!selects(o.spec.selector.matchLabels, o.spec.template.metadata.labels ?? {})) problems.push(`${what}: its selector misses its own pods`);
        if (!objs.some((s) => s.kind === "ServiceAccount" && s.metadata.name === o.spec.template.spec.serviceAccountName)) problems.push(`${what}: no ServiceAccount ${o.spec.template.spec.serviceAccountName}`);
        break;
      case "Service": {
        const ps = selected(o.spec.selector);
        if (ps.length === 0) problems.push(`${what}: selects no pods`);
        for (const port of o.spec.ports) {
          for (const p of ps) if (typeof port.targetPort === "string" && !containerPorts(p).has(port.targetPort)) problems.push(`${what}: targetPort ${port.targetPort} is no port of ${p.name}`);
        }
        break;
      }
      case "PodDisruptionBudget":
        if (selected(o.spec.selector.matchLabels).length === 0) problems.push(`${what}: selects no pods`);
        break;
      case "NetworkPolicy": {
        const ps = selected(o.spec.podSelector.matchLabels);
        if (ps.length === 0) problems.push(`${what}: selects no pods`);
        for (const rule of o.spec.ingress ?? []) {
          for (const port of rule.ports ?? []) {
            for (const p of ps) if (typeof port.port === "string" && !containerPorts(p).has(port.port)) problems.push(`${what}: port ${port.port} is no port of ${p.name}`);
          }
        }
        break;
      }
      case "ServiceMonitor": {
        const svcs = objs.filter((s) => s.kind === "Service" && selects(o.spec.selector.matchLabels, s.metadata.labels ?? {}) && (o.spec.namespaceSelector?.matchNames ?? [o.metadata.namespace]).includes(s.metadata.namespace));
        if (svcs.length === 0) problems.push(`${what}: selects no Service`);
        for (const e of o.spec.endpoints) {
          for (const s of svcs) if (!s.spec.ports.some((p: Obj) => p.name === e.port)) problems.push(`${what}: port ${e.port} is no port of Service ${s.metadata.name}`);
        }
        break;
      }
    }
  }
  return problems;
}
