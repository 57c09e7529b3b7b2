// The allocator setting the adapter needs, in force however it is started.
// Bun's allocator (mimalloc) returns freed pages to the kernel 10 ms after they are freed. grpc-js
// copies every received message into a fresh Buffer, and garbage collections free those in batches
// a few ms apart, so with that default the same pages are faulted in again and again: measured
// 25–40% of the adapter's CPU per ALS or OTLP entry under load (bench/README.md, "transport").
// MIMALLOC_PURGE_DELAY=1000 keeps freed pages for a second and leaves idle RSS as it was.
// mimalloc reads its options from the environment once, at process start, so setting the variable
// from JavaScript changes nothing. Instead, when it is absent, the process first replaces itself
// (execve: same PID, arguments and open files) with a copy whose environment has it. A value the
// user set, any value, wins and costs no re-exec. Where execve cannot be reached (not Linux, no
// libc), the process goes on with the default and says so in the start-up log (allocatorNote).
import { dlopen, FFIType, ptr } from "bun:ffi";
import { readFileSync } from "node:fs";

const PURGE_DELAY_VAR = "MIMALLOC_PURGE_DELAY";
const PURGE_DELAY_MS = "1000";

export let allocatorNote: string | null = null;

/** Replaces this process with itself plus the purge delay in its environment; returns only on failure. */
function reexec(): string {
  if (process.platform !== "linux") return "not Linux";
  // The kernel's copy of argv is exactly what was started (bun script path or compiled binary and
  // its flags); process.argv in a compiled executable names a virtual path instead.
  let argv: string[];
  try {
    argv = readFileSync("/proc/self/cmdline", "latin1").split("\0").slice(0, -1); // the list ends with a NUL
  } catch (e) {
    return `cannot read /proc/self/cmdline: ${(e as Error).message}`;
  }
  const env = [...Object.entries(process.env).map(([k, v]) => `${k}=${v}`), `${PURGE_DELAY_VAR}=${PURGE_DELAY_MS}`];
  try {
    const libc = dlopen("libc.so.6", { execve: { args: [FFIType.ptr, FFIType.ptr, FFIType.ptr], returns: FFIType.i32 } });
    // Everything a pointer is taken of stays referenced here until execve.
    const keep: (Buffer | BigUint64Array)[] = [];
    const pointer = (b: Buffer | BigUint64Array) => {
      keep.push(b);
      return ptr(b);
    };
    const cString = (s: string) => pointer(Buffer.from(`${s}\0`, "utf8"));
    // A NULL-terminated array of pointers to C strings.
    const table = (list: string[]) => pointer(BigUint64Array.from([...list.map((s) => BigInt(cString(s))), 0n]));
    libc.symbols.execve(cString("/proc/self/exe"), table(argv), table(env));
    return "execve failed";
  } catch (e) {
    return `cannot call execve: ${(e as Error).message}`;
  }
}

if (process.env[PURGE_DELAY_VAR] === undefined) {
  allocatorNote = `${PURGE_DELAY_VAR} is not set and the process could not restart itself with it (${reexec()}): gRPC ingestion runs slower; set ${PURGE_DELAY_VAR}=${PURGE_DELAY_MS}`;
}
