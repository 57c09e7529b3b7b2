// Native (exponential) histogram buckets, kept per series beside a histogram's classic buckets.
//
// Bucket math is Prometheus' Go client's, so a value lands in the same bucket whichever client counted
// it: at schema s the base is 2^(2^-s), and bucket k covers (base^(k-1), base^k]. The index comes from
// frexp, not ceil(log2(v) · 2^s): the logarithm rounds, and values on an edge would land either side.
//
// |v| ≤ ZERO_THRESHOLD goes to the zero bucket; NaN only to the classic part (+Inf), count and sum.
// Past `maxBuckets` populated buckets a series halves its resolution (down to schema -4); nothing is dropped.
//
// Storage is sparse: (key, count) pairs sorted by key, a block per series in one pool per histogram.
// Freed blocks are reused by their size class; once they make up an eighth of the pool, it is compacted.
// Counts are 32-bit: one that passes 2^32 wraps to 0 and notes the wrap in `wraps`, as classic slots do.

import { CHUNK, grown, grownCapacity } from "./vector.ts";

/** Bucket bounds within one power of two, from Prometheus' Go client (nativeHistogramBounds, schema 8);
 * bound j of schema s is entry j · 2^(8-s). Data, not computed: some entries are an ulp off the
 * correctly rounded 2^(j/256) / 2, and a value on an edge must land where the Go client puts it. */
const BOUNDS_8 = [
  0.5, 0.5013556375251013, 0.5027149505564014, 0.5040779490592088, 0.5054446430258502, 0.5068150424757447,
  0.5081891574554764, 0.509566998038869, 0.5109485743270583, 0.5123338964485679, 0.5137229745593818, 0.5151158188430205,
  0.5165124395106142, 0.5179128468009786, 0.5193170509806894, 0.520725062344158, 0.5221368912137069, 0.5235525479396449,
  0.5249720429003435, 0.526395386502313, 0.5278225891802786, 0.5292536613972564, 0.5306886136446309, 0.5321274564422321,
  0.5335702003384117, 0.5350168559101208, 0.5364674337629877, 0.5379219445313954, 0.5393803988785598, 0.5408428074966075,
  0.5423091811066545, 0.5437795304588847, 0.5452538663326288, 0.5467321995364429, 0.5482145409081883, 0.549700901315111,
  0.5511912916539204, 0.5526857228508706, 0.5541842058618393, 0.5556867516724088, 0.5571933712979462, 0.5587040757836845,
  0.5602188762048033, 0.5617377836665098, 0.5632608093041209, 0.564787964283144, 0.5663192597993595, 0.5678547070789026,
  0.5693943173783458, 0.5709381019847808, 0.572486072215902, 0.5740382394200894, 0.5755946149764913, 0.5771552102951081,
  0.5787200368168754, 0.5802891060137493, 0.5818624293887887, 0.5834400184762408, 0.585021884841625, 0.5866080400818185,
  0.5881984958251406, 0.5897932637314379, 0.5913923554921704, 0.5929957828304968, 0.5946035575013605, 0.5962156912915756,
  0.5978321960199137, 0.5994530835371903, 0.6010783657263515, 0.6027080545025619, 0.6043421618132907, 0.6059806996384005,
  0.6076236799902344, 0.6092711149137041, 0.6109230164863786, 0.6125793968185725, 0.6142402680534349, 0.6159056423670379,
  0.6175755319684665, 0.6192499490999082, 0.620928906036742, 0.622612415087629, 0.6243004885946023, 0.6259931389331581,
  0.6276903785123455, 0.6293922197748583, 0.6310986751971253, 0.6328097572894031, 0.6345254785958666, 0.6362458516947014,
  0.637970889198196, 0.6397006037528346, 0.6414350080393891, 0.6431741147730128, 0.6449179367033329, 0.6466664866145447,
  0.6484197773255048, 0.6501778216898253, 0.6519406325959679, 0.6537082229673385, 0.6554806057623822, 0.6572577939746774,
  0.659039800633032, 0.6608266388015788, 0.6626183215798706, 0.6644148621029772, 0.6662162735415805, 0.6680225691020727,
  0.6698337620266515, 0.6716498655934177, 0.6734708931164728, 0.6752968579460171, 0.6771277734684463, 0.6789636531064505,
  0.6808045103191123, 0.6826503586020058, 0.6845012114872953, 0.6863570825438342, 0.688217985377265, 0.690083933630119,
  0.6919549409819159, 0.6938310211492645, 0.6957121878859629, 0.6975984549830999, 0.6994898362691555, 0.7013863456101023,
  0.7032879969095076, 0.7051948041086352, 0.7071067811865475, 0.7090239421602076, 0.7109463010845827, 0.7128738720527471,
  0.7148066691959849, 0.7167447066838943, 0.718687998724491, 0.7206365595643126, 0.7225904034885232, 0.7245495448210174,
  0.7265139979245261, 0.7284837772007218, 0.7304588970903234, 0.7324393720732029, 0.7344252166684908, 0.7364164454346837,
  0.7384130729697496, 0.7404151139112358, 0.7424225829363761, 0.7444354947621984, 0.7464538641456323, 0.7484777058836176,
  0.7505070348132126, 0.7525418658117031, 0.7545822137967112, 0.7566280937263048, 0.7586795205991071, 0.7607365094544071,
  0.762799075372269, 0.7648672334736434, 0.7669409989204777, 0.7690203869158282, 0.7711054127039704, 0.7731960915705107,
  0.7752924388424999, 0.7773944698885442, 0.7795022001189185, 0.7816156449856788, 0.7837348199827764, 0.7858597406461707,
  0.7879904225539431, 0.7901268813264122, 0.7922691326262467, 0.7944171921585818, 0.7965710756711334, 0.7987307989543135,
  0.8008963778413465, 0.8030678282083853, 0.805245165974627, 0.8074284071024302, 0.8096175675974316, 0.8118126635086642,
  0.8140137109286738, 0.8162207259936375, 0.8184337248834821, 0.820652723822003, 0.8228777390769823, 0.8251087869603088,
  0.8273458838280969, 0.8295890460808079, 0.8318382901633681, 0.8340936325652911, 0.8363550898207981, 0.8386226785089391,
  0.8408964152537144, 0.8431763167241966, 0.8454623996346523, 0.8477546807446661, 0.8500531768592616, 0.8523579048290255,
  0.8546688815502312, 0.8569861239649629, 0.8593096490612387, 0.8616394738731368, 0.8639756154809185, 0.8663180910111553,
  0.8686669176368529, 0.871022112577578, 0.8733836930995842, 0.8757516765159389, 0.8781260801866495, 0.8805069215187917,
  0.8828942179666361, 0.8852879870317771, 0.8876882462632604, 0.890095013257712, 0.8925083056594671, 0.8949281411607002,
  0.8973545375015533, 0.8997875124702672, 0.9022270839033115, 0.9046732696855155, 0.9071260877501991, 0.909585556079304,
  0.9120516927035263, 0.9145245157024483, 0.9170040432046711, 0.9194902933879467, 0.9219832844793128, 0.9244830347552253,
  0.9269895625416926, 0.92950288621441, 0.9320230241988943, 0.9345499949706191, 0.9370838170551498, 0.93962450902828,
  0.9421720895161669, 0.9447265771954693, 0.9472879907934827, 0.9498563490882775, 0.9524316709088368, 0.9550139751351947,
  0.9576032806985735, 0.9601996065815236, 0.9628029718180622, 0.9654133954938133, 0.9680308967461471, 0.9706554947643201,
  0.9732872087896164, 0.9759260581154889, 0.9785720620876999, 0.9812252401044634, 0.9838856116165875, 0.9865531961276168,
  0.9892280131939752, 0.9919100824251095, 0.9945994234836328, 0.9972960560854698,
];

/** The bounds table of each schema 1..8 (index 0 unused). */
export const BOUNDS: Float64Array[] = Array.from({ length: 9 }, (_, s) =>
  Float64Array.from({ length: s === 0 ? 0 : 1 << s }, (_, j) => BOUNDS_8[j << (8 - s)]),
);

export const MIN_SCHEMA = -4;
export const MAX_SCHEMA = 8;
/** 2^-128: a bucket boundary at every schema (the Go client's default zero threshold). */
export const ZERO_THRESHOLD = 2 ** -128;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Indices of f64[0]'s high and low words in u32: Bun runs on little-endian machines only. */
const HI = 1;
const LO = 0;

/**
 * The top CELL_BITS mantissa bits split [0.5, 1) into cells narrower than any schema-8 bucket. Per
 * schema and cell, CELLS gives the first bound not below the cell's start, plus IN_CELL when that bound
 * lies inside the cell (only then is frac compared with it): the index is a table read, not a search.
 */
const CELL_BITS = 10;
const IN_CELL = 0x8000;
const CELLS: Uint16Array[] = BOUNDS.map((b) =>
  Uint16Array.from({ length: b.length === 0 ? 0 : 1 << CELL_BITS }, (_, c) => {
    const start = 0.5 + c / (2 << CELL_BITS);
    const end = 0.5 + (c + 1) / (2 << CELL_BITS);
    let j = 0;
    while (j < b.length && b[j] < start) j++;
    return j < b.length && b[j] < end ? j | IN_CELL : j;
  }),
);

/**
 * The bucket index of `a` (> 0, +Infinity allowed) at `schema`, as the Go client computes it from
 * frexp (a = frac · 2^exp, frac in [0.5, 1)): for s > 0 the first bound of the schema's table not
 * below frac, plus (exp - 1) · 2^s; for s ≤ 0, exp (exp - 1 when frac is exactly 0.5, a power of
 * two) rounded up to a multiple of 2^-s and divided by it.
 */
export function bucketIndex(a: number, schema: number): number {
  // +Inf counts as the largest float, one bucket further up (the Go client's rule).
  const inf = a === Infinity;
  f64[0] = inf ? Number.MAX_VALUE : a;
  let hi = u32[HI];
  let e = (hi >>> 20) & 0x7ff;
  if (e === 0) {
    // Subnormal: scale into the normal range first, then take the scale back out of exp.
    f64[0] *= 2 ** 64;
    hi = u32[HI];
    e = ((hi >>> 20) & 0x7ff) - 64;
  }
  const exp = e - 1022;
  let key: number;
  if (schema > 0) {
    const cell = CELLS[schema][(hi >>> (20 - CELL_BITS)) & ((1 << CELL_BITS) - 1)];
    let j = cell & ~IN_CELL;
    if (cell !== j) {
      u32[HI] = (hi & 0x800fffff) | 0x3fe00000;
      if (f64[0] > BOUNDS[schema][j]) j++;
    }
    key = j + (exp - 1) * (1 << schema);
  } else {
    const shift = -schema;
    const pow2 = (hi & 0xfffff) === 0 && u32[LO] === 0;
    key = ((pow2 ? exp - 1 : exp) + (1 << shift) - 1) >> shift;
  }
  return inf ? key + 1 : key;
}

/** Negative-side buckets are stored as key + NEG: below every positive key, in the same order. */
const NEG = -(2 ** 30);
/** Stored keys below this are negative-side ones. */
const NEG_LIMIT = NEG / 2;
const WRAP = 2 ** 32;

/** Block capacity of each size class: 4, 6, 8, 12, 16, 24, … (about half again each step). */
const BLOCK_SIZES: number[] = [];
for (let a = 4, b = 6; BLOCK_SIZES.length < 40; [a, b] = [2 * a, 2 * b]) BLOCK_SIZES.push(a, b);
const NO_BLOCK = 255;
/** Pools smaller than this are never compacted (nothing to gain). */
const COMPACT_MIN = 1 << 16;

export interface NativeSettings {
  /** Starting resolution, MIN_SCHEMA..MAX_SCHEMA. */
  readonly schema: number;
  /** Most populated buckets per series before the resolution halves. */
  readonly maxBuckets: number;
}

export interface NativeHistogram {
  readonly settings: NativeSettings;
  /** Per series: its current schema (starts at settings.schema, only ever goes down). */
  schema: Int8Array;
  /** Per series: observations with |v| ≤ ZERO_THRESHOLD. */
  zero: Float64Array;
  /** Per series: block start in the pool, buckets held, size class (BLOCK_SIZES index, or NO_BLOCK). */
  at: Uint32Array;
  n: Uint32Array;
  cls: Uint8Array;
  capacity: number;
  /** The pool: stored keys (see NEG) sorted within each block, and counts modulo 2^32. */
  keys: Int32Array;
  counts: Uint32Array;
  /** Pool slots handed out so far, and how many of them are in free blocks. */
  used: number;
  wasted: number;
  /** Per size class: offsets of free blocks. */
  free: number[][];
  /** Series id → stored key → times that bucket's count wrapped past 2^32 (kept by key, so blocks move freely). */
  readonly wraps: Map<number, Map<number, number>>;
}

export function newNativeHistogram(settings: NativeSettings): NativeHistogram {
  if (!(Number.isInteger(settings.schema) && settings.schema >= MIN_SCHEMA && settings.schema <= MAX_SCHEMA)) {
    throw new Error(`native histogram schema must be an integer from ${MIN_SCHEMA} to ${MAX_SCHEMA}: ${settings.schema}`);
  }
  if (!(Number.isInteger(settings.maxBuckets) && settings.maxBuckets >= 1)) throw new Error(`native histogram maxBuckets must be a positive integer: ${settings.maxBuckets}`);
  return {
    settings,
    schema: new Int8Array(CHUNK).fill(settings.schema),
    zero: new Float64Array(CHUNK),
    at: new Uint32Array(CHUNK),
    n: new Uint32Array(CHUNK),
    cls: new Uint8Array(CHUNK).fill(NO_BLOCK),
    capacity: CHUNK,
    keys: new Int32Array(4 * CHUNK),
    counts: new Uint32Array(4 * CHUNK),
    used: 0,
    wasted: 0,
    free: [],
    wraps: new Map(),
  };
}

export function observeNative(h: NativeHistogram, id: number, v: number): void {
  if (id >= h.capacity) growSeries(h, id + 1);
  if (v !== v) return;
  const a = Math.abs(v);
  if (a <= ZERO_THRESHOLD) {
    h.zero[id]++;
    return;
  }
  const key = bucketIndex(a, h.schema[id]);
  addToBucket(h, id, v > 0 ? key : key + NEG);
}

function addToBucket(h: NativeHistogram, id: number, k: number): void {
  const at = h.at[id];
  const end = at + h.n[id];
  const keys = h.keys;
  // Populated buckets are mostly a run of consecutive keys, so k's slot is usually its distance
  // from the block's first key: try that before searching.
  let p = at + k - keys[at];
  if (!(p >= at && p < end && keys[p] === k)) {
    p = at;
    for (let up = end; p < up;) {
      const mid = (p + up) >>> 1;
      if (keys[mid] < k) p = mid + 1;
      else up = mid;
    }
    if (p === end || keys[p] !== k) {
      insertBucket(h, id, p - at, k);
      if (h.n[id] > h.settings.maxBuckets && h.schema[id] > MIN_SCHEMA) halveResolution(h, id);
      return;
    }
  }
  const c = h.counts[p] + 1;
  if (c !== WRAP) h.counts[p] = c;
  else setCount(h, id, p, WRAP * (1 + (h.wraps.get(id)?.get(k) ?? 0)));
}

function insertBucket(h: NativeHistogram, id: number, i: number, k: number): void {
  const n = h.n[id];
  const cls = h.cls[id];
  if (cls === NO_BLOCK || n === BLOCK_SIZES[cls]) moveBlock(h, id, cls === NO_BLOCK ? 0 : cls + 1);
  const p = h.at[id] + i;
  h.keys.copyWithin(p + 1, p, h.at[id] + n);
  h.counts.copyWithin(p + 1, p, h.at[id] + n);
  h.keys[p] = k;
  h.counts[p] = 1;
  h.n[id] = n + 1;
}

function moveBlock(h: NativeHistogram, id: number, cls: number): void {
  const size = BLOCK_SIZES[cls];
  const list = h.free[cls];
  let to: number;
  if (list !== undefined && list.length > 0) {
    to = list.pop()!;
    h.wasted -= size;
  } else {
    to = h.used;
    if (to + size > h.keys.length) {
      const cap = Math.max(to + size, h.keys.length + (h.keys.length >> 2));
      h.keys = grown(h.keys, new Int32Array(cap));
      h.counts = grown(h.counts, new Uint32Array(cap));
    }
    h.used += size;
  }
  const from = h.at[id];
  h.keys.copyWithin(to, from, from + h.n[id]);
  h.counts.copyWithin(to, from, from + h.n[id]);
  freeBlock(h, id);
  h.at[id] = to;
  h.cls[id] = cls;
  if (h.used >= COMPACT_MIN && 8 * h.wasted > h.used) compactPool(h);
}

function freeBlock(h: NativeHistogram, id: number): void {
  const cls = h.cls[id];
  if (cls === NO_BLOCK) return;
  (h.free[cls] ??= []).push(h.at[id]);
  h.wasted += BLOCK_SIZES[cls];
  h.cls[id] = NO_BLOCK;
}

/** Packs every block into fresh arrays. A scrape's copy is unaffected: it reads a block through `at` as it copies. */
function compactPool(h: NativeHistogram): void {
  const need = h.used - h.wasted;
  const keys = new Int32Array(need + (need >> 3));
  const counts = new Uint32Array(keys.length);
  let to = 0;
  for (let id = 0; id < h.capacity; id++) {
    const cls = h.cls[id];
    if (cls === NO_BLOCK) continue;
    const from = h.at[id];
    keys.set(h.keys.subarray(from, from + h.n[id]), to);
    counts.set(h.counts.subarray(from, from + h.n[id]), to);
    h.at[id] = to;
    to += BLOCK_SIZES[cls];
  }
  h.keys = keys;
  h.counts = counts;
  h.used = to;
  h.wasted = 0;
  h.free = [];
}

/** Schema - 1: bucket k becomes ⌈k/2⌉ (the Go client's doubleBucketWidth); order is kept, so one pass merges. */
function halveResolution(h: NativeHistogram, id: number): void {
  h.schema[id]--;
  const wraps = h.wraps.get(id);
  h.wraps.delete(id);
  const at = h.at[id];
  const keys = h.keys, counts = h.counts;
  let out = at - 1;
  let outTotal = 0;
  for (let p = at; p < at + h.n[id]; p++) {
    const k = keys[p];
    const neg = k < NEG_LIMIT;
    const half = Math.ceil((neg ? k - NEG : k) / 2);
    const nk = neg ? half + NEG : half;
    const total = counts[p] + (wraps?.get(k) ?? 0) * WRAP;
    if (out >= at && keys[out] === nk) {
      outTotal += total;
    } else {
      if (out >= at) setCount(h, id, out, outTotal);
      keys[++out] = nk;
      outTotal = total;
    }
  }
  setCount(h, id, out, outTotal);
  h.n[id] = out - at + 1;
}

/** Sets the count of pool slot p (series id's): modulo 2^32, the rest noted in `wraps`. */
function setCount(h: NativeHistogram, id: number, p: number, total: number): void {
  const w = Math.floor(total / WRAP);
  h.counts[p] = total - w * WRAP;
  if (w > 0) {
    let m = h.wraps.get(id);
    if (m === undefined) h.wraps.set(id, (m = new Map()));
    m.set(h.keys[p], w);
  }
}

export function clearNative(h: NativeHistogram, id: number): void {
  if (id >= h.capacity) return;
  h.wraps.delete(id);
  freeBlock(h, id);
  h.n[id] = 0;
  h.at[id] = 0;
  h.zero[id] = 0;
  h.schema[id] = h.settings.schema;
}

function growSeries(h: NativeHistogram, need: number): void {
  const cap = grownCapacity(h.capacity, need);
  h.schema = grown(h.schema, new Int8Array(cap).fill(h.settings.schema));
  h.cls = grown(h.cls, new Uint8Array(cap).fill(NO_BLOCK));
  h.zero = grown(h.zero, new Float64Array(cap));
  h.at = grown(h.at, new Uint32Array(cap));
  h.n = grown(h.n, new Uint32Array(cap));
  h.capacity = cap;
}

/**
 * Native buckets as a scrape saw them: per series schema, zero count and a run of (key, count) pairs,
 * counts with wraps added back. Filled in any order (the write barrier), so each series has its own offset.
 */
export interface NativeCopy {
  readonly schema: Int8Array;
  readonly zero: Float64Array;
  readonly at: Uint32Array;
  readonly n: Uint32Array;
  keys: Int32Array;
  counts: Float64Array;
  used: number;
}

export function newNativeCopy(h: NativeHistogram, m: number): NativeCopy {
  const room = Math.max(16, h.used);
  return {
    schema: new Int8Array(m), zero: new Float64Array(m), at: new Uint32Array(m), n: new Uint32Array(m),
    keys: new Int32Array(room), counts: new Float64Array(room), used: 0,
  };
}

export function copyNativeSeries(h: NativeHistogram, c: NativeCopy, id: number): void {
  if (id >= c.n.length) return;
  if (id >= h.capacity) {
    c.schema[id] = h.settings.schema;
    return;
  }
  const n = h.n[id];
  const from = h.at[id];
  const to = c.used;
  if (to + n > c.keys.length) {
    const cap = Math.max(to + n, 2 * c.keys.length);
    c.keys = grown(c.keys, new Int32Array(cap));
    c.counts = grown(c.counts, new Float64Array(cap));
  }
  c.keys.set(h.keys.subarray(from, from + n), to);
  c.counts.set(h.counts.subarray(from, from + n), to);
  const wraps = h.wraps.get(id);
  if (wraps !== undefined) for (let i = to; i < to + n; i++) c.counts[i] += (wraps.get(c.keys[i]) ?? 0) * WRAP;
  c.schema[id] = h.schema[id];
  c.zero[id] = h.zero[id];
  c.at[id] = to;
  c.n[id] = n;
  c.used = to + n;
}

/** Whether a stored key of a copy is a negative-side bucket, and the bucket index it stands for. */
export function isNegativeKey(k: number): boolean {
  return k < NEG_LIMIT;
}

export function bucketOf(k: number): number {
  return k < NEG_LIMIT ? k - NEG : k;
}
