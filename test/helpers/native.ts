// Runs test/python/native_check.py over a protobuf exposition: Python's protobuf package decodes it
// (its classes compiled by protoc from our proto/prometheus/metrics.proto) and checks every
// histogram against the observations, computing each bucket itself.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PYTHON = "/usr/bin/python3";
const PROTOC = "/usr/bin/protoc";

export const nativeCheckerPresent =
  existsSync(PROTOC) && existsSync(PYTHON) && Bun.spawnSync([PYTHON, "-c", "import google.protobuf"]).exitCode === 0;
if (!nativeCheckerPresent) console.warn("SKIPPED Python protobuf decode: needs /usr/bin/protoc and python3-protobuf (apt-get install protobuf-compiler python3-protobuf)");

export interface NativeSpec {
  families: Record<string, { schema: number; maxBuckets: number; bounds: number[]; series: Record<string, number[]> }>;
}

export interface NativeCheck {
  checked: number;
  families: string[];
  errors: string[];
}

/** Decodes `exposition` in Python and checks it against `spec` (labels key: `a=x,b=y` in label order). */
export function pythonNativeCheck(exposition: Uint8Array, spec: NativeSpec): NativeCheck {
  const dir = mkdtempSync(join(tmpdir(), "gatewaymetric-native-"));
  try {
    const root = join(import.meta.dir, "../..");
    const gen = Bun.spawnSync([PROTOC, `-I${join(root, "proto")}`, `--python_out=${dir}`, join(root, "proto/prometheus/metrics.proto")]);
    if (gen.exitCode !== 0) throw new Error(`protoc: ${gen.stderr.toString()}`);
    writeFileSync(join(dir, "exposition.bin"), exposition);
    // Numbers as JS spells them (NaN and ±Infinity included): Python's float() reads them all back exactly.
    writeFileSync(join(dir, "spec.json"), JSON.stringify(spec, (_k, v) => (typeof v === "number" ? String(v) : v)));
    const run = Bun.spawnSync([PYTHON, join(root, "test/python/native_check.py"), join(dir, "prometheus"), join(dir, "exposition.bin"), join(dir, "spec.json")]);
    if (run.exitCode !== 0) throw new Error(`native_check.py: ${run.stderr.toString()}`);
    return JSON.parse(run.stdout.toString()) as NativeCheck;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
