// The Kubernetes and Istio manifests: every file parses, carries what a platform review expects, and
// the objects agree with each other (selectors, named ports, addresses) and with the adapter's flags.
import { describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { IMAGE_ENV } from "../bench/lib/servers.ts";
import { defaults, loadConfig, parseAddress } from "../src/config/config.ts";
import { allDocs, docs, find, K8S, type Obj, ROOT, selects, yamlFiles } from "./helpers/manifests.ts";

const all = allDocs();
const deployment = find("Deployment", "gatewaymetric", all);
const service = find("Service", "gatewaymetric", all);
const pod = deployment.spec.template;
const container = pod.spec.containers.find((c: Obj) => c.name === "gatewaymetric");
const SERVICE_HOST = "gatewaymetric.istio-system.svc.cluster.local";

describe("every manifest", () => {
  test("parses, and names apiVersion, kind and (but for kustomizations and overlays) a namespace", () => {
    expect(yamlFiles().length).toBeGreaterThanOrEqual(15);
    for (const { file, obj } of all) {
      if (file.endsWith("istiod-values.yaml")) continue; // Helm values, not an object
      expect([file, typeof obj.apiVersion, typeof obj.kind]).toEqual([file, "string", "string"]);
      if (obj.kind === "Kustomization") expect([file, obj.namespace]).toEqual([file, "istio-system"]);
      else expect([file, obj.metadata?.namespace]).toEqual([file, "istio-system"]);
    }
  });

  test("every kustomization lists files that exist, and every manifest is in one (or says how it is applied)", () => {
    const listed = new Set<string>();
    for (const { file, obj } of all.filter((d) => d.obj.kind === "Kustomization")) {
      for (const r of [...(obj.resources ?? []), ...(obj.configMapGenerator ?? []).flatMap((g: Obj) => g.files)]) {
        const p = join(dirname(file), r);
        expect([file, r, existsSync(join(ROOT, p))]).toEqual([file, r, true]);
        listed.add(p);
      }
    }
    // Install-time overlays for istioctl / Helm, not cluster objects.
    const overlays = ["k8s/istio/telemetry/istio-operator.yaml", "k8s/istio/telemetry/istiod-values.yaml"];
    for (const f of yamlFiles().filter((f) => !f.endsWith("kustomization.yaml"))) {
      expect([f, listed.has(f) || overlays.includes(f)]).toEqual([f, true]);
    }
  });

  const kubectl = spawnSync("kubectl", ["version", "--client"], { encoding: "utf8" });
  test.skipIf(kubectl.status !== 0)("render with kubectl kustomize", () => {
    for (const dir of ["k8s", "k8s/istio/mixer", "k8s/istio/telemetry", "k8s/monitoring"]) {
      const r = spawnSync("kubectl", ["kustomize", dir], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
      expect([dir, r.status, r.stderr]).toEqual([dir, 0, ""]);
    }
  });
  if (kubectl.status !== 0) console.warn("SKIPPED kubectl kustomize check: kubectl not installed");
});

describe("the Deployment", () => {
  test("runs 2 replicas whose pods its selector, the Service and the PDB select", () => {
    expect(deployment.apiVersion).toBe("apps/v1");
    expect(deployment.spec.replicas).toBe(2);
    expect(selects(deployment.spec.selector.matchLabels, pod.metadata.labels)).toBe(true);
    expect(selects(service.spec.selector, pod.metadata.labels)).toBe(true);
    const pdb = find("PodDisruptionBudget", "gatewaymetric", all);
    expect(pdb.apiVersion).toBe("policy/v1");
    expect(selects(pdb.spec.selector.matchLabels, pod.metadata.labels)).toBe(true);
    expect(pdb.spec.minAvailable).toBe(1);
    for (const c of pod.spec.topologySpreadConstraints) expect(selects(c.labelSelector.matchLabels, pod.metadata.labels)).toBe(true);
  });

  test("is locked down: non-root 65534, read-only root, no escalation, no capabilities, RuntimeDefault seccomp", () => {
    const psc = pod.spec.securityContext;
    expect(psc).toMatchObject({ runAsNonRoot: true, runAsUser: 65534, seccompProfile: { type: "RuntimeDefault" } });
    expect(container.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      runAsUser: 65534,
      capabilities: { drop: ["ALL"] },
    });
    expect(container.securityContext.capabilities.add).toBeUndefined();
    expect(pod.spec.automountServiceAccountToken).toBe(false);
    const sa = find("ServiceAccount", pod.spec.serviceAccountName, all);
    expect(sa.automountServiceAccountToken).toBe(false);
    // The only writable place: an emptyDir on /tmp.
    const tmp = container.volumeMounts.find((m: Obj) => m.mountPath === "/tmp");
    expect(pod.spec.volumes.find((v: Obj) => v.name === tmp.name).emptyDir).toBeDefined();
  });

  test("probes /healthz and /readyz on the named metrics port, and has requests and limits", () => {
    const ports = new Map(container.ports.map((p: Obj) => [p.name, p.containerPort]));
    expect(container.livenessProbe.httpGet).toEqual({ path: "/healthz", port: "http-metrics" });
    expect(container.readinessProbe.httpGet).toEqual({ path: "/readyz", port: "http-metrics" });
    expect(ports.get("http-metrics")).toBe(9145);
    expect(ports.get("grpc")).toBe(41543);
    for (const k of ["requests", "limits"]) {
      expect(container.resources[k].cpu).toBeDefined();
      expect(container.resources[k].memory).toBeDefined();
    }
  });

  test("keeps the Istio sidecar out and carries the Prometheus scrape annotations for the metrics port", () => {
    expect(pod.metadata.labels["sidecar.istio.io/inject"]).toBe("false");
    const a = pod.metadata.annotations;
    expect(a["prometheus.io/scrape"]).toBe("true");
    expect(Number(a["prometheus.io/port"])).toBe(container.ports.find((p: Obj) => p.name === "http-metrics").containerPort);
    expect(a["prometheus.io/path"]).toBe("/metrics");
  });

  test("its arguments are valid adapter flags that listen where the ports say and limit connection age", () => {
    const loaded = loadConfig({ argv: container.args ?? [], env: {}, readFile: () => "" });
    if (loaded.kind !== "run") throw new Error(`args are not a run: ${loaded.kind}`);
    const c = loaded.config;
    expect(parseAddress(c.grpcAddr)!.port).toBe(41543);
    expect(parseAddress(c.httpAddr)!.port).toBe(9145);
    expect(c.maxConnectionAgeSeconds).toBeGreaterThan(0);
    expect(defaults().maxConnectionAgeSeconds).toBe(0);
    // Kubernetes waits this long after SIGTERM: more than the adapter's own grace.
    expect(pod.spec.terminationGracePeriodSeconds).toBeGreaterThan(c.shutdownGraceSeconds);
  });
});

describe("the Service and the ServiceMonitor", () => {
  test("Service ports are named, point at container ports by name, and declare their protocol", () => {
    const byName = new Map(service.spec.ports.map((p: Obj) => [p.name, p]));
    expect(byName.get("grpc")).toMatchObject({ port: 41543, targetPort: "grpc", appProtocol: "grpc" });
    expect(byName.get("http-metrics")).toMatchObject({ port: 9145, targetPort: "http-metrics" });
    const containerPorts = new Set(container.ports.map((p: Obj) => p.name));
    for (const p of service.spec.ports) expect(containerPorts.has(p.targetPort)).toBe(true);
  });

  test("the ServiceMonitor selects the Service and scrapes its metrics port", () => {
    const sm = find("ServiceMonitor", "gatewaymetric", all);
    expect(sm.apiVersion).toBe("monitoring.coreos.com/v1");
    expect(selects(sm.spec.selector.matchLabels, service.metadata.labels)).toBe(true);
    expect(sm.spec.namespaceSelector.matchNames).toContain(service.metadata.namespace);
    expect(sm.spec.endpoints.map((e: Obj) => [e.port, e.path])).toEqual([["http-metrics", "/metrics"]]);
  });
});

describe("Istio <= 1.7: the Mixer objects", () => {
  const mixer = all.filter((d) => d.file.startsWith("k8s/istio/mixer/")).map((d) => d.obj);
  const byKind = (kind: string) => mixer.filter((o) => o.kind === kind);

  test("are config.istio.io/v1alpha2 adapter, template, handler, instance and rule objects", () => {
    for (const o of mixer.filter((o) => o.kind !== "Kustomization")) expect(o.apiVersion).toBe("config.istio.io/v1alpha2");
    expect([...new Set(mixer.map((o) => o.kind))].sort()).toEqual(["Kustomization", "adapter", "handler", "instance", "rule", "template"]);
    expect(byKind("template").map((t) => t.metadata.name)).toContain("logentry");
  });

  test("reference each other: rule → handler → adapter → templates ← instance", () => {
    const [handler, instance, rule] = ["handler", "instance", "rule"].map((k) => byKind(k)[0]);
    const adapters = byKind("adapter");
    const adapter = adapters.find((a) => a.metadata.name === "gatewaymetric")!;
    const templates = byKind("template").map((t) => t.metadata.name);
    // One adapter per Params message (ours for logentry, the prometheus adapter's for metric);
    // together they serve every template shipped, each template once.
    for (const a of adapters) expect(a.spec.session_based).toBe(false);
    expect(adapters.flatMap((a) => a.spec.templates).sort()).toEqual(templates.sort());
    expect(adapter.spec.templates).toEqual(["logentry"]);
    expect(handler.spec.adapter).toBe(adapter.metadata.name);
    expect(adapter.spec.templates).toContain(instance.spec.template);
    expect(instance.spec.compiledTemplate).toBeUndefined();
    expect(rule.spec.actions).toEqual([
      { handler: `${handler.metadata.name}.istio-system`, instances: [`${instance.metadata.name}.istio-system`] },
    ]);
  });

  test("the handler dials the Service's gRPC port and keeps the original file_path param", () => {
    const handler = byKind("handler")[0];
    expect(handler.spec.connection.address).toBe(`${SERVICE_HOST}:41543`);
    expect(handler.spec.params.file_path).toBe("out.txt");
  });

  test("the instance fills the variables the adapter reads by default, and the rule keeps to the ingress gateway", () => {
    const vars = byKind("instance")[0].spec.params.variables;
    const wanted = defaults().mixer.variables;
    for (const [field, names] of Object.entries(wanted)) {
      expect([field, names.some((n) => n in vars)]).toEqual([field, true]);
    }
    // The seed's variables, with fallbacks.
    for (const v of ["host", "method", "url", "responseCode", "responseBodySize", "responseTotalSize", "latency"]) expect(vars[v]).toBeDefined();
    const match = byKind("rule")[0].spec.match;
    expect(match).toContain('context.reporter.kind == "outbound"');
    expect(match).toContain('source.labels["istio"]');
    expect(match).toContain('"ingressgateway"');
  });
});

describe("Istio >= 1.13: extension providers and the Telemetry", () => {
  const operator = docs("k8s/istio/telemetry/istio-operator.yaml")[0];
  const values = docs("k8s/istio/telemetry/istiod-values.yaml")[0];
  const providers: Obj[] = operator.spec.meshConfig.extensionProviders;

  test("declare envoyHttpAls and envoyOtelAls providers pointing at the Service's gRPC port", () => {
    expect(operator.apiVersion).toBe("install.istio.io/v1alpha1");
    expect(operator.kind).toBe("IstioOperator");
    const http = providers.find((p) => p.envoyHttpAls)!.envoyHttpAls;
    const otel = providers.find((p) => p.envoyOtelAls)!.envoyOtelAls;
    for (const p of [http, otel]) expect([p.service, p.port]).toEqual([SERVICE_HOST, 41543]);
    // The adapter prefers attributes named like Istio's JSON access log.
    for (const k of ["gateway", "method", "path", "authority", "response_code", "duration"]) expect(otel.logFormat.labels[k]).toMatch(/%.+%/);
    // The Helm values carry exactly the same providers.
    expect(values.meshConfig.extensionProviders).toEqual(providers);
  });

  test("the Telemetry selects only the ingress gateway and enables exactly one declared provider", () => {
    const t = find("Telemetry", "gatewaymetric", all);
    expect(t.apiVersion).toBe("telemetry.istio.io/v1");
    expect(t.metadata.namespace).toBe("istio-system");
    expect(t.spec.selector.matchLabels).toEqual({ istio: "ingressgateway" });
    const enabled = t.spec.accessLogging.flatMap((a: Obj) => a.providers.map((p: Obj) => p.name));
    const ours = enabled.filter((n: string) => n.startsWith("gatewaymetric"));
    expect(ours).toHaveLength(1);
    expect(providers.map((p) => p.name)).toContain(ours[0]);
  });
});

test("the Dockerfile is FROM scratch, one COPY, user 65534, the allocator setting, both ports, the binary as entrypoint", async () => {
  const lines = (await Bun.file(join(ROOT, "Dockerfile")).text()).split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
  expect(lines).toEqual([
    "FROM scratch",
    "COPY dist/rootfs/ /",
    "USER 65534:65534",
    ...Object.entries(IMAGE_ENV).map(([k, v]) => `ENV ${k}=${v}`),
    "EXPOSE 9145 41543",
    'ENTRYPOINT ["/gatewaymetric"]',
  ]);
  expect(existsSync(join(K8S, "..", ".dockerignore"))).toBe(true);
});
