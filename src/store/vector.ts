// Growable per-series number arrays for counters and gauges.
//
// While a sliced scrape snapshot is copying a vector (`cow` set, see beginVectorCopy), every write
// first saves the slot's old value into the copy unless the copier has already passed it, so the
// copy ends up holding every value as it was when the snapshot began.

export interface Vector {
  data: Float64Array;
  /** The snapshot copy in progress, or null: the only cost the hot path pays for it is this check. */
  cow: VectorCopy | null;
}

interface VectorCopy {
  /** Values at the snapshot's instant, for ids below its length. */
  readonly copy: Float64Array;
  /** Per id: 1 once a write saved the old value ahead of the copier. */
  readonly saved: Uint8Array;
  /** The copier has taken every id below this. */
  done: number;
}

/** Series a per-series array has room for before its first growth, unless its creator asks for 0. */
export const CHUNK = 1024;

/**
 * The capacity to grow per-series arrays to when id `need - 1` does not fit: by half, and at least
 * `need` plus room for CHUNK more ids, or, while small, for as many ids as there are already (a
 * family that starts empty doubles from a few slots instead of taking CHUNK at its first series).
 */
export function grownCapacity(cap: number, need: number): number {
  return Math.max(need + Math.min(CHUNK, Math.max(cap, 8)), cap + (cap >> 1));
}

/** `next` (larger) holding `old` at its start: one per-series typed array grown. */
export function grown<A extends Float64Array | Float32Array | Uint32Array | Int32Array | Int8Array | Uint8Array>(old: A, next: A): A {
  next.set(old as ArrayLike<number>);
  return next;
}

/** `capacity`: ids with room before the first growth (0: nothing allocated until the first write). */
export function newVector(capacity = CHUNK): Vector {
  return { data: new Float64Array(capacity), cow: null };
}

/** Saves slot `id` into the copy in progress before a write changes it. */
function save(v: Vector, c: VectorCopy, id: number): void {
  if (id < c.done || id >= c.copy.length || c.saved[id] !== 0) return;
  c.copy[id] = id < v.data.length ? v.data[id] : 0;
  c.saved[id] = 1;
}

export function vectorAdd(v: Vector, id: number, x: number): void {
  if (v.cow !== null) save(v, v.cow, id);
  if (id >= v.data.length) growVector(v, id + 1);
  v.data[id] += x;
}

export function vectorSet(v: Vector, id: number, x: number): void {
  if (v.cow !== null) save(v, v.cow, id);
  if (id >= v.data.length) growVector(v, id + 1);
  v.data[id] = x;
}

export function vectorClear(v: Vector, id: number): void {
  if (v.cow !== null) save(v, v.cow, id);
  if (id < v.data.length) v.data[id] = 0;
}

function growVector(v: Vector, need: number): void {
  v.data = grown(v.data, new Float64Array(grownCapacity(v.data.length, need)));
}

/** Starts copying ids `0 <= id < n` in steps; throws if a copy is already under way. */
export function beginVectorCopy(v: Vector, n: number): void {
  if (v.cow !== null) throw new Error("vector copy already in progress");
  const m = Math.min(n, v.data.length);
  v.cow = { copy: new Float64Array(m), saved: new Uint8Array(m), done: 0 };
}

/** Copies the ids up to `to` that no write has saved yet. */
export function stepVectorCopy(v: Vector, to: number): void {
  const c = v.cow!;
  const end = Math.min(to, c.copy.length);
  copyUnsaved(c.saved, c.done, end, 1, v.data, c.copy);
  if (end > c.done) c.done = end;
}

/** Finishes the copy (copying whatever is left) and returns it. */
export function endVectorCopy(v: Vector): Float64Array {
  stepVectorCopy(v, Infinity);
  const copy = v.cow!.copy;
  v.cow = null;
  return copy;
}

/**
 * Copies slots of ids in [from, to) from `src` into `dst` (`stride` slots per id), in runs between
 * the ids marked in `saved` (those already hold their snapshot values). Shared with histograms.
 */
export function copyUnsaved(saved: Uint8Array, from: number, to: number, stride: number, src: Float64Array | Uint32Array, dst: Float64Array): void {
  let id = from;
  while (id < to) {
    while (id < to && saved[id] !== 0) id++;
    let end = id;
    while (end < to && saved[end] === 0) end++;
    if (end > id) dst.set(src.subarray(id * stride, end * stride), id * stride);
    id = end;
  }
}
