#!/usr/bin/python3
"""Streams Envoy ALS v3 and v2 to gatewaymetric with an independent gRPC stack (python3-grpcio).

Protobuf bytes are built by hand from upstream's field numbers (envoy.data.accesslog.v3, written out below), so neither
gatewaymetric's protos nor a protobuf library are involved. Usage: als_client.py PORT

What it sends (test/envoy-als-python.test.ts checks the scrape against this):
  v3 stream, 3 messages, identifier only in the first (node.cluster py-gateway.istio-system);
    each message: 1 entry GET /py/items/<n> 503 with flag UH, 3 entries GET /py/items/<n> 200;
    every entry: authority py.example, duration 50 ms (#23), last byte sent upstream at 1 ms (#8),
    first byte back at 41 ms (#9), request 100 header + 20 body bytes, response body 300 bytes.
  v2 stream, identifier without cluster, node.id of pod py-v2-gateway-7d9f8c6b5-x2k4p in ns edge:
    message 1: 5 entries POST path /rewritten original_path /orig 201, only
      time_to_last_downstream_tx_byte (30 ms) as v2 has no duration field;
    message 2: 2 TCP entries, upstream_cluster outbound|5432||pg, received 10, sent 20.
  v3 stream: 1 valid entry for py-bad.example, then a malformed message (expects INVALID_ARGUMENT).
Prints one JSON object with the status of each stream.
"""
import json
import sys

import grpc

V3 = "/envoy.service.accesslog.v3.AccessLogService/StreamAccessLogs"
V2 = "/envoy.service.accesslog.v2.AccessLogService/StreamAccessLogs"


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def uint(field, n):
    return varint(field << 3) + varint(n)


def msg(field, body):
    return varint(field << 3 | 2) + varint(len(body)) + body


def text(field, s):
    return msg(field, s.encode())


def duration(field, ms):
    nanos = round(ms * 1_000_000)
    return msg(field, uint(1, nanos // 1_000_000_000) + uint(2, nanos % 1_000_000_000))


def identifier(node_id, cluster, log_name):
    node = text(1, node_id) + (text(2, cluster) if cluster else b"")
    return msg(1, msg(1, node) + text(2, log_name))


def http_entry(authority, path, method, code, *, original_path="", flags=b"", duration_ms=None,
               last_tx_ms=None, upstream=None, req_headers=0, req_body=0, resp_body=0):
    common = b""
    if upstream:
        common += duration(8, upstream[0]) + duration(9, upstream[1])
    if last_tx_ms is not None:
        common += duration(12, last_tx_ms)
    common += text(15, "outbound|9080||py.default.svc.cluster.local")
    if flags:
        common += msg(16, flags)
    common += text(19, "py-route")
    if duration_ms is not None:
        common += duration(23, duration_ms)
    request = uint(1, method) + text(3, authority) + text(5, path)
    if original_path:
        request += text(10, original_path)
    request += uint(11, req_headers) + uint(12, req_body)
    response = msg(1, uint(1, code)) + uint(3, resp_body)
    return msg(1, common) + uint(2, 2) + msg(3, request) + msg(4, response)


def http_message(entries, ident=b""):
    return ident + msg(2, b"".join(msg(1, e) for e in entries))


def tcp_message(entries, ident=b""):
    return ident + msg(3, b"".join(msg(1, e) for e in entries))


def tcp_entry(cluster, received, sent):
    return msg(1, text(15, cluster)) + msg(2, uint(1, received) + uint(2, sent))


GET, POST = 1, 3
UH = uint(2, 1)  # ResponseFlags.no_healthy_upstream


def v3_messages():
    ident = identifier(
        "router~10.0.0.8~py-gateway-7d9f8c6b5-x2k4p.istio-system~istio-system.svc.cluster.local",
        "py-gateway.istio-system", "http_envoy_accesslog")
    out = []
    for m in range(3):
        entries = []
        for i in range(4):
            entries.append(http_entry(
                "py.example", f"/py/items/{m * 4 + i}", GET, 503 if i == 0 else 200,
                flags=UH if i == 0 else b"", duration_ms=50, last_tx_ms=49, upstream=(1, 41),
                req_headers=100, req_body=20, resp_body=300))
        out.append(http_message(entries, ident if m == 0 else b""))
    return out


def v2_messages():
    ident = identifier("router~10.0.0.9~py-v2-gateway-7d9f8c6b5-x2k4p.edge~edge.svc.cluster.local", "",
                       "http_envoy_accesslog")
    http = [http_entry("py.example", "/rewritten", POST, 201, original_path="/orig", last_tx_ms=30)
            for _ in range(5)]
    tcp = [tcp_entry("outbound|5432||pg", 10, 20) for _ in range(2)]
    return [http_message(http, ident), tcp_message(tcp)]


def malformed_messages():
    ident = identifier("edge-1", "py-bad", "http_envoy_accesslog")
    good = http_message([http_entry("py-bad.example", "/", GET, 200, duration_ms=1)], ident)
    return [good, b"\x12\xff\xff\x7f\x01"]


def send(channel, path, messages):
    call = channel.stream_unary(path)
    try:
        response = call(iter(messages), timeout=10)
    except grpc.RpcError as e:
        return e.code().name
    return "OK" if response == b"" else f"unexpected response {response!r}"


def main():
    port = int(sys.argv[1])
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        result = {
            "v3": send(channel, V3, v3_messages()),
            "v2": send(channel, V2, v2_messages()),
            "malformed": send(channel, V3, malformed_messages()),
        }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
