// Fresh memory for large outputs. A scrape's text is tens of megabytes of memory the process has not
// touched before, and the kernel supplies it one 4 KiB page fault at a time: measured 2–4 µs per
// fault on the 2-core VM, so a 64 MiB render spent more time faulting (~16k faults, 35–60 ms) than
// writing bytes (~13 ms). Asking for transparent huge pages on such a buffer (Linux, THP mode
// `madvise`, the default of most distributions) turns 512 of those faults into one: the same 64 MiB
// copy-out measured ~9 ms. Where that is unavailable (other OS, no libc, THP `never`), buffers are
// plain; the advice never changes what a buffer holds. The cost left is the kernel zeroing each huge
// page on first touch; memory the guest machine has never touched before (a fresh VM, a new
// high-water mark) is slower still, so the first renders of a process are not its typical ones.
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
 * At least `n` bytes of unspecified content (memory the allocator recycles is not zeroed again:
 * callers write before they hand anything out). A large buffer is advised as huge pages before
 * anything touches it (after the first write to a page the advice is late), and is a view that
 * starts on a huge-page boundary and ends on one, so that no part of it is left to 4 KiB faults.
 * The unused head of the allocation is address space nothing touches.
 */
export function freshBytes(n: number): Uint8Array {
  if (madvise === null || n < MIN_ADVISED) return Bun.allocUnsafe(n);
  const size = Math.ceil(n / HUGE_PAGE) * HUGE_PAGE;
  const raw = Bun.allocUnsafe(size + HUGE_PAGE);
  const p = ptr(raw);
  const head = Math.ceil(p / HUGE_PAGE) * HUGE_PAGE - p;
  // A refusal (EINVAL where THP is compiled out) leaves the buffer as it is: nothing to handle.
  madvise(p + head, size, MADV_HUGEPAGE);
  return raw.subarray(head, head + size);
}
