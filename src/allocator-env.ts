// The allocator setting the adapter needs, in force however it is started.
//
// Bun's allocator (mimalloc) returns freed pages to the kernel 10 ms after they are freed. grpc-js
// copies every received message into a fresh Buffer, and garbage collections free those in batches
// a few ms apart, so with that default the same pages are faulted in again and again: measured
// 25–40% of the adapter's CPU per ALS or OTLP entry under load (bench/README.md, "transport").
// MIMALLOC_PURGE_DELAY=1000 keeps freed pages for a second and leaves idle RSS as it was.
//
// mimalloc reads its options from the environment once, when the process starts, so setting the
// variable from JavaScript changes nothing. Instead, the first thing the process does when the
// variable is absent is replace itself (execve, same PID, same arguments, same open files) with a
// copy of itself whose environment has it. An explicit value from the user, any value, wins and
// costs no re-exec. Where execve cannot be reached (not Linux, no libc), the process goes on with
// the default and says so in the start-up log (see allocatorNote).
import { dlopen, FFIType, ptr } from "bun:ffi";
import { readFileSync } from "node:fs";

const PURGE_DELAY_VAR = "MIMALLOC_PURGE_DELAY";
const PURGE_DELAY_MS = "1000";

/** Set when the variable was absent and this process could not re-exec itself; logged at start. */
export let allocatorNote: string | null = null;

function cString(s: string): Buffer {
  return Buffer.from(`${s}\0`, "utf8");
}

/** Replaces this process with itself plus `name=value` in its environment; returns only on failure. */
function reexecWith(name: string, value: string): string {
  if (process.platform !== "linux") return "not Linux";
  // The kernel's copy of argv is exactly what was started (bun script path or compiled binary and
  // its flags); process.argv in a compiled executable names a virtual path instead.
  let argv: string[];
  try {
    argv = readFileSync("/proc/self/cmdline", "latin1").split("\0");
    argv.pop(); // the list ends with a NUL
  } catch (e) {
    return `cannot read /proc/self/cmdline: ${(e as Error).message}`;
  }
  const env = Object.entries(process.env).map(([k, v]) => `${k}=${v}`);
  env.push(`${name}=${value}`);
  try {
    const libc = dlopen("libc.so.6", { execve: { args: [FFIType.ptr, FFIType.ptr, FFIType.ptr], returns: FFIType.i32 } });
    const keep: Buffer[] = [];
    const table = (list: string[]): BigUint64Array => {
      const t = new BigUint64Array(list.length + 1);
      list.forEach((s, i) => {
        const b = cString(s);
        keep.push(b);
        t[i] = BigInt(ptr(b));
      });
      return t;
    };
    const path = cString("/proc/self/exe");
    const argvTable = table(argv);
    const envTable = table(env);
    libc.symbols.execve(ptr(path), ptr(argvTable), ptr(envTable));
    return "execve failed";
  } catch (e) {
    return `cannot call execve: ${(e as Error).message}`;
  }
}

if (process.env[PURGE_DELAY_VAR] === undefined) {
  allocatorNote = `${PURGE_DELAY_VAR} is not set and the process could not restart itself with it (${reexecWith(PURGE_DELAY_VAR, PURGE_DELAY_MS)}): gRPC ingestion runs slower; set ${PURGE_DELAY_VAR}=${PURGE_DELAY_MS}`;
}
