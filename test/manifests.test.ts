// The Kubernetes and Istio manifests: every file parses, carries what a platform review expects, and
// the objects agree with each other (selectors, named ports, addresses) and with the adapter's flags.
import { describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { IMAGE_ENV } from "../bench/lib/servers.ts";
import { defaults, loadConfig, parseAddress } from "../src/config/config.ts";
import {
  allDocs, docs, find, K8S, listed, noRenderer, type Obj, parseDocs, referenceProblems, render, ROOT, scrapePaths, selects, yamlFiles,
} from "./helpers/manifests.ts";

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
      else if (obj.kind !== "Component") expect([file, obj.metadata?.namespace]).toEqual([file, "istio-system"]);
    }
  });

  test("every kustomization lists files that exist, and every manifest is in one (or says how it is applied)", () => {
    const covered = new Set<string>();
    for (const { file, obj } of all.filter((d) => d.obj.kind === "Kustomization" || d.obj.kind === "Component")) {
      for (const r of [...(obj.resources ?? []), ...(obj.configMapGenerator ?? []).flatMap((g: Obj) => g.files)]) {
        const p = join(dirname(file), r);
        expect([file, r, existsSync(join(ROOT, p))]).toEqual([file, r, true]);
        covered.add(p);
      }
    }
    // Install-time overlays for istioctl / Helm, not cluster objects.
    const overlays = ["k8s/istio/telemetry/istio-operator.yaml", "k8s/istio/telemetry/istiod-values.yaml"];
    for (const f of yamlFiles().filter((f) => !f.endsWith("kustomization.yaml"))) {
      expect([f, covered.has(f) || overlays.includes(f)]).toEqual([f, true]);
    }
  });
});

// Every kustomization as kubectl renders it (the default, the Prometheus Operator variant, Mixer,
// Telemetry, monitoring): kinds, namespaces and references. Where kubectl cannot render, the next
// describe checks the same references on the files the kustomizations list.
const KUSTOMIZATIONS: Record<string, string[]> = {
  k8s: ["Deployment", "NetworkPolicy", "PodDisruptionBudget", "Service", "ServiceAccount"],
  "k8s/istio/mixer": ["adapter", "handler", "instance", "rule", "template"],
  "k8s/istio/telemetry": ["Telemetry"],
  "k8s/monitoring": ["ConfigMap", "PrometheusRule"],
};

/** k8s/ copied to a temporary directory with the README's one edit: the components lines uncommented. */
function withOperatorComponent<T>(use: (dir: string) => T): T {
  const tmp = mkdtempSync(join(tmpdir(), "gatewaymetric-k8s-"));
  try {
    cpSync(K8S, tmp, { recursive: true });
    const k = join(tmp, "kustomization.yaml");
    writeFileSync(k, uncommentComponents(readFileSync(k, "utf8")));
    return use(tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function uncommentComponents(text: string): string {
  const out = text.replace(/^# components:$/m, "components:").replace(/^#   - prometheus-operator$/m, "  - prometheus-operator");
  if (out === text || out.includes("# components:")) throw new Error("k8s/kustomization.yaml lost its commented components lines");
  return out;
}

if (noRenderer) console.warn(`SKIPPED kubectl kustomize rendering: ${noRenderer}; the unrendered files are checked instead`);

describe.skipIf(noRenderer !== null)("kubectl kustomize", () => {
  test("renders every kustomization into the kinds it should, all in istio-system, with every reference holding", () => {
    for (const [dir, kinds] of Object.entries(KUSTOMIZATIONS)) {
      const objs = render(dir);
      expect([dir, [...new Set(objs.map((o) => o.kind))].sort()]).toEqual([dir, kinds]);
      for (const o of objs) expect([dir, o.kind, o.metadata.namespace]).toEqual([dir, o.kind, "istio-system"]);
      expect([dir, referenceProblems(objs)]).toEqual([dir, []]);
    }
  });

  test("the default has exactly one scrape path, the pod annotations; with the operator component, exactly the ServiceMonitor", () => {
    const base = render("k8s");
    expect(scrapePaths(base)).toEqual(["annotations on Deployment gatewaymetric"]);
    withOperatorComponent((dir) => {
      const objs = render(dir);
      expect(scrapePaths(objs)).toEqual(["ServiceMonitor gatewaymetric"]);
      expect(referenceProblems(objs)).toEqual([]);
      const pod = objs.find((o) => o.kind === "Deployment")!.spec.template;
      expect(Object.keys(pod.metadata.annotations ?? {}).filter((k) => k.startsWith("prometheus.io/"))).toEqual([]);
      // Everything else is the default's.
      expect(objs.filter((o) => o.kind !== "ServiceMonitor" && o.kind !== "Deployment")).toEqual(base.filter((o) => o.kind !== "Deployment"));
    });
  });

  test("the rendered Deployment runs the image `npm run image` builds", () => {
    const d = render("k8s").find((o) => o.kind === "Deployment")!;
    expect(d.spec.template.spec.containers[0].image).toBe(imageName());
  });
});

describe("references between objects (unrendered files)", () => {
  test("hold in the default kustomization and with the operator component", () => {
    expect(referenceProblems(listed("k8s"))).toEqual([]);
    expect(referenceProblems([...listed("k8s"), ...listed("k8s/prometheus-operator")])).toEqual([]);
  });

  test("a broken reference is reported (the check can fail)", () => {
    const objs = structuredClone(listed("k8s"));
    const svc = objs.find((o) => o.kind === "Service")!;
    svc.spec.ports[0].targetPort = "grcp";
    objs.find((o) => o.kind === "NetworkPolicy")!.spec.podSelector.matchLabels = { app: "other" };
    expect(referenceProblems(objs)).toEqual([
      "Service gatewaymetric: targetPort grcp is no port of gatewaymetric",
      "NetworkPolicy gatewaymetric: selects no pods",
    ]);
  });

  test("one scrape path: the default lists only the annotations; the component adds a ServiceMonitor and removes every annotation", () => {
    const base = listed("k8s");
    expect(scrapePaths(base)).toEqual(["annotations on Deployment gatewaymetric"]);
    const component = docs("k8s/prometheus-operator/kustomization.yaml")[0];
    expect([component.apiVersion, component.kind]).toEqual(["kustomize.config.k8s.io/v1alpha1", "Component"]);
    expect(scrapePaths(listed("k8s/prometheus-operator"))).toEqual(["ServiceMonitor gatewaymetric"]);
    const annotations = Object.keys(find("Deployment", "gatewaymetric", all).spec.template.metadata.annotations).filter((k) => k.startsWith("prometheus.io/"));
    const [patch] = component.patches;
    expect(patch.target).toEqual({ kind: "Deployment", name: "gatewaymetric" });
    const removed = (Bun.YAML.parse(patch.patch) as Obj[]).map((op) => [op.op, op.path]);
    expect(removed.sort()).toEqual(annotations.map((k) => ["remove", `/spec/template/metadata/annotations/${k.replace("/", "~1")}`]).sort());
    // The README's switch: two commented lines in the default kustomization.
    expect(docs("k8s/kustomization.yaml")[0].components).toBeUndefined();
    expect((Bun.YAML.parse(uncommentComponents(readFileSync(join(K8S, "kustomization.yaml"), "utf8"))) as Obj).components).toEqual(["prometheus-operator"]);
  });
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

/** The image `npm run image` builds, as scripts/image.sh names it. */
function imageName(): string {
  const r = spawnSync("bash", ["scripts/image.sh", "--name"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, IMAGE: "" }, timeout: 30_000 });
  if (r.status !== 0) throw new Error(`image.sh --name: ${r.stderr}`);
  return r.stdout.trim();
}

const README = readFileSync(join(ROOT, "README.md"), "utf8");
const section = (heading: string) => {
  const start = README.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no ${heading}`);
  const level = heading.split(" ")[0];
  const end = README.indexOf(`\n${level} `, start + heading.length + 2);
  return README.slice(start, end < 0 ? undefined : end);
};
/** The objects in the fenced yaml blocks of a README text. */
const yamlBlocks = (text: string) => [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].flatMap((m, i) => parseDocs(m[1], `README yaml block ${i}`));

describe("the image", () => {
  test("is what `npm run image` builds, in the Deployment, the kustomization and the README's push step", () => {
    const name = imageName();
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(name).toBe(`localhost/gatewaymetric:${pkg.version}`);
    const [repo, tag] = name.split(":");
    expect(container.image).toBe(name);
    const k = docs("k8s/kustomization.yaml")[0];
    // The one entry a user edits: newName, the repository pushed to.
    expect(k.images).toEqual([{ name: repo, newName: repo, newTag: tag }]);
    const push = /buildah push (\S+) docker:\/\/(\S+)/.exec(section("## Deploy on Kubernetes"))!;
    expect(push[1]).toBe(name);
    expect(push[2].endsWith(`/gatewaymetric:${tag}`)).toBe(true);
    const text = section("## Deploy on Kubernetes").replace(/\s+/g, " ");
    expect(text).toContain(`In \`k8s/kustomization.yaml\`, set \`newName:\` under \`images:\` to that repository (\`${push[2].split(":")[0]}\`)`);
  });
});

describe("the NetworkPolicy", () => {
  const np = find("NetworkPolicy", "gatewaymetric", all);
  const byPort = new Map<string, Obj[]>(np.spec.ingress.map((r: Obj) => [r.ports.map((p: Obj) => p.port).join(","), r.from]));

  test("selects the adapter's pods, lets no one in but on the two named ports, and lets nothing out", () => {
    expect(np.apiVersion).toBe("networking.k8s.io/v1");
    expect(selects(np.spec.podSelector.matchLabels, pod.metadata.labels)).toBe(true);
    expect(np.spec.policyTypes.sort()).toEqual(["Egress", "Ingress"]);
    expect(np.spec.egress).toBeUndefined();
    expect([...byPort.keys()].sort()).toEqual(["grpc", "http-metrics"]);
    for (const r of np.spec.ingress) for (const p of r.ports) expect(p.protocol).toBe("TCP");
  });

  test("gRPC only from the ingress gateway (the pods the Telemetry and the Mixer rule select) and Mixer's istio-telemetry", () => {
    const [gateway, mixer] = byPort.get("grpc")!;
    expect(gateway.namespaceSelector.matchLabels).toEqual({ "kubernetes.io/metadata.name": "istio-system" });
    expect(gateway.podSelector.matchLabels).toEqual(find("Telemetry", "gatewaymetric", all).spec.selector.matchLabels);
    const [[key, value]] = Object.entries(gateway.podSelector.matchLabels as Record<string, string>);
    expect(find("rule", "gatewaymetric", all).spec.match).toContain(`(source.labels["${key}"] | "") == "${value}"`);
    // No namespaceSelector: Mixer runs in this namespace, on clusters older than the namespace name label.
    expect(mixer).toEqual({ podSelector: { matchLabels: { "istio-mixer-type": "telemetry" } } });
    expect(byPort.get("grpc")).toHaveLength(2);
  });

  test("metrics only from Prometheus in the monitoring namespace, as the README says", () => {
    const from = byPort.get("http-metrics")!;
    expect(from).toEqual([{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "monitoring" } }, podSelector: { matchLabels: { "app.kubernetes.io/name": "prometheus" } } }]);
    const text = section("## Deploy on Kubernetes").replace(/\s+/g, " ");
    expect(text).toContain("`app.kubernetes.io/name: prometheus` in namespace `monitoring`");
    expect(text).toContain("(`istio: ingressgateway` in namespace `istio-system`)");
    expect(text).toContain("(`istio-mixer-type: telemetry`, Istio ≤ 1.7)");
  });
});

describe("one name per thing, in the README and in k8s/", () => {
  const readmeObjs = yamlBlocks(README);
  const k8sNames = new Set(yamlFiles().flatMap((f) => readFileSync(join(ROOT, f), "utf8").match(/gatewaymetric-[a-z0-9-]+/g) ?? []));

  test("the README's extension providers and Telemetry are k8s/istio/telemetry's", () => {
    const operator = docs("k8s/istio/telemetry/istio-operator.yaml")[0];
    expect(readmeObjs.find((o) => o.kind === "IstioOperator")).toEqual(operator);
    expect(readmeObjs.find((o) => o.kind === "Telemetry")).toEqual(find("Telemetry", "gatewaymetric", all));
    const names = operator.spec.meshConfig.extensionProviders.map((p: Obj) => p.name);
    expect(names).toEqual(["gatewaymetric-als", "gatewaymetric-tcp", "gatewaymetric-otel"]);
  });

  test("the README's Mixer handler, instance and rule are k8s/istio/mixer's", () => {
    for (const kind of ["handler", "instance", "rule"]) {
      expect(readmeObjs.find((o) => o.kind === kind && o.metadata.name === "gatewaymetric")).toEqual(find(kind, "gatewaymetric", all));
    }
  });

  test("every gatewaymetric-* name the README uses is one the manifests use", () => {
    const used = new Set(README.match(/gatewaymetric-[a-z0-9-]+/g));
    expect([...used].filter((n) => !k8sNames.has(n))).toEqual([]);
  });

  test("every address of the adapter, in README and manifests, is the Service's", () => {
    const fqdn = `${service.metadata.name}.${service.metadata.namespace}.svc.cluster.local`;
    expect(fqdn).toBe(SERVICE_HOST);
    const texts = [README, ...yamlFiles().map((f) => readFileSync(join(ROOT, f), "utf8"))];
    const hosts = texts.flatMap((t) => t.match(/[a-z0-9-]+\.[a-z0-9-]+\.svc\.cluster\.local(?::\d+)?/g) ?? []);
    expect(hosts.length).toBeGreaterThan(10);
    expect([...new Set(hosts)].sort()).toEqual([SERVICE_HOST, `${SERVICE_HOST}:41543`]);
  });

  test("the README's deploy walk-through applies directories that are kustomizations", () => {
    const dirs = [...section("## Deploy on Kubernetes").matchAll(/kubectl apply -k (\S+?)`/g)].map((m) => m[1]);
    expect(dirs.sort()).toEqual(["k8s", "k8s/istio/mixer", "k8s/istio/telemetry"]);
    for (const d of dirs) expect(docs(`${d}/kustomization.yaml`)[0].kind).toBe("Kustomization");
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
