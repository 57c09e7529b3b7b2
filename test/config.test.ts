// Configuration precedence and validation, through loadConfig and through the real command line.
import { expect, test } from "bun:test";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, defaults, loadConfig } from "../src/config/config.ts";

const files: Record<string, string> = {};
const readFile = (p: string) => {
  if (!(p in files)) throw new Error("ENOENT: no such file");
  return files[p];
};
const load = (argv: string[], env: Record<string, string> = {}) => {
  const r = loadConfig({ argv, env, readFile });
  if (r.kind !== "run") throw new Error("not a run");
  return r.config;
};

test("defaults match the original adapter's ports", () => {
  const c = load([]);
  expect(c.grpcAddr).toBe("[::]:41543");
  expect(c.httpAddr).toBe("[::]:9145");
  expect(c).toEqual(defaults());
});

test("flags win over the environment, which wins over the file, which wins over defaults", () => {
  files["/c.yaml"] = "grpcAddr: 127.0.0.1:1001\nhttpAddr: 127.0.0.1:2001\nlogLevel: warn\nmixer:\n  variables:\n    host: [vhost]\n";
  const fileOnly = load(["--config", "/c.yaml"]);
  expect([fileOnly.grpcAddr, fileOnly.httpAddr, fileOnly.logLevel]).toEqual(["127.0.0.1:1001", "127.0.0.1:2001", "warn"]);
  expect(fileOnly.mixer.variables.host).toEqual(["vhost"]);
  expect(fileOnly.mixer.variables.path).toEqual(["url", "path"]);
  const env = { GATEWAYMETRIC_CONFIG: "/c.yaml", GATEWAYMETRIC_HTTP_ADDR: "127.0.0.1:2002", GATEWAYMETRIC_GRPC_ADDR: "127.0.0.1:1002", GATEWAYMETRIC_MIXER_VARIABLES_HOST: "a, b" };
  const withEnv = load([], env);
  expect([withEnv.grpcAddr, withEnv.httpAddr, withEnv.logLevel]).toEqual(["127.0.0.1:1002", "127.0.0.1:2002", "warn"]);
  expect(withEnv.mixer.variables.host).toEqual(["a", "b"]);
  const withFlag = load(["--grpc-addr=127.0.0.1:1003", "--max-series", "5"], env);
  expect([withFlag.grpcAddr, withFlag.httpAddr, withFlag.maxSeries]).toEqual(["127.0.0.1:1003", "127.0.0.1:2002", 5]);
});

test("unknown keys and bad values stop the start with a message naming the key", () => {
  files["/unknown.yaml"] = "grpcAddr: 127.0.0.1:1\nmixer:\n  variabels:\n    host: [x]\n";
  expect(() => load(["--config", "/unknown.yaml"])).toThrow(/unknown key mixer\.variabels\.host/);
  files["/bad.yaml"] = "maxSeries: lots\n";
  expect(() => load(["--config", "/bad.yaml"])).toThrow(/maxSeries: expected a number/);
  expect(() => load(["--http-addr", "9145"])).toThrow(/--http-addr \(httpAddr\): expected host:port/);
  expect(() => load(["--log-level", "loud"])).toThrow(/logLevel/);
  expect(() => load(["--nope", "1"])).toThrow(/unknown flag --nope/);
  expect(() => load([], { GATEWAYMETRIC_GRPC_ADR: "x" })).toThrow(/unknown environment variable GATEWAYMETRIC_GRPC_ADR/);
  expect(() => load(["--max-series", "0"])).toThrow(/maxSeries\): must be at least 1/);
  expect(() => load(["--config", "/missing.yaml"])).toThrow(ConfigError);
  files["/list.yaml"] = "[1, 2]\n";
  expect(() => load(["--config", "/list.yaml"])).toThrow(/expected a mapping/);
});

test("--help and --version", () => {
  expect(loadConfig({ argv: ["--help"], env: {}, readFile }).kind).toBe("help");
  expect(loadConfig({ argv: ["--version"], env: {}, readFile }).kind).toBe("version");
});

const bun = process.execPath;
const main = join(import.meta.dir, "..", "src", "main.ts");

test("the command line: --help lists every option, a bad config exits 2 naming the key", () => {
  const help = Bun.spawnSync([bun, main, "--help"]);
  expect(help.exitCode).toBe(0);
  const text = help.stdout.toString();
  for (const f of ["--grpc-addr", "--http-addr", "--config", "--mixer-variables-host", "GATEWAYMETRIC_MAX_SERIES"]) expect(text).toContain(f);
  const dir = mkdtempSync(join(tmpdir(), "gm-config-"));
  writeFileSync(join(dir, "bad.yaml"), "httpAddr: 127.0.0.1:0\nbogus: 1\n");
  const bad = Bun.spawnSync([bun, main, "--config", join(dir, "bad.yaml")]);
  expect(bad.exitCode).toBe(2);
  const line = JSON.parse(bad.stderr.toString().trim().split("\n").pop()!);
  expect(line.level).toBe("error");
  expect(line.error).toContain("unknown key bogus");
  expect(typeof line.time).toBe("string");
});

test("the command line: the adapter starts on given addresses, logs JSON, and stops on SIGTERM with exit 0", async () => {
  const proc = Bun.spawn([bun, main, "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0"], { stderr: "pipe" });
  const reader = proc.stderr.getReader();
  let buf = "";
  let started: Record<string, unknown> | undefined;
  while (!started) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`exited early: ${buf}`);
    buf += new TextDecoder().decode(value);
    for (const l of buf.split("\n")) if (l.includes('"gatewaymetric started"')) started = JSON.parse(l);
  }
  const port = started.http_port as number;
  expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
  expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toContain("gatewaymetric_entries_total");
  proc.kill("SIGTERM");
  expect(await proc.exited).toBe(0);
  reader.releaseLock();
});
