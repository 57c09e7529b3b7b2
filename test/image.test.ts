// The FROM scratch image, built by `npm run image` with buildah into a throw-away store, started with
// `buildah run --isolation chroot` (which shares the host's network namespace, so the adapter's
// loopback ports are reachable from here), fed the seed's Mixer request and scraped; then started
// the way the Deployment runs it (read-only root, uid 65534, PID 1) and stopped with SIGTERM.
// Skips, saying so, where buildah cannot build (not installed, or no usable storage).
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { LOGENTRY_PATH } from "../src/ingest/mixer-logentry.ts";
import { sample, scrape, total } from "./helpers/exposition.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { seedRequest } from "./helpers/mixer-fixtures.ts";
import { freePort, waitForOk } from "./helpers/ports.ts";

const ROOT = join(import.meta.dir, "..");
const IMAGE = "localhost/gatewaymetric:image-test";
const store = mkdtempSync(join(tmpdir(), "gatewaymetric-buildah-"));
const BUILDAH = ["--storage-driver", "vfs", "--root", join(store, "root"), "--runroot", join(store, "runroot")];

function buildah(args: string[], timeoutMs = 60_000): SpawnSyncReturns<string> {
  return spawnSync("buildah", [...BUILDAH, ...args], { encoding: "utf8", timeout: timeoutMs });
}

function out(r: SpawnSyncReturns<string>): string {
  return `exit ${r.status ?? r.signal}${r.error ? ` (${r.error.message})` : ""}\n${r.stdout}${r.stderr}`.trim();
}

/** Why buildah cannot be used here, or null when it can. */
function unusable(): string | null {
  const v = spawnSync("buildah", ["--version"], { encoding: "utf8", timeout: 10_000 });
  if (v.error || v.status !== 0) return "buildah is not installed (apt-get install buildah)";
  const s = buildah(["images"], 30_000);
  if (s.status !== 0) return `buildah cannot open a vfs store: ${out(s)}`;
  return null;
}

const reason = unusable();
if (reason) {
  console.warn(`SKIPPED image test: ${reason}`);
  rmSync(store, { recursive: true, force: true });
}

describe.skipIf(reason !== null)("the FROM scratch image", () => {
  let container = "";
  let buildLog = "";

  beforeAll(() => {
    const r = spawnSync("bash", ["scripts/image.sh"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 240_000,
      env: { ...process.env, IMAGE, BUILDAH_OPTS: BUILDAH.join(" ") },
    });
    buildLog = out(r);
    if (r.status !== 0) throw new Error(`npm run image failed: ${buildLog}`);
    const from = buildah(["from", "--pull-never", IMAGE]);
    if (from.status !== 0) throw new Error(`buildah from failed: ${out(from)}`);
    container = from.stdout.trim().split("\n").pop()!;
  }, 300_000);

  afterAll(() => {
    if (container) buildah(["rm", container]);
    buildah(["rmi", "--all", "--force"]);
    try {
      rmSync(store, { recursive: true, force: true });
    } catch (e) {
      console.warn(`could not remove ${store}: ${(e as Error).message}`);
    }
  });

  test("is one layer: the executable, its loader and libraries, passwd, group and /tmp", () => {
    expect(buildLog).toContain(`built image ${IMAGE}`);
    const cfg = JSON.parse(buildah(["inspect", "--type", "image", IMAGE]).stdout).OCIv1;
    expect(cfg.rootfs.diff_ids).toHaveLength(1);
    expect(cfg.config.User).toBe("65534:65534");
    expect(cfg.config.Entrypoint).toEqual(["/gatewaymetric"]);
    expect(Object.keys(cfg.config.ExposedPorts).sort()).toEqual(["41543/tcp", "9145/tcp"]);

    const mount = buildah(["mount", container]);
    expect(mount.status).toBe(0);
    const dir = mount.stdout.trim();
    try {
      const files: string[] = [];
      const walk = (rel: string) => {
        for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
          const p = `${rel}/${e.name}`;
          if (e.isDirectory()) walk(p);
          else files.push(p);
        }
      };
      walk("");
      // What the dynamic loader maps for the binary on this machine, asked independently of the script.
      const ldd = spawnSync("ldd", [join(ROOT, "dist/gatewaymetric")], { encoding: "utf8" }).stdout;
      const libs = [...ldd.matchAll(/(?:=> )?(\/\S+) \(0x/g)].map((m) => m[1]);
      expect(libs.some((l) => l.includes("ld-linux"))).toBe(true);
      expect(files.sort()).toEqual(["/etc/group", "/etc/passwd", "/gatewaymetric", ...libs].sort());
      expect(readFileSync(join(dir, "etc/passwd"), "utf8")).toMatch(/^nobody:x:65534:65534:/m);
      expect(readFileSync(join(dir, "etc/group"), "utf8")).toMatch(/^nobody:x:65534:/m);
      const tmp = statSync(join(dir, "tmp"));
      expect(tmp.isDirectory()).toBe(true);
      expect(tmp.mode & 0o7777).toBe(0o1777);
      expect(readdirSync(join(dir, "tmp"))).toEqual([]);
    } finally {
      buildah(["umount", container]);
    }
  });

  test("prints the version and commit of the binary it was built from", () => {
    const host = spawnSync(join(ROOT, "dist/gatewaymetric"), ["--version"], { encoding: "utf8" }).stdout;
    const r = buildah(["run", "--isolation", "chroot", container, "--", "/gatewaymetric", "--version"], 30_000);
    expect(out(r)).toContain(host.trim());
  });

  test("runs as nobody, takes Mixer traffic over gRPC and serves it on /metrics and the status page", async () => {
    const [grpcPort, httpPort] = [await freePort(), await freePort()];
    const proc = Bun.spawn(
      ["buildah", ...BUILDAH, "run", "--isolation", "chroot", container, "--",
        "/gatewaymetric", "--grpc-addr", `127.0.0.1:${grpcPort}`, "--http-addr", `127.0.0.1:${httpPort}`],
      { stdout: "pipe", stderr: "pipe" },
    );
    const client = newClient(grpcPort);
    try {
      if (!(await waitForOk(`http://127.0.0.1:${httpPort}/readyz`, 30_000))) {
        proc.kill();
        throw new Error(`the adapter in the image did not become ready: ${await new Response(proc.stderr).text()}`);
      }
      expect(uidsOf(httpPort)).toEqual(["65534", "65534", "65534", "65534"]);
      for (let i = 0; i < 3; i++) expect((await unary(client, LOGENTRY_PATH, seedRequest())).code).toBe(grpc.status.OK);
      const e = await scrape(httpPort);
      const seed = { host: "192.168.101.6:31380", route: "/productpage", method: "GET", code: "200" };
      expect(sample(e, "gateway_requests_total", seed)).toBe(12);
      expect(total(e, "gateway_requests_total")).toBe(12);
      expect(sample(e, "gatewaymetric_entries_total", { source: "mixer", outcome: "accepted" })).toBe(12);
      // The status page's files are embedded in the executable.
      const base = `http://127.0.0.1:${httpPort}`;
      expect(await (await fetch(`${base}/`)).text()).toContain('<script src="/status.js"');
      expect(await (await fetch(`${base}/status.js`)).text()).toContain("/api/status");
      const status = (await (await fetch(`${base}/api/status`)).json()) as { senders: { source: string; accepted: number }[] };
      expect(status.senders.find((x) => x.source === "mixer")!.accepted).toBe(12);
    } finally {
      client.close();
      proc.kill();
      const exited = await Promise.race([proc.exited.then(() => true), Bun.sleep(15_000).then(() => false)]);
      if (!exited) proc.kill("SIGKILL");
    }
    // buildah takes the containerised process down with it.
    expect(uidsOf(httpPort)).toEqual([]);
  }, 60_000);

  // What the Deployment asks of the runtime: read-only root, uid 65534, an emptyDir on /tmp, and the
  // adapter as PID 1, which Kubernetes stops with SIGTERM. Mounted the way a runtime would (proc, dev,
  // a tmpfs on /tmp) in private mount and PID namespaces; needs root for unshare and mount.
  const canUnshare = process.getuid?.() === 0 && spawnSync("unshare", ["--version"]).status === 0;
  if (!canUnshare) console.warn("SKIPPED read-only root check of the image: needs root and unshare (util-linux)");
  test.skipIf(!canUnshare)("starts on a read-only root as PID 1, uid 65534, and stops cleanly on SIGTERM", async () => {
    const mount = buildah(["mount", container]);
    expect(mount.status).toBe(0);
    const dir = mount.stdout.trim();
    // Mount points a runtime creates in the container's own layer before making it read-only.
    for (const d of ["proc", "dev"]) mkdirSync(join(dir, d), { recursive: true });
    const [grpcPort, httpPort] = [await freePort(), await freePort()];
    const script = 'set -e; r=$1; shift; mount --bind "$r" "$r"; mount -o remount,bind,ro "$r"; ' +
      'mount -t proc proc "$r/proc"; mount --rbind /dev "$r/dev"; mount -t tmpfs -o size=16m,mode=1777 tmpfs "$r/tmp"; ' +
      'exec chroot --userspec=65534:65534 "$r" /gatewaymetric "$@"';
    const proc = Bun.spawn(
      ["unshare", "--mount", "--pid", "--fork", "sh", "-c", script, "sh", dir,
        "--grpc-addr", `127.0.0.1:${grpcPort}`, "--http-addr", `127.0.0.1:${httpPort}`],
      { stdout: "ignore", stderr: "pipe" },
    );
    const client = newClient(grpcPort);
    try {
      if (!(await waitForOk(`http://127.0.0.1:${httpPort}/readyz`, 30_000))) {
        const err = await Promise.race([new Response(proc.stderr).text(), Bun.sleep(2_000).then(() => "(still running)")]);
        throw new Error(`the adapter did not start on a read-only root: ${err}`);
      }
      const pid = pidOf(httpPort);
      expect(readFileSync(`/proc/${pid}/status`, "utf8")).toMatch(/^NSpid:\s+\d+\s+1$/m);
      expect(uidsOf(httpPort)).toEqual(["65534", "65534", "65534", "65534"]);
      const root = readFileSync(`/proc/${pid}/mountinfo`, "utf8").split("\n").find((l) => l.split(" ")[4] === "/")!;
      expect(root.split(" ")[5].split(",")).toContain("ro");
      expect((await unary(client, LOGENTRY_PATH, seedRequest())).code).toBe(grpc.status.OK);
      expect(total(await scrape(httpPort), "gateway_requests_total")).toBe(4);
    } finally {
      client.close();
      // As the runtime does: SIGTERM to the container's PID 1 (unshare then exits with its status).
      const pid = pidOf(httpPort);
      if (pid) process.kill(Number(pid), "SIGTERM");
      else proc.kill();
    }
    const code = await Promise.race([proc.exited, Bun.sleep(15_000).then(() => "still running")]);
    if (code === "still running") {
      const pid = pidOf(httpPort);
      if (pid) process.kill(Number(pid), "SIGKILL");
      proc.kill("SIGKILL");
    }
    const log = await new Response(proc.stderr).text();
    expect(code).toBe(0);
    expect(log).toContain('"msg":"shutting down","signal":"SIGTERM"');
    expect(log).toContain('"msg":"stopped"');
    buildah(["umount", container]);
  }, 60_000);
});

/** The host pid of the containerised adapter serving HTTP on `port` (argv[0] is /gatewaymetric). */
function pidOf(port: number): string | null {
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    } catch {
      continue;
    }
    if (argv[0] === "/gatewaymetric" && argv.includes(`127.0.0.1:${port}`)) return pid;
  }
  return null;
}

/** Uid line (real, effective, saved, fs) of the process serving HTTP on `port`; [] if none. */
function uidsOf(port: number): string[] {
  const pid = pidOf(port);
  if (pid === null) return [];
  return /^Uid:\s+(.*)$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1].trim().split(/\s+/);
}
