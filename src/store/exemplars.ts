// A recent exemplar per series (counters) or per series and bucket (histograms): a trace id and
// the observed value and time, in flat arrays indexed like the family's numbers.
//
// A slot takes at most one exemplar per tick of the coarse clock (clock.ts): the first traced
// observation in the latest tick that had one. So it is a real trace, at most a tick old, and a busy
// series pays for storing one (and its trace id string) once a second rather than once per record.
import { grown } from "./vector.ts";

export interface Exemplars {
  /** Slots per series: 1 for a counter, bucket count (+Inf included) for a histogram. */
  readonly stride: number;
  /** Trace id per slot; "" for none. A plain array kept dense (pre-filled) so it stays fast. */
  traces: string[];
  values: Float64Array;
  /** Unix seconds. */
  times: Float64Array;
  capacity: number;
}

const CHUNK = 256;

export function newExemplars(stride: number): Exemplars {
  return { stride, traces: [], values: new Float64Array(0), times: new Float64Array(0), capacity: 0 };
}

/** Whether slot `slot` of series `id` takes an exemplar stamped `now` (none stamped `now` yet). */
export function offerExemplar(e: Exemplars, id: number, slot: number, now: number): boolean {
  return id >= e.capacity || e.times[id * e.stride + slot] !== now;
}

export function setExemplar(e: Exemplars, id: number, slot: number, trace: string, value: number, time: number): void {
  if (id >= e.capacity) growExemplars(e, id + 1);
  const i = id * e.stride + slot;
  e.traces[i] = trace;
  e.values[i] = value;
  e.times[i] = time;
}

export function clearExemplars(e: Exemplars, id: number): void {
  if (id >= e.capacity) return;
  const from = id * e.stride;
  e.traces.fill("", from, from + e.stride);
  e.values.fill(0, from, from + e.stride);
  e.times.fill(0, from, from + e.stride);
}

function growExemplars(e: Exemplars, need: number): void {
  const cap = Math.max(need + CHUNK, e.capacity * 2);
  e.traces = e.traces.concat(new Array<string>(cap * e.stride - e.traces.length).fill(""));
  e.values = grown(e.values, new Float64Array(cap * e.stride));
  e.times = grown(e.times, new Float64Array(cap * e.stride));
  e.capacity = cap;
}
