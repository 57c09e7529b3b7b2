// Reads the YAML manifests under k8s/ the way kubectl would see them: one object per document.
import { readdirSync, readFileSync } from "node:fs";
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
  const text = readFileSync(join(ROOT, file), "utf8");
  const out: Obj[] = [];
  for (const part of text.split(/^---[ \t]*$/m)) {
    if (part.split("\n").every((l) => l.trim() === "" || l.trimStart().startsWith("#"))) continue;
    const v = Bun.YAML.parse(part);
    if (v === null || typeof v !== "object" || Array.isArray(v)) throw new Error(`${file}: a document is not a mapping`);
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
