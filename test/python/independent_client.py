"""An independent sender: Debian's python3-grpcio with protobuf bytes encoded by hand from the field
numbers of the upstream protos, written out below (no generated code, no protobuf library), so a bug shared by our codecs and
our test encoder cannot hide. Calls OTLP LogsService/Export, Mixer HandleLogEntry and Mixer
HandleMetric on the target and prints one JSON object: per call, the status and the response bytes.

Usage: /usr/bin/python3 independent_client.py HOST:PORT
"""
import json
import struct
import sys

import grpc


def varint(n):
    n &= 0xFFFFFFFFFFFFFFFF  # negative int64 → two's complement, 10 bytes
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def tag(field, wire_type):
    return varint((field << 3) | wire_type)


def msg(field, body):
    return tag(field, 2) + varint(len(body)) + body


def text(field, s):
    return msg(field, s.encode("utf-8"))


def uint(field, n):
    return tag(field, 0) + varint(n)


def fixed64(field, n):
    return tag(field, 1) + struct.pack("<Q", n)


def double(field, x):
    return tag(field, 1) + struct.pack("<d", x)


def packed_doubles(field, xs):
    return msg(field, b"".join(struct.pack("<d", x) for x in xs))


# --- OTLP (opentelemetry/proto/logs/v1) -----------------------------------------------------------

def any_string(s):
    return text(1, s)  # AnyValue.string_value = 1


def any_int(n):
    return uint(3, n)  # AnyValue.int_value = 3


def key_value(key, any_value):
    return text(1, key) + msg(2, any_value)  # KeyValue{key = 1, value = 2}


def log_record(body=None, attributes=(), trace_id=None):
    out = fixed64(1, 1714557600000000000)  # time_unix_nano = 1, fixed64
    if body is not None:
        out += msg(5, body)  # body = 5
    for k, v in attributes:
        out += msg(6, key_value(k, v))  # attributes = 6
    if trace_id is not None:
        out += msg(9, trace_id)  # trace_id = 9
    return out


def export_request(resource_attributes, records):
    resource = b"".join(msg(1, key_value(k, any_string(v))) for k, v in resource_attributes)  # Resource.attributes = 1
    scope_logs = b"".join(msg(2, r) for r in records)  # ScopeLogs.log_records = 2
    resource_logs = msg(1, resource) + msg(2, scope_logs)  # ResourceLogs{resource = 1, scope_logs = 2}
    return msg(1, resource_logs)  # ExportLogsServiceRequest.resource_logs = 1


def istio_line(method, path, protocol, code, flags, received, sent, duration_ms, upstream_ms, authority, cluster):
    return (
        f'[2024-05-01T10:00:00.000Z] "{method} {path} {protocol}" {code} {flags} via_upstream - "-" '
        f'{received} {sent} {duration_ms} {upstream_ms} "198.51.100.9" "python-grpc \\"independent\\"" '
        f'"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0" "{authority}" "10.2.0.4:8080" {cluster} '
        f"10.1.0.5:40100 10.1.0.5:8443 198.51.100.9:61000 {authority} -\n"
    )


# --- Mixer (logentry, metric, policy value types, prometheus params) ------------------------------

INSTANCE_NAME = 72295727


def value_string(s):
    return text(1, s)  # Value.string_value = 1


def value_int(n):
    return uint(2, n)  # Value.int64_value = 2


def value_duration(ms):
    nanos = int(round(ms * 1e6))
    google_duration = uint(1, nanos // 1_000_000_000) + uint(2, nanos % 1_000_000_000)
    return msg(7, msg(1, google_duration))  # Value.duration_value = 7 → Duration{value = 1}


def map_entry(field, key, value):
    return msg(field, text(1, key) + msg(2, value))


def any_msg(type_url, value):
    return text(1, type_url) + msg(2, value)


def logentry_request():
    params = text(1, "out.txt") + text(2, "py-mixer-gw")  # gatewaymetric Params{file_path, gateway}
    instances = b""
    for latency_ms in (12.5, 40.0):
        inst = text(INSTANCE_NAME, "accesslog.instance.istio-system")
        inst += map_entry(1, "host", value_string("mixer.py.example.com"))
        inst += map_entry(1, "url", value_string("/reviews/7"))
        inst += map_entry(1, "method", value_string("GET"))
        inst += map_entry(1, "responseCode", value_int(200))
        inst += map_entry(1, "responseBodySize", value_int(295))
        inst += map_entry(1, "latency", value_duration(latency_ms))
        inst += text(3, "Info")  # severity
        instances += msg(1, inst)
    return instances + msg(2, any_msg("type.googleapis.com/adapter.gatewaymetric.config.Params", params)) + text(3, "7001")


def metric_info(name, instance_name, kind, label_names, buckets=None, description=None):
    out = text(1, name) + text(2, instance_name)
    if description:
        out += text(3, description)
    out += uint(4, kind)  # COUNTER = 2, DISTRIBUTION = 3
    if buckets is not None:
        out += msg(5, buckets)
    for label in label_names:
        out += text(6, label)
    return out


def metric_request():
    explicit = msg(3, packed_doubles(1, [0.01, 0.1, 1]))  # BucketsDefinition.explicit_buckets = 3
    params = msg(1, metric_info("requests_total", "pycount.instance.istio-system", 2, ["response_code", "destination_service"]))
    params += msg(1, metric_info("request_duration_seconds", "pyduration.instance.istio-system", 3, ["response_code"], explicit, "Python-sent durations."))
    params += msg(1, metric_info("orphan_total", "orphan.instance.istio-system", 2, ["response_code"], None))
    instances = b""
    for _ in range(2):
        inst = text(INSTANCE_NAME, "pycount.instance.istio-system") + msg(1, value_int(1))
        inst += map_entry(2, "response_code", value_int(200)) + map_entry(2, "destination_service", value_string("reviews.default.svc.cluster.local"))
        instances += msg(1, inst)
    for ms in (50, 500):
        inst = text(INSTANCE_NAME, "pyduration.instance.istio-system") + msg(1, value_duration(ms))
        inst += map_entry(2, "response_code", value_int(200))
        instances += msg(1, inst)
    # An instance the params do not name: rejected and counted.
    instances += msg(1, text(INSTANCE_NAME, "stray.instance.istio-system") + msg(1, value_int(1)))
    return instances + msg(2, any_msg("type.googleapis.com/adapter.prometheus.config.Params", params)) + text(3, "7002")


def otlp_request():
    cluster = "outbound|9080||reviews.default.svc.cluster.local"
    records = [
        log_record(any_string(istio_line("GET", "/py/items/9", "HTTP/1.1", 200, "-", 10, 300, 20, 15, "py.example.com", cluster))),
        log_record(any_string(istio_line("GET", "/py/items/10", "HTTP/1.1", 200, "-", 0, 700, 90, 80, "py.example.com", cluster)),
                   trace_id=bytes.fromhex("4bf92f3577b34da6a3ce929d0e0e4736")),
        log_record(any_string(istio_line("POST", "/py/items", "HTTP/2", 504, "UT", 2048, 24, 15000, "-", "py.example.com", cluster))),
        log_record(None, [
            ("method", any_string("GET")), ("path", any_string("/py/attr")), ("authority", any_string("py.example.com")),
            ("response_code", any_int(404)), ("duration", any_string("7")), ("bytes_sent", any_int(19)),
        ]),
        log_record(any_string("not an access-log line")),
    ]
    return export_request([("cluster_name", "py-gateway.istio-system"), ("log_name", "otel_envoy_accesslog")], records)


def call(channel, path, body):
    rpc = channel.unary_unary(path)  # no serializers: bytes in, bytes out
    try:
        resp = rpc(body, timeout=10)
        return {"code": "OK", "response_hex": resp.hex()}
    except grpc.RpcError as e:
        return {"code": e.code().name, "details": e.details()}


def main():
    target = sys.argv[1]
    with grpc.insecure_channel(target) as channel:
        result = {
            "otlp": call(channel, "/opentelemetry.proto.collector.logs.v1.LogsService/Export", otlp_request()),
            "logentry": call(channel, "/logentry.HandleLogEntryService/HandleLogEntry", logentry_request()),
            "metric": call(channel, "/metric.HandleMetricService/HandleMetric", metric_request()),
            "malformed": call(channel, "/opentelemetry.proto.collector.logs.v1.LogsService/Export", b"\x0a\xff\xff\x01"),
        }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
