// Fresh memory for large outputs. A scrape's text is tens of MB of untouched memory, supplied one
// 4 KiB page fault at a time (2–4 µs each on the 2-core VM): a 64 MiB render spent 35–60 ms faulting
// and ~13 ms writing. Transparent huge pages (Linux, THP mode `madvise`, most distributions' default)
// turn 512 faults into one: that copy-out took ~9 ms. Elsewhere buffers are plain; the advice never
// changes what a buffer holds. Huge pages are still zeroed on first touch, and never-touched guest
// memory is slower yet, so a process's first renders are not its typical ones.
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
 * At least `n` bytes of unspecified content (callers write before they hand anything out). A large
 * buffer is advised before anything touches it (after a page's first write the advice is late), and
 * starts and ends on huge-page boundaries so no part is left to 4 KiB faults.
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
