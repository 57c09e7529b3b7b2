// Growable per-series number arrays for counters and gauges. While a sliced scrape snapshot copies a
// vector (`cow`), a write first saves the slot's old value unless the copier has passed it, so the copy
// holds every value as it was when the snapshot began.

export interface Vector {
  data: Float64Array;
  /** The snapshot copy in progress, or null: the only cost the hot path pays for it is this check. */
  cow: VectorCopy | null;
}

interface VectorCopy {
  readonly copy: Float64Array;
  /** Per id: 1 once a write saved the old value ahead of the copier. */
  readonly saved: Uint8Array;
  /** The copier has taken every id below this. */
  done: number;
}

/** Series a per-series array has room for before its first growth, unless its creator asks for 0. */
export const CHUNK = 1024;

/**
 * Grows by half, and to at least `need` plus CHUNK more ids, or while small as many as there are
 * (a family that starts empty doubles from a few slots instead of taking CHUNK at its first series).
 */
export function grownCapacity(cap: number, need: number): number {
  return Math.max(need + Math.min(CHUNK, Math.max(cap, 8)), cap + (cap >> 1));
}

/** `next` (larger) holding `old` at its start. */
export function grown<A extends Float64Array | Float32Array | Uint32Array | Int32Array | Int8Array | Uint8Array>(old: A, next: A): A {
  next.set(old as ArrayLike<number>);
  return next;
}

/** `capacity`: ids with room before the first growth (0: nothing allocated until the first write). */
export function newVector(capacity = CHUNK): Vector {
  return { data: new Float64Array(capacity), cow: null };
}

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

export function stepVectorCopy(v: Vector, to: number): void {
  const c = v.cow!;
  const end = Math.min(to, c.copy.length);
  copyUnsaved(c.saved, c.done, end, 1, v.data, c.copy);
  if (end > c.done) c.done = end;
}

export function endVectorCopy(v: Vector): Float64Array {
  stepVectorCopy(v, Infinity);
  const copy = v.cow!.copy;
  v.cow = null;
  return copy;
}

/** Copies slots of ids in [from, to) (`stride` per id) into `dst`, in runs between ids already `saved`. */
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
