"""Decodes gatewaymetric's protobuf exposition with Python's protobuf package and checks every
histogram against what was observed, computing each bucket independently of the adapter.

Usage: native_check.py GENERATED_DIR EXPOSITION_FILE SPEC_FILE
  GENERATED_DIR: where protoc --python_out put metrics_pb2 (from proto/prometheus/metrics.proto)
  SPEC_FILE: JSON {"families": {name: {"schema": s, "maxBuckets": m, "bounds": [classic bounds],
             "series": {"a=x,b=y": [v, ...]}}}}; every number a string as JS spells it ("NaN",
             "Infinity", "5e-324"), values in observation order.
Prints JSON: {"checked": buckets checked, "families": names seen, "errors": [...]}.

The bucket index is computed here from the definition Prometheus' Go client implements: frexp
splits v into frac in [0.5, 1) and exp; for schema > 0 the index is the first of the schema's
bounds not below frac, plus (exp - 1) * 2^schema; for schema <= 0, exp (exp - 1 when frac is 0.5),
divided by 2^-schema rounding up. The bounds below are the Go client's (nativeHistogramBounds,
schema 3); schemas 1 and 2 use every second and fourth of them. Each index is also checked against
exact arithmetic: v must lie in (2^((i-1)/2^s), 2^(i/2^s)] up to the table's rounding.
"""
import bisect
import json
import math
import sys
from decimal import Decimal, getcontext

sys.path.insert(0, sys.argv[1])
import metrics_pb2  # noqa: E402
from google.protobuf.internal.decoder import _DecodeVarint32  # noqa: E402

getcontext().prec = 80
ZERO_THRESHOLD = 2.0 ** -128
SCHEMA3 = [0.5, 0.5452538663326288, 0.5946035575013605, 0.6484197773255048,
           0.7071067811865475, 0.7711054127039704, 0.8408964152537144, 0.9170040432046711]


def bounds_of(schema):
    return SCHEMA3[:: 8 >> schema]


def index(v, schema):
    if v == math.inf:
        return index(sys.float_info.max, schema) + 1
    frac, exp = math.frexp(v)
    if schema > 0:
        b = bounds_of(schema)
        return bisect.bisect_left(b, frac) + (exp - 1) * len(b)
    key = exp - 1 if frac == 0.5 else exp
    return (key + (1 << -schema) - 1) >> -schema


def exact_ok(v, i, schema):
    """v in (2^((i-1)/2^s), 2^(i/2^s)], allowing the Go client's table a relative 1e-15."""
    if v == math.inf or v >= sys.float_info.max:
        return True
    d = Decimal(v)
    step = Decimal(2) ** -schema
    lo = Decimal(2) ** ((i - 1) * step)
    hi = Decimal(2) ** (i * step)
    slack = Decimal("1e-15")
    return lo * (1 - slack) < d <= hi * (1 + slack)


def expected(values, schema, max_buckets):
    """Replays the observations: buckets per side, zero count, and the schema they end at."""
    pos, neg, zero = {}, {}, 0
    for v in values:
        if math.isnan(v):
            continue
        if abs(v) <= ZERO_THRESHOLD:
            zero += 1
            continue
        i = index(abs(v), schema)
        side = pos if v > 0 else neg
        new = i not in side
        side[i] = side.get(i, 0) + 1
        if new and len(pos) + len(neg) > max_buckets and schema > -4:
            schema -= 1
            for s in (pos, neg):
                merged = {}
                for k, c in s.items():
                    k2 = -((-k) // 2)  # ceil(k / 2)
                    merged[k2] = merged.get(k2, 0) + c
                s.clear()
                s.update(merged)
    return pos, neg, zero, schema


def decode_side(spans, deltas, errors, where):
    out = {}
    i = 0
    count = 0
    d = 0
    for n, span in enumerate(spans):
        if n > 0 and span.offset <= 2:
            errors.append(f"{where}: span {n} has offset {span.offset}, a gap of two or less should continue the span")
        i += span.offset
        for _ in range(span.length):
            count += deltas[d]
            d += 1
            if count < 0:
                errors.append(f"{where}: negative count at bucket {i}")
            if count > 0:
                out[i] = count
            i += 1
    if d != len(deltas):
        errors.append(f"{where}: {len(deltas)} deltas for {d} buckets")
    return out


def labels_key(metric):
    return ",".join(f"{l.name}={l.value}" for l in metric.label)


def main():
    data = open(sys.argv[2], "rb").read()
    spec = json.load(open(sys.argv[3]))["families"]
    errors = []
    checked = 0
    seen = []
    pos = 0
    while pos < len(data):
        size, pos = _DecodeVarint32(data, pos)
        fam = metrics_pb2.MetricFamily()
        fam.ParseFromString(data[pos:pos + size])
        pos += size
        seen.append(fam.name)
        want = spec.get(fam.name)
        if want is None:
            continue
        if fam.type != metrics_pb2.HISTOGRAM:
            errors.append(f"{fam.name}: type {fam.type}")
            continue
        got_series = set()
        for m in fam.metric:
            key = labels_key(m)
            got_series.add(key)
            where = f"{fam.name}{{{key}}}"
            if key not in want["series"]:
                errors.append(f"{where}: not observed")
                continue
            values = [float(x) for x in want["series"][key]]
            h = m.histogram
            if h.sample_count != len(values):
                errors.append(f"{where}: count {h.sample_count}, sent {len(values)}")
            # Summed in observation order, as a float64 accumulator does.
            s = 0.0
            for v in values:
                s += v
            if not (math.isnan(s) and math.isnan(h.sample_sum)) and s != h.sample_sum:
                errors.append(f"{where}: sum {h.sample_sum}, sent {s}")
            # Classic buckets: cumulative, le inclusive, +Inf only when it carries an exemplar.
            for b in h.bucket:
                n = sum(1 for v in values if v <= b.upper_bound) if b.upper_bound != math.inf else len(values)
                checked += 1
                if b.cumulative_count != n:
                    errors.append(f"{where}: le={b.upper_bound} has {b.cumulative_count}, want {n}")
            if [b.upper_bound for b in h.bucket if b.upper_bound != math.inf] != [float(b) for b in want["bounds"]]:
                errors.append(f"{where}: classic bounds {[b.upper_bound for b in h.bucket]}")
            if not h.HasField("created_timestamp") or h.created_timestamp.seconds <= 0:
                errors.append(f"{where}: no created_timestamp")
            p, n_, zero, schema = expected(values, int(want["schema"]), int(want["maxBuckets"]))
            if h.schema != schema:
                errors.append(f"{where}: schema {h.schema}, want {schema}")
            if h.zero_threshold != ZERO_THRESHOLD:
                errors.append(f"{where}: zero_threshold {h.zero_threshold}")
            if h.zero_count != zero:
                errors.append(f"{where}: zero_count {h.zero_count}, want {zero}")
            for name, spans, deltas, exp in (("positive", h.positive_span, h.positive_delta, p), ("negative", h.negative_span, h.negative_delta, n_)):
                got = decode_side(spans, deltas, errors, f"{where} {name}")
                checked += len(exp)
                if got != exp:
                    errors.append(f"{where} {name}: buckets {sorted(got.items())}, want {sorted(exp.items())}")
            if schema == int(want["schema"]):
                for v in values:
                    if math.isnan(v) or abs(v) <= ZERO_THRESHOLD:
                        continue
                    i = index(abs(v), schema)
                    if not exact_ok(abs(v), i, schema):
                        errors.append(f"{where}: {v!r} in bucket {i} disagrees with 2^(i/2^{schema})")
            for e in h.exemplars:
                if not e.HasField("timestamp") or e.timestamp.seconds <= 0:
                    errors.append(f"{where}: native exemplar without a timestamp")
        missing = set(want["series"]) - got_series
        if missing:
            errors.append(f"{fam.name}: series missing: {sorted(missing)}")
    for name in spec:
        if name not in seen:
            errors.append(f"{name}: family missing")
    print(json.dumps({"checked": checked, "families": seen, "errors": errors}))


main()
