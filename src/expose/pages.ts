// Fresh memory for large outputs. A scrape's text is tens of megabytes of memory the process has not
// touched before, and the kernel supplies it one 4 KiB page fault at a time: measured 2–4 µs per
// fault on the 2-core VM, so a 64 MiB render spent more time faulting (~16k faults, 35–60 ms) than
// writing bytes (~13 ms). Asking for transparent huge pages on such a buffer (Linux, THP mode
// `madvise`, the default of most distributions) turns 512 of those faults into one: the same 64 MiB
// copy-out measured ~9 ms. Where that is unavailable (other OS, no libc, THP `never`), buffers are
// plain; the advice never changes what a buffer holds.
import { dlopen, FFIType, ptr } from "bun:ffi";

const HUGE_PAGE = 2 << 20;
/** Below this a buffer spans at most one whole huge page: not worth a system call. */
const MIN_ADVISED = 2 * HUGE_PAGE;
const MADV_HUGEPAGE = 14;

type Madvise = (addr: number, len: number, advice: number) => number;

function loadMadvise(): Madvise | null {
  if (process.platform !== "linux") return null;
  try {
    const libc = dlopen("libc.so.6", { madvise: { args: [FFIType.ptr, FFIType.u64, FFIType.i32], returns: FFIType.i32 } });
    return libc.symbols.madvise as unknown as Madvise;
  } catch {
    return null;
  }
}

const madvise = loadMadvise();

/**
 * `n` bytes of unspecified content (memory the allocator recycles is not zeroed again: callers write
 * before they hand anything out), with its whole huge pages advised as such when n is large enough.
 * The advice comes before anything touches the buffer: after the first write to a page it is late.
 */
export function freshBytes(n: number): Uint8Array {
  const b = Bun.allocUnsafe(n);
  if (madvise !== null && n >= MIN_ADVISED) {
    const p = ptr(b);
    const start = Math.ceil(p / HUGE_PAGE) * HUGE_PAGE;
    const len = Math.floor((p + n - start) / HUGE_PAGE) * HUGE_PAGE;
    // A refusal (EINVAL where THP is compiled out) leaves the buffer as it is: nothing to handle.
    if (len > 0) madvise(start, len, MADV_HUGEPAGE);
  }
  return b;
}
