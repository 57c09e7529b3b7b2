// Generates the descriptor-carrying Mixer objects in k8s/istio/mixer/ (Istio ≤ 1.7) from our protos:
//   adapter.yaml            kind `adapter`, config = base64 FileDescriptorSet holding `Params`
//                           (proto/gatewaymetric_config.proto), which Mixer encodes handler params with
//   template-<name>.yaml    kind `template`, descriptor = base64 FileDescriptorSet of the template's
//                           handler service (the proto of package logentry, and of package metric
//                           once one exists; the adapter object then lists both templates)
// The sets come from protoc (`--descriptor_set_out --include_imports`, Debian `protobuf-compiler`).
//
// Mixer finds a template's file by two FileOptions extensions (istio.mixer.adapter.model.v1beta1:
// template_variety = 72295727, template_name = 72295888) and refuses a descriptor without them. Our
// protos do not declare them (that needs google/protobuf/descriptor.proto and would change the
// generated codecs), so this script merges the two options into the template file's encoded
// FileDescriptorProto: the result is what protoc writes for a proto that says
// `option (template_variety) = TEMPLATE_VARIETY_REPORT; option (template_name) = "logentry";`.
//
//   bun scripts/gen-adapter-descriptor.ts           write the files
//   bun scripts/gen-adapter-descriptor.ts --check   exit 1 if the committed files differ
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import protobuf from "protobufjs/minimal.js";

const ROOT = join(import.meta.dir, "..");
const OUT = join(ROOT, "k8s/istio/mixer");
const NAMESPACE = "istio-system";
const ADAPTER = "gatewaymetric";

/**
 * Mixer templates we may serve. Each is the template CR name, its template_name option and the proto
 * package Mixer derives the gRPC path from; the proto in proto/ that declares that package is used.
 */
const TEMPLATE_NAMES = ["logentry", "metric"] as const;

function templateProtos(): Array<{ name: string; proto: string }> {
  const protos = readdirSync(join(ROOT, "proto")).filter((f) => f.endsWith(".proto")).sort();
  const out: Array<{ name: string; proto: string }> = [];
  for (const name of TEMPLATE_NAMES) {
    const proto = protos.find((f) => new RegExp(`^package ${name};$`, "m").test(readFileSync(join(ROOT, "proto", f), "utf8")));
    if (proto) out.push({ name, proto });
  }
  return out;
}

const TEMPLATE_VARIETY = 72295727;
const TEMPLATE_NAME = 72295888;
const TEMPLATE_VARIETY_REPORT = 1;

/** protoc's FileDescriptorSet for `file` (relative to proto/) and everything it imports. */
export function descriptorSet(file: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "gatewaymetric-fds-"));
  try {
    const out = join(dir, "set.pb");
    const r = spawnSync("protoc", ["-I", "proto", "--include_imports", `--descriptor_set_out=${out}`, `proto/${file}`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (r.error) throw new Error(`protoc not found (Debian: apt-get install protobuf-compiler): ${r.error.message}`);
    if (r.status !== 0) throw new Error(`protoc failed on proto/${file}: ${r.stderr}`);
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The encoded FileDescriptorProtos of a FileDescriptorSet (field 1, repeated). */
export function setFiles(set: Uint8Array): Uint8Array[] {
  const r = protobuf.Reader.create(set);
  const files: Uint8Array[] = [];
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 2) files.push(r.bytes());
    else r.skipType(tag & 7);
  }
  return files;
}

/** FileDescriptorProto.name (field 1). */
export function fileName(file: Uint8Array): string {
  const r = protobuf.Reader.create(file);
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 2) return r.string();
    r.skipType(tag & 7);
  }
  return "";
}

/**
 * The file with Mixer's two template options merged into its `options` (FileDescriptorProto field 8),
 * every other field kept byte for byte and in protoc's order (ascending field numbers).
 */
function withTemplateOptions(file: Uint8Array, templateName: string): Uint8Array {
  const ours = protobuf.Writer.create()
    .uint32((TEMPLATE_VARIETY << 3) | 0).int32(TEMPLATE_VARIETY_REPORT)
    .uint32((TEMPLATE_NAME << 3) | 2).string(templateName)
    .finish();
  const fields: Array<{ field: number; raw: Uint8Array }> = [];
  const existing: Uint8Array[] = [];
  const r = protobuf.Reader.create(file);
  while (r.pos < r.len) {
    const start = r.pos;
    const tag = r.uint32();
    if (tag >>> 3 === 8) {
      existing.push(r.bytes());
      continue;
    }
    r.skipType(tag & 7);
    fields.push({ field: tag >>> 3, raw: file.subarray(start, r.pos) });
  }
  const options = Buffer.concat([...existing, ours]);
  const at = fields.findIndex((f) => f.field > 8);
  fields.splice(at < 0 ? fields.length : at, 0, { field: 8, raw: protobuf.Writer.create().uint32((8 << 3) | 2).bytes(options).finish() });
  return Buffer.concat(fields.map((f) => f.raw));
}

function encodeSet(files: Uint8Array[]): Uint8Array {
  const w = protobuf.Writer.create();
  for (const f of files) w.uint32((1 << 3) | 2).bytes(f);
  return w.finish();
}

export function templateDescriptorSet(name: string, proto: string): Uint8Array {
  const files = setFiles(descriptorSet(proto));
  const i = files.findIndex((f) => fileName(f) === proto);
  if (i < 0) throw new Error(`protoc's set for ${proto} does not contain it`);
  files[i] = withTemplateOptions(files[i], name);
  return encodeSet(files);
}

const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64");

function adapterYaml(name: string, paramsProto: string, description: string, config: Uint8Array, templates: string[]): string {
  return `# Generated by scripts/gen-adapter-descriptor.ts from proto/${paramsProto}; do not edit.
# Mixer (Istio 1.1-1.7) out-of-process adapter. session_based: false makes Mixer send the handler's
# params in every call's adapter_config, encoded against the Params message described by \`config\`.
apiVersion: config.istio.io/v1alpha2
kind: adapter
metadata:
  name: ${name}
  namespace: ${NAMESPACE}
spec:
  name: ${name}
  description: ${description}
  session_based: false
  templates:
${templates.map((t) => `    - ${t}`).join("\n")}
  config: ${b64(config)}
`;
}

function templateYaml(name: string, proto: string, descriptor: Uint8Array): string {
  return `# Generated by scripts/gen-adapter-descriptor.ts from proto/${proto}; do not edit.
# The \`${name}\` template is not installed by Istio: apply this before the adapter, handler, instance and
# rule. Its descriptor is our wire-compatible ${name} handler service plus the template_variety
# (REPORT) and template_name ("${name}") file options Mixer requires.
apiVersion: config.istio.io/v1alpha2
kind: template
metadata:
  name: ${name}
  namespace: ${NAMESPACE}
spec:
  descriptor: ${b64(descriptor)}
`;
}

/** File name (in k8s/istio/mixer/) → content. */
export function generate(): Map<string, string> {
  const present = templateProtos();
  const files = new Map<string, string>();
  // One adapter object per Params message: handlers of the logentry template carry gatewaymetric's
  // Params, handlers of the metric template the in-tree Mixer prometheus adapter's.
  const logentry = present.filter((t) => t.name === "logentry").map((t) => t.name);
  const metric = present.filter((t) => t.name === "metric").map((t) => t.name);
  files.set("adapter.yaml", adapterYaml(ADAPTER, "gatewaymetric_config.proto",
    "Prometheus metrics for ingress-gateway traffic (gatewaymetric)", descriptorSet("gatewaymetric_config.proto"), logentry));
  if (metric.length > 0) {
    files.set("adapter-prometheus.yaml", adapterYaml(`${ADAPTER}-prometheus`, "prometheus_config.proto",
      "gatewaymetric serving the metric template with Mixer prometheus adapter params", descriptorSet("prometheus_config.proto"), metric));
  }
  for (const t of present) files.set(`template-${t.name}.yaml`, templateYaml(t.name, t.proto, templateDescriptorSet(t.name, t.proto)));
  return files;
}

if (import.meta.main) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [name, text] of generate()) {
    const path = join(OUT, name);
    const old = existsSync(path) ? readFileSync(path, "utf8") : null;
    if (old === text) continue;
    if (check) {
      console.error(`k8s/istio/mixer/${name} is not what scripts/gen-adapter-descriptor.ts generates: run npm run gen:istio`);
      stale++;
    } else {
      writeFileSync(path, text);
      console.log(`wrote k8s/istio/mixer/${name}`);
    }
  }
  if (stale) process.exit(1);
  if (check) console.log("k8s/istio/mixer descriptors are up to date");
}
