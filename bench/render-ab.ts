// A/B of the one-go render: this tree's text render against another tree's (argv[2], e.g. a
// `git archive` of the branch start, with node_modules linked) and prom-client, interleaved in one
// process. Prints median CPU and wall milliseconds (CPU is the steadier figure on a shared machine)
// and page faults per render. One process shares one allocator: memory this tree advised as huge
// pages (src/expose/pages.ts) can be reused by the other tree's buffers and flatter it.
//   npx bun bench/render-ab.ts /tmp/base [tuples] [rounds]
import { render } from "../src/expose/render.ts";
import { median } from "./lib/measure.ts";
import { newPromGateway } from "./lib/naive.ts";
import { ourTuples, promTuples } from "./lib/tuples.ts";

const other = process.argv[2];
const n = Number(process.argv[3] ?? 10_000);
const rounds = Number(process.argv[4] ?? 9);
const baseRender = (await import(`${other}/src/expose/render.ts`)).render as typeof render;
const base = (reg: Parameters<typeof render>[0]) => baseRender(reg, "text");
const baseTuples = (await import(`${other}/bench/lib/tuples.ts`)).ourTuples as typeof ourTuples;
const ours = ourTuples(n).registry;
const theirs = baseTuples(n).registry;
const prom = newPromGateway();
promTuples(prom, n);
const variants: [string, () => unknown][] = [
  ["this tree", () => render(ours, "text")],
  ["base", () => base(theirs)],
  ["prom-client", () => prom.registry.metrics()],
];
const times = new Map<string, number[]>(variants.map(([k]) => [k, []]));
const walls = new Map<string, number[]>(variants.map(([k]) => [k, []]));
const faults = new Map<string, number[]>(variants.map(([k]) => [k, []]));
const a = Buffer.from(render(ours, "text")), b = Buffer.from(base(theirs));
if (!a.equals(b)) console.log("OUTPUT DIFFERS");
for (let r = -1; r < rounds; r++) {
  for (const [k, f] of variants) {
    if (k === "prom-client" && r % 2 !== 0) continue;
    Bun.gc(true);
    const f0 = process.resourceUsage().minorPageFault;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await f();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (r >= 0) walls.get(k)!.push(wall);
    if (r >= 0) times.get(k)!.push((c.user + c.system) / 1000);
    if (r >= 0) faults.get(k)!.push(process.resourceUsage().minorPageFault - f0);
  }
}
for (const [what, xs] of [["cpu", times], ["wall", walls]] as const) {
  const m = new Map([...xs].map(([k, v]) => [k, median(v)]));
  const p = m.get("prom-client")!;
  console.log(`${n} tuples, ${what}: ` + [...m].map(([k, v]) => `${k} ${v.toFixed(1)} ms (prom/x ${(p / v).toFixed(2)}×)`).join(", "));
}
console.log(`page faults per render: ` + [...faults].map(([k, v]) => `${k} ${median(v)}`).join(", "));
