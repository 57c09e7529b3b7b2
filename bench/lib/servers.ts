// Processes under test for the end-to-end section: our adapter and the Go baseline (go-seed), each
// on free loopback ports, plus what the section reads from them: counters and CPU time.
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Subprocess } from "bun";
import { freePort } from "../../test/helpers/ports.ts";

export const REPO = resolve(import.meta.dir, "..", "..");

export interface Server {
  name: string;
  proc: Subprocess;
  grpcPort: number;
  httpPort: number;
  /** The count of entries this server accepted, read from its own /metrics. */
  counted(): Promise<number>;
  stop(): Promise<void>;
}

/** A sample's value from a text exposition; labels must all match. NaN when absent. */
export function sampleValue(text: string, name: string, labels: Record<string, string>): number {
  for (const line of text.split("\n")) {
    if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) continue;
    const m = /^[^{ ]+(?:\{(.*)\})? (\S+)/.exec(line);
    if (!m) continue;
    const have = m[1] ?? "";
    if (Object.entries(labels).every(([k, v]) => have.includes(`${k}="${v}"`))) return Number(m[2]);
  }
  return NaN;
}

async function scrape(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`);
  if (res.status !== 200) throw new Error(`scrape: HTTP ${res.status}`);
  return res.text();
}

async function waitReady(port: number, proc: Subprocess, name: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`${name} exited with ${proc.exitCode} while starting`);
    try {
      await scrape(port);
      return;
    } catch {
      await Bun.sleep(100);
    }
  }
  throw new Error(`${name} did not serve /metrics within 15 s`);
}

/** utime + stime of a process (all its threads), in seconds. */
export function cpuSeconds(pid: number, ticksPerSecond = 100): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

interface Counter {
  name: string;
  labels: Record<string, string>;
  /** Entries per counted unit (the transport-only server counts messages). */
  scale?: number;
}

/**
 * The allocator setting our executable gives itself (src/allocator-env.ts), for the reference
 * servers below, so that the floors under the transport are measured like the adapter runs. An
 * explicit value in the caller's environment wins.
 */
export const IMAGE_ENV: Record<string, string> = { MIMALLOC_PURGE_DELAY: "1000" };

async function start(name: string, cmd: string[], counter: Counter, env?: Record<string, string>): Promise<Server> {
  const grpcPort = await freePort();
  const httpPort = await freePort();
  const logDir = mkdtempSync(join(tmpdir(), "gm-bench-"));
  const logFile = join(logDir, `${name.replace(/[^\w.-]+/g, "-")}.log`);
  const log = openSync(logFile, "w");
  const proc = Bun.spawn([...cmd, "--grpc-addr", `127.0.0.1:${grpcPort}`, "--http-addr", `127.0.0.1:${httpPort}`], {
    cwd: REPO,
    env: env ? { ...env, ...process.env } : process.env,
    stdout: log,
    stderr: log,
  });
  try {
    await waitReady(httpPort, proc, name);
  } catch (e) {
    proc.kill("SIGKILL");
    throw new Error(`${(e as Error).message} (log: ${logFile})`);
  }
  return {
    name,
    proc,
    grpcPort,
    httpPort,
    async counted() {
      return sampleValue(await scrape(httpPort), counter.name, counter.labels) * (counter.scale ?? 1);
    },
    async stop() {
      proc.kill("SIGTERM");
      const timer = setTimeout(() => proc.kill("SIGKILL"), 5000);
      await proc.exited;
      clearTimeout(timer);
      closeSync(log);
      rmSync(logDir, { recursive: true, force: true });
    },
  };
}

/** The single executable, built once per bench process from the working tree (scripts/build.sh). */
let built = false;
function ourBinary(): string {
  if (!built) {
    const r = Bun.spawnSync(["bash", "scripts/build.sh"], { cwd: REPO, stdout: "pipe", stderr: "pipe" });
    if (r.exitCode !== 0) throw new Error(`npm run build failed: ${r.stderr.toString()}`);
    built = true;
  }
  return resolve(REPO, "dist", "gatewaymetric");
}

/**
 * dist/gatewaymetric as a user starts it: the caller's environment, nothing added (the executable
 * sets up its allocator itself, src/allocator-env.ts).
 */
export function startOurs(source: string, args: string[] = [], name = "gatewaymetric"): Promise<Server> {
  return start(name, [ourBinary(), "--log-level", "warn", ...args], {
    name: "gatewaymetric_entries_total",
    labels: { source, outcome: "accepted" },
  });
}

/** src/main.ts run by this Bun, no build step (it sets up its allocator as the executable does). */
export function startOursFromSource(source: string, args: string[] = []): Promise<Server> {
  return start("gatewaymetric", [process.execPath, "src/main.ts", "--log-level", "warn", ...args], {
    name: "gatewaymetric_entries_total",
    labels: { source, outcome: "accepted" },
  });
}

/** gRPC transport only (bench/null-server.ts): the same listener, handlers that decode nothing. */
export function startNull(path: string, streaming: boolean, entriesPerMessage: number): Promise<Server> {
  return start("transport only", [process.execPath, "bench/null-server.ts", streaming ? "--stream" : "--unary", path], {
    name: "null_messages_total",
    labels: {},
    scale: entriesPerMessage,
  }, IMAGE_ENV);
}

/** Bun's node:http2 alone (bench/h2-floor-server.ts): the floor under grpc-js, counted like startNull. */
export function startFloor(entriesPerMessage: number): Promise<Server> {
  return start("HTTP/2 only", [process.execPath, "bench/h2-floor-server.ts"], {
    name: "null_messages_total",
    labels: {},
    scale: entriesPerMessage,
  }, IMAGE_ENV);
}

export function startGo(binary: string, source: string): Promise<Server> {
  return start("go-seed", [binary], { name: "peer_entries_total", labels: { source } });
}

/** Where the Go baseline lives, built into /tmp on first use (its build.sh installs Debian packages). */
export const GO_SEED_DIR = process.env.GO_SEED_DIR ?? resolve(REPO, "..", "shared", "peers", "go-seed");
export const GO_SEED_BIN = process.env.GO_SEED_BIN ?? "/tmp/go-seed-peer";

function run(cmd: string[]): { ok: boolean; output: string } {
  const r = Bun.spawnSync(cmd, { stdout: "pipe", stderr: "pipe" });
  return { ok: r.exitCode === 0, output: `${r.stdout.toString()}${r.stderr.toString()}`.trim() };
}

/** Returns the Go baseline's path, building it when missing; or why it is not available. */
export function goSeed(progress: (msg: string) => void): { binary: string } | { skipped: string } {
  if (existsSync(GO_SEED_BIN)) return { binary: GO_SEED_BIN };
  const build = join(GO_SEED_DIR, "build.sh");
  if (!existsSync(build)) return { skipped: `no ${build}` };
  progress(`building the Go baseline: ${build} ${GO_SEED_BIN} (installs Debian packages when missing)`);
  let r = run(["bash", build, GO_SEED_BIN]);
  // build.sh feeds protoc -I/usr/include but does not install the well-known .proto files it needs.
  if (!r.ok && /google\/protobuf\/\w+\.proto: File not found/.test(r.output)) {
    progress("go-seed needs google/protobuf/*.proto: installing Debian's libprotobuf-dev");
    const apt = run(["sh", "-c", "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libprotobuf-dev"]);
    if (!apt.ok) return { skipped: `go-seed build needs libprotobuf-dev, which could not be installed: ${apt.output.slice(-300)}` };
    r = run(["bash", build, GO_SEED_BIN]);
  }
  if (!r.ok) return { skipped: `go-seed build failed: ${r.output.slice(-400)}` };
  return { binary: GO_SEED_BIN };
}
