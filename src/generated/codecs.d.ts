import * as $protobuf from "protobufjs";
import Long = require("long");

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
                    $unknowns?: Uint8Array[];
                }
                type $Shape = adapter.gatewaymetric.config.Params.$Properties;
            }
        }
    }
}

export namespace google {

    namespace protobuf {

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
