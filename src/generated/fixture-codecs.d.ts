import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace testdata {

    namespace als {

        interface IStreamAccessLogsMessage extends testdata.als.StreamAccessLogsMessage.$Properties {
        }

        class StreamAccessLogsMessage {
            constructor(properties?: testdata.als.StreamAccessLogsMessage.$Properties);
            $unknowns?: Uint8Array[];
            identifier?: (testdata.als.StreamAccessLogsMessage.Identifier.$Properties|null);
            http_logs?: (testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties|null);
            tcp_logs?: (testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties|null);
            log_entries?: ("http_logs"|"tcp_logs");
            static create(properties: testdata.als.StreamAccessLogsMessage.$Shape): testdata.als.StreamAccessLogsMessage & testdata.als.StreamAccessLogsMessage.$Shape;
            static create(properties?: testdata.als.StreamAccessLogsMessage.$Properties): testdata.als.StreamAccessLogsMessage;
            static encode(message: testdata.als.StreamAccessLogsMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: testdata.als.StreamAccessLogsMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.StreamAccessLogsMessage & testdata.als.StreamAccessLogsMessage.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.StreamAccessLogsMessage & testdata.als.StreamAccessLogsMessage.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): testdata.als.StreamAccessLogsMessage;
            static toObject(message: testdata.als.StreamAccessLogsMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamAccessLogsMessage {
            interface $Properties {
                identifier?: (testdata.als.StreamAccessLogsMessage.Identifier.$Properties|null);
                http_logs?: (testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties|null);
                tcp_logs?: (testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties|null);
                log_entries?: ("http_logs"|"tcp_logs");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              identifier?: testdata.als.StreamAccessLogsMessage.Identifier.$Shape|null;
              http_logs?: testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape|null;
              tcp_logs?: testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ log_entries?: undefined; http_logs?: null; tcp_logs?: null }|{ log_entries?: "http_logs"; http_logs: testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape; tcp_logs?: null }|{ log_entries?: "tcp_logs"; http_logs?: null; tcp_logs: testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape })
            );

            interface IIdentifier extends testdata.als.StreamAccessLogsMessage.Identifier.$Properties {
            }

            class Identifier {
                constructor(properties?: testdata.als.StreamAccessLogsMessage.Identifier.$Properties);
                $unknowns?: Uint8Array[];
                node?: (testdata.als.Node.$Properties|null);
                log_name: string;
                static create(properties: testdata.als.StreamAccessLogsMessage.Identifier.$Shape): testdata.als.StreamAccessLogsMessage.Identifier & testdata.als.StreamAccessLogsMessage.Identifier.$Shape;
                static create(properties?: testdata.als.StreamAccessLogsMessage.Identifier.$Properties): testdata.als.StreamAccessLogsMessage.Identifier;
                static encode(message: testdata.als.StreamAccessLogsMessage.Identifier.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: testdata.als.StreamAccessLogsMessage.Identifier.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.StreamAccessLogsMessage.Identifier & testdata.als.StreamAccessLogsMessage.Identifier.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.StreamAccessLogsMessage.Identifier & testdata.als.StreamAccessLogsMessage.Identifier.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): testdata.als.StreamAccessLogsMessage.Identifier;
                static toObject(message: testdata.als.StreamAccessLogsMessage.Identifier, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Identifier {
                interface $Properties {
                    node?: (testdata.als.Node.$Properties|null);
                    log_name?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  node?: testdata.als.Node.$Shape|null;
                  log_name?: string|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface IHTTPAccessLogEntries extends testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties {
            }

            class HTTPAccessLogEntries {
                constructor(properties?: testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties);
                $unknowns?: Uint8Array[];
                log_entry: testdata.als.HTTPAccessLogEntry.$Properties[];
                static create(properties: testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape): testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries & testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape;
                static create(properties?: testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties): testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries;
                static encode(message: testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries & testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries & testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries;
                static toObject(message: testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace HTTPAccessLogEntries {
                interface $Properties {
                    log_entry?: (testdata.als.HTTPAccessLogEntry.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  log_entry?: testdata.als.HTTPAccessLogEntry.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface ITCPAccessLogEntries extends testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties {
            }

            class TCPAccessLogEntries {
                constructor(properties?: testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties);
                $unknowns?: Uint8Array[];
                log_entry: testdata.als.TCPAccessLogEntry.$Properties[];
                static create(properties: testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape): testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries & testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape;
                static create(properties?: testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties): testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries;
                static encode(message: testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries & testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries & testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries;
                static toObject(message: testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace TCPAccessLogEntries {
                interface $Properties {
                    log_entry?: (testdata.als.TCPAccessLogEntry.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  log_entry?: testdata.als.TCPAccessLogEntry.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }
        }

        interface INode extends testdata.als.Node.$Properties {
        }

        class Node {
            constructor(properties?: testdata.als.Node.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            cluster: string;
            metadata?: (google.protobuf.Struct.$Properties|null);
            locality?: (testdata.als.Locality.$Properties|null);
            user_agent_name: string;
            user_agent_version?: (string|null);
            user_agent_version_type?: "user_agent_version";
            static create(properties: testdata.als.Node.$Shape): testdata.als.Node & testdata.als.Node.$Shape;
            static create(properties?: testdata.als.Node.$Properties): testdata.als.Node;
            static encode(message: testdata.als.Node.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: testdata.als.Node.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.Node & testdata.als.Node.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.Node & testdata.als.Node.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): testdata.als.Node;
            static toObject(message: testdata.als.Node, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Node {
            interface $Properties {
                id?: (string|null);
                cluster?: (string|null);
                metadata?: (google.protobuf.Struct.$Properties|null);
                locality?: (testdata.als.Locality.$Properties|null);
                user_agent_name?: (string|null);
                user_agent_version?: (string|null);
                user_agent_version_type?: "user_agent_version";
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              id?: string|null;
              cluster?: string|null;
              metadata?: google.protobuf.Struct.$Shape|null;
              locality?: testdata.als.Locality.$Shape|null;
              user_agent_name?: string|null;
              user_agent_version?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ user_agent_version_type?: undefined; user_agent_version?: null }|{ user_agent_version_type?: "user_agent_version"; user_agent_version: string })
            );
        }

        interface ILocality extends testdata.als.Locality.$Properties {
        }

        class Locality {
            constructor(properties?: testdata.als.Locality.$Properties);
            $unknowns?: Uint8Array[];
            region: string;
            zone: string;
            sub_zone: string;
            static create(properties: testdata.als.Locality.$Shape): testdata.als.Locality & testdata.als.Locality.$Shape;
            static create(properties?: testdata.als.Locality.$Properties): testdata.als.Locality;
            static encode(message: testdata.als.Locality.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: testdata.als.Locality.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.Locality & testdata.als.Locality.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.Locality & testdata.als.Locality.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): testdata.als.Locality;
            static toObject(message: testdata.als.Locality, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Locality {
            interface $Properties {
                region?: (string|null);
                zone?: (string|null);
                sub_zone?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = testdata.als.Locality.$Properties;
        }

        interface IAddress extends testdata.als.Address.$Properties {
        }

        class Address {
            constructor(properties?: testdata.als.Address.$Properties);
            $unknowns?: Uint8Array[];
            socket_address?: (testdata.als.SocketAddress.$Properties|null);
            address?: "socket_address";
            static create(properties: testdata.als.Address.$Shape): testdata.als.Address & testdata.als.Address.$Shape;
            static create(properties?: testdata.als.Address.$Properties): testdata.als.Address;
            static encode(message: testdata.als.Address.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: testdata.als.Address.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.Address & testdata.als.Address.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.Address & testdata.als.Address.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): testdata.als.Address;
            static toObject(message: testdata.als.Address, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Address {
            interface $Properties {
                socket_address?: (testdata.als.SocketAddress.$Properties|null);
                address?: "socket_address";
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              socket_address?: testdata.als.SocketAddress.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ address?: undefined; socket_address?: null }|{ address?: "socket_address"; socket_address: testdata.als.SocketAddress.$Shape })
            );
        }

        interface ISocketAddress extends testdata.als.SocketAddress.$Properties {
        }

        class SocketAddress {
            constructor(properties?: testdata.als.SocketAddress.$Properties);
            $unknowns?: Uint8Array[];
            protocol: testdata.als.SocketAddress.Protocol;
            address: string;
            port_value?: (number|null);
            named_port?: (string|null);
            port_specifier?: ("port_value"|"named_port");
            static create(properties: testdata.als.SocketAddress.$Shape): testdata.als.SocketAddress & testdata.als.SocketAddress.$Shape;
            static create(properties?: testdata.als.SocketAddress.$Properties): testdata.als.SocketAddress;
            static encode(message: testdata.als.SocketAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: testdata.als.SocketAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.SocketAddress & testdata.als.SocketAddress.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.SocketAddress & testdata.als.SocketAddress.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): testdata.als.SocketAddress;
            static toObject(message: testdata.als.SocketAddress, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SocketAddress {
            interface $Properties {
                protocol?: (testdata.als.SocketAddress.Protocol|null);
                address?: (string|null);
                port_value?: (number|null);
                named_port?: (string|null);
                port_specifier?: ("port_value"|"named_port");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              protocol?: testdata.als.SocketAddress.Protocol|null;
              address?: string|null;
              port_value?: number|null;
              named_port?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ port_specifier?: undefined; port_value?: null; named_port?: null }|{ port_specifier?: "port_value"; port_value: number; named_port?: null }|{ port_specifier?: "named_port"; port_value?: null; named_port: string })
            );

            enum Protocol {
                TCP = 0,
                UDP = 1
            }
        }

        interface ITCPAccessLogEntry extends testdata.als.TCPAccessLogEntry.$Properties {
        }

        class TCPAccessLogEntry {
            constructor(properties?: testdata.als.TCPAccessLogEntry.$Properties);
            $unknowns?: Uint8Array[];
            common_properties?: (testdata.als.AccessLogCommon.$Properties|null);
            connection_properties?: (testdata.als.ConnectionProperties.$Properties|null);
            static create(properties: testdata.als.TCPAccessLogEntry.$Shape): testdata.als.TCPAccessLogEntry & testdata.als.TCPAccessLogEntry.$Shape;
            static create(properties?: testdata.als.TCPAccessLogEntry.$Properties): testdata.als.TCPAccessLogEntry;
            static encode(message: testdata.als.TCPAccessLogEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: testdata.als.TCPAccessLogEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.TCPAccessLogEntry & testdata.als.TCPAccessLogEntry.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.TCPAccessLogEntry & testdata.als.TCPAccessLogEntry.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): testdata.als.TCPAccessLogEntry;
            static toObject(message: testdata.als.TCPAccessLogEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TCPAccessLogEntry {
            interface $Properties {
                common_properties?: (testdata.als.AccessLogCommon.$Properties|null);
                connection_properties?: (testdata.als.ConnectionProperties.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              common_properties?: testdata.als.AccessLogCommon.$Shape|null;
              connection_properties?: testdata.als.ConnectionProperties.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IHTTPAccessLogEntry extends testdata.als.HTTPAccessLogEntry.$Properties {
        }

        class HTTPAccessLogEntry {
            constructor(properties?: testdata.als.HTTPAccessLogEntry.$Properties);
            $unknowns?: Uint8Array[];
            common_properties?: (testdata.als.AccessLogCommon.$Properties|null);
            protocol_version: testdata.als.HTTPAccessLogEntry.HTTPVersion;
            request?: (testdata.als.HTTPRequestProperties.$Properties|null);
            response?: (testdata.als.HTTPResponseProperties.$Properties|null);
            static create(properties: testdata.als.HTTPAccessLogEntry.$Shape): testdata.als.HTTPAccessLogEntry & testdata.als.HTTPAccessLogEntry.$Shape;
            static create(properties?: testdata.als.HTTPAccessLogEntry.$Properties): testdata.als.HTTPAccessLogEntry;
            static encode(message: testdata.als.HTTPAccessLogEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: testdata.als.HTTPAccessLogEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.HTTPAccessLogEntry & testdata.als.HTTPAccessLogEntry.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.HTTPAccessLogEntry & testdata.als.HTTPAccessLogEntry.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): testdata.als.HTTPAccessLogEntry;
            static toObject(message: testdata.als.HTTPAccessLogEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HTTPAccessLogEntry {
            interface $Properties {
                common_properties?: (testdata.als.AccessLogCommon.$Properties|null);
                protocol_version?: (testdata.als.HTTPAccessLogEntry.HTTPVersion|null);
                request?: (testdata.als.HTTPRequestProperties.$Properties|null);
                response?: (testdata.als.HTTPResponseProperties.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              common_properties?: testdata.als.AccessLogCommon.$Shape|null;
              protocol_version?: testdata.als.HTTPAccessLogEntry.HTTPVersion|null;
              request?: testdata.als.HTTPRequestProperties.$Shape|null;
              response?: testdata.als.HTTPResponseProperties.$Shape|null;
              $unknowns?: Uint8Array[];
            };

            enum HTTPVersion {
                PROTOCOL_UNSPECIFIED = 0,
                HTTP10 = 1,
                HTTP11 = 2,
                HTTP2 = 3,
                HTTP3 = 4
            }
        }

        interface IConnectionProperties extends testdata.als.ConnectionProperties.$Properties {
        }

        class ConnectionProperties {
            constructor(properties?: testdata.als.ConnectionProperties.$Properties);
            $unknowns?: Uint8Array[];
            received_bytes: (number|Long);
            sent_bytes: (number|Long);
            static create(properties: testdata.als.ConnectionProperties.$Shape): testdata.als.ConnectionProperties & testdata.als.ConnectionProperties.$Shape;
            static create(properties?: testdata.als.ConnectionProperties.$Properties): testdata.als.ConnectionProperties;
            static encode(message: testdata.als.ConnectionProperties.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: testdata.als.ConnectionProperties.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.ConnectionProperties & testdata.als.ConnectionProperties.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.ConnectionProperties & testdata.als.ConnectionProperties.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): testdata.als.ConnectionProperties;
            static toObject(message: testdata.als.ConnectionProperties, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConnectionProperties {
            interface $Properties {
                received_bytes?: (number|Long|null);
                sent_bytes?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = testdata.als.ConnectionProperties.$Properties;
        }

        interface IAccessLogCommon extends testdata.als.AccessLogCommon.$Properties {
        }

        class AccessLogCommon {
            constructor(properties?: testdata.als.AccessLogCommon.$Properties);
            $unknowns?: Uint8Array[];
            sample_rate: number;
            downstream_remote_address?: (testdata.als.Address.$Properties|null);
            downstream_local_address?: (testdata.als.Address.$Properties|null);
            start_time?: (google.protobuf.Timestamp.$Properties|null);
            time_to_last_rx_byte?: (google.protobuf.Duration.$Properties|null);
            time_to_first_upstream_tx_byte?: (google.protobuf.Duration.$Properties|null);
            time_to_last_upstream_tx_byte?: (google.protobuf.Duration.$Properties|null);
            time_to_first_upstream_rx_byte?: (google.protobuf.Duration.$Properties|null);
            time_to_last_upstream_rx_byte?: (google.protobuf.Duration.$Properties|null);
            time_to_first_downstream_tx_byte?: (google.protobuf.Duration.$Properties|null);
            time_to_last_downstream_tx_byte?: (google.protobuf.Duration.$Properties|null);
            upstream_remote_address?: (testdata.als.Address.$Properties|null);
            upstream_local_address?: (testdata.als.Address.$Properties|null);
            upstream_cluster: string;
            response_flags?: (testdata.als.ResponseFlags.$Properties|null);
            upstream_transport_failure_reason: string;
            route_name: string;
            downstream_direct_remote_address?: (testdata.als.Address.$Properties|null);
            filter_state_objects: { [k: string]: google.protobuf.Any.$Properties };
            custom_tags: { [k: string]: string };
            duration?: (google.protobuf.Duration.$Properties|null);
            upstream_request_attempt_count: number;
            connection_termination_details: string;
            stream_id: string;
            intermediate_log_entry: boolean;
            downstream_transport_failure_reason: string;
            downstream_wire_bytes_sent: (number|Long);
            downstream_wire_bytes_received: (number|Long);
            upstream_wire_bytes_sent: (number|Long);
            upstream_wire_bytes_received: (number|Long);
            access_log_type: envoy.data.accesslog.v3.AccessLogType;
            static create(properties: testdata.als.AccessLogCommon.$Shape): testdata.als.AccessLogCommon & testdata.als.AccessLogCommon.$Shape;
            static create(properties?: testdata.als.AccessLogCommon.$Properties): testdata.als.AccessLogCommon;
            static encode(message: testdata.als.AccessLogCommon.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: testdata.als.AccessLogCommon.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.AccessLogCommon & testdata.als.AccessLogCommon.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.AccessLogCommon & testdata.als.AccessLogCommon.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): testdata.als.AccessLogCommon;
            static toObject(message: testdata.als.AccessLogCommon, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AccessLogCommon {
            interface $Properties {
                sample_rate?: (number|null);
                downstream_remote_address?: (testdata.als.Address.$Properties|null);
                downstream_local_address?: (testdata.als.Address.$Properties|null);
                start_time?: (google.protobuf.Timestamp.$Properties|null);
                time_to_last_rx_byte?: (google.protobuf.Duration.$Properties|null);
                time_to_first_upstream_tx_byte?: (google.protobuf.Duration.$Properties|null);
                time_to_last_upstream_tx_byte?: (google.protobuf.Duration.$Properties|null);
                time_to_first_upstream_rx_byte?: (google.protobuf.Duration.$Properties|null);
                time_to_last_upstream_rx_byte?: (google.protobuf.Duration.$Properties|null);
                time_to_first_downstream_tx_byte?: (google.protobuf.Duration.$Properties|null);
                time_to_last_downstream_tx_byte?: (google.protobuf.Duration.$Properties|null);
                upstream_remote_address?: (testdata.als.Address.$Properties|null);
                upstream_local_address?: (testdata.als.Address.$Properties|null);
                upstream_cluster?: (string|null);
                response_flags?: (testdata.als.ResponseFlags.$Properties|null);
                upstream_transport_failure_reason?: (string|null);
                route_name?: (string|null);
                downstream_direct_remote_address?: (testdata.als.Address.$Properties|null);
                filter_state_objects?: ({ [k: string]: google.protobuf.Any.$Properties }|null);
                custom_tags?: ({ [k: string]: string }|null);
                duration?: (google.protobuf.Duration.$Properties|null);
                upstream_request_attempt_count?: (number|null);
                connection_termination_details?: (string|null);
                stream_id?: (string|null);
                intermediate_log_entry?: (boolean|null);
                downstream_transport_failure_reason?: (string|null);
                downstream_wire_bytes_sent?: (number|Long|null);
                downstream_wire_bytes_received?: (number|Long|null);
                upstream_wire_bytes_sent?: (number|Long|null);
                upstream_wire_bytes_received?: (number|Long|null);
                access_log_type?: (envoy.data.accesslog.v3.AccessLogType|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              sample_rate?: number|null;
              downstream_remote_address?: testdata.als.Address.$Shape|null;
              downstream_local_address?: testdata.als.Address.$Shape|null;
              start_time?: google.protobuf.Timestamp.$Shape|null;
              time_to_last_rx_byte?: google.protobuf.Duration.$Shape|null;
              time_to_first_upstream_tx_byte?: google.protobuf.Duration.$Shape|null;
              time_to_last_upstream_tx_byte?: google.protobuf.Duration.$Shape|null;
              time_to_first_upstream_rx_byte?: google.protobuf.Duration.$Shape|null;
              time_to_last_upstream_rx_byte?: google.protobuf.Duration.$Shape|null;
              time_to_first_downstream_tx_byte?: google.protobuf.Duration.$Shape|null;
              time_to_last_downstream_tx_byte?: google.protobuf.Duration.$Shape|null;
              upstream_remote_address?: testdata.als.Address.$Shape|null;
              upstream_local_address?: testdata.als.Address.$Shape|null;
              upstream_cluster?: string|null;
              response_flags?: testdata.als.ResponseFlags.$Shape|null;
              upstream_transport_failure_reason?: string|null;
              route_name?: string|null;
              downstream_direct_remote_address?: testdata.als.Address.$Shape|null;
              filter_state_objects?: { [k: string]: google.protobuf.Any.$Shape }|null;
              custom_tags?: { [k: string]: string }|null;
              duration?: google.protobuf.Duration.$Shape|null;
              upstream_request_attempt_count?: number|null;
              connection_termination_details?: string|null;
              stream_id?: string|null;
              intermediate_log_entry?: boolean|null;
              downstream_transport_failure_reason?: string|null;
              downstream_wire_bytes_sent?: number|Long|null;
              downstream_wire_bytes_received?: number|Long|null;
              upstream_wire_bytes_sent?: number|Long|null;
              upstream_wire_bytes_received?: number|Long|null;
              access_log_type?: envoy.data.accesslog.v3.AccessLogType|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IResponseFlags extends testdata.als.ResponseFlags.$Properties {
        }

        class ResponseFlags {
            constructor(properties?: testdata.als.ResponseFlags.$Properties);
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
            unauthorized_details?: (testdata.als.ResponseFlags.Unauthorized.$Properties|null);
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
            static create(properties: testdata.als.ResponseFlags.$Shape): testdata.als.ResponseFlags & testdata.als.ResponseFlags.$Shape;
            static create(properties?: testdata.als.ResponseFlags.$Properties): testdata.als.ResponseFlags;
            static encode(message: testdata.als.ResponseFlags.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: testdata.als.ResponseFlags.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.ResponseFlags & testdata.als.ResponseFlags.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.ResponseFlags & testdata.als.ResponseFlags.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): testdata.als.ResponseFlags;
            static toObject(message: testdata.als.ResponseFlags, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
                unauthorized_details?: (testdata.als.ResponseFlags.Unauthorized.$Properties|null);
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
            type $Shape = testdata.als.ResponseFlags.$Properties;

            interface IUnauthorized extends testdata.als.ResponseFlags.Unauthorized.$Properties {
            }

            class Unauthorized {
                constructor(properties?: testdata.als.ResponseFlags.Unauthorized.$Properties);
                $unknowns?: Uint8Array[];
                reason: testdata.als.ResponseFlags.Unauthorized.Reason;
                static create(properties: testdata.als.ResponseFlags.Unauthorized.$Shape): testdata.als.ResponseFlags.Unauthorized & testdata.als.ResponseFlags.Unauthorized.$Shape;
                static create(properties?: testdata.als.ResponseFlags.Unauthorized.$Properties): testdata.als.ResponseFlags.Unauthorized;
                static encode(message: testdata.als.ResponseFlags.Unauthorized.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: testdata.als.ResponseFlags.Unauthorized.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.ResponseFlags.Unauthorized & testdata.als.ResponseFlags.Unauthorized.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.ResponseFlags.Unauthorized & testdata.als.ResponseFlags.Unauthorized.$Shape;
                static verify(message: { [k: string]: any }): (string|null);
                static fromObject(object: { [k: string]: any }): testdata.als.ResponseFlags.Unauthorized;
                static toObject(message: testdata.als.ResponseFlags.Unauthorized, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Unauthorized {
                interface $Properties {
                    reason?: (testdata.als.ResponseFlags.Unauthorized.Reason|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = testdata.als.ResponseFlags.Unauthorized.$Properties;

                enum Reason {
                    REASON_UNSPECIFIED = 0,
                    EXTERNAL_SERVICE = 1
                }
            }
        }

        interface IHTTPRequestProperties extends testdata.als.HTTPRequestProperties.$Properties {
        }

        class HTTPRequestProperties {
            constructor(properties?: testdata.als.HTTPRequestProperties.$Properties);
            $unknowns?: Uint8Array[];
            request_method: envoy.config.core.v3.RequestMethod;
            scheme: string;
            authority: string;
            port?: (google.protobuf.UInt32Value.$Properties|null);
            path: string;
            user_agent: string;
            referer: string;
            forwarded_for: string;
            request_id: string;
            original_path: string;
            request_headers_bytes: (number|Long);
            request_body_bytes: (number|Long);
            request_headers: { [k: string]: string };
            upstream_header_bytes_sent: (number|Long);
            downstream_header_bytes_received: (number|Long);
            static create(properties: testdata.als.HTTPRequestProperties.$Shape): testdata.als.HTTPRequestProperties & testdata.als.HTTPRequestProperties.$Shape;
            static create(properties?: testdata.als.HTTPRequestProperties.$Properties): testdata.als.HTTPRequestProperties;
            static encode(message: testdata.als.HTTPRequestProperties.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: testdata.als.HTTPRequestProperties.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.HTTPRequestProperties & testdata.als.HTTPRequestProperties.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.HTTPRequestProperties & testdata.als.HTTPRequestProperties.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): testdata.als.HTTPRequestProperties;
            static toObject(message: testdata.als.HTTPRequestProperties, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HTTPRequestProperties {
            interface $Properties {
                request_method?: (envoy.config.core.v3.RequestMethod|null);
                scheme?: (string|null);
                authority?: (string|null);
                port?: (google.protobuf.UInt32Value.$Properties|null);
                path?: (string|null);
                user_agent?: (string|null);
                referer?: (string|null);
                forwarded_for?: (string|null);
                request_id?: (string|null);
                original_path?: (string|null);
                request_headers_bytes?: (number|Long|null);
                request_body_bytes?: (number|Long|null);
                request_headers?: ({ [k: string]: string }|null);
                upstream_header_bytes_sent?: (number|Long|null);
                downstream_header_bytes_received?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = testdata.als.HTTPRequestProperties.$Properties;
        }

        interface IHTTPResponseProperties extends testdata.als.HTTPResponseProperties.$Properties {
        }

        class HTTPResponseProperties {
            constructor(properties?: testdata.als.HTTPResponseProperties.$Properties);
            $unknowns?: Uint8Array[];
            response_code?: (google.protobuf.UInt32Value.$Properties|null);
            response_headers_bytes: (number|Long);
            response_body_bytes: (number|Long);
            response_headers: { [k: string]: string };
            response_code_details: string;
            upstream_header_bytes_received: (number|Long);
            downstream_header_bytes_sent: (number|Long);
            static create(properties: testdata.als.HTTPResponseProperties.$Shape): testdata.als.HTTPResponseProperties & testdata.als.HTTPResponseProperties.$Shape;
            static create(properties?: testdata.als.HTTPResponseProperties.$Properties): testdata.als.HTTPResponseProperties;
            static encode(message: testdata.als.HTTPResponseProperties.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: testdata.als.HTTPResponseProperties.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): testdata.als.HTTPResponseProperties & testdata.als.HTTPResponseProperties.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): testdata.als.HTTPResponseProperties & testdata.als.HTTPResponseProperties.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): testdata.als.HTTPResponseProperties;
            static toObject(message: testdata.als.HTTPResponseProperties, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HTTPResponseProperties {
            interface $Properties {
                response_code?: (google.protobuf.UInt32Value.$Properties|null);
                response_headers_bytes?: (number|Long|null);
                response_body_bytes?: (number|Long|null);
                response_headers?: ({ [k: string]: string }|null);
                response_code_details?: (string|null);
                upstream_header_bytes_received?: (number|Long|null);
                downstream_header_bytes_sent?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = testdata.als.HTTPResponseProperties.$Properties;
        }
    }
}

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
