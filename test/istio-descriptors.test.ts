// The descriptors in the generated Mixer objects (k8s/istio/mixer/adapter.yaml, template-*.yaml):
// decoded independently of the generator, they describe exactly the wire format the adapter speaks,
// and they are what scripts/gen-adapter-descriptor.ts produces from proto/ now.
import { describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import protobuf from "protobufjs";
import "protobufjs/ext/descriptor";
import descriptorJson from "protobufjs/google/protobuf/descriptor.json";
import { LOGENTRY_PATH, PARAMS_TYPE_URL } from "../src/ingest/mixer-logentry.ts";
import { generate } from "../scripts/gen-adapter-descriptor.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { sample, scrape } from "./helpers/exposition.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { find, ROOT } from "./helpers/manifests.ts";
import { SEED_ADAPTER_CONFIG } from "./helpers/mixer-fixtures.ts";

const adapterCr = find("adapter", "gatewaymetric");
const templateCr = find("template", "logentry");
const bytes = (b64: string) => new Uint8Array(Buffer.from(b64, "base64"));

/** google.protobuf.FileDescriptorSet, with Mixer's two FileOptions extensions declared. */
const descriptorTypes = (() => {
  const root = protobuf.Root.fromJSON(descriptorJson as protobuf.INamespace);
  const opts = root.lookupType("google.protobuf.FileOptions");
  opts.add(new protobuf.Field("template_variety", 72295727, "int32"));
  opts.add(new protobuf.Field("template_name", 72295888, "string"));
  return root.lookupType("google.protobuf.FileDescriptorSet");
})();

interface FileDesc {
  name: string;
  package: string;
  options?: { template_variety?: number; template_name?: string };
  service?: Array<{ name: string; method: Array<{ name: string; inputType: string }> }>;
}

function files(set: Uint8Array): FileDesc[] {
  return (descriptorTypes.toObject(descriptorTypes.decode(set), { defaults: false }) as { file: FileDesc[] }).file;
}

const protocOk = spawnSync("protoc", ["--version"], { encoding: "utf8" }).status === 0;
if (!protocOk) console.warn("SKIPPED descriptor regeneration checks: protoc not installed (apt-get install protobuf-compiler)");

describe("the adapter object's config descriptor", () => {
  const set = bytes(adapterCr.spec.config);

  test("holds adapter.gatewaymetric.config.Params with file_path = 1, as our codecs encode it", () => {
    const root = protobuf.Root.fromDescriptor(set, { keepCase: true });
    const params = root.lookupType("adapter.gatewaymetric.config.Params");
    expect(params.fields.file_path.id).toBe(1);
    expect(params.fields.file_path.type).toBe("string");
    // What Mixer encodes for the original handler's `params: {file_path: out.txt}`.
    expect(Buffer.from(params.encode({ file_path: "out.txt" }).finish())).toEqual(Buffer.from(SEED_ADAPTER_CONFIG.value));
    // Mixer's type_url: "type.googleapis.com/" + the package of the file that defines Params.
    const file = files(set).find((f) => f.package === "adapter.gatewaymetric.config")!;
    expect(`type.googleapis.com/${file.package}.Params`).toBe(PARAMS_TYPE_URL);
    expect(PARAMS_TYPE_URL).toBe(SEED_ADAPTER_CONFIG.type_url);
  });
});

describe("the logentry template object's descriptor", () => {
  const set = bytes(templateCr.spec.descriptor);

  test("has exactly one file with Mixer's template options: REPORT variety, name logentry", () => {
    const withOptions = files(set).filter((f) => f.options?.template_variety !== undefined);
    expect(withOptions.map((f) => [f.name, f.options])).toEqual([["logentry.proto", { template_variety: 1, template_name: "logentry" }]]);
  });

  test("describes the service Mixer calls: the gRPC path the adapter serves", () => {
    const file = files(set).find((f) => f.options?.template_name)!;
    // Mixer takes the first service whose name starts with "Handle" and its first method.
    const svc = file.service!.find((s) => s.name.startsWith("Handle"))!;
    expect(`/${file.package}.${svc.name}/${svc.method[0].name}`).toBe(LOGENTRY_PATH);
    expect(svc.method[0].inputType).toBe(".logentry.HandleLogEntryRequest");
  });

  test("a request built from it, as Mixer builds one, is counted by the adapter", async () => {
    const root = protobuf.Root.fromDescriptor(set, { keepCase: true });
    const req = root.lookupType("logentry.HandleLogEntryRequest");
    const body = req.encode(
      req.fromObject({
        instances: [1, 2, 3].map(() => ({
          name: "gatewaymetric.instance.istio-system",
          variables: {
            host: { string_value: "shop.example.com" },
            url: { string_value: "/cart" },
            method: { string_value: "POST" },
            responseCode: { int64_value: 201 },
            latency: { duration_value: { value: { seconds: 0, nanos: 30_000_000 } } },
            sourceWorkload: { string_value: "istio-ingressgateway" },
          },
        })),
        adapter_config: { type_url: PARAMS_TYPE_URL, value: SEED_ADAPTER_CONFIG.value },
        dedup_id: "1",
      }),
    ).finish();
    const a = await startTestAdapter();
    const client = newClient(a.grpcPort);
    try {
      expect((await unary(client, LOGENTRY_PATH, body)).code).toBe(grpc.status.OK);
      const labels = { gateway: "istio-ingressgateway", host: "shop.example.com", route: "/cart", method: "POST", code: "201" };
      expect(sample(await scrape(a.httpPort), "gateway_requests_total", labels)).toBe(3);
    } finally {
      client.close();
      await a.shutdown();
    }
  });

  test.skipIf(!protocOk)("equals what protoc writes when the proto declares the two options itself", () => {
    // Declare the extensions (with a stub FileOptions) and state them in a copy of proto/logentry.proto.
    const dir = mkdtempSync(join(tmpdir(), "gatewaymetric-tmpl-"));
    try {
      mkdirSync(join(dir, "google/protobuf"), { recursive: true });
      writeFileSync(join(dir, "google/protobuf/descriptor.proto"), 'syntax = "proto2";\npackage google.protobuf;\nmessage FileOptions { extensions 1000 to max; }\n');
      writeFileSync(
        join(dir, "ext.proto"),
        'syntax = "proto3";\npackage istio.mixer.adapter.model.v1beta1;\nimport "google/protobuf/descriptor.proto";\n' +
          "enum TemplateVariety { TEMPLATE_VARIETY_CHECK = 0; TEMPLATE_VARIETY_REPORT = 1; }\n" +
          "extend google.protobuf.FileOptions { TemplateVariety template_variety = 72295727; string template_name = 72295888; }\n",
      );
      const src = readFileSync(join(ROOT, "proto/logentry.proto"), "utf8").replace(
        /^package logentry;$/m,
        'package logentry;\nimport "ext.proto";\noption (istio.mixer.adapter.model.v1beta1.template_variety) = TEMPLATE_VARIETY_REPORT;\n' +
          'option (istio.mixer.adapter.model.v1beta1.template_name) = "logentry";',
      );
      writeFileSync(join(dir, "logentry.proto"), src);
      const out = join(dir, "set.pb");
      const r = spawnSync("protoc", ["-I", dir, "-I", join(ROOT, "proto"), `--descriptor_set_out=${out}`, join(dir, "logentry.proto")], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      const reference = files(new Uint8Array(readFileSync(out)))[0] as FileDesc & { dependency: string[] };
      const ours = files(set).find((f) => f.name === "logentry.proto") as FileDesc & { dependency: string[] };
      reference.dependency = reference.dependency.filter((d) => d !== "ext.proto");
      expect(ours).toEqual(reference);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.skipIf(!protocOk)("the committed Mixer objects are what the generator makes from proto/ now", () => {
  for (const [name, text] of generate()) {
    const committed = readFileSync(join(ROOT, "k8s/istio/mixer", name), "utf8");
    expect([name, committed === text ? "up to date" : "stale: run npm run gen:istio"]).toEqual([name, "up to date"]);
  }
});
