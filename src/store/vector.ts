// Growable per-series number arrays for counters and gauges.

export interface Vector {
  data: Float64Array;
}

const CHUNK = 1024;

export function newVector(): Vector {
  return { data: new Float64Array(CHUNK) };
}

export function vectorAdd(v: Vector, id: number, x: number): void {
  if (id >= v.data.length) growVector(v, id + 1);
  v.data[id] += x;
}

export function vectorSet(v: Vector, id: number, x: number): void {
  if (id >= v.data.length) growVector(v, id + 1);
  v.data[id] = x;
}

export function vectorGet(v: Vector, id: number): number {
  return id < v.data.length ? v.data[id] : 0;
}

export function vectorClear(v: Vector, id: number): void {
  if (id < v.data.length) v.data[id] = 0;
}

function growVector(v: Vector, need: number): void {
  const next = new Float64Array(Math.max(need + CHUNK, v.data.length * 2));
  next.set(v.data);
  v.data = next;
}
