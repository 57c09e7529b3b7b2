// The adapter gives itself MIMALLOC_PURGE_DELAY=1000 when started without it (src/allocator-env.ts):
// the same process (same PID) ends up serving with the setting in its environment, and a value the
// user set is kept as it is. Checked on the source entry point and on the built executable.
import { describe, expect, test } from "bun:test";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { freePort, waitForOk } from "./helpers/ports.ts";

const REPO = resolve(import.meta.dir, "..");
const BINARY = resolve(REPO, "dist", "gatewaymetric");
const VAR = "MIMALLOC_PURGE_DELAY";

/** Starts `cmd` with `extra` added to an environment without VAR; returns VAR as the serving process has it. */
async function servingEnv(cmd: string[], extra: Record<string, string>): Promise<string | undefined> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (k !== VAR && v !== undefined) env[k] = v;
  const http = await freePort();
  const proc = Bun.spawn([...cmd, "--grpc-addr", "127.0.0.1:0", "--http-addr", `127.0.0.1:${http}`], {
    env: { ...env, ...extra },
    stdout: "ignore",
    stderr: "ignore",
  });
  try {
    expect(await waitForOk(`http://127.0.0.1:${http}/healthz`, 20_000)).toBe(true);
    // The PID Bun.spawn returned is the one serving: a re-exec replaces the image, not the process.
    const environ = readFileSync(`/proc/${proc.pid}/environ`, "latin1").split("\0");
    const line = environ.find((l) => l.startsWith(`${VAR}=`));
    return line?.slice(VAR.length + 1);
  } finally {
    proc.kill("SIGTERM");
    await proc.exited;
  }
}

const linux = process.platform === "linux";
if (!linux) console.warn("SKIPPED allocator re-exec tests: they read /proc, which only Linux has");

describe.skipIf(!linux)("allocator setting", () => {
  const source = [process.execPath, resolve(REPO, "src", "main.ts")];

  test("source entry point started without it serves with MIMALLOC_PURGE_DELAY=1000", async () => {
    expect(await servingEnv(source, {})).toBe("1000");
  });

  test("a value the user set wins", async () => {
    expect(await servingEnv(source, { [VAR]: "10" })).toBe("10");
    expect(await servingEnv(source, { [VAR]: "" })).toBe("");
  });

  const built = existsSync(BINARY);
  if (!built) console.warn("SKIPPED allocator re-exec test of dist/gatewaymetric: not built (npm run build; .ci/run builds it)");
  test.skipIf(!built)("the built executable started bare serves with MIMALLOC_PURGE_DELAY=1000", async () => {
    expect(await servingEnv([BINARY], {})).toBe("1000");
    expect(await servingEnv([BINARY], { [VAR]: "250" })).toBe("250");
  });
});
