// Configured route templates, compiled into a segment trie so that matching costs one map lookup
// per path segment however many templates there are. `{name}` matches one non-empty segment, a final
// `*` matches everything below (also nothing), anything else matches itself. The most specific
// template wins: at each segment a literal beats `{name}`, which beats `*`.
import { pathOnly } from "./routes.ts";

export interface RouteTemplate {
  /** `/api/v1/users/{id}`, `/static/*`. */
  path: string;
  /** Only for requests to this host (port ignored, case-insensitive); all hosts when absent. */
  host?: string;
  /** The route label; the path as written when absent. */
  name?: string;
}

interface Node {
  literal: Map<string, Node> | null;
  param: Node | null;
  /** Labels of the templates ending here: with a `*` (rest), or exactly (end). */
  rest: string | null;
  end: string | null;
}

export type TemplateTrie = ReturnType<typeof compileTemplates>;

const PARAM = /^\{[A-Za-z_][A-Za-z0-9_]*\}$/;

function newNode(): Node {
  return { literal: null, param: null, rest: null, end: null };
}

/** Why a template path is not valid, or null. */
export function templateProblem(path: string): string | null {
  if (!path.startsWith("/")) return "must start with /";
  const segs = splitPath(path);
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    if (s === "*") {
      if (i !== segs.length - 1) return "* may only be the last segment";
    } else if (s.startsWith("{") || s.endsWith("}")) {
      if (!PARAM.test(s)) return `bad parameter ${JSON.stringify(s)} (expected {name})`;
    } else if (s.includes("*") || s.includes("{") || s.includes("}")) {
      return `bad segment ${JSON.stringify(s)} (* and {name} must be whole segments)`;
    } else if (s.includes("?") || s.includes("#")) {
      return "must not contain a query or fragment";
    }
  }
  return null;
}

/** Segments of a path, without the leading empty one and one trailing slash (`/a/b/` → a, b). */
function splitPath(path: string): string[] {
  const trimmed = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
  return trimmed === "/" ? [] : trimmed.slice(1).split("/");
}

/** The template's key for duplicate detection: parameter names do not matter. */
export function templateShape(path: string): string {
  return splitPath(path).map((s) => (s.startsWith("{") ? "{}" : s)).join("/");
}

/** Compiles templates (already validated); the first of two equal shapes wins. */
export function compileTemplates(templates: readonly RouteTemplate[]) {
  const root = newNode();
  for (const t of templates) {
    const label = t.name ?? t.path;
    let node = root;
    const segs = splitPath(t.path);
    const star = segs.at(-1) === "*";
    for (const s of star ? segs.slice(0, -1) : segs) {
      if (s.startsWith("{")) {
        node.param ??= newNode();
        node = node.param;
      } else {
        node.literal ??= new Map();
        if (!node.literal.has(s)) node.literal.set(s, newNode());
        node = node.literal.get(s)!;
      }
    }
    if (star) node.rest ??= label;
    else node.end ??= label;
  }
  return { root, size: templates.length };
}

/** The label of the template matching a raw request target, or null. */
export function matchTemplate(trie: TemplateTrie, raw: string): string | null {
  if (trie.size === 0) return null;
  const path = pathOnly(raw);
  if (!path.startsWith("/")) return null;
  return matchFrom(trie.root, splitPath(path), 0);
}

function matchFrom(node: Node, segs: readonly string[], i: number): string | null {
  if (i === segs.length) return node.end ?? node.rest;
  const seg = segs[i];
  const lit = node.literal?.get(seg);
  if (lit) {
    const r = matchFrom(lit, segs, i + 1);
    if (r !== null) return r;
  }
  if (node.param && seg !== "") {
    const r = matchFrom(node.param, segs, i + 1);
    if (r !== null) return r;
  }
  return node.rest;
}
