import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace envoy {

    namespace config {

        namespace core {

            namespace v3 {

                interface INode extends envoy.config.core.v3.Node.$Properties {
                }

                class Node {
                    constructor(properties?: envoy.config.core.v3.Node.$Properties);
                    $unknowns?: Uint8Array[];
                    id: string;
                    cluster: string;
                    static create(properties: envoy.config.core.v3.Node.$Shape): envoy.config.core.v3.Node & envoy.config.core.v3.Node.$Shape;
                    static create(properties?: envoy.config.core.v3.Node.$Properties): envoy.config.core.v3.Node;
                    static encode(message: envoy.config.core.v3.Node.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: envoy.config.core.v3.Node.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.config.core.v3.Node & envoy.config.core.v3.Node.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.config.core.v3.Node & envoy.config.core.v3.Node.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): envoy.config.core.v3.Node;
                    static toObject(message: envoy.config.core.v3.Node, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Node {
                    interface $Properties {
                        id?: (string|null);
                        cluster?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = envoy.config.core.v3.Node.$Properties;
                }

                enum RequestMethod {
                    METHOD_UNSPECIFIED = 0,
                    GET = 1,
                    HEAD = 2,
                    POST = 3,
                    PUT = 4,
                    DELETE = 5,
                    CONNECT = 6,
                    OPTIONS = 7,
                    TRACE = 8,
                    PATCH = 9
                }
            }
        }
    }

    namespace data {

        namespace accesslog {

            namespace v3 {

                interface ITCPAccessLogEntry extends envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties {
                }

                class TCPAccessLogEntry {
                    constructor(properties?: envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties);
                    $unknowns?: Uint8Array[];
                    common_properties?: (envoy.data.accesslog.v3.AccessLogCommon.$Properties|null);
                    connection_properties?: (envoy.data.accesslog.v3.ConnectionProperties.$Properties|null);
                    static create(properties: envoy.data.accesslog.v3.TCPAccessLogEntry.$Shape): envoy.data.accesslog.v3.TCPAccessLogEntry & envoy.data.accesslog.v3.TCPAccessLogEntry.$Shape;
                    static create(properties?: envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties): envoy.data.accesslog.v3.TCPAccessLogEntry;
                    static encode(message: envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.data.accesslog.v3.TCPAccessLogEntry & envoy.data.accesslog.v3.TCPAccessLogEntry.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.data.accesslog.v3.TCPAccessLogEntry & envoy.data.accesslog.v3.TCPAccessLogEntry.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): envoy.data.accesslog.v3.TCPAccessLogEntry;
                    static toObject(message: envoy.data.accesslog.v3.TCPAccessLogEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace TCPAccessLogEntry {
                    interface $Properties {
                        common_properties?: (envoy.data.accesslog.v3.AccessLogCommon.$Properties|null);
                        connection_properties?: (envoy.data.accesslog.v3.ConnectionProperties.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties;
                }

                interface IHTTPAccessLogEntry extends envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties {
                }

                class HTTPAccessLogEntry {
                    constructor(properties?: envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties);
                    $unknowns?: Uint8Array[];
                    common_properties?: (envoy.data.accesslog.v3.AccessLogCommon.$Properties|null);
                    request?: (envoy.data.accesslog.v3.HTTPRequestProperties.$Properties|null);
                    response?: (envoy.data.accesslog.v3.HTTPResponseProperties.$Properties|null);
                    static create(properties: envoy.data.accesslog.v3.HTTPAccessLogEntry.$Shape): envoy.data.accesslog.v3.HTTPAccessLogEntry & envoy.data.accesslog.v3.HTTPAccessLogEntry.$Shape;
                    static create(properties?: envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties): envoy.data.accesslog.v3.HTTPAccessLogEntry;
                    static encode(message: envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.data.accesslog.v3.HTTPAccessLogEntry & envoy.data.accesslog.v3.HTTPAccessLogEntry.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.data.accesslog.v3.HTTPAccessLogEntry & envoy.data.accesslog.v3.HTTPAccessLogEntry.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): envoy.data.accesslog.v3.HTTPAccessLogEntry;
                    static toObject(message: envoy.data.accesslog.v3.HTTPAccessLogEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace HTTPAccessLogEntry {
                    interface $Properties {
                        common_properties?: (envoy.data.accesslog.v3.AccessLogCommon.$Properties|null);
                        request?: (envoy.data.accesslog.v3.HTTPRequestProperties.$Properties|null);
                        response?: (envoy.data.accesslog.v3.HTTPResponseProperties.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties;
                }

                interface IConnectionProperties extends envoy.data.accesslog.v3.ConnectionProperties.$Properties {
                }

                class ConnectionProperties {
                    constructor(properties?: envoy.data.accesslog.v3.ConnectionProperties.$Properties);
                    $unknowns?: Uint8Array[];
                    received_bytes: (number|Long);
                    sent_bytes: (number|Long);
                    static create(properties: envoy.data.accesslog.v3.ConnectionProperties.$Shape): envoy.data.accesslog.v3.ConnectionProperties & envoy.data.accesslog.v3.ConnectionProperties.$Shape;
                    static create(properties?: envoy.data.accesslog.v3.ConnectionProperties.$Properties): envoy.data.accesslog.v3.ConnectionProperties;
                    static encode(message: envoy.data.accesslog.v3.ConnectionProperties.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: envoy.data.accesslog.v3.ConnectionProperties.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.data.accesslog.v3.ConnectionProperties & envoy.data.accesslog.v3.ConnectionProperties.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.data.accesslog.v3.ConnectionProperties & envoy.data.accesslog.v3.ConnectionProperties.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): envoy.data.accesslog.v3.ConnectionProperties;
                    static toObject(message: envoy.data.accesslog.v3.ConnectionProperties, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ConnectionProperties {
                    interface $Properties {
                        received_bytes?: (number|Long|null);
                        sent_bytes?: (number|Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = envoy.data.accesslog.v3.ConnectionProperties.$Properties;
                }

                enum AccessLogType {
                    NotSet = 0,
                    TcpUpstreamConnected = 1,
                    TcpPeriodic = 2,
                    TcpConnectionEnd = 3,
                    DownstreamStart = 4,
                    DownstreamPeriodic = 5,
                    DownstreamEnd = 6,
                    UpstreamPoolReady = 7,
                    UpstreamPeriodic = 8,
                    UpstreamEnd = 9,
                    DownstreamTunnelSuccessfullyEstablished = 10,
                    UdpTunnelUpstreamConnected = 11,
                    UdpPeriodic = 12,
                    UdpSessionEnd = 13,
                    TcpConnectionStart = 14
                }

                interface IAccessLogCommon extends envoy.data.accesslog.v3.AccessLogCommon.$Properties {
                }

                class AccessLogCommon {
                    constructor(properties?: envoy.data.accesslog.v3.AccessLogCommon.$Properties);
                    $unknowns?: Uint8Array[];
                    time_to_last_upstream_tx_byte?: (google.protobuf.Duration.$Properties|null);
                    time_to_first_upstream_rx_byte?: (google.protobuf.Duration.$Properties|null);
                    time_to_last_downstream_tx_byte?: (google.protobuf.Duration.$Properties|null);
                    upstream_cluster: string;
                    response_flags?: (envoy.data.accesslog.v3.ResponseFlags.$Properties|null);
                    route_name: string;
                    duration?: (google.protobuf.Duration.$Properties|null);
                    intermediate_log_entry: boolean;
                    access_log_type: envoy.data.accesslog.v3.AccessLogType;
                    static create(properties: envoy.data.accesslog.v3.AccessLogCommon.$Shape): envoy.data.accesslog.v3.AccessLogCommon & envoy.data.accesslog.v3.AccessLogCommon.$Shape;
                    static create(properties?: envoy.data.accesslog.v3.AccessLogCommon.$Properties): envoy.data.accesslog.v3.AccessLogCommon;
                    static encode(message: envoy.data.accesslog.v3.AccessLogCommon.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: envoy.data.accesslog.v3.AccessLogCommon.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.data.accesslog.v3.AccessLogCommon & envoy.data.accesslog.v3.AccessLogCommon.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.data.accesslog.v3.AccessLogCommon & envoy.data.accesslog.v3.AccessLogCommon.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): envoy.data.accesslog.v3.AccessLogCommon;
                    static toObject(message: envoy.data.accesslog.v3.AccessLogCommon, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace AccessLogCommon {
                    interface $Properties {
                        time_to_last_upstream_tx_byte?: (google.protobuf.Duration.$Properties|null);
                        time_to_first_upstream_rx_byte?: (google.protobuf.Duration.$Properties|null);
                        time_to_last_downstream_tx_byte?: (google.protobuf.Duration.$Properties|null);
                        upstream_cluster?: (string|null);
                        response_flags?: (envoy.data.accesslog.v3.ResponseFlags.$Properties|null);
                        route_name?: (string|null);
                        duration?: (google.protobuf.Duration.$Properties|null);
                        intermediate_log_entry?: (boolean|null);
                        access_log_type?: (envoy.data.accesslog.v3.AccessLogType|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = envoy.data.accesslog.v3.AccessLogCommon.$Properties;
                }

                interface IResponseFlags extends envoy.data.accesslog.v3.ResponseFlags.$Properties {
                }

                class ResponseFlags {
                    constructor(properties?: envoy.data.accesslog.v3.ResponseFlags.$Properties);
                    $unknowns?: Uint8Array[];
                    failed_local_healthcheck: boolean;
                    no_healthy_upstream: boolean;
                    upstream_request_timeout: boolean;
                    local_reset: boolean;
                    upstream_remote_reset: boolean;
                    upstream_connection_failure: boolean;
                    upstream_connection_termination: boolean;
                    upstream_overflow: boolean;
                    no_route_found: boolean;
                    delay_injected: boolean;
                    fault_injected: boolean;
                    rate_limited: boolean;
                    unauthorized_details?: (envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties|null);
                    rate_limit_service_error: boolean;
                    downstream_connection_termination: boolean;
                    upstream_retry_limit_exceeded: boolean;
                    stream_idle_timeout: boolean;
                    invalid_envoy_request_headers: boolean;
                    downstream_protocol_error: boolean;
                    upstream_max_stream_duration_reached: boolean;
                    response_from_cache_filter: boolean;
                    no_filter_config_found: boolean;
                    duration_timeout: boolean;
                    upstream_protocol_error: boolean;
                    no_cluster_found: boolean;
                    overload_manager: boolean;
                    dns_resolution_failure: boolean;
                    downstream_remote_reset: boolean;
                    static create(properties: envoy.data.accesslog.v3.ResponseFlags.$Shape): envoy.data.accesslog.v3.ResponseFlags & envoy.data.accesslog.v3.ResponseFlags.$Shape;
                    static create(properties?: envoy.data.accesslog.v3.ResponseFlags.$Properties): envoy.data.accesslog.v3.ResponseFlags;
                    static encode(message: envoy.data.accesslog.v3.ResponseFlags.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: envoy.data.accesslog.v3.ResponseFlags.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.data.accesslog.v3.ResponseFlags & envoy.data.accesslog.v3.ResponseFlags.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.data.accesslog.v3.ResponseFlags & envoy.data.accesslog.v3.ResponseFlags.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): envoy.data.accesslog.v3.ResponseFlags;
                    static toObject(message: envoy.data.accesslog.v3.ResponseFlags, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ResponseFlags {
                    interface $Properties {
                        failed_local_healthcheck?: (boolean|null);
                        no_healthy_upstream?: (boolean|null);
                        upstream_request_timeout?: (boolean|null);
                        local_reset?: (boolean|null);
                        upstream_remote_reset?: (boolean|null);
                        upstream_connection_failure?: (boolean|null);
                        upstream_connection_termination?: (boolean|null);
                        upstream_overflow?: (boolean|null);
                        no_route_found?: (boolean|null);
                        delay_injected?: (boolean|null);
                        fault_injected?: (boolean|null);
                        rate_limited?: (boolean|null);
                        unauthorized_details?: (envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties|null);
                        rate_limit_service_error?: (boolean|null);
                        downstream_connection_termination?: (boolean|null);
                        upstream_retry_limit_exceeded?: (boolean|null);
                        stream_idle_timeout?: (boolean|null);
                        invalid_envoy_request_headers?: (boolean|null);
                        downstream_protocol_error?: (boolean|null);
                        upstream_max_stream_duration_reached?: (boolean|null);
                        response_from_cache_filter?: (boolean|null);
                        no_filter_config_found?: (boolean|null);
                        duration_timeout?: (boolean|null);
                        upstream_protocol_error?: (boolean|null);
                        no_cluster_found?: (boolean|null);
                        overload_manager?: (boolean|null);
                        dns_resolution_failure?: (boolean|null);
                        downstream_remote_reset?: (boolean|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = envoy.data.accesslog.v3.ResponseFlags.$Properties;

                    interface IUnauthorized extends envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties {
                    }

                    class Unauthorized {
                        constructor(properties?: envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties);
                        $unknowns?: Uint8Array[];
                        static create(properties: envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Shape): envoy.data.accesslog.v3.ResponseFlags.Unauthorized & envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Shape;
                        static create(properties?: envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties): envoy.data.accesslog.v3.ResponseFlags.Unauthorized;
                        static encode(message: envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.data.accesslog.v3.ResponseFlags.Unauthorized & envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.data.accesslog.v3.ResponseFlags.Unauthorized & envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Shape;
                        static verify(message: { [k: string]: any }): (string|null);
                        static fromObject(object: { [k: string]: any }): envoy.data.accesslog.v3.ResponseFlags.Unauthorized;
                        static toObject(message: envoy.data.accesslog.v3.ResponseFlags.Unauthorized, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace Unauthorized {
                        interface $Properties {
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties;
                    }
                }

                interface IHTTPRequestProperties extends envoy.data.accesslog.v3.HTTPRequestProperties.$Properties {
                }

                class HTTPRequestProperties {
                    constructor(properties?: envoy.data.accesslog.v3.HTTPRequestProperties.$Properties);
                    $unknowns?: Uint8Array[];
                    request_method: envoy.config.core.v3.RequestMethod;
                    authority: string;
                    path: string;
                    original_path: string;
                    request_body_bytes: (number|Long);
                    request_headers: { [k: string]: string };
                    static create(properties: envoy.data.accesslog.v3.HTTPRequestProperties.$Shape): envoy.data.accesslog.v3.HTTPRequestProperties & envoy.data.accesslog.v3.HTTPRequestProperties.$Shape;
                    static create(properties?: envoy.data.accesslog.v3.HTTPRequestProperties.$Properties): envoy.data.accesslog.v3.HTTPRequestProperties;
                    static encode(message: envoy.data.accesslog.v3.HTTPRequestProperties.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: envoy.data.accesslog.v3.HTTPRequestProperties.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.data.accesslog.v3.HTTPRequestProperties & envoy.data.accesslog.v3.HTTPRequestProperties.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.data.accesslog.v3.HTTPRequestProperties & envoy.data.accesslog.v3.HTTPRequestProperties.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): envoy.data.accesslog.v3.HTTPRequestProperties;
                    static toObject(message: envoy.data.accesslog.v3.HTTPRequestProperties, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace HTTPRequestProperties {
                    interface $Properties {
                        request_method?: (envoy.config.core.v3.RequestMethod|null);
                        authority?: (string|null);
                        path?: (string|null);
                        original_path?: (string|null);
                        request_body_bytes?: (number|Long|null);
                        request_headers?: ({ [k: string]: string }|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = envoy.data.accesslog.v3.HTTPRequestProperties.$Properties;
                }

                interface IHTTPResponseProperties extends envoy.data.accesslog.v3.HTTPResponseProperties.$Properties {
                }

                class HTTPResponseProperties {
                    constructor(properties?: envoy.data.accesslog.v3.HTTPResponseProperties.$Properties);
                    $unknowns?: Uint8Array[];
                    response_code?: (google.protobuf.UInt32Value.$Properties|null);
                    response_body_bytes: (number|Long);
                    static create(properties: envoy.data.accesslog.v3.HTTPResponseProperties.$Shape): envoy.data.accesslog.v3.HTTPResponseProperties & envoy.data.accesslog.v3.HTTPResponseProperties.$Shape;
                    static create(properties?: envoy.data.accesslog.v3.HTTPResponseProperties.$Properties): envoy.data.accesslog.v3.HTTPResponseProperties;
                    static encode(message: envoy.data.accesslog.v3.HTTPResponseProperties.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: envoy.data.accesslog.v3.HTTPResponseProperties.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.data.accesslog.v3.HTTPResponseProperties & envoy.data.accesslog.v3.HTTPResponseProperties.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.data.accesslog.v3.HTTPResponseProperties & envoy.data.accesslog.v3.HTTPResponseProperties.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): envoy.data.accesslog.v3.HTTPResponseProperties;
                    static toObject(message: envoy.data.accesslog.v3.HTTPResponseProperties, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace HTTPResponseProperties {
                    interface $Properties {
                        response_code?: (google.protobuf.UInt32Value.$Properties|null);
                        response_body_bytes?: (number|Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = envoy.data.accesslog.v3.HTTPResponseProperties.$Properties;
                }
            }
        }
    }

    namespace service {

        namespace accesslog {

            namespace v3 {

                class AccessLogService extends $protobuf.rpc.Service {
                    constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                    static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): AccessLogService;
                    streamAccessLogs: envoy.service.accesslog.v3.AccessLogService.StreamAccessLogs;
                }

                namespace AccessLogService {
                    type StreamAccessLogsCallback = (error: (Error|null), response?: envoy.service.accesslog.v3.StreamAccessLogsResponse) => void;
                    type StreamAccessLogs = {
                      (request: envoy.service.accesslog.v3.IStreamAccessLogsMessage, callback: envoy.service.accesslog.v3.AccessLogService.StreamAccessLogsCallback): void;
                      (request: envoy.service.accesslog.v3.IStreamAccessLogsMessage): Promise<envoy.service.accesslog.v3.StreamAccessLogsResponse>;
                      readonly name: "StreamAccessLogs";
                      readonly path: "/envoy.service.accesslog.v3.AccessLogService/StreamAccessLogs";
                      readonly requestType: "StreamAccessLogsMessage";
                      readonly responseType: "StreamAccessLogsResponse";
                      readonly requestStream: true;
                      readonly responseStream: undefined;
                    };
                }

                interface IStreamAccessLogsResponse extends envoy.service.accesslog.v3.StreamAccessLogsResponse.$Properties {
                }

                class StreamAccessLogsResponse {
                    constructor(properties?: envoy.service.accesslog.v3.StreamAccessLogsResponse.$Properties);
                    $unknowns?: Uint8Array[];
                    static create(properties: envoy.service.accesslog.v3.StreamAccessLogsResponse.$Shape): envoy.service.accesslog.v3.StreamAccessLogsResponse & envoy.service.accesslog.v3.StreamAccessLogsResponse.$Shape;
                    static create(properties?: envoy.service.accesslog.v3.StreamAccessLogsResponse.$Properties): envoy.service.accesslog.v3.StreamAccessLogsResponse;
                    static encode(message: envoy.service.accesslog.v3.StreamAccessLogsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: envoy.service.accesslog.v3.StreamAccessLogsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.service.accesslog.v3.StreamAccessLogsResponse & envoy.service.accesslog.v3.StreamAccessLogsResponse.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.service.accesslog.v3.StreamAccessLogsResponse & envoy.service.accesslog.v3.StreamAccessLogsResponse.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): envoy.service.accesslog.v3.StreamAccessLogsResponse;
                    static toObject(message: envoy.service.accesslog.v3.StreamAccessLogsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace StreamAccessLogsResponse {
                    interface $Properties {
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = envoy.service.accesslog.v3.StreamAccessLogsResponse.$Properties;
                }

                interface IStreamAccessLogsMessage extends envoy.service.accesslog.v3.StreamAccessLogsMessage.$Properties {
                }

                class StreamAccessLogsMessage {
                    constructor(properties?: envoy.service.accesslog.v3.StreamAccessLogsMessage.$Properties);
                    $unknowns?: Uint8Array[];
                    identifier?: (envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.$Properties|null);
                    http_logs?: (envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties|null);
                    tcp_logs?: (envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties|null);
                    log_entries?: ("http_logs"|"tcp_logs");
                    static create(properties: envoy.service.accesslog.v3.StreamAccessLogsMessage.$Shape): envoy.service.accesslog.v3.StreamAccessLogsMessage & envoy.service.accesslog.v3.StreamAccessLogsMessage.$Shape;
                    static create(properties?: envoy.service.accesslog.v3.StreamAccessLogsMessage.$Properties): envoy.service.accesslog.v3.StreamAccessLogsMessage;
                    static encode(message: envoy.service.accesslog.v3.StreamAccessLogsMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: envoy.service.accesslog.v3.StreamAccessLogsMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.service.accesslog.v3.StreamAccessLogsMessage & envoy.service.accesslog.v3.StreamAccessLogsMessage.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.service.accesslog.v3.StreamAccessLogsMessage & envoy.service.accesslog.v3.StreamAccessLogsMessage.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): envoy.service.accesslog.v3.StreamAccessLogsMessage;
                    static toObject(message: envoy.service.accesslog.v3.StreamAccessLogsMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace StreamAccessLogsMessage {
                    interface $Properties {
                        identifier?: (envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.$Properties|null);
                        http_logs?: (envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties|null);
                        tcp_logs?: (envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties|null);
                        log_entries?: ("http_logs"|"tcp_logs");
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      identifier?: envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.$Shape|null;
                      http_logs?: envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape|null;
                      tcp_logs?: envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ log_entries?: undefined; http_logs?: null; tcp_logs?: null }|{ log_entries?: "http_logs"; http_logs: envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape; tcp_logs?: null }|{ log_entries?: "tcp_logs"; http_logs?: null; tcp_logs: envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape })
                    );

                    interface IIdentifier extends envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.$Properties {
                    }

                    class Identifier {
                        constructor(properties?: envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.$Properties);
                        $unknowns?: Uint8Array[];
                        node?: (envoy.config.core.v3.Node.$Properties|null);
                        log_name: string;
                        static create(properties: envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.$Shape): envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier & envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.$Shape;
                        static create(properties?: envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.$Properties): envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier;
                        static encode(message: envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier & envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier & envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.$Shape;
                        static verify(message: { [k: string]: any }): (string|null);
                        static fromObject(object: { [k: string]: any }): envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier;
                        static toObject(message: envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace Identifier {
                        interface $Properties {
                            node?: (envoy.config.core.v3.Node.$Properties|null);
                            log_name?: (string|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = envoy.service.accesslog.v3.StreamAccessLogsMessage.Identifier.$Properties;
                    }

                    interface IHTTPAccessLogEntries extends envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties {
                    }

                    class HTTPAccessLogEntries {
                        constructor(properties?: envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties);
                        $unknowns?: Uint8Array[];
                        log_entry: envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties[];
                        static create(properties: envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape): envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries & envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape;
                        static create(properties?: envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties): envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries;
                        static encode(message: envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries & envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries & envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape;
                        static verify(message: { [k: string]: any }): (string|null);
                        static fromObject(object: { [k: string]: any }): envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries;
                        static toObject(message: envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace HTTPAccessLogEntries {
                        interface $Properties {
                            log_entry?: (envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties[]|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = envoy.service.accesslog.v3.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties;
                    }

                    interface ITCPAccessLogEntries extends envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties {
                    }

                    class TCPAccessLogEntries {
                        constructor(properties?: envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties);
                        $unknowns?: Uint8Array[];
                        log_entry: envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties[];
                        static create(properties: envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape): envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries & envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape;
                        static create(properties?: envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties): envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries;
                        static encode(message: envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries & envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries & envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape;
                        static verify(message: { [k: string]: any }): (string|null);
                        static fromObject(object: { [k: string]: any }): envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries;
                        static toObject(message: envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace TCPAccessLogEntries {
                        interface $Properties {
                            log_entry?: (envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties[]|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = envoy.service.accesslog.v3.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties;
                    }
                }
            }
        }
    }
}

export namespace adapter {

    namespace gatewaymetric {

        namespace config {

            interface IParams extends adapter.gatewaymetric.config.Params.$Properties {
            }

            class Params {
                constructor(properties?: adapter.gatewaymetric.config.Params.$Properties);
                $unknowns?: Uint8Array[];
                file_path: string;
                gateway: string;
                gateway_variables: string[];
                host_variables: string[];
                path_variables: string[];
                method_variables: string[];
                code_variables: string[];
                duration_variables: string[];
                request_bytes_variables: string[];
                response_bytes_variables: string[];
                upstream_duration_variables: string[];
                static create(properties: adapter.gatewaymetric.config.Params.$Shape): adapter.gatewaymetric.config.Params & adapter.gatewaymetric.config.Params.$Shape;
                static create(properties?: adapter.gatewaymetric.config.Params.$Properties): adapter.gatewaymetric.config.Params;
                static encode(message: adapter.gatewaymetric.config.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: adapter.gatewaymetric.config.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): adapter.gatewaymetric.config.Params & adapter.gatewaymetric.config.Params.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): adapter.gatewaymetric.config.Params & adapter.gatewaymetric.config.Params.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): adapter.gatewaymetric.config.Params;
                static toObject(message: adapter.gatewaymetric.config.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {
                interface $Properties {
                    file_path?: (string|null);
                    gateway?: (string|null);
                    gateway_variables?: (string[]|null);
                    host_variables?: (string[]|null);
                    path_variables?: (string[]|null);
                    method_variables?: (string[]|null);
                    code_variables?: (string[]|null);
                    duration_variables?: (string[]|null);
                    request_bytes_variables?: (string[]|null);
                    response_bytes_variables?: (string[]|null);
                    upstream_duration_variables?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = adapter.gatewaymetric.config.Params.$Properties;
            }
        }
    }

    namespace prometheus {

        namespace config {

            interface IParams extends adapter.prometheus.config.Params.$Properties {
            }

            class Params {
                constructor(properties?: adapter.prometheus.config.Params.$Properties);
                $unknowns?: Uint8Array[];
                metrics: adapter.prometheus.config.Params.MetricInfo.$Properties[];
                metrics_expiration_policy?: (adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties|null);
                static create(properties: adapter.prometheus.config.Params.$Shape): adapter.prometheus.config.Params & adapter.prometheus.config.Params.$Shape;
                static create(properties?: adapter.prometheus.config.Params.$Properties): adapter.prometheus.config.Params;
                static encode(message: adapter.prometheus.config.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: adapter.prometheus.config.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): adapter.prometheus.config.Params & adapter.prometheus.config.Params.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): adapter.prometheus.config.Params & adapter.prometheus.config.Params.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): adapter.prometheus.config.Params;
                static toObject(message: adapter.prometheus.config.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {
                interface $Properties {
                    metrics?: (adapter.prometheus.config.Params.MetricInfo.$Properties[]|null);
                    metrics_expiration_policy?: (adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  metrics?: adapter.prometheus.config.Params.MetricInfo.$Shape[]|null;
                  metrics_expiration_policy?: adapter.prometheus.config.Params.MetricsExpirationPolicy.$Shape|null;
                  $unknowns?: Uint8Array[];
                };

                interface IMetricInfo extends adapter.prometheus.config.Params.MetricInfo.$Properties {
                }

                class MetricInfo {
                    constructor(properties?: adapter.prometheus.config.Params.MetricInfo.$Properties);
                    $unknowns?: Uint8Array[];
                    name: string;
                    instance_name: string;
                    description: string;
                    kind: adapter.prometheus.config.Params.MetricInfo.Kind;
                    buckets?: (adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties|null);
                    label_names: string[];
                    namespace: string;
                    static create(properties: adapter.prometheus.config.Params.MetricInfo.$Shape): adapter.prometheus.config.Params.MetricInfo & adapter.prometheus.config.Params.MetricInfo.$Shape;
                    static create(properties?: adapter.prometheus.config.Params.MetricInfo.$Properties): adapter.prometheus.config.Params.MetricInfo;
                    static encode(message: adapter.prometheus.config.Params.MetricInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: adapter.prometheus.config.Params.MetricInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): adapter.prometheus.config.Params.MetricInfo & adapter.prometheus.config.Params.MetricInfo.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): adapter.prometheus.config.Params.MetricInfo & adapter.prometheus.config.Params.MetricInfo.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): adapter.prometheus.config.Params.MetricInfo;
                    static toObject(message: adapter.prometheus.config.Params.MetricInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace MetricInfo {
                    interface $Properties {
                        name?: (string|null);
                        instance_name?: (string|null);
                        description?: (string|null);
                        kind?: (adapter.prometheus.config.Params.MetricInfo.Kind|null);
                        buckets?: (adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties|null);
                        label_names?: (string[]|null);
                        namespace?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      name?: string|null;
                      instance_name?: string|null;
                      description?: string|null;
                      kind?: adapter.prometheus.config.Params.MetricInfo.Kind|null;
                      buckets?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Shape|null;
                      label_names?: string[]|null;
                      namespace?: string|null;
                      $unknowns?: Uint8Array[];
                    };

                    enum Kind {
                        UNSPECIFIED = 0,
                        GAUGE = 1,
                        COUNTER = 2,
                        DISTRIBUTION = 3
                    }

                    interface IBucketsDefinition extends adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties {
                    }

                    class BucketsDefinition {
                        constructor(properties?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties);
                        $unknowns?: Uint8Array[];
                        linear_buckets?: (adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties|null);
                        exponential_buckets?: (adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties|null);
                        explicit_buckets?: (adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties|null);
                        definition?: ("linear_buckets"|"exponential_buckets"|"explicit_buckets");
                        static create(properties: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Shape): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Shape;
                        static create(properties?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition;
                        static encode(message: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Shape;
                        static verify(message: { [k: string]: any }): (string|null);
                        static fromObject(object: { [k: string]: any }): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition;
                        static toObject(message: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace BucketsDefinition {
                        interface $Properties {
                            linear_buckets?: (adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties|null);
                            exponential_buckets?: (adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties|null);
                            explicit_buckets?: (adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties|null);
                            definition?: ("linear_buckets"|"exponential_buckets"|"explicit_buckets");
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = {
                          linear_buckets?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Shape|null;
                          exponential_buckets?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Shape|null;
                          explicit_buckets?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Shape|null;
                          $unknowns?: Uint8Array[];
                        } & (
                          ({ definition?: undefined; linear_buckets?: null; exponential_buckets?: null; explicit_buckets?: null }|{ definition?: "linear_buckets"; linear_buckets: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Shape; exponential_buckets?: null; explicit_buckets?: null }|{ definition?: "exponential_buckets"; linear_buckets?: null; exponential_buckets: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Shape; explicit_buckets?: null }|{ definition?: "explicit_buckets"; linear_buckets?: null; exponential_buckets?: null; explicit_buckets: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Shape })
                        );

                        interface ILinear extends adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties {
                        }

                        class Linear {
                            constructor(properties?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties);
                            $unknowns?: Uint8Array[];
                            num_finite_buckets: number;
                            width: number;
                            offset: number;
                            static create(properties: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Shape): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Shape;
                            static create(properties?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear;
                            static encode(message: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                            static encodeDelimited(message: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Shape;
                            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Shape;
                            static verify(message: { [k: string]: any }): (string|null);
                            static fromObject(object: { [k: string]: any }): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear;
                            static toObject(message: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear, options?: $protobuf.IConversionOptions): { [k: string]: any };
                            toJSON(): { [k: string]: any };
                            static getTypeUrl(prefix?: string): string;
                        }

                        namespace Linear {
                            interface $Properties {
                                num_finite_buckets?: (number|null);
                                width?: (number|null);
                                offset?: (number|null);
                                $unknowns?: Uint8Array[];
                            }
                            type $Shape = adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties;
                        }

                        interface IExponential extends adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties {
                        }

                        class Exponential {
                            constructor(properties?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties);
                            $unknowns?: Uint8Array[];
                            num_finite_buckets: number;
                            growth_factor: number;
                            scale: number;
                            static create(properties: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Shape): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Shape;
                            static create(properties?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential;
                            static encode(message: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                            static encodeDelimited(message: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Shape;
                            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Shape;
                            static verify(message: { [k: string]: any }): (string|null);
                            static fromObject(object: { [k: string]: any }): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential;
                            static toObject(message: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential, options?: $protobuf.IConversionOptions): { [k: string]: any };
                            toJSON(): { [k: string]: any };
                            static getTypeUrl(prefix?: string): string;
                        }

                        namespace Exponential {
                            interface $Properties {
                                num_finite_buckets?: (number|null);
                                growth_factor?: (number|null);
                                scale?: (number|null);
                                $unknowns?: Uint8Array[];
                            }
                            type $Shape = adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties;
                        }

                        interface IExplicit extends adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties {
                        }

                        class Explicit {
                            constructor(properties?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties);
                            $unknowns?: Uint8Array[];
                            bounds: number[];
                            static create(properties: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Shape): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Shape;
                            static create(properties?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit;
                            static encode(message: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                            static encodeDelimited(message: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Shape;
                            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Shape;
                            static verify(message: { [k: string]: any }): (string|null);
                            static fromObject(object: { [k: string]: any }): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit;
                            static toObject(message: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit, options?: $protobuf.IConversionOptions): { [k: string]: any };
                            toJSON(): { [k: string]: any };
                            static getTypeUrl(prefix?: string): string;
                        }

                        namespace Explicit {
                            interface $Properties {
                                bounds?: (number[]|null);
                                $unknowns?: Uint8Array[];
                            }
                            type $Shape = adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties;
                        }
                    }
                }

                interface IMetricsExpirationPolicy extends adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties {
                }

                class MetricsExpirationPolicy {
                    constructor(properties?: adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties);
                    $unknowns?: Uint8Array[];
                    metrics_expiry_duration?: (google.protobuf.Duration.$Properties|null);
                    expiry_check_interval_duration?: (google.protobuf.Duration.$Properties|null);
                    static create(properties: adapter.prometheus.config.Params.MetricsExpirationPolicy.$Shape): adapter.prometheus.config.Params.MetricsExpirationPolicy & adapter.prometheus.config.Params.MetricsExpirationPolicy.$Shape;
                    static create(properties?: adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties): adapter.prometheus.config.Params.MetricsExpirationPolicy;
                    static encode(message: adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): adapter.prometheus.config.Params.MetricsExpirationPolicy & adapter.prometheus.config.Params.MetricsExpirationPolicy.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): adapter.prometheus.config.Params.MetricsExpirationPolicy & adapter.prometheus.config.Params.MetricsExpirationPolicy.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): adapter.prometheus.config.Params.MetricsExpirationPolicy;
                    static toObject(message: adapter.prometheus.config.Params.MetricsExpirationPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace MetricsExpirationPolicy {
                    interface $Properties {
                        metrics_expiry_duration?: (google.protobuf.Duration.$Properties|null);
                        expiry_check_interval_duration?: (google.protobuf.Duration.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties;
                }
            }
        }
    }
}

export namespace google {

    namespace protobuf {

        interface IDuration extends google.protobuf.Duration.$Properties {
        }

        class Duration {
            constructor(properties?: google.protobuf.Duration.$Properties);
            $unknowns?: Uint8Array[];
            seconds: (number|Long);
            nanos: number;
            static create(properties: google.protobuf.Duration.$Shape): google.protobuf.Duration & google.protobuf.Duration.$Shape;
            static create(properties?: google.protobuf.Duration.$Properties): google.protobuf.Duration;
            static encode(message: google.protobuf.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: google.protobuf.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Duration & google.protobuf.Duration.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Duration & google.protobuf.Duration.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.Duration;
            static toObject(message: google.protobuf.Duration, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Duration {
            interface $Properties {
                seconds?: (number|Long|null);
                nanos?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Duration.$Properties;
        }

        interface IDoubleValue extends google.protobuf.DoubleValue.$Properties {
        }

        class DoubleValue {
            constructor(properties?: google.protobuf.DoubleValue.$Properties);
            $unknowns?: Uint8Array[];
            value: number;
            static create(properties: google.protobuf.DoubleValue.$Shape): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;
            static create(properties?: google.protobuf.DoubleValue.$Properties): google.protobuf.DoubleValue;
            static encode(message: google.protobuf.DoubleValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: google.protobuf.DoubleValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.DoubleValue;
            static toObject(message: google.protobuf.DoubleValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DoubleValue {
            interface $Properties {
                value?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.DoubleValue.$Properties;
        }

        interface IFloatValue extends google.protobuf.FloatValue.$Properties {
        }

        class FloatValue {
            constructor(properties?: google.protobuf.FloatValue.$Properties);
            $unknowns?: Uint8Array[];
            value: number;
            static create(properties: google.protobuf.FloatValue.$Shape): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;
            static create(properties?: google.protobuf.FloatValue.$Properties): google.protobuf.FloatValue;
            static encode(message: google.protobuf.FloatValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: google.protobuf.FloatValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.FloatValue;
            static toObject(message: google.protobuf.FloatValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FloatValue {
            interface $Properties {
                value?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.FloatValue.$Properties;
        }

        interface IInt64Value extends google.protobuf.Int64Value.$Properties {
        }

        class Int64Value {
            constructor(properties?: google.protobuf.Int64Value.$Properties);
            $unknowns?: Uint8Array[];
            value: (number|Long);
            static create(properties: google.protobuf.Int64Value.$Shape): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;
            static create(properties?: google.protobuf.Int64Value.$Properties): google.protobuf.Int64Value;
            static encode(message: google.protobuf.Int64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: google.protobuf.Int64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.Int64Value;
            static toObject(message: google.protobuf.Int64Value, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Int64Value {
            interface $Properties {
                value?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Int64Value.$Properties;
        }

        interface IUInt64Value extends google.protobuf.UInt64Value.$Properties {
        }

        class UInt64Value {
            constructor(properties?: google.protobuf.UInt64Value.$Properties);
            $unknowns?: Uint8Array[];
            value: (number|Long);
            static create(properties: google.protobuf.UInt64Value.$Shape): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;
            static create(properties?: google.protobuf.UInt64Value.$Properties): google.protobuf.UInt64Value;
            static encode(message: google.protobuf.UInt64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: google.protobuf.UInt64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.UInt64Value;
            static toObject(message: google.protobuf.UInt64Value, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UInt64Value {
            interface $Properties {
                value?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.UInt64Value.$Properties;
        }

        interface IInt32Value extends google.protobuf.Int32Value.$Properties {
        }

        class Int32Value {
            constructor(properties?: google.protobuf.Int32Value.$Properties);
            $unknowns?: Uint8Array[];
            value: number;
            static create(properties: google.protobuf.Int32Value.$Shape): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;
            static create(properties?: google.protobuf.Int32Value.$Properties): google.protobuf.Int32Value;
            static encode(message: google.protobuf.Int32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: google.protobuf.Int32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.Int32Value;
            static toObject(message: google.protobuf.Int32Value, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Int32Value {
            interface $Properties {
                value?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Int32Value.$Properties;
        }

        interface IUInt32Value extends google.protobuf.UInt32Value.$Properties {
        }

        class UInt32Value {
            constructor(properties?: google.protobuf.UInt32Value.$Properties);
            $unknowns?: Uint8Array[];
            value: number;
            static create(properties: google.protobuf.UInt32Value.$Shape): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;
            static create(properties?: google.protobuf.UInt32Value.$Properties): google.protobuf.UInt32Value;
            static encode(message: google.protobuf.UInt32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: google.protobuf.UInt32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.UInt32Value;
            static toObject(message: google.protobuf.UInt32Value, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UInt32Value {
            interface $Properties {
                value?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.UInt32Value.$Properties;
        }

        interface IBoolValue extends google.protobuf.BoolValue.$Properties {
        }

        class BoolValue {
            constructor(properties?: google.protobuf.BoolValue.$Properties);
            $unknowns?: Uint8Array[];
            value: boolean;
            static create(properties: google.protobuf.BoolValue.$Shape): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;
            static create(properties?: google.protobuf.BoolValue.$Properties): google.protobuf.BoolValue;
            static encode(message: google.protobuf.BoolValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: google.protobuf.BoolValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.BoolValue;
            static toObject(message: google.protobuf.BoolValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BoolValue {
            interface $Properties {
                value?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.BoolValue.$Properties;
        }

        interface IStringValue extends google.protobuf.StringValue.$Properties {
        }

        class StringValue {
            constructor(properties?: google.protobuf.StringValue.$Properties);
            $unknowns?: Uint8Array[];
            value: string;
            static create(properties: google.protobuf.StringValue.$Shape): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;
            static create(properties?: google.protobuf.StringValue.$Properties): google.protobuf.StringValue;
            static encode(message: google.protobuf.StringValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: google.protobuf.StringValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.StringValue;
            static toObject(message: google.protobuf.StringValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StringValue {
            interface $Properties {
                value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.StringValue.$Properties;
        }

        interface IBytesValue extends google.protobuf.BytesValue.$Properties {
        }

        class BytesValue {
            constructor(properties?: google.protobuf.BytesValue.$Properties);
            $unknowns?: Uint8Array[];
            value: Uint8Array;
            static create(properties: google.protobuf.BytesValue.$Shape): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;
            static create(properties?: google.protobuf.BytesValue.$Properties): google.protobuf.BytesValue;
            static encode(message: google.protobuf.BytesValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: google.protobuf.BytesValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.BytesValue;
            static toObject(message: google.protobuf.BytesValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BytesValue {
            interface $Properties {
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.BytesValue.$Properties;
        }

        interface IAny extends google.protobuf.Any.$Properties {
        }

        class Any {
            constructor(properties?: google.protobuf.Any.$Properties);
            $unknowns?: Uint8Array[];
            type_url: string;
            value: Uint8Array;
            static create(properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
            static create(properties?: google.protobuf.Any.$Properties): google.protobuf.Any;
            static encode(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any & google.protobuf.Any.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Any & google.protobuf.Any.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.Any;
            static toObject(message: google.protobuf.Any, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Any {
            interface $Properties {
                type_url?: (string|null);
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Any.$Properties;
        }

        interface IStruct extends google.protobuf.Struct.$Properties {
        }

        class Struct {
            constructor(properties?: google.protobuf.Struct.$Properties);
            $unknowns?: Uint8Array[];
            fields: { [k: string]: google.protobuf.Value.$Properties };
            static create(properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
            static create(properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;
            static encode(message: google.protobuf.Struct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: google.protobuf.Struct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Struct & google.protobuf.Struct.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Struct & google.protobuf.Struct.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.Struct;
            static toObject(message: google.protobuf.Struct, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Struct {
            interface $Properties {
                fields?: ({ [k: string]: google.protobuf.Value.$Properties }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              fields?: { [k: string]: google.protobuf.Value.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IValue extends google.protobuf.Value.$Properties {
        }

        class Value {
            constructor(properties?: google.protobuf.Value.$Properties);
            $unknowns?: Uint8Array[];
            nullValue?: (google.protobuf.NullValue|null);
            numberValue?: (number|null);
            stringValue?: (string|null);
            boolValue?: (boolean|null);
            structValue?: (google.protobuf.Struct.$Properties|null);
            listValue?: (google.protobuf.ListValue.$Properties|null);
            kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");
            static create(properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
            static create(properties?: google.protobuf.Value.$Properties): google.protobuf.Value;
            static encode(message: google.protobuf.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: google.protobuf.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Value & google.protobuf.Value.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Value & google.protobuf.Value.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.Value;
            static toObject(message: google.protobuf.Value, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Value {
            interface $Properties {
                nullValue?: (google.protobuf.NullValue|null);
                numberValue?: (number|null);
                stringValue?: (string|null);
                boolValue?: (boolean|null);
                structValue?: (google.protobuf.Struct.$Properties|null);
                listValue?: (google.protobuf.ListValue.$Properties|null);
                kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              nullValue?: google.protobuf.NullValue|null;
              numberValue?: number|null;
              stringValue?: string|null;
              boolValue?: boolean|null;
              structValue?: google.protobuf.Struct.$Shape|null;
              listValue?: google.protobuf.ListValue.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "nullValue"; nullValue: google.protobuf.NullValue; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "numberValue"; nullValue?: null; numberValue: number; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "stringValue"; nullValue?: null; numberValue?: null; stringValue: string; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "boolValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue: boolean; structValue?: null; listValue?: null }|{ kind?: "structValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue: google.protobuf.Struct.$Shape; listValue?: null }|{ kind?: "listValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue: google.protobuf.ListValue.$Shape })
            );
        }

        enum NullValue {
            NULL_VALUE = 0
        }

        interface IListValue extends google.protobuf.ListValue.$Properties {
        }

        class ListValue {
            constructor(properties?: google.protobuf.ListValue.$Properties);
            $unknowns?: Uint8Array[];
            values: google.protobuf.Value.$Properties[];
            static create(properties: google.protobuf.ListValue.$Shape): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
            static create(properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;
            static encode(message: google.protobuf.ListValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: google.protobuf.ListValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.ListValue;
            static toObject(message: google.protobuf.ListValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListValue {
            interface $Properties {
                values?: (google.protobuf.Value.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              values?: google.protobuf.Value.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        class Timestamp {
            constructor(properties?: google.protobuf.Timestamp.$Properties);
            $unknowns?: Uint8Array[];
            seconds: (number|Long);
            nanos: number;
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {
            interface $Properties {
                seconds?: (number|Long|null);
                nanos?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}

export namespace grpc {

    namespace health {

        namespace v1 {

            class Health extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Health;
                check: grpc.health.v1.Health.Check;
            }

            namespace Health {
                type CheckCallback = (error: (Error|null), response?: grpc.health.v1.HealthCheckResponse) => void;
                type Check = {
                  (request: grpc.health.v1.IHealthCheckRequest, callback: grpc.health.v1.Health.CheckCallback): void;
                  (request: grpc.health.v1.IHealthCheckRequest): Promise<grpc.health.v1.HealthCheckResponse>;
                  readonly name: "Check";
                  readonly path: "/grpc.health.v1.Health/Check";
                  readonly requestType: "HealthCheckRequest";
                  readonly responseType: "HealthCheckResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            interface IHealthCheckRequest extends grpc.health.v1.HealthCheckRequest.$Properties {
            }

            class HealthCheckRequest {
                constructor(properties?: grpc.health.v1.HealthCheckRequest.$Properties);
                $unknowns?: Uint8Array[];
                service: string;
                static create(properties: grpc.health.v1.HealthCheckRequest.$Shape): grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape;
                static create(properties?: grpc.health.v1.HealthCheckRequest.$Properties): grpc.health.v1.HealthCheckRequest;
                static encode(message: grpc.health.v1.HealthCheckRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: grpc.health.v1.HealthCheckRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): grpc.health.v1.HealthCheckRequest;
                static toObject(message: grpc.health.v1.HealthCheckRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace HealthCheckRequest {
                interface $Properties {
                    service?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = grpc.health.v1.HealthCheckRequest.$Properties;
            }

            interface IHealthCheckResponse extends grpc.health.v1.HealthCheckResponse.$Properties {
            }

            class HealthCheckResponse {
                constructor(properties?: grpc.health.v1.HealthCheckResponse.$Properties);
                $unknowns?: Uint8Array[];
                status: grpc.health.v1.HealthCheckResponse.ServingStatus;
                static create(properties: grpc.health.v1.HealthCheckResponse.$Shape): grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape;
                static create(properties?: grpc.health.v1.HealthCheckResponse.$Properties): grpc.health.v1.HealthCheckResponse;
                static encode(message: grpc.health.v1.HealthCheckResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: grpc.health.v1.HealthCheckResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): grpc.health.v1.HealthCheckResponse;
                static toObject(message: grpc.health.v1.HealthCheckResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace HealthCheckResponse {
                interface $Properties {
                    status?: (grpc.health.v1.HealthCheckResponse.ServingStatus|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = grpc.health.v1.HealthCheckResponse.$Properties;

                enum ServingStatus {
                    UNKNOWN = 0,
                    SERVING = 1,
                    NOT_SERVING = 2,
                    SERVICE_UNKNOWN = 3
                }
            }
        }
    }
}

export namespace logentry {

    class HandleLogEntryService extends $protobuf.rpc.Service {
        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
        static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): HandleLogEntryService;
        handleLogEntry: logentry.HandleLogEntryService.HandleLogEntry;
    }

    namespace HandleLogEntryService {
        type HandleLogEntryCallback = (error: (Error|null), response?: istio.mixer.adapter.model.v1beta1.ReportResult) => void;
        type HandleLogEntry = {
          (request: logentry.IHandleLogEntryRequest, callback: logentry.HandleLogEntryService.HandleLogEntryCallback): void;
          (request: logentry.IHandleLogEntryRequest): Promise<istio.mixer.adapter.model.v1beta1.ReportResult>;
          readonly name: "HandleLogEntry";
          readonly path: "/logentry.HandleLogEntryService/HandleLogEntry";
          readonly requestType: "HandleLogEntryRequest";
          readonly responseType: "istio.mixer.adapter.model.v1beta1.ReportResult";
          readonly requestStream: undefined;
          readonly responseStream: undefined;
        };
    }

    interface IHandleLogEntryRequest extends logentry.HandleLogEntryRequest.$Properties {
    }

    class HandleLogEntryRequest {
        constructor(properties?: logentry.HandleLogEntryRequest.$Properties);
        $unknowns?: Uint8Array[];
        instances: logentry.InstanceMsg.$Properties[];
        adapter_config?: (google.protobuf.Any.$Properties|null);
        dedup_id: string;
        static create(properties: logentry.HandleLogEntryRequest.$Shape): logentry.HandleLogEntryRequest & logentry.HandleLogEntryRequest.$Shape;
        static create(properties?: logentry.HandleLogEntryRequest.$Properties): logentry.HandleLogEntryRequest;
        static encode(message: logentry.HandleLogEntryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: logentry.HandleLogEntryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logentry.HandleLogEntryRequest & logentry.HandleLogEntryRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): logentry.HandleLogEntryRequest & logentry.HandleLogEntryRequest.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): logentry.HandleLogEntryRequest;
        static toObject(message: logentry.HandleLogEntryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace HandleLogEntryRequest {
        interface $Properties {
            instances?: (logentry.InstanceMsg.$Properties[]|null);
            adapter_config?: (google.protobuf.Any.$Properties|null);
            dedup_id?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          instances?: logentry.InstanceMsg.$Shape[]|null;
          adapter_config?: google.protobuf.Any.$Shape|null;
          dedup_id?: string|null;
          $unknowns?: Uint8Array[];
        };
    }

    interface IInstanceMsg extends logentry.InstanceMsg.$Properties {
    }

    class InstanceMsg {
        constructor(properties?: logentry.InstanceMsg.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        variables: { [k: string]: istio.policy.v1beta1.Value.$Properties };
        timestamp?: (istio.policy.v1beta1.TimeStamp.$Properties|null);
        severity: string;
        monitored_resource_type: string;
        monitored_resource_dimensions: { [k: string]: istio.policy.v1beta1.Value.$Properties };
        static create(properties: logentry.InstanceMsg.$Shape): logentry.InstanceMsg & logentry.InstanceMsg.$Shape;
        static create(properties?: logentry.InstanceMsg.$Properties): logentry.InstanceMsg;
        static encode(message: logentry.InstanceMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: logentry.InstanceMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logentry.InstanceMsg & logentry.InstanceMsg.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): logentry.InstanceMsg & logentry.InstanceMsg.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): logentry.InstanceMsg;
        static toObject(message: logentry.InstanceMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace InstanceMsg {
        interface $Properties {
            name?: (string|null);
            variables?: ({ [k: string]: istio.policy.v1beta1.Value.$Properties }|null);
            timestamp?: (istio.policy.v1beta1.TimeStamp.$Properties|null);
            severity?: (string|null);
            monitored_resource_type?: (string|null);
            monitored_resource_dimensions?: ({ [k: string]: istio.policy.v1beta1.Value.$Properties }|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          name?: string|null;
          variables?: { [k: string]: istio.policy.v1beta1.Value.$Shape }|null;
          timestamp?: istio.policy.v1beta1.TimeStamp.$Shape|null;
          severity?: string|null;
          monitored_resource_type?: string|null;
          monitored_resource_dimensions?: { [k: string]: istio.policy.v1beta1.Value.$Shape }|null;
          $unknowns?: Uint8Array[];
        };
    }
}

export namespace istio {

    namespace policy {

        namespace v1beta1 {

            interface IValue extends istio.policy.v1beta1.Value.$Properties {
            }

            class Value {
                constructor(properties?: istio.policy.v1beta1.Value.$Properties);
                $unknowns?: Uint8Array[];
                string_value?: (string|null);
                int64_value?: (number|Long|null);
                double_value?: (number|null);
                bool_value?: (boolean|null);
                ip_address_value?: (istio.policy.v1beta1.IPAddress.$Properties|null);
                timestamp_value?: (istio.policy.v1beta1.TimeStamp.$Properties|null);
                duration_value?: (istio.policy.v1beta1.Duration.$Properties|null);
                email_address_value?: (istio.policy.v1beta1.EmailAddress.$Properties|null);
                dns_name_value?: (istio.policy.v1beta1.DNSName.$Properties|null);
                uri_value?: (istio.policy.v1beta1.Uri.$Properties|null);
                string_map_value?: (istio.policy.v1beta1.StringMap.$Properties|null);
                value?: ("string_value"|"int64_value"|"double_value"|"bool_value"|"ip_address_value"|"timestamp_value"|"duration_value"|"email_address_value"|"dns_name_value"|"uri_value"|"string_map_value");
                static create(properties: istio.policy.v1beta1.Value.$Shape): istio.policy.v1beta1.Value & istio.policy.v1beta1.Value.$Shape;
                static create(properties?: istio.policy.v1beta1.Value.$Properties): istio.policy.v1beta1.Value;
                static encode(message: istio.policy.v1beta1.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: istio.policy.v1beta1.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.policy.v1beta1.Value & istio.policy.v1beta1.Value.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.policy.v1beta1.Value & istio.policy.v1beta1.Value.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): istio.policy.v1beta1.Value;
                static toObject(message: istio.policy.v1beta1.Value, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Value {
                interface $Properties {
                    string_value?: (string|null);
                    int64_value?: (number|Long|null);
                    double_value?: (number|null);
                    bool_value?: (boolean|null);
                    ip_address_value?: (istio.policy.v1beta1.IPAddress.$Properties|null);
                    timestamp_value?: (istio.policy.v1beta1.TimeStamp.$Properties|null);
                    duration_value?: (istio.policy.v1beta1.Duration.$Properties|null);
                    email_address_value?: (istio.policy.v1beta1.EmailAddress.$Properties|null);
                    dns_name_value?: (istio.policy.v1beta1.DNSName.$Properties|null);
                    uri_value?: (istio.policy.v1beta1.Uri.$Properties|null);
                    string_map_value?: (istio.policy.v1beta1.StringMap.$Properties|null);
                    value?: ("string_value"|"int64_value"|"double_value"|"bool_value"|"ip_address_value"|"timestamp_value"|"duration_value"|"email_address_value"|"dns_name_value"|"uri_value"|"string_map_value");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  string_value?: string|null;
                  int64_value?: number|Long|null;
                  double_value?: number|null;
                  bool_value?: boolean|null;
                  ip_address_value?: istio.policy.v1beta1.IPAddress.$Shape|null;
                  timestamp_value?: istio.policy.v1beta1.TimeStamp.$Shape|null;
                  duration_value?: istio.policy.v1beta1.Duration.$Shape|null;
                  email_address_value?: istio.policy.v1beta1.EmailAddress.$Shape|null;
                  dns_name_value?: istio.policy.v1beta1.DNSName.$Shape|null;
                  uri_value?: istio.policy.v1beta1.Uri.$Shape|null;
                  string_map_value?: istio.policy.v1beta1.StringMap.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ value?: undefined; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "string_value"; string_value: string; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "int64_value"; string_value?: null; int64_value: number|Long; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "double_value"; string_value?: null; int64_value?: null; double_value: number; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "bool_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value: boolean; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "ip_address_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value: istio.policy.v1beta1.IPAddress.$Shape; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "timestamp_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value: istio.policy.v1beta1.TimeStamp.$Shape; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "duration_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value: istio.policy.v1beta1.Duration.$Shape; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "email_address_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value: istio.policy.v1beta1.EmailAddress.$Shape; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "dns_name_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value: istio.policy.v1beta1.DNSName.$Shape; uri_value?: null; string_map_value?: null }|{ value?: "uri_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value: istio.policy.v1beta1.Uri.$Shape; string_map_value?: null }|{ value?: "string_map_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value: istio.policy.v1beta1.StringMap.$Shape })
                );
            }

            interface IIPAddress extends istio.policy.v1beta1.IPAddress.$Properties {
            }

            class IPAddress {
                constructor(properties?: istio.policy.v1beta1.IPAddress.$Properties);
                $unknowns?: Uint8Array[];
                value: Uint8Array;
                static create(properties: istio.policy.v1beta1.IPAddress.$Shape): istio.policy.v1beta1.IPAddress & istio.policy.v1beta1.IPAddress.$Shape;
                static create(properties?: istio.policy.v1beta1.IPAddress.$Properties): istio.policy.v1beta1.IPAddress;
                static encode(message: istio.policy.v1beta1.IPAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: istio.policy.v1beta1.IPAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.policy.v1beta1.IPAddress & istio.policy.v1beta1.IPAddress.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.policy.v1beta1.IPAddress & istio.policy.v1beta1.IPAddress.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): istio.policy.v1beta1.IPAddress;
                static toObject(message: istio.policy.v1beta1.IPAddress, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace IPAddress {
                interface $Properties {
                    value?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = istio.policy.v1beta1.IPAddress.$Properties;
            }

            interface IDuration extends istio.policy.v1beta1.Duration.$Properties {
            }

            class Duration {
                constructor(properties?: istio.policy.v1beta1.Duration.$Properties);
                $unknowns?: Uint8Array[];
                value?: (google.protobuf.Duration.$Properties|null);
                static create(properties: istio.policy.v1beta1.Duration.$Shape): istio.policy.v1beta1.Duration & istio.policy.v1beta1.Duration.$Shape;
                static create(properties?: istio.policy.v1beta1.Duration.$Properties): istio.policy.v1beta1.Duration;
                static encode(message: istio.policy.v1beta1.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: istio.policy.v1beta1.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.policy.v1beta1.Duration & istio.policy.v1beta1.Duration.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.policy.v1beta1.Duration & istio.policy.v1beta1.Duration.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): istio.policy.v1beta1.Duration;
                static toObject(message: istio.policy.v1beta1.Duration, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Duration {
                interface $Properties {
                    value?: (google.protobuf.Duration.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = istio.policy.v1beta1.Duration.$Properties;
            }

            interface ITimeStamp extends istio.policy.v1beta1.TimeStamp.$Properties {
            }

            class TimeStamp {
                constructor(properties?: istio.policy.v1beta1.TimeStamp.$Properties);
                $unknowns?: Uint8Array[];
                value?: (google.protobuf.Timestamp.$Properties|null);
                static create(properties: istio.policy.v1beta1.TimeStamp.$Shape): istio.policy.v1beta1.TimeStamp & istio.policy.v1beta1.TimeStamp.$Shape;
                static create(properties?: istio.policy.v1beta1.TimeStamp.$Properties): istio.policy.v1beta1.TimeStamp;
                static encode(message: istio.policy.v1beta1.TimeStamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: istio.policy.v1beta1.TimeStamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.policy.v1beta1.TimeStamp & istio.policy.v1beta1.TimeStamp.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.policy.v1beta1.TimeStamp & istio.policy.v1beta1.TimeStamp.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): istio.policy.v1beta1.TimeStamp;
                static toObject(message: istio.policy.v1beta1.TimeStamp, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace TimeStamp {
                interface $Properties {
                    value?: (google.protobuf.Timestamp.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = istio.policy.v1beta1.TimeStamp.$Properties;
            }

            interface IDNSName extends istio.policy.v1beta1.DNSName.$Properties {
            }

            class DNSName {
                constructor(properties?: istio.policy.v1beta1.DNSName.$Properties);
                $unknowns?: Uint8Array[];
                value: string;
                static create(properties: istio.policy.v1beta1.DNSName.$Shape): istio.policy.v1beta1.DNSName & istio.policy.v1beta1.DNSName.$Shape;
                static create(properties?: istio.policy.v1beta1.DNSName.$Properties): istio.policy.v1beta1.DNSName;
                static encode(message: istio.policy.v1beta1.DNSName.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: istio.policy.v1beta1.DNSName.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.policy.v1beta1.DNSName & istio.policy.v1beta1.DNSName.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.policy.v1beta1.DNSName & istio.policy.v1beta1.DNSName.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): istio.policy.v1beta1.DNSName;
                static toObject(message: istio.policy.v1beta1.DNSName, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DNSName {
                interface $Properties {
                    value?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = istio.policy.v1beta1.DNSName.$Properties;
            }

            interface IEmailAddress extends istio.policy.v1beta1.EmailAddress.$Properties {
            }

            class EmailAddress {
                constructor(properties?: istio.policy.v1beta1.EmailAddress.$Properties);
                $unknowns?: Uint8Array[];
                value: string;
                static create(properties: istio.policy.v1beta1.EmailAddress.$Shape): istio.policy.v1beta1.EmailAddress & istio.policy.v1beta1.EmailAddress.$Shape;
                static create(properties?: istio.policy.v1beta1.EmailAddress.$Properties): istio.policy.v1beta1.EmailAddress;
                static encode(message: istio.policy.v1beta1.EmailAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: istio.policy.v1beta1.EmailAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.policy.v1beta1.EmailAddress & istio.policy.v1beta1.EmailAddress.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.policy.v1beta1.EmailAddress & istio.policy.v1beta1.EmailAddress.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): istio.policy.v1beta1.EmailAddress;
                static toObject(message: istio.policy.v1beta1.EmailAddress, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EmailAddress {
                interface $Properties {
                    value?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = istio.policy.v1beta1.EmailAddress.$Properties;
            }

            interface IUri extends istio.policy.v1beta1.Uri.$Properties {
            }

            class Uri {
                constructor(properties?: istio.policy.v1beta1.Uri.$Properties);
                $unknowns?: Uint8Array[];
                value: string;
                static create(properties: istio.policy.v1beta1.Uri.$Shape): istio.policy.v1beta1.Uri & istio.policy.v1beta1.Uri.$Shape;
                static create(properties?: istio.policy.v1beta1.Uri.$Properties): istio.policy.v1beta1.Uri;
                static encode(message: istio.policy.v1beta1.Uri.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: istio.policy.v1beta1.Uri.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.policy.v1beta1.Uri & istio.policy.v1beta1.Uri.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.policy.v1beta1.Uri & istio.policy.v1beta1.Uri.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): istio.policy.v1beta1.Uri;
                static toObject(message: istio.policy.v1beta1.Uri, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Uri {
                interface $Properties {
                    value?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = istio.policy.v1beta1.Uri.$Properties;
            }

            interface IStringMap extends istio.policy.v1beta1.StringMap.$Properties {
            }

            class StringMap {
                constructor(properties?: istio.policy.v1beta1.StringMap.$Properties);
                $unknowns?: Uint8Array[];
                value: { [k: string]: string };
                static create(properties: istio.policy.v1beta1.StringMap.$Shape): istio.policy.v1beta1.StringMap & istio.policy.v1beta1.StringMap.$Shape;
                static create(properties?: istio.policy.v1beta1.StringMap.$Properties): istio.policy.v1beta1.StringMap;
                static encode(message: istio.policy.v1beta1.StringMap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: istio.policy.v1beta1.StringMap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.policy.v1beta1.StringMap & istio.policy.v1beta1.StringMap.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.policy.v1beta1.StringMap & istio.policy.v1beta1.StringMap.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): istio.policy.v1beta1.StringMap;
                static toObject(message: istio.policy.v1beta1.StringMap, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace StringMap {
                interface $Properties {
                    value?: ({ [k: string]: string }|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = istio.policy.v1beta1.StringMap.$Properties;
            }
        }
    }

    namespace mixer {

        namespace adapter {

            namespace model {

                namespace v1beta1 {

                    interface IReportResult extends istio.mixer.adapter.model.v1beta1.ReportResult.$Properties {
                    }

                    class ReportResult {
                        constructor(properties?: istio.mixer.adapter.model.v1beta1.ReportResult.$Properties);
                        $unknowns?: Uint8Array[];
                        static create(properties: istio.mixer.adapter.model.v1beta1.ReportResult.$Shape): istio.mixer.adapter.model.v1beta1.ReportResult & istio.mixer.adapter.model.v1beta1.ReportResult.$Shape;
                        static create(properties?: istio.mixer.adapter.model.v1beta1.ReportResult.$Properties): istio.mixer.adapter.model.v1beta1.ReportResult;
                        static encode(message: istio.mixer.adapter.model.v1beta1.ReportResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: istio.mixer.adapter.model.v1beta1.ReportResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.mixer.adapter.model.v1beta1.ReportResult & istio.mixer.adapter.model.v1beta1.ReportResult.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.mixer.adapter.model.v1beta1.ReportResult & istio.mixer.adapter.model.v1beta1.ReportResult.$Shape;
                        static verify(message: { [k: string]: any }): (string|null);
                        static fromObject(object: { [k: string]: any }): istio.mixer.adapter.model.v1beta1.ReportResult;
                        static toObject(message: istio.mixer.adapter.model.v1beta1.ReportResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ReportResult {
                        interface $Properties {
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = istio.mixer.adapter.model.v1beta1.ReportResult.$Properties;
                    }
                }
            }
        }
    }
}

export namespace metric {

    class HandleMetricService extends $protobuf.rpc.Service {
        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
        static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): HandleMetricService;
        handleMetric: metric.HandleMetricService.HandleMetric;
    }

    namespace HandleMetricService {
        type HandleMetricCallback = (error: (Error|null), response?: istio.mixer.adapter.model.v1beta1.ReportResult) => void;
        type HandleMetric = {
          (request: metric.IHandleMetricRequest, callback: metric.HandleMetricService.HandleMetricCallback): void;
          (request: metric.IHandleMetricRequest): Promise<istio.mixer.adapter.model.v1beta1.ReportResult>;
          readonly name: "HandleMetric";
          readonly path: "/metric.HandleMetricService/HandleMetric";
          readonly requestType: "HandleMetricRequest";
          readonly responseType: "istio.mixer.adapter.model.v1beta1.ReportResult";
          readonly requestStream: undefined;
          readonly responseStream: undefined;
        };
    }

    interface IHandleMetricRequest extends metric.HandleMetricRequest.$Properties {
    }

    class HandleMetricRequest {
        constructor(properties?: metric.HandleMetricRequest.$Properties);
        $unknowns?: Uint8Array[];
        instances: metric.InstanceMsg.$Properties[];
        adapter_config?: (google.protobuf.Any.$Properties|null);
        dedup_id: string;
        static create(properties: metric.HandleMetricRequest.$Shape): metric.HandleMetricRequest & metric.HandleMetricRequest.$Shape;
        static create(properties?: metric.HandleMetricRequest.$Properties): metric.HandleMetricRequest;
        static encode(message: metric.HandleMetricRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: metric.HandleMetricRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): metric.HandleMetricRequest & metric.HandleMetricRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): metric.HandleMetricRequest & metric.HandleMetricRequest.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): metric.HandleMetricRequest;
        static toObject(message: metric.HandleMetricRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace HandleMetricRequest {
        interface $Properties {
            instances?: (metric.InstanceMsg.$Properties[]|null);
            adapter_config?: (google.protobuf.Any.$Properties|null);
            dedup_id?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          instances?: metric.InstanceMsg.$Shape[]|null;
          adapter_config?: google.protobuf.Any.$Shape|null;
          dedup_id?: string|null;
          $unknowns?: Uint8Array[];
        };
    }

    interface IInstanceMsg extends metric.InstanceMsg.$Properties {
    }

    class InstanceMsg {
        constructor(properties?: metric.InstanceMsg.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        value?: (istio.policy.v1beta1.Value.$Properties|null);
        dimensions: { [k: string]: istio.policy.v1beta1.Value.$Properties };
        monitored_resource_type: string;
        monitored_resource_dimensions: { [k: string]: istio.policy.v1beta1.Value.$Properties };
        static create(properties: metric.InstanceMsg.$Shape): metric.InstanceMsg & metric.InstanceMsg.$Shape;
        static create(properties?: metric.InstanceMsg.$Properties): metric.InstanceMsg;
        static encode(message: metric.InstanceMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: metric.InstanceMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): metric.InstanceMsg & metric.InstanceMsg.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): metric.InstanceMsg & metric.InstanceMsg.$Shape;
        static verify(message: { [k: string]: any }): (string|null);
        static fromObject(object: { [k: string]: any }): metric.InstanceMsg;
        static toObject(message: metric.InstanceMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace InstanceMsg {
        interface $Properties {
            name?: (string|null);
            value?: (istio.policy.v1beta1.Value.$Properties|null);
            dimensions?: ({ [k: string]: istio.policy.v1beta1.Value.$Properties }|null);
            monitored_resource_type?: (string|null);
            monitored_resource_dimensions?: ({ [k: string]: istio.policy.v1beta1.Value.$Properties }|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          name?: string|null;
          value?: istio.policy.v1beta1.Value.$Shape|null;
          dimensions?: { [k: string]: istio.policy.v1beta1.Value.$Shape }|null;
          monitored_resource_type?: string|null;
          monitored_resource_dimensions?: { [k: string]: istio.policy.v1beta1.Value.$Shape }|null;
          $unknowns?: Uint8Array[];
        };
    }
}

export namespace opentelemetry {

    namespace proto {

        namespace collector {

            namespace logs {

                namespace v1 {

                    class LogsService extends $protobuf.rpc.Service {
                        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                        static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): LogsService;
                        export: opentelemetry.proto.collector.logs.v1.LogsService.Export;
                    }

                    namespace LogsService {
                        type ExportCallback = (error: (Error|null), response?: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse) => void;
                        type Export = {
                          (request: opentelemetry.proto.collector.logs.v1.IExportLogsServiceRequest, callback: opentelemetry.proto.collector.logs.v1.LogsService.ExportCallback): void;
                          (request: opentelemetry.proto.collector.logs.v1.IExportLogsServiceRequest): Promise<opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse>;
                          readonly name: "Export";
                          readonly path: "/opentelemetry.proto.collector.logs.v1.LogsService/Export";
                          readonly requestType: "ExportLogsServiceRequest";
                          readonly responseType: "ExportLogsServiceResponse";
                          readonly requestStream: undefined;
                          readonly responseStream: undefined;
                        };
                    }

                    interface IExportLogsServiceRequest extends opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties {
                    }

                    class ExportLogsServiceRequest {
                        constructor(properties?: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties);
                        $unknowns?: Uint8Array[];
                        resource_logs: opentelemetry.proto.logs.v1.ResourceLogs.$Properties[];
                        static create(properties: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape): opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest & opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape;
                        static create(properties?: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties): opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
                        static encode(message: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest & opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest & opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape;
                        static verify(message: { [k: string]: any }): (string|null);
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
                        static toObject(message: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ExportLogsServiceRequest {
                        interface $Properties {
                            resource_logs?: (opentelemetry.proto.logs.v1.ResourceLogs.$Properties[]|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = {
                          resource_logs?: opentelemetry.proto.logs.v1.ResourceLogs.$Shape[]|null;
                          $unknowns?: Uint8Array[];
                        };
                    }

                    interface IExportLogsServiceResponse extends opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties {
                    }

                    class ExportLogsServiceResponse {
                        constructor(properties?: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties);
                        $unknowns?: Uint8Array[];
                        partial_success?: (opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties|null);
                        static create(properties: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape): opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse & opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape;
                        static create(properties?: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties): opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
                        static encode(message: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse & opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse & opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape;
                        static verify(message: { [k: string]: any }): (string|null);
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
                        static toObject(message: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ExportLogsServiceResponse {
                        interface $Properties {
                            partial_success?: (opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties;
                    }

                    interface IExportLogsPartialSuccess extends opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties {
                    }

                    class ExportLogsPartialSuccess {
                        constructor(properties?: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties);
                        $unknowns?: Uint8Array[];
                        rejected_log_records: (number|Long);
                        error_message: string;
                        static create(properties: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape): opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess & opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape;
                        static create(properties?: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties): opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess;
                        static encode(message: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess & opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess & opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape;
                        static verify(message: { [k: string]: any }): (string|null);
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess;
                        static toObject(message: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ExportLogsPartialSuccess {
                        interface $Properties {
                            rejected_log_records?: (number|Long|null);
                            error_message?: (string|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties;
                    }
                }
            }
        }

        namespace logs {

            namespace v1 {

                interface IResourceLogs extends opentelemetry.proto.logs.v1.ResourceLogs.$Properties {
                }

                class ResourceLogs {
                    constructor(properties?: opentelemetry.proto.logs.v1.ResourceLogs.$Properties);
                    $unknowns?: Uint8Array[];
                    resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);
                    scope_logs: opentelemetry.proto.logs.v1.ScopeLogs.$Properties[];
                    schema_url: string;
                    static create(properties: opentelemetry.proto.logs.v1.ResourceLogs.$Shape): opentelemetry.proto.logs.v1.ResourceLogs & opentelemetry.proto.logs.v1.ResourceLogs.$Shape;
                    static create(properties?: opentelemetry.proto.logs.v1.ResourceLogs.$Properties): opentelemetry.proto.logs.v1.ResourceLogs;
                    static encode(message: opentelemetry.proto.logs.v1.ResourceLogs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.logs.v1.ResourceLogs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.logs.v1.ResourceLogs & opentelemetry.proto.logs.v1.ResourceLogs.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.logs.v1.ResourceLogs & opentelemetry.proto.logs.v1.ResourceLogs.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.logs.v1.ResourceLogs;
                    static toObject(message: opentelemetry.proto.logs.v1.ResourceLogs, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ResourceLogs {
                    interface $Properties {
                        resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);
                        scope_logs?: (opentelemetry.proto.logs.v1.ScopeLogs.$Properties[]|null);
                        schema_url?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      resource?: opentelemetry.proto.resource.v1.Resource.$Shape|null;
                      scope_logs?: opentelemetry.proto.logs.v1.ScopeLogs.$Shape[]|null;
                      schema_url?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IScopeLogs extends opentelemetry.proto.logs.v1.ScopeLogs.$Properties {
                }

                class ScopeLogs {
                    constructor(properties?: opentelemetry.proto.logs.v1.ScopeLogs.$Properties);
                    $unknowns?: Uint8Array[];
                    scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);
                    log_records: opentelemetry.proto.logs.v1.LogRecord.$Properties[];
                    schema_url: string;
                    static create(properties: opentelemetry.proto.logs.v1.ScopeLogs.$Shape): opentelemetry.proto.logs.v1.ScopeLogs & opentelemetry.proto.logs.v1.ScopeLogs.$Shape;
                    static create(properties?: opentelemetry.proto.logs.v1.ScopeLogs.$Properties): opentelemetry.proto.logs.v1.ScopeLogs;
                    static encode(message: opentelemetry.proto.logs.v1.ScopeLogs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.logs.v1.ScopeLogs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.logs.v1.ScopeLogs & opentelemetry.proto.logs.v1.ScopeLogs.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.logs.v1.ScopeLogs & opentelemetry.proto.logs.v1.ScopeLogs.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.logs.v1.ScopeLogs;
                    static toObject(message: opentelemetry.proto.logs.v1.ScopeLogs, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ScopeLogs {
                    interface $Properties {
                        scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);
                        log_records?: (opentelemetry.proto.logs.v1.LogRecord.$Properties[]|null);
                        schema_url?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      scope?: opentelemetry.proto.common.v1.InstrumentationScope.$Shape|null;
                      log_records?: opentelemetry.proto.logs.v1.LogRecord.$Shape[]|null;
                      schema_url?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface ILogRecord extends opentelemetry.proto.logs.v1.LogRecord.$Properties {
                }

                class LogRecord {
                    constructor(properties?: opentelemetry.proto.logs.v1.LogRecord.$Properties);
                    $unknowns?: Uint8Array[];
                    time_unix_nano: (number|Long);
                    severity_number: opentelemetry.proto.logs.v1.SeverityNumber;
                    severity_text: string;
                    body?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    dropped_attributes_count: number;
                    flags: number;
                    trace_id: Uint8Array;
                    span_id: Uint8Array;
                    observed_time_unix_nano: (number|Long);
                    event_name: string;
                    static create(properties: opentelemetry.proto.logs.v1.LogRecord.$Shape): opentelemetry.proto.logs.v1.LogRecord & opentelemetry.proto.logs.v1.LogRecord.$Shape;
                    static create(properties?: opentelemetry.proto.logs.v1.LogRecord.$Properties): opentelemetry.proto.logs.v1.LogRecord;
                    static encode(message: opentelemetry.proto.logs.v1.LogRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.logs.v1.LogRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.logs.v1.LogRecord & opentelemetry.proto.logs.v1.LogRecord.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.logs.v1.LogRecord & opentelemetry.proto.logs.v1.LogRecord.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.logs.v1.LogRecord;
                    static toObject(message: opentelemetry.proto.logs.v1.LogRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace LogRecord {
                    interface $Properties {
                        time_unix_nano?: (number|Long|null);
                        severity_number?: (opentelemetry.proto.logs.v1.SeverityNumber|null);
                        severity_text?: (string|null);
                        body?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        dropped_attributes_count?: (number|null);
                        flags?: (number|null);
                        trace_id?: (Uint8Array|null);
                        span_id?: (Uint8Array|null);
                        observed_time_unix_nano?: (number|Long|null);
                        event_name?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      time_unix_nano?: number|Long|null;
                      severity_number?: opentelemetry.proto.logs.v1.SeverityNumber|null;
                      severity_text?: string|null;
                      body?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      dropped_attributes_count?: number|null;
                      flags?: number|null;
                      trace_id?: Uint8Array|null;
                      span_id?: Uint8Array|null;
                      observed_time_unix_nano?: number|Long|null;
                      event_name?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                enum SeverityNumber {
                    SEVERITY_NUMBER_UNSPECIFIED = 0,
                    SEVERITY_NUMBER_TRACE = 1,
                    SEVERITY_NUMBER_TRACE2 = 2,
                    SEVERITY_NUMBER_TRACE3 = 3,
                    SEVERITY_NUMBER_TRACE4 = 4,
                    SEVERITY_NUMBER_DEBUG = 5,
                    SEVERITY_NUMBER_DEBUG2 = 6,
                    SEVERITY_NUMBER_DEBUG3 = 7,
                    SEVERITY_NUMBER_DEBUG4 = 8,
                    SEVERITY_NUMBER_INFO = 9,
                    SEVERITY_NUMBER_INFO2 = 10,
                    SEVERITY_NUMBER_INFO3 = 11,
                    SEVERITY_NUMBER_INFO4 = 12,
                    SEVERITY_NUMBER_WARN = 13,
                    SEVERITY_NUMBER_WARN2 = 14,
                    SEVERITY_NUMBER_WARN3 = 15,
                    SEVERITY_NUMBER_WARN4 = 16,
                    SEVERITY_NUMBER_ERROR = 17,
                    SEVERITY_NUMBER_ERROR2 = 18,
                    SEVERITY_NUMBER_ERROR3 = 19,
                    SEVERITY_NUMBER_ERROR4 = 20,
                    SEVERITY_NUMBER_FATAL = 21,
                    SEVERITY_NUMBER_FATAL2 = 22,
                    SEVERITY_NUMBER_FATAL3 = 23,
                    SEVERITY_NUMBER_FATAL4 = 24
                }
            }
        }

        namespace common {

            namespace v1 {

                interface IAnyValue extends opentelemetry.proto.common.v1.AnyValue.$Properties {
                }

                class AnyValue {
                    constructor(properties?: opentelemetry.proto.common.v1.AnyValue.$Properties);
                    $unknowns?: Uint8Array[];
                    string_value?: (string|null);
                    bool_value?: (boolean|null);
                    int_value?: (number|Long|null);
                    double_value?: (number|null);
                    array_value?: (opentelemetry.proto.common.v1.ArrayValue.$Properties|null);
                    kvlist_value?: (opentelemetry.proto.common.v1.KeyValueList.$Properties|null);
                    bytes_value?: (Uint8Array|null);
                    value?: ("string_value"|"bool_value"|"int_value"|"double_value"|"array_value"|"kvlist_value"|"bytes_value");
                    static create(properties: opentelemetry.proto.common.v1.AnyValue.$Shape): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.AnyValue.$Properties): opentelemetry.proto.common.v1.AnyValue;
                    static encode(message: opentelemetry.proto.common.v1.AnyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.common.v1.AnyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.AnyValue;
                    static toObject(message: opentelemetry.proto.common.v1.AnyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace AnyValue {
                    interface $Properties {
                        string_value?: (string|null);
                        bool_value?: (boolean|null);
                        int_value?: (number|Long|null);
                        double_value?: (number|null);
                        array_value?: (opentelemetry.proto.common.v1.ArrayValue.$Properties|null);
                        kvlist_value?: (opentelemetry.proto.common.v1.KeyValueList.$Properties|null);
                        bytes_value?: (Uint8Array|null);
                        value?: ("string_value"|"bool_value"|"int_value"|"double_value"|"array_value"|"kvlist_value"|"bytes_value");
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      string_value?: string|null;
                      bool_value?: boolean|null;
                      int_value?: number|Long|null;
                      double_value?: number|null;
                      array_value?: opentelemetry.proto.common.v1.ArrayValue.$Shape|null;
                      kvlist_value?: opentelemetry.proto.common.v1.KeyValueList.$Shape|null;
                      bytes_value?: Uint8Array|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ value?: undefined; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "string_value"; string_value: string; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "bool_value"; string_value?: null; bool_value: boolean; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "int_value"; string_value?: null; bool_value?: null; int_value: number|Long; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "double_value"; string_value?: null; bool_value?: null; int_value?: null; double_value: number; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "array_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value: opentelemetry.proto.common.v1.ArrayValue.$Shape; kvlist_value?: null; bytes_value?: null }|{ value?: "kvlist_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value: opentelemetry.proto.common.v1.KeyValueList.$Shape; bytes_value?: null }|{ value?: "bytes_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value: Uint8Array })
                    );
                }

                interface IArrayValue extends opentelemetry.proto.common.v1.ArrayValue.$Properties {
                }

                class ArrayValue {
                    constructor(properties?: opentelemetry.proto.common.v1.ArrayValue.$Properties);
                    $unknowns?: Uint8Array[];
                    values: opentelemetry.proto.common.v1.AnyValue.$Properties[];
                    static create(properties: opentelemetry.proto.common.v1.ArrayValue.$Shape): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.ArrayValue.$Properties): opentelemetry.proto.common.v1.ArrayValue;
                    static encode(message: opentelemetry.proto.common.v1.ArrayValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.common.v1.ArrayValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.ArrayValue;
                    static toObject(message: opentelemetry.proto.common.v1.ArrayValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ArrayValue {
                    interface $Properties {
                        values?: (opentelemetry.proto.common.v1.AnyValue.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      values?: opentelemetry.proto.common.v1.AnyValue.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IKeyValueList extends opentelemetry.proto.common.v1.KeyValueList.$Properties {
                }

                class KeyValueList {
                    constructor(properties?: opentelemetry.proto.common.v1.KeyValueList.$Properties);
                    $unknowns?: Uint8Array[];
                    values: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    static create(properties: opentelemetry.proto.common.v1.KeyValueList.$Shape): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.KeyValueList.$Properties): opentelemetry.proto.common.v1.KeyValueList;
                    static encode(message: opentelemetry.proto.common.v1.KeyValueList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.common.v1.KeyValueList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.KeyValueList;
                    static toObject(message: opentelemetry.proto.common.v1.KeyValueList, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace KeyValueList {
                    interface $Properties {
                        values?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      values?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IKeyValue extends opentelemetry.proto.common.v1.KeyValue.$Properties {
                }

                class KeyValue {
                    constructor(properties?: opentelemetry.proto.common.v1.KeyValue.$Properties);
                    $unknowns?: Uint8Array[];
                    key: string;
                    value?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);
                    static create(properties: opentelemetry.proto.common.v1.KeyValue.$Shape): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.KeyValue.$Properties): opentelemetry.proto.common.v1.KeyValue;
                    static encode(message: opentelemetry.proto.common.v1.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.common.v1.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.KeyValue;
                    static toObject(message: opentelemetry.proto.common.v1.KeyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace KeyValue {
                    interface $Properties {
                        key?: (string|null);
                        value?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      key?: string|null;
                      value?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IInstrumentationScope extends opentelemetry.proto.common.v1.InstrumentationScope.$Properties {
                }

                class InstrumentationScope {
                    constructor(properties?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties);
                    $unknowns?: Uint8Array[];
                    name: string;
                    version: string;
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    dropped_attributes_count: number;
                    static create(properties: opentelemetry.proto.common.v1.InstrumentationScope.$Shape): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties): opentelemetry.proto.common.v1.InstrumentationScope;
                    static encode(message: opentelemetry.proto.common.v1.InstrumentationScope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.common.v1.InstrumentationScope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.InstrumentationScope;
                    static toObject(message: opentelemetry.proto.common.v1.InstrumentationScope, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace InstrumentationScope {
                    interface $Properties {
                        name?: (string|null);
                        version?: (string|null);
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        dropped_attributes_count?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      name?: string|null;
                      version?: string|null;
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      dropped_attributes_count?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }
            }
        }

        namespace resource {

            namespace v1 {

                interface IResource extends opentelemetry.proto.resource.v1.Resource.$Properties {
                }

                class Resource {
                    constructor(properties?: opentelemetry.proto.resource.v1.Resource.$Properties);
                    $unknowns?: Uint8Array[];
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    dropped_attributes_count: number;
                    static create(properties: opentelemetry.proto.resource.v1.Resource.$Shape): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                    static create(properties?: opentelemetry.proto.resource.v1.Resource.$Properties): opentelemetry.proto.resource.v1.Resource;
                    static encode(message: opentelemetry.proto.resource.v1.Resource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.resource.v1.Resource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                    static verify(message: { [k: string]: any }): (string|null);
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.resource.v1.Resource;
                    static toObject(message: opentelemetry.proto.resource.v1.Resource, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Resource {
                    interface $Properties {
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        dropped_attributes_count?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      dropped_attributes_count?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }
            }
        }
    }
}

export namespace io {

    namespace prometheus {

        namespace client {

            interface ILabelPair extends io.prometheus.client.LabelPair.$Properties {
            }

            class LabelPair {
                constructor(properties?: io.prometheus.client.LabelPair.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                value: string;
                static create(properties: io.prometheus.client.LabelPair.$Shape): io.prometheus.client.LabelPair & io.prometheus.client.LabelPair.$Shape;
                static create(properties?: io.prometheus.client.LabelPair.$Properties): io.prometheus.client.LabelPair;
                static encode(message: io.prometheus.client.LabelPair.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: io.prometheus.client.LabelPair.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.client.LabelPair & io.prometheus.client.LabelPair.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.prometheus.client.LabelPair & io.prometheus.client.LabelPair.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): io.prometheus.client.LabelPair;
                static toObject(message: io.prometheus.client.LabelPair, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace LabelPair {
                interface $Properties {
                    name?: (string|null);
                    value?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = io.prometheus.client.LabelPair.$Properties;
            }

            enum MetricType {
                COUNTER = 0,
                GAUGE = 1,
                SUMMARY = 2,
                UNTYPED = 3,
                HISTOGRAM = 4,
                GAUGE_HISTOGRAM = 5
            }

            interface IGauge extends io.prometheus.client.Gauge.$Properties {
            }

            class Gauge {
                constructor(properties?: io.prometheus.client.Gauge.$Properties);
                $unknowns?: Uint8Array[];
                value: number;
                static create(properties: io.prometheus.client.Gauge.$Shape): io.prometheus.client.Gauge & io.prometheus.client.Gauge.$Shape;
                static create(properties?: io.prometheus.client.Gauge.$Properties): io.prometheus.client.Gauge;
                static encode(message: io.prometheus.client.Gauge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: io.prometheus.client.Gauge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.client.Gauge & io.prometheus.client.Gauge.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.prometheus.client.Gauge & io.prometheus.client.Gauge.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): io.prometheus.client.Gauge;
                static toObject(message: io.prometheus.client.Gauge, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Gauge {
                interface $Properties {
                    value?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = io.prometheus.client.Gauge.$Properties;
            }

            interface ICounter extends io.prometheus.client.Counter.$Properties {
            }

            class Counter {
                constructor(properties?: io.prometheus.client.Counter.$Properties);
                $unknowns?: Uint8Array[];
                value: number;
                exemplar?: (io.prometheus.client.Exemplar.$Properties|null);
                created_timestamp?: (google.protobuf.Timestamp.$Properties|null);
                static create(properties: io.prometheus.client.Counter.$Shape): io.prometheus.client.Counter & io.prometheus.client.Counter.$Shape;
                static create(properties?: io.prometheus.client.Counter.$Properties): io.prometheus.client.Counter;
                static encode(message: io.prometheus.client.Counter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: io.prometheus.client.Counter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.client.Counter & io.prometheus.client.Counter.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.prometheus.client.Counter & io.prometheus.client.Counter.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): io.prometheus.client.Counter;
                static toObject(message: io.prometheus.client.Counter, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Counter {
                interface $Properties {
                    value?: (number|null);
                    exemplar?: (io.prometheus.client.Exemplar.$Properties|null);
                    created_timestamp?: (google.protobuf.Timestamp.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = io.prometheus.client.Counter.$Properties;
            }

            interface IHistogram extends io.prometheus.client.Histogram.$Properties {
            }

            class Histogram {
                constructor(properties?: io.prometheus.client.Histogram.$Properties);
                $unknowns?: Uint8Array[];
                sample_count: (number|Long);
                sample_sum: number;
                bucket: io.prometheus.client.Bucket.$Properties[];
                schema: number;
                zero_threshold: number;
                zero_count: (number|Long);
                negative_span: io.prometheus.client.BucketSpan.$Properties[];
                negative_delta: (number|Long)[];
                positive_span: io.prometheus.client.BucketSpan.$Properties[];
                positive_delta: (number|Long)[];
                created_timestamp?: (google.protobuf.Timestamp.$Properties|null);
                exemplars: io.prometheus.client.Exemplar.$Properties[];
                static create(properties: io.prometheus.client.Histogram.$Shape): io.prometheus.client.Histogram & io.prometheus.client.Histogram.$Shape;
                static create(properties?: io.prometheus.client.Histogram.$Properties): io.prometheus.client.Histogram;
                static encode(message: io.prometheus.client.Histogram.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: io.prometheus.client.Histogram.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.client.Histogram & io.prometheus.client.Histogram.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.prometheus.client.Histogram & io.prometheus.client.Histogram.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): io.prometheus.client.Histogram;
                static toObject(message: io.prometheus.client.Histogram, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Histogram {
                interface $Properties {
                    sample_count?: (number|Long|null);
                    sample_sum?: (number|null);
                    bucket?: (io.prometheus.client.Bucket.$Properties[]|null);
                    schema?: (number|null);
                    zero_threshold?: (number|null);
                    zero_count?: (number|Long|null);
                    negative_span?: (io.prometheus.client.BucketSpan.$Properties[]|null);
                    negative_delta?: ((number|Long)[]|null);
                    positive_span?: (io.prometheus.client.BucketSpan.$Properties[]|null);
                    positive_delta?: ((number|Long)[]|null);
                    created_timestamp?: (google.protobuf.Timestamp.$Properties|null);
                    exemplars?: (io.prometheus.client.Exemplar.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = io.prometheus.client.Histogram.$Properties;
            }

            interface IBucket extends io.prometheus.client.Bucket.$Properties {
            }

            class Bucket {
                constructor(properties?: io.prometheus.client.Bucket.$Properties);
                $unknowns?: Uint8Array[];
                cumulative_count: (number|Long);
                upper_bound: number;
                exemplar?: (io.prometheus.client.Exemplar.$Properties|null);
                static create(properties: io.prometheus.client.Bucket.$Shape): io.prometheus.client.Bucket & io.prometheus.client.Bucket.$Shape;
                static create(properties?: io.prometheus.client.Bucket.$Properties): io.prometheus.client.Bucket;
                static encode(message: io.prometheus.client.Bucket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: io.prometheus.client.Bucket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.client.Bucket & io.prometheus.client.Bucket.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.prometheus.client.Bucket & io.prometheus.client.Bucket.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): io.prometheus.client.Bucket;
                static toObject(message: io.prometheus.client.Bucket, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Bucket {
                interface $Properties {
                    cumulative_count?: (number|Long|null);
                    upper_bound?: (number|null);
                    exemplar?: (io.prometheus.client.Exemplar.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = io.prometheus.client.Bucket.$Properties;
            }

            interface IBucketSpan extends io.prometheus.client.BucketSpan.$Properties {
            }

            class BucketSpan {
                constructor(properties?: io.prometheus.client.BucketSpan.$Properties);
                $unknowns?: Uint8Array[];
                offset: number;
                length: number;
                static create(properties: io.prometheus.client.BucketSpan.$Shape): io.prometheus.client.BucketSpan & io.prometheus.client.BucketSpan.$Shape;
                static create(properties?: io.prometheus.client.BucketSpan.$Properties): io.prometheus.client.BucketSpan;
                static encode(message: io.prometheus.client.BucketSpan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: io.prometheus.client.BucketSpan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.client.BucketSpan & io.prometheus.client.BucketSpan.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.prometheus.client.BucketSpan & io.prometheus.client.BucketSpan.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): io.prometheus.client.BucketSpan;
                static toObject(message: io.prometheus.client.BucketSpan, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace BucketSpan {
                interface $Properties {
                    offset?: (number|null);
                    length?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = io.prometheus.client.BucketSpan.$Properties;
            }

            interface IExemplar extends io.prometheus.client.Exemplar.$Properties {
            }

            class Exemplar {
                constructor(properties?: io.prometheus.client.Exemplar.$Properties);
                $unknowns?: Uint8Array[];
                label: io.prometheus.client.LabelPair.$Properties[];
                value: number;
                timestamp?: (google.protobuf.Timestamp.$Properties|null);
                static create(properties: io.prometheus.client.Exemplar.$Shape): io.prometheus.client.Exemplar & io.prometheus.client.Exemplar.$Shape;
                static create(properties?: io.prometheus.client.Exemplar.$Properties): io.prometheus.client.Exemplar;
                static encode(message: io.prometheus.client.Exemplar.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: io.prometheus.client.Exemplar.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.client.Exemplar & io.prometheus.client.Exemplar.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.prometheus.client.Exemplar & io.prometheus.client.Exemplar.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): io.prometheus.client.Exemplar;
                static toObject(message: io.prometheus.client.Exemplar, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Exemplar {
                interface $Properties {
                    label?: (io.prometheus.client.LabelPair.$Properties[]|null);
                    value?: (number|null);
                    timestamp?: (google.protobuf.Timestamp.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = io.prometheus.client.Exemplar.$Properties;
            }

            interface IMetric extends io.prometheus.client.Metric.$Properties {
            }

            class Metric {
                constructor(properties?: io.prometheus.client.Metric.$Properties);
                $unknowns?: Uint8Array[];
                label: io.prometheus.client.LabelPair.$Properties[];
                gauge?: (io.prometheus.client.Gauge.$Properties|null);
                counter?: (io.prometheus.client.Counter.$Properties|null);
                histogram?: (io.prometheus.client.Histogram.$Properties|null);
                static create(properties: io.prometheus.client.Metric.$Shape): io.prometheus.client.Metric & io.prometheus.client.Metric.$Shape;
                static create(properties?: io.prometheus.client.Metric.$Properties): io.prometheus.client.Metric;
                static encode(message: io.prometheus.client.Metric.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: io.prometheus.client.Metric.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.client.Metric & io.prometheus.client.Metric.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.prometheus.client.Metric & io.prometheus.client.Metric.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): io.prometheus.client.Metric;
                static toObject(message: io.prometheus.client.Metric, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Metric {
                interface $Properties {
                    label?: (io.prometheus.client.LabelPair.$Properties[]|null);
                    gauge?: (io.prometheus.client.Gauge.$Properties|null);
                    counter?: (io.prometheus.client.Counter.$Properties|null);
                    histogram?: (io.prometheus.client.Histogram.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = io.prometheus.client.Metric.$Properties;
            }

            interface IMetricFamily extends io.prometheus.client.MetricFamily.$Properties {
            }

            class MetricFamily {
                constructor(properties?: io.prometheus.client.MetricFamily.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                help: string;
                type: io.prometheus.client.MetricType;
                metric: io.prometheus.client.Metric.$Properties[];
                static create(properties: io.prometheus.client.MetricFamily.$Shape): io.prometheus.client.MetricFamily & io.prometheus.client.MetricFamily.$Shape;
                static create(properties?: io.prometheus.client.MetricFamily.$Properties): io.prometheus.client.MetricFamily;
                static encode(message: io.prometheus.client.MetricFamily.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: io.prometheus.client.MetricFamily.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.client.MetricFamily & io.prometheus.client.MetricFamily.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.prometheus.client.MetricFamily & io.prometheus.client.MetricFamily.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): io.prometheus.client.MetricFamily;
                static toObject(message: io.prometheus.client.MetricFamily, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MetricFamily {
                interface $Properties {
                    name?: (string|null);
                    help?: (string|null);
                    type?: (io.prometheus.client.MetricType|null);
                    metric?: (io.prometheus.client.Metric.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = io.prometheus.client.MetricFamily.$Properties;
            }
        }
    }
}
