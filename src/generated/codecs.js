/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const adapter = $root.adapter = (() => {

    /**
     * Namespace adapter.
     * @exports adapter
     * @namespace
     */
    const adapter = {};

    adapter.gatewaymetric = (function() {

        /**
         * Namespace gatewaymetric.
         * @memberof adapter
         * @namespace
         */
        const gatewaymetric = {};

        gatewaymetric.config = (function() {

            /**
             * Namespace config.
             * @memberof adapter.gatewaymetric
             * @namespace
             */
            const config = {};

            config.Params = (function() {

                /**
                 * Properties of a Params.
                 * @typedef {Object} adapter.gatewaymetric.config.Params.$Properties
                 * @property {string|null} [file_path] Params file_path
                 * @property {string|null} [gateway] Params gateway
                 * @property {Array.<string>|null} [gateway_variables] Params gateway_variables
                 * @property {Array.<string>|null} [host_variables] Params host_variables
                 * @property {Array.<string>|null} [path_variables] Params path_variables
                 * @property {Array.<string>|null} [method_variables] Params method_variables
                 * @property {Array.<string>|null} [code_variables] Params code_variables
                 * @property {Array.<string>|null} [duration_variables] Params duration_variables
                 * @property {Array.<string>|null} [request_bytes_variables] Params request_bytes_variables
                 * @property {Array.<string>|null} [response_bytes_variables] Params response_bytes_variables
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Params.
                 * @memberof adapter.gatewaymetric.config
                 * @interface IParams
                 * @augments adapter.gatewaymetric.config.Params.$Properties
                 * @deprecated Use adapter.gatewaymetric.config.Params.$Properties instead.
                 */

                /**
                 * Shape of a Params.
                 * @typedef {adapter.gatewaymetric.config.Params.$Properties} adapter.gatewaymetric.config.Params.$Shape
                 */

                /**
                 * Constructs a new Params.
                 * @memberof adapter.gatewaymetric.config
                 * @classdesc Represents a Params.
                 * @constructor
                 * @param {adapter.gatewaymetric.config.Params.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Params = function (properties) {
                    this.gateway_variables = [];
                    this.host_variables = [];
                    this.path_variables = [];
                    this.method_variables = [];
                    this.code_variables = [];
                    this.duration_variables = [];
                    this.request_bytes_variables = [];
                    this.response_bytes_variables = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Params file_path.
                 * @member {string} file_path
                 * @memberof adapter.gatewaymetric.config.Params
                 * @instance
                 */
                Params.prototype.file_path = "";

                /**
                 * Params gateway.
                 * @member {string} gateway
                 * @memberof adapter.gatewaymetric.config.Params
                 * @instance
                 */
                Params.prototype.gateway = "";

                /**
                 * Params gateway_variables.
                 * @member {Array.<string>} gateway_variables
                 * @memberof adapter.gatewaymetric.config.Params
                 * @instance
                 */
                Params.prototype.gateway_variables = $util.emptyArray;

                /**
                 * Params host_variables.
                 * @member {Array.<string>} host_variables
                 * @memberof adapter.gatewaymetric.config.Params
                 * @instance
                 */
                Params.prototype.host_variables = $util.emptyArray;

                /**
                 * Params path_variables.
                 * @member {Array.<string>} path_variables
                 * @memberof adapter.gatewaymetric.config.Params
                 * @instance
                 */
                Params.prototype.path_variables = $util.emptyArray;

                /**
                 * Params method_variables.
                 * @member {Array.<string>} method_variables
                 * @memberof adapter.gatewaymetric.config.Params
                 * @instance
                 */
                Params.prototype.method_variables = $util.emptyArray;

                /**
                 * Params code_variables.
                 * @member {Array.<string>} code_variables
                 * @memberof adapter.gatewaymetric.config.Params
                 * @instance
                 */
                Params.prototype.code_variables = $util.emptyArray;

                /**
                 * Params duration_variables.
                 * @member {Array.<string>} duration_variables
                 * @memberof adapter.gatewaymetric.config.Params
                 * @instance
                 */
                Params.prototype.duration_variables = $util.emptyArray;

                /**
                 * Params request_bytes_variables.
                 * @member {Array.<string>} request_bytes_variables
                 * @memberof adapter.gatewaymetric.config.Params
                 * @instance
                 */
                Params.prototype.request_bytes_variables = $util.emptyArray;

                /**
                 * Params response_bytes_variables.
                 * @member {Array.<string>} response_bytes_variables
                 * @memberof adapter.gatewaymetric.config.Params
                 * @instance
                 */
                Params.prototype.response_bytes_variables = $util.emptyArray;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof adapter.gatewaymetric.config.Params
                 * @static
                 * @param {adapter.gatewaymetric.config.Params.$Properties=} [properties] Properties to set
                 * @returns {adapter.gatewaymetric.config.Params} Params instance
                 * @type {{
                 *   (properties: adapter.gatewaymetric.config.Params.$Shape): adapter.gatewaymetric.config.Params & adapter.gatewaymetric.config.Params.$Shape;
                 *   (properties?: adapter.gatewaymetric.config.Params.$Properties): adapter.gatewaymetric.config.Params;
                 * }}
                 */
                Params.create = function(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link adapter.gatewaymetric.config.Params.verify|verify} messages.
                 * @function encode
                 * @memberof adapter.gatewaymetric.config.Params
                 * @static
                 * @param {adapter.gatewaymetric.config.Params.$Properties} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.file_path != null && $Object.hasOwnProperty.call(message, "file_path") && message.file_path !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.file_path);
                    if (message.gateway != null && $Object.hasOwnProperty.call(message, "gateway") && message.gateway !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.gateway);
                    if (message.gateway_variables != null && message.gateway_variables.length)
                        for (let i = 0; i < message.gateway_variables.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.gateway_variables[i]);
                    if (message.host_variables != null && message.host_variables.length)
                        for (let i = 0; i < message.host_variables.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.host_variables[i]);
                    if (message.path_variables != null && message.path_variables.length)
                        for (let i = 0; i < message.path_variables.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.path_variables[i]);
                    if (message.method_variables != null && message.method_variables.length)
                        for (let i = 0; i < message.method_variables.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.method_variables[i]);
                    if (message.code_variables != null && message.code_variables.length)
                        for (let i = 0; i < message.code_variables.length; ++i)
                            writer.uint32(/* id 7, wireType 2 =*/58).string(message.code_variables[i]);
                    if (message.duration_variables != null && message.duration_variables.length)
                        for (let i = 0; i < message.duration_variables.length; ++i)
                            writer.uint32(/* id 8, wireType 2 =*/66).string(message.duration_variables[i]);
                    if (message.request_bytes_variables != null && message.request_bytes_variables.length)
                        for (let i = 0; i < message.request_bytes_variables.length; ++i)
                            writer.uint32(/* id 9, wireType 2 =*/74).string(message.request_bytes_variables[i]);
                    if (message.response_bytes_variables != null && message.response_bytes_variables.length)
                        for (let i = 0; i < message.response_bytes_variables.length; ++i)
                            writer.uint32(/* id 10, wireType 2 =*/82).string(message.response_bytes_variables[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Params message, length delimited. Does not implicitly {@link adapter.gatewaymetric.config.Params.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof adapter.gatewaymetric.config.Params
                 * @static
                 * @param {adapter.gatewaymetric.config.Params.$Properties} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof adapter.gatewaymetric.config.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {adapter.gatewaymetric.config.Params & adapter.gatewaymetric.config.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.adapter.gatewaymetric.config.Params();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.file_path = value;
                                else
                                    delete message.file_path;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.gateway = value;
                                else
                                    delete message.gateway;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.gateway_variables && message.gateway_variables.length))
                                    message.gateway_variables = [];
                                message.gateway_variables.push(reader.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.host_variables && message.host_variables.length))
                                    message.host_variables = [];
                                message.host_variables.push(reader.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.path_variables && message.path_variables.length))
                                    message.path_variables = [];
                                message.path_variables.push(reader.stringVerify());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.method_variables && message.method_variables.length))
                                    message.method_variables = [];
                                message.method_variables.push(reader.stringVerify());
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.code_variables && message.code_variables.length))
                                    message.code_variables = [];
                                message.code_variables.push(reader.stringVerify());
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.duration_variables && message.duration_variables.length))
                                    message.duration_variables = [];
                                message.duration_variables.push(reader.stringVerify());
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.request_bytes_variables && message.request_bytes_variables.length))
                                    message.request_bytes_variables = [];
                                message.request_bytes_variables.push(reader.stringVerify());
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.response_bytes_variables && message.response_bytes_variables.length))
                                    message.response_bytes_variables = [];
                                message.response_bytes_variables.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof adapter.gatewaymetric.config.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {adapter.gatewaymetric.config.Params & adapter.gatewaymetric.config.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Params message.
                 * @function verify
                 * @memberof adapter.gatewaymetric.config.Params
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Params.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.file_path != null && $Object.hasOwnProperty.call(message, "file_path"))
                        if (!$util.isString(message.file_path))
                            return "file_path: string expected";
                    if (message.gateway != null && $Object.hasOwnProperty.call(message, "gateway"))
                        if (!$util.isString(message.gateway))
                            return "gateway: string expected";
                    if (message.gateway_variables != null && $Object.hasOwnProperty.call(message, "gateway_variables")) {
                        if (!$Array.isArray(message.gateway_variables))
                            return "gateway_variables: array expected";
                        for (let i = 0; i < message.gateway_variables.length; ++i)
                            if (!$util.isString(message.gateway_variables[i]))
                                return "gateway_variables: string[] expected";
                    }
                    if (message.host_variables != null && $Object.hasOwnProperty.call(message, "host_variables")) {
                        if (!$Array.isArray(message.host_variables))
                            return "host_variables: array expected";
                        for (let i = 0; i < message.host_variables.length; ++i)
                            if (!$util.isString(message.host_variables[i]))
                                return "host_variables: string[] expected";
                    }
                    if (message.path_variables != null && $Object.hasOwnProperty.call(message, "path_variables")) {
                        if (!$Array.isArray(message.path_variables))
                            return "path_variables: array expected";
                        for (let i = 0; i < message.path_variables.length; ++i)
                            if (!$util.isString(message.path_variables[i]))
                                return "path_variables: string[] expected";
                    }
                    if (message.method_variables != null && $Object.hasOwnProperty.call(message, "method_variables")) {
                        if (!$Array.isArray(message.method_variables))
                            return "method_variables: array expected";
                        for (let i = 0; i < message.method_variables.length; ++i)
                            if (!$util.isString(message.method_variables[i]))
                                return "method_variables: string[] expected";
                    }
                    if (message.code_variables != null && $Object.hasOwnProperty.call(message, "code_variables")) {
                        if (!$Array.isArray(message.code_variables))
                            return "code_variables: array expected";
                        for (let i = 0; i < message.code_variables.length; ++i)
                            if (!$util.isString(message.code_variables[i]))
                                return "code_variables: string[] expected";
                    }
                    if (message.duration_variables != null && $Object.hasOwnProperty.call(message, "duration_variables")) {
                        if (!$Array.isArray(message.duration_variables))
                            return "duration_variables: array expected";
                        for (let i = 0; i < message.duration_variables.length; ++i)
                            if (!$util.isString(message.duration_variables[i]))
                                return "duration_variables: string[] expected";
                    }
                    if (message.request_bytes_variables != null && $Object.hasOwnProperty.call(message, "request_bytes_variables")) {
                        if (!$Array.isArray(message.request_bytes_variables))
                            return "request_bytes_variables: array expected";
                        for (let i = 0; i < message.request_bytes_variables.length; ++i)
                            if (!$util.isString(message.request_bytes_variables[i]))
                                return "request_bytes_variables: string[] expected";
                    }
                    if (message.response_bytes_variables != null && $Object.hasOwnProperty.call(message, "response_bytes_variables")) {
                        if (!$Array.isArray(message.response_bytes_variables))
                            return "response_bytes_variables: array expected";
                        for (let i = 0; i < message.response_bytes_variables.length; ++i)
                            if (!$util.isString(message.response_bytes_variables[i]))
                                return "response_bytes_variables: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof adapter.gatewaymetric.config.Params
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {adapter.gatewaymetric.config.Params} Params
                 */
                Params.fromObject = function (object, _depth) {
                    if (object instanceof $root.adapter.gatewaymetric.config.Params)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".adapter.gatewaymetric.config.Params: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.adapter.gatewaymetric.config.Params();
                    if (object.file_path != null)
                        if (typeof object.file_path !== "string" || object.file_path.length)
                            message.file_path = $String(object.file_path);
                    if (object.gateway != null)
                        if (typeof object.gateway !== "string" || object.gateway.length)
                            message.gateway = $String(object.gateway);
                    if (object.gateway_variables) {
                        if (!$Array.isArray(object.gateway_variables))
                            throw $TypeError(".adapter.gatewaymetric.config.Params.gateway_variables: array expected");
                        message.gateway_variables = $Array(object.gateway_variables.length);
                        for (let i = 0; i < object.gateway_variables.length; ++i)
                            message.gateway_variables[i] = $String(object.gateway_variables[i]);
                    }
                    if (object.host_variables) {
                        if (!$Array.isArray(object.host_variables))
                            throw $TypeError(".adapter.gatewaymetric.config.Params.host_variables: array expected");
                        message.host_variables = $Array(object.host_variables.length);
                        for (let i = 0; i < object.host_variables.length; ++i)
                            message.host_variables[i] = $String(object.host_variables[i]);
                    }
                    if (object.path_variables) {
                        if (!$Array.isArray(object.path_variables))
                            throw $TypeError(".adapter.gatewaymetric.config.Params.path_variables: array expected");
                        message.path_variables = $Array(object.path_variables.length);
                        for (let i = 0; i < object.path_variables.length; ++i)
                            message.path_variables[i] = $String(object.path_variables[i]);
                    }
                    if (object.method_variables) {
                        if (!$Array.isArray(object.method_variables))
                            throw $TypeError(".adapter.gatewaymetric.config.Params.method_variables: array expected");
                        message.method_variables = $Array(object.method_variables.length);
                        for (let i = 0; i < object.method_variables.length; ++i)
                            message.method_variables[i] = $String(object.method_variables[i]);
                    }
                    if (object.code_variables) {
                        if (!$Array.isArray(object.code_variables))
                            throw $TypeError(".adapter.gatewaymetric.config.Params.code_variables: array expected");
                        message.code_variables = $Array(object.code_variables.length);
                        for (let i = 0; i < object.code_variables.length; ++i)
                            message.code_variables[i] = $String(object.code_variables[i]);
                    }
                    if (object.duration_variables) {
                        if (!$Array.isArray(object.duration_variables))
                            throw $TypeError(".adapter.gatewaymetric.config.Params.duration_variables: array expected");
                        message.duration_variables = $Array(object.duration_variables.length);
                        for (let i = 0; i < object.duration_variables.length; ++i)
                            message.duration_variables[i] = $String(object.duration_variables[i]);
                    }
                    if (object.request_bytes_variables) {
                        if (!$Array.isArray(object.request_bytes_variables))
                            throw $TypeError(".adapter.gatewaymetric.config.Params.request_bytes_variables: array expected");
                        message.request_bytes_variables = $Array(object.request_bytes_variables.length);
                        for (let i = 0; i < object.request_bytes_variables.length; ++i)
                            message.request_bytes_variables[i] = $String(object.request_bytes_variables[i]);
                    }
                    if (object.response_bytes_variables) {
                        if (!$Array.isArray(object.response_bytes_variables))
                            throw $TypeError(".adapter.gatewaymetric.config.Params.response_bytes_variables: array expected");
                        message.response_bytes_variables = $Array(object.response_bytes_variables.length);
                        for (let i = 0; i < object.response_bytes_variables.length; ++i)
                            message.response_bytes_variables[i] = $String(object.response_bytes_variables[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof adapter.gatewaymetric.config.Params
                 * @static
                 * @param {adapter.gatewaymetric.config.Params} message Params
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Params.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.gateway_variables = [];
                        object.host_variables = [];
                        object.path_variables = [];
                        object.method_variables = [];
                        object.code_variables = [];
                        object.duration_variables = [];
                        object.request_bytes_variables = [];
                        object.response_bytes_variables = [];
                    }
                    if (options.defaults) {
                        object.file_path = "";
                        object.gateway = "";
                    }
                    if (message.file_path != null && $Object.hasOwnProperty.call(message, "file_path"))
                        object.file_path = message.file_path;
                    if (message.gateway != null && $Object.hasOwnProperty.call(message, "gateway"))
                        object.gateway = message.gateway;
                    if (message.gateway_variables && message.gateway_variables.length) {
                        object.gateway_variables = $Array(message.gateway_variables.length);
                        for (let j = 0; j < message.gateway_variables.length; ++j)
                            object.gateway_variables[j] = message.gateway_variables[j];
                    }
                    if (message.host_variables && message.host_variables.length) {
                        object.host_variables = $Array(message.host_variables.length);
                        for (let j = 0; j < message.host_variables.length; ++j)
                            object.host_variables[j] = message.host_variables[j];
                    }
                    if (message.path_variables && message.path_variables.length) {
                        object.path_variables = $Array(message.path_variables.length);
                        for (let j = 0; j < message.path_variables.length; ++j)
                            object.path_variables[j] = message.path_variables[j];
                    }
                    if (message.method_variables && message.method_variables.length) {
                        object.method_variables = $Array(message.method_variables.length);
                        for (let j = 0; j < message.method_variables.length; ++j)
                            object.method_variables[j] = message.method_variables[j];
                    }
                    if (message.code_variables && message.code_variables.length) {
                        object.code_variables = $Array(message.code_variables.length);
                        for (let j = 0; j < message.code_variables.length; ++j)
                            object.code_variables[j] = message.code_variables[j];
                    }
                    if (message.duration_variables && message.duration_variables.length) {
                        object.duration_variables = $Array(message.duration_variables.length);
                        for (let j = 0; j < message.duration_variables.length; ++j)
                            object.duration_variables[j] = message.duration_variables[j];
                    }
                    if (message.request_bytes_variables && message.request_bytes_variables.length) {
                        object.request_bytes_variables = $Array(message.request_bytes_variables.length);
                        for (let j = 0; j < message.request_bytes_variables.length; ++j)
                            object.request_bytes_variables[j] = message.request_bytes_variables[j];
                    }
                    if (message.response_bytes_variables && message.response_bytes_variables.length) {
                        object.response_bytes_variables = $Array(message.response_bytes_variables.length);
                        for (let j = 0; j < message.response_bytes_variables.length; ++j)
                            object.response_bytes_variables[j] = message.response_bytes_variables[j];
                    }
                    return object;
                };

                /**
                 * Converts this Params to JSON.
                 * @function toJSON
                 * @memberof adapter.gatewaymetric.config.Params
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Params.prototype.toJSON = function() {
                    return Params.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Params
                 * @function getTypeUrl
                 * @memberof adapter.gatewaymetric.config.Params
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Params.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/adapter.gatewaymetric.config.Params";
                };

                return Params;
            })();

            return config;
        })();

        return gatewaymetric;
    })();

    return adapter;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Any = (function() {

            /**
             * Properties of an Any.
             * @typedef {Object} google.protobuf.Any.$Properties
             * @property {string|null} [type_url] Any type_url
             * @property {Uint8Array|null} [value] Any value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Any.
             * @memberof google.protobuf
             * @interface IAny
             * @augments google.protobuf.Any.$Properties
             * @deprecated Use google.protobuf.Any.$Properties instead.
             */

            /**
             * Shape of an Any.
             * @typedef {google.protobuf.Any.$Properties} google.protobuf.Any.$Shape
             */

            /**
             * Constructs a new Any.
             * @memberof google.protobuf
             * @classdesc Represents an Any.
             * @constructor
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Any = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Any type_url.
             * @member {string} type_url
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.type_url = "";

            /**
             * Any value.
             * @member {Uint8Array} value
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new Any instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Any} Any instance
             * @type {{
             *   (properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
             *   (properties?: google.protobuf.Any.$Properties): google.protobuf.Any;
             * }}
             */
            Any.create = function(properties) {
                return new Any(properties);
            };

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url") && message.type_url !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_url);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Any message, length delimited. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Any();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_url = value;
                            else
                                delete message.type_url;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Any message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Any message.
             * @function verify
             * @memberof google.protobuf.Any
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Any.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url"))
                    if (!$util.isString(message.type_url))
                        return "type_url: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                        return "value: buffer expected";
                return null;
            };

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Any
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Any} Any
             */
            Any.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Any)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Any: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Any();
                if (object.type_url != null)
                    if (typeof object.type_url !== "string" || object.type_url.length)
                        message.type_url = $String(object.type_url);
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                return message;
            };

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any} message Any
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Any.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type_url = "";
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url"))
                    object.type_url = message.type_url;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            /**
             * Converts this Any to JSON.
             * @function toJSON
             * @memberof google.protobuf.Any
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Any.prototype.toJSON = function() {
                return Any.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Any
             * @function getTypeUrl
             * @memberof google.protobuf.Any
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Any.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Any";
            };

            return Any;
        })();

        protobuf.Duration = (function() {

            /**
             * Properties of a Duration.
             * @typedef {Object} google.protobuf.Duration.$Properties
             * @property {number|Long|null} [seconds] Duration seconds
             * @property {number|null} [nanos] Duration nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Duration.
             * @memberof google.protobuf
             * @interface IDuration
             * @augments google.protobuf.Duration.$Properties
             * @deprecated Use google.protobuf.Duration.$Properties instead.
             */

            /**
             * Shape of a Duration.
             * @typedef {google.protobuf.Duration.$Properties} google.protobuf.Duration.$Shape
             */

            /**
             * Constructs a new Duration.
             * @memberof google.protobuf
             * @classdesc Represents a Duration.
             * @constructor
             * @param {google.protobuf.Duration.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Duration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Duration seconds.
             * @member {number|Long} seconds
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Duration nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.nanos = 0;

            /**
             * Creates a new Duration instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Duration} Duration instance
             * @type {{
             *   (properties: google.protobuf.Duration.$Shape): google.protobuf.Duration & google.protobuf.Duration.$Shape;
             *   (properties?: google.protobuf.Duration.$Properties): google.protobuf.Duration;
             * }}
             */
            Duration.create = function(properties) {
                return new Duration(properties);
            };

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration.$Properties} message Duration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Duration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Duration message, length delimited. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration.$Properties} message Duration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Duration.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Duration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Duration.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Duration();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Duration message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Duration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Duration.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Duration message.
             * @function verify
             * @memberof google.protobuf.Duration
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Duration.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            /**
             * Creates a Duration message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Duration
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Duration} Duration
             */
            Duration.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Duration)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Duration: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Duration();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Duration message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration} message Duration
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Duration.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Duration to JSON.
             * @function toJSON
             * @memberof google.protobuf.Duration
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Duration.prototype.toJSON = function() {
                return Duration.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Duration
             * @function getTypeUrl
             * @memberof google.protobuf.Duration
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Duration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Duration";
            };

            return Duration;
        })();

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number|Long|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timestamp seconds.
             * @member {number|Long} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             * @type {{
             *   (properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
             *   (properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
             * }}
             */
            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Timestamp message.
             * @function verify
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Timestamp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Timestamp} Timestamp
             */
            Timestamp.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp} message Timestamp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timestamp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Timestamp to JSON.
             * @function toJSON
             * @memberof google.protobuf.Timestamp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export const grpc = $root.grpc = (() => {

    /**
     * Namespace grpc.
     * @exports grpc
     * @namespace
     */
    const grpc = {};

    grpc.health = (function() {

        /**
         * Namespace health.
         * @memberof grpc
         * @namespace
         */
        const health = {};

        health.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof grpc.health
             * @namespace
             */
            const v1 = {};

            v1.Health = (function() {

                /**
                 * Constructs a new Health service.
                 * @memberof grpc.health.v1
                 * @classdesc Represents a Health
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                const Health = function(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                };

                $Object.defineProperty(Health.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Health, writable: true, enumerable: false, configurable: true });

                /**
                 * Creates new Health service using the specified rpc implementation.
                 * @function create
                 * @memberof grpc.health.v1.Health
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Health} RPC service. Useful where requests and/or responses are streamed.
                 */
                Health.create = function(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link grpc.health.v1.Health#check}.
                 * @memberof grpc.health.v1.Health
                 * @typedef CheckCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {grpc.health.v1.HealthCheckResponse} [response] HealthCheckResponse
                 */

                /**
                 * Calls Check.
                 * @memberof grpc.health.v1.Health
                 * @typedef Check
                 * @type {{
                 *   (request: grpc.health.v1.IHealthCheckRequest, callback: grpc.health.v1.Health.CheckCallback): void;
                 *   (request: grpc.health.v1.IHealthCheckRequest): Promise<grpc.health.v1.HealthCheckResponse>;
                 *   readonly name: "Check";
                 *   readonly path: "/grpc.health.v1.Health/Check";
                 *   readonly requestType: "HealthCheckRequest";
                 *   readonly responseType: "HealthCheckResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls Check.
                 * @name grpc.health.v1.Health#check
                 * @type {grpc.health.v1.Health.Check}
                 */
                $Object.defineProperties(Health.prototype.check = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, Health.prototype.check, $root.grpc.health.v1.HealthCheckRequest, $root.grpc.health.v1.HealthCheckResponse, request, callback);
                }, {
                    name: { value: "Check" },
                    path: { value: "/grpc.health.v1.Health/Check" },
                    requestType: { value: "HealthCheckRequest" },
                    responseType: { value: "HealthCheckResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                return Health;
            })();

            v1.HealthCheckRequest = (function() {

                /**
                 * Properties of a HealthCheckRequest.
                 * @typedef {Object} grpc.health.v1.HealthCheckRequest.$Properties
                 * @property {string|null} [service] HealthCheckRequest service
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HealthCheckRequest.
                 * @memberof grpc.health.v1
                 * @interface IHealthCheckRequest
                 * @augments grpc.health.v1.HealthCheckRequest.$Properties
                 * @deprecated Use grpc.health.v1.HealthCheckRequest.$Properties instead.
                 */

                /**
                 * Shape of a HealthCheckRequest.
                 * @typedef {grpc.health.v1.HealthCheckRequest.$Properties} grpc.health.v1.HealthCheckRequest.$Shape
                 */

                /**
                 * Constructs a new HealthCheckRequest.
                 * @memberof grpc.health.v1
                 * @classdesc Represents a HealthCheckRequest.
                 * @constructor
                 * @param {grpc.health.v1.HealthCheckRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HealthCheckRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HealthCheckRequest service.
                 * @member {string} service
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @instance
                 */
                HealthCheckRequest.prototype.service = "";

                /**
                 * Creates a new HealthCheckRequest instance using the specified properties.
                 * @function create
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {grpc.health.v1.HealthCheckRequest.$Properties=} [properties] Properties to set
                 * @returns {grpc.health.v1.HealthCheckRequest} HealthCheckRequest instance
                 * @type {{
                 *   (properties: grpc.health.v1.HealthCheckRequest.$Shape): grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape;
                 *   (properties?: grpc.health.v1.HealthCheckRequest.$Properties): grpc.health.v1.HealthCheckRequest;
                 * }}
                 */
                HealthCheckRequest.create = function(properties) {
                    return new HealthCheckRequest(properties);
                };

                /**
                 * Encodes the specified HealthCheckRequest message. Does not implicitly {@link grpc.health.v1.HealthCheckRequest.verify|verify} messages.
                 * @function encode
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {grpc.health.v1.HealthCheckRequest.$Properties} message HealthCheckRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HealthCheckRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service") && message.service !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.service);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified HealthCheckRequest message, length delimited. Does not implicitly {@link grpc.health.v1.HealthCheckRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {grpc.health.v1.HealthCheckRequest.$Properties} message HealthCheckRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HealthCheckRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a HealthCheckRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape} HealthCheckRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HealthCheckRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.grpc.health.v1.HealthCheckRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.service = value;
                                else
                                    delete message.service;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a HealthCheckRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape} HealthCheckRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HealthCheckRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a HealthCheckRequest message.
                 * @function verify
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                HealthCheckRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service"))
                        if (!$util.isString(message.service))
                            return "service: string expected";
                    return null;
                };

                /**
                 * Creates a HealthCheckRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {grpc.health.v1.HealthCheckRequest} HealthCheckRequest
                 */
                HealthCheckRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.grpc.health.v1.HealthCheckRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".grpc.health.v1.HealthCheckRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.grpc.health.v1.HealthCheckRequest();
                    if (object.service != null)
                        if (typeof object.service !== "string" || object.service.length)
                            message.service = $String(object.service);
                    return message;
                };

                /**
                 * Creates a plain object from a HealthCheckRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {grpc.health.v1.HealthCheckRequest} message HealthCheckRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HealthCheckRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.service = "";
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service"))
                        object.service = message.service;
                    return object;
                };

                /**
                 * Converts this HealthCheckRequest to JSON.
                 * @function toJSON
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HealthCheckRequest.prototype.toJSON = function() {
                    return HealthCheckRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for HealthCheckRequest
                 * @function getTypeUrl
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HealthCheckRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/grpc.health.v1.HealthCheckRequest";
                };

                return HealthCheckRequest;
            })();

            v1.HealthCheckResponse = (function() {

                /**
                 * Properties of a HealthCheckResponse.
                 * @typedef {Object} grpc.health.v1.HealthCheckResponse.$Properties
                 * @property {grpc.health.v1.HealthCheckResponse.ServingStatus|null} [status] HealthCheckResponse status
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HealthCheckResponse.
                 * @memberof grpc.health.v1
                 * @interface IHealthCheckResponse
                 * @augments grpc.health.v1.HealthCheckResponse.$Properties
                 * @deprecated Use grpc.health.v1.HealthCheckResponse.$Properties instead.
                 */

                /**
                 * Shape of a HealthCheckResponse.
                 * @typedef {grpc.health.v1.HealthCheckResponse.$Properties} grpc.health.v1.HealthCheckResponse.$Shape
                 */

                /**
                 * Constructs a new HealthCheckResponse.
                 * @memberof grpc.health.v1
                 * @classdesc Represents a HealthCheckResponse.
                 * @constructor
                 * @param {grpc.health.v1.HealthCheckResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HealthCheckResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HealthCheckResponse status.
                 * @member {grpc.health.v1.HealthCheckResponse.ServingStatus} status
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @instance
                 */
                HealthCheckResponse.prototype.status = 0;

                /**
                 * Creates a new HealthCheckResponse instance using the specified properties.
                 * @function create
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {grpc.health.v1.HealthCheckResponse.$Properties=} [properties] Properties to set
                 * @returns {grpc.health.v1.HealthCheckResponse} HealthCheckResponse instance
                 * @type {{
                 *   (properties: grpc.health.v1.HealthCheckResponse.$Shape): grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape;
                 *   (properties?: grpc.health.v1.HealthCheckResponse.$Properties): grpc.health.v1.HealthCheckResponse;
                 * }}
                 */
                HealthCheckResponse.create = function(properties) {
                    return new HealthCheckResponse(properties);
                };

                /**
                 * Encodes the specified HealthCheckResponse message. Does not implicitly {@link grpc.health.v1.HealthCheckResponse.verify|verify} messages.
                 * @function encode
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {grpc.health.v1.HealthCheckResponse.$Properties} message HealthCheckResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HealthCheckResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified HealthCheckResponse message, length delimited. Does not implicitly {@link grpc.health.v1.HealthCheckResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {grpc.health.v1.HealthCheckResponse.$Properties} message HealthCheckResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HealthCheckResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a HealthCheckResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape} HealthCheckResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HealthCheckResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.grpc.health.v1.HealthCheckResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a HealthCheckResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape} HealthCheckResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HealthCheckResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a HealthCheckResponse message.
                 * @function verify
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                HealthCheckResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                            return "status: enum value expected";
                    return null;
                };

                /**
                 * Creates a HealthCheckResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {grpc.health.v1.HealthCheckResponse} HealthCheckResponse
                 */
                HealthCheckResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.grpc.health.v1.HealthCheckResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".grpc.health.v1.HealthCheckResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.grpc.health.v1.HealthCheckResponse();
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.grpc.health.v1.HealthCheckResponse.ServingStatus[object.status] !== 0))
                        switch (object.status) {
                        case "UNKNOWN":
                        case 0:
                            message.status = 0;
                            break;
                        case "SERVING":
                        case 1:
                            message.status = 1;
                            break;
                        case "NOT_SERVING":
                        case 2:
                            message.status = 2;
                            break;
                        case "SERVICE_UNKNOWN":
                        case 3:
                            message.status = 3;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    return message;
                };

                /**
                 * Creates a plain object from a HealthCheckResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {grpc.health.v1.HealthCheckResponse} message HealthCheckResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HealthCheckResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.status = options.enums === $String ? "UNKNOWN" : 0;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.grpc.health.v1.HealthCheckResponse.ServingStatus[message.status] === $undefined ? message.status : $root.grpc.health.v1.HealthCheckResponse.ServingStatus[message.status] : message.status;
                    return object;
                };

                /**
                 * Converts this HealthCheckResponse to JSON.
                 * @function toJSON
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HealthCheckResponse.prototype.toJSON = function() {
                    return HealthCheckResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for HealthCheckResponse
                 * @function getTypeUrl
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HealthCheckResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/grpc.health.v1.HealthCheckResponse";
                };

                /**
                 * ServingStatus enum.
                 * @name grpc.health.v1.HealthCheckResponse.ServingStatus
                 * @enum {number}
                 * @property {number} UNKNOWN=0 UNKNOWN value
                 * @property {number} SERVING=1 SERVING value
                 * @property {number} NOT_SERVING=2 NOT_SERVING value
                 * @property {number} SERVICE_UNKNOWN=3 SERVICE_UNKNOWN value
                 */
                HealthCheckResponse.ServingStatus = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "SERVING"] = 1;
                    values[valuesById[2] = "NOT_SERVING"] = 2;
                    values[valuesById[3] = "SERVICE_UNKNOWN"] = 3;
                    return values;
                })();

                return HealthCheckResponse;
            })();

            return v1;
        })();

        return health;
    })();

    return grpc;
})();

export const logentry = $root.logentry = (() => {

    /**
     * Namespace logentry.
     * @exports logentry
     * @namespace
     */
    const logentry = {};

    logentry.HandleLogEntryService = (function() {

        /**
         * Constructs a new HandleLogEntryService service.
         * @memberof logentry
         * @classdesc Represents a HandleLogEntryService
         * @extends $protobuf.rpc.Service
         * @constructor
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         */
        const HandleLogEntryService = function(rpcImpl, requestDelimited, responseDelimited) {
            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
        };

        $Object.defineProperty(HandleLogEntryService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: HandleLogEntryService, writable: true, enumerable: false, configurable: true });

        /**
         * Creates new HandleLogEntryService service using the specified rpc implementation.
         * @function create
         * @memberof logentry.HandleLogEntryService
         * @static
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         * @returns {HandleLogEntryService} RPC service. Useful where requests and/or responses are streamed.
         */
        HandleLogEntryService.create = function(rpcImpl, requestDelimited, responseDelimited) {
            return new this(rpcImpl, requestDelimited, responseDelimited);
        };

        /**
         * Callback as used by {@link logentry.HandleLogEntryService#handleLogEntry}.
         * @memberof logentry.HandleLogEntryService
         * @typedef HandleLogEntryCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {istio.mixer.adapter.model.v1beta1.ReportResult} [response] ReportResult
         */

        /**
         * Calls HandleLogEntry.
         * @memberof logentry.HandleLogEntryService
         * @typedef HandleLogEntry
         * @type {{
         *   (request: logentry.IHandleLogEntryRequest, callback: logentry.HandleLogEntryService.HandleLogEntryCallback): void;
         *   (request: logentry.IHandleLogEntryRequest): Promise<istio.mixer.adapter.model.v1beta1.ReportResult>;
         *   readonly name: "HandleLogEntry";
         *   readonly path: "/logentry.HandleLogEntryService/HandleLogEntry";
         *   readonly requestType: "HandleLogEntryRequest";
         *   readonly responseType: "istio.mixer.adapter.model.v1beta1.ReportResult";
         *   readonly requestStream: undefined;
         *   readonly responseStream: undefined;
         * }}
         */

        /**
         * Calls HandleLogEntry.
         * @name logentry.HandleLogEntryService#handleLogEntry
         * @type {logentry.HandleLogEntryService.HandleLogEntry}
         */
        $Object.defineProperties(HandleLogEntryService.prototype.handleLogEntry = function(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, HandleLogEntryService.prototype.handleLogEntry, $root.logentry.HandleLogEntryRequest, $root.istio.mixer.adapter.model.v1beta1.ReportResult, request, callback);
        }, {
            name: { value: "HandleLogEntry" },
            path: { value: "/logentry.HandleLogEntryService/HandleLogEntry" },
            requestType: { value: "HandleLogEntryRequest" },
            responseType: { value: "istio.mixer.adapter.model.v1beta1.ReportResult" },
            requestStream: { value: $undefined },
            responseStream: { value: $undefined }
        });

        return HandleLogEntryService;
    })();

    logentry.HandleLogEntryRequest = (function() {

        /**
         * Properties of a HandleLogEntryRequest.
         * @typedef {Object} logentry.HandleLogEntryRequest.$Properties
         * @property {Array.<logentry.InstanceMsg.$Properties>|null} [instances] HandleLogEntryRequest instances
         * @property {google.protobuf.Any.$Properties|null} [adapter_config] HandleLogEntryRequest adapter_config
         * @property {string|null} [dedup_id] HandleLogEntryRequest dedup_id
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HandleLogEntryRequest.
         * @memberof logentry
         * @interface IHandleLogEntryRequest
         * @augments logentry.HandleLogEntryRequest.$Properties
         * @deprecated Use logentry.HandleLogEntryRequest.$Properties instead.
         */

        /**
         * Shape of a HandleLogEntryRequest.
         * @typedef {{
         *   instances?: Array.<logentry.InstanceMsg.$Shape>|null;
         *   adapter_config?: google.protobuf.Any.$Shape|null;
         *   dedup_id?: string|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} logentry.HandleLogEntryRequest.$Shape
         */

        /**
         * Constructs a new HandleLogEntryRequest.
         * @memberof logentry
         * @classdesc Represents a HandleLogEntryRequest.
         * @constructor
         * @param {logentry.HandleLogEntryRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HandleLogEntryRequest = function (properties) {
            this.instances = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HandleLogEntryRequest instances.
         * @member {Array.<logentry.InstanceMsg.$Properties>} instances
         * @memberof logentry.HandleLogEntryRequest
         * @instance
         */
        HandleLogEntryRequest.prototype.instances = $util.emptyArray;

        /**
         * HandleLogEntryRequest adapter_config.
         * @member {google.protobuf.Any.$Properties|null|undefined} adapter_config
         * @memberof logentry.HandleLogEntryRequest
         * @instance
         */
        HandleLogEntryRequest.prototype.adapter_config = null;

        /**
         * HandleLogEntryRequest dedup_id.
         * @member {string} dedup_id
         * @memberof logentry.HandleLogEntryRequest
         * @instance
         */
        HandleLogEntryRequest.prototype.dedup_id = "";

        /**
         * Creates a new HandleLogEntryRequest instance using the specified properties.
         * @function create
         * @memberof logentry.HandleLogEntryRequest
         * @static
         * @param {logentry.HandleLogEntryRequest.$Properties=} [properties] Properties to set
         * @returns {logentry.HandleLogEntryRequest} HandleLogEntryRequest instance
         * @type {{
         *   (properties: logentry.HandleLogEntryRequest.$Shape): logentry.HandleLogEntryRequest & logentry.HandleLogEntryRequest.$Shape;
         *   (properties?: logentry.HandleLogEntryRequest.$Properties): logentry.HandleLogEntryRequest;
         * }}
         */
        HandleLogEntryRequest.create = function(properties) {
            return new HandleLogEntryRequest(properties);
        };

        /**
         * Encodes the specified HandleLogEntryRequest message. Does not implicitly {@link logentry.HandleLogEntryRequest.verify|verify} messages.
         * @function encode
         * @memberof logentry.HandleLogEntryRequest
         * @static
         * @param {logentry.HandleLogEntryRequest.$Properties} message HandleLogEntryRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HandleLogEntryRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.instances != null && message.instances.length)
                for (let i = 0; i < message.instances.length; ++i)
                    $root.logentry.InstanceMsg.encode(message.instances[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.adapter_config != null && $Object.hasOwnProperty.call(message, "adapter_config"))
                $root.google.protobuf.Any.encode(message.adapter_config, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.dedup_id != null && $Object.hasOwnProperty.call(message, "dedup_id") && message.dedup_id !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.dedup_id);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified HandleLogEntryRequest message, length delimited. Does not implicitly {@link logentry.HandleLogEntryRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof logentry.HandleLogEntryRequest
         * @static
         * @param {logentry.HandleLogEntryRequest.$Properties} message HandleLogEntryRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HandleLogEntryRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a HandleLogEntryRequest message from the specified reader or buffer.
         * @function decode
         * @memberof logentry.HandleLogEntryRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {logentry.HandleLogEntryRequest & logentry.HandleLogEntryRequest.$Shape} HandleLogEntryRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HandleLogEntryRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.logentry.HandleLogEntryRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.instances && message.instances.length))
                            message.instances = [];
                        message.instances.push($root.logentry.InstanceMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.adapter_config = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.adapter_config);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.dedup_id = value;
                        else
                            delete message.dedup_id;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a HandleLogEntryRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof logentry.HandleLogEntryRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {logentry.HandleLogEntryRequest & logentry.HandleLogEntryRequest.$Shape} HandleLogEntryRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HandleLogEntryRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a HandleLogEntryRequest message.
         * @function verify
         * @memberof logentry.HandleLogEntryRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        HandleLogEntryRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.instances != null && $Object.hasOwnProperty.call(message, "instances")) {
                if (!$Array.isArray(message.instances))
                    return "instances: array expected";
                for (let i = 0; i < message.instances.length; ++i) {
                    let error = $root.logentry.InstanceMsg.verify(message.instances[i], _depth + 1);
                    if (error)
                        return "instances." + error;
                }
            }
            if (message.adapter_config != null && $Object.hasOwnProperty.call(message, "adapter_config")) {
                let error = $root.google.protobuf.Any.verify(message.adapter_config, _depth + 1);
                if (error)
                    return "adapter_config." + error;
            }
            if (message.dedup_id != null && $Object.hasOwnProperty.call(message, "dedup_id"))
                if (!$util.isString(message.dedup_id))
                    return "dedup_id: string expected";
            return null;
        };

        /**
         * Creates a HandleLogEntryRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof logentry.HandleLogEntryRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {logentry.HandleLogEntryRequest} HandleLogEntryRequest
         */
        HandleLogEntryRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.logentry.HandleLogEntryRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".logentry.HandleLogEntryRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.logentry.HandleLogEntryRequest();
            if (object.instances) {
                if (!$Array.isArray(object.instances))
                    throw $TypeError(".logentry.HandleLogEntryRequest.instances: array expected");
                message.instances = $Array(object.instances.length);
                for (let i = 0; i < object.instances.length; ++i) {
                    if (!$util.isObject(object.instances[i]))
                        throw $TypeError(".logentry.HandleLogEntryRequest.instances: object expected");
                    message.instances[i] = $root.logentry.InstanceMsg.fromObject(object.instances[i], _depth + 1);
                }
            }
            if (object.adapter_config != null) {
                if (!$util.isObject(object.adapter_config))
                    throw $TypeError(".logentry.HandleLogEntryRequest.adapter_config: object expected");
                message.adapter_config = $root.google.protobuf.Any.fromObject(object.adapter_config, _depth + 1);
            }
            if (object.dedup_id != null)
                if (typeof object.dedup_id !== "string" || object.dedup_id.length)
                    message.dedup_id = $String(object.dedup_id);
            return message;
        };

        /**
         * Creates a plain object from a HandleLogEntryRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof logentry.HandleLogEntryRequest
         * @static
         * @param {logentry.HandleLogEntryRequest} message HandleLogEntryRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        HandleLogEntryRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.instances = [];
            if (options.defaults) {
                object.adapter_config = null;
                object.dedup_id = "";
            }
            if (message.instances && message.instances.length) {
                object.instances = $Array(message.instances.length);
                for (let j = 0; j < message.instances.length; ++j)
                    object.instances[j] = $root.logentry.InstanceMsg.toObject(message.instances[j], options, _depth + 1);
            }
            if (message.adapter_config != null && $Object.hasOwnProperty.call(message, "adapter_config"))
                object.adapter_config = $root.google.protobuf.Any.toObject(message.adapter_config, options, _depth + 1);
            if (message.dedup_id != null && $Object.hasOwnProperty.call(message, "dedup_id"))
                object.dedup_id = message.dedup_id;
            return object;
        };

        /**
         * Converts this HandleLogEntryRequest to JSON.
         * @function toJSON
         * @memberof logentry.HandleLogEntryRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        HandleLogEntryRequest.prototype.toJSON = function() {
            return HandleLogEntryRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for HandleLogEntryRequest
         * @function getTypeUrl
         * @memberof logentry.HandleLogEntryRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        HandleLogEntryRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/logentry.HandleLogEntryRequest";
        };

        return HandleLogEntryRequest;
    })();

    logentry.InstanceMsg = (function() {

        /**
         * Properties of an InstanceMsg.
         * @typedef {Object} logentry.InstanceMsg.$Properties
         * @property {string|null} [name] InstanceMsg name
         * @property {Object.<string,istio.policy.v1beta1.Value.$Properties>|null} [variables] InstanceMsg variables
         * @property {istio.policy.v1beta1.TimeStamp.$Properties|null} [timestamp] InstanceMsg timestamp
         * @property {string|null} [severity] InstanceMsg severity
         * @property {string|null} [monitored_resource_type] InstanceMsg monitored_resource_type
         * @property {Object.<string,istio.policy.v1beta1.Value.$Properties>|null} [monitored_resource_dimensions] InstanceMsg monitored_resource_dimensions
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an InstanceMsg.
         * @memberof logentry
         * @interface IInstanceMsg
         * @augments logentry.InstanceMsg.$Properties
         * @deprecated Use logentry.InstanceMsg.$Properties instead.
         */

        /**
         * Shape of an InstanceMsg.
         * @typedef {{
         *   name?: string|null;
         *   variables?: Object.<string,istio.policy.v1beta1.Value.$Shape>|null;
         *   timestamp?: istio.policy.v1beta1.TimeStamp.$Shape|null;
         *   severity?: string|null;
         *   monitored_resource_type?: string|null;
         *   monitored_resource_dimensions?: Object.<string,istio.policy.v1beta1.Value.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} logentry.InstanceMsg.$Shape
         */

        /**
         * Constructs a new InstanceMsg.
         * @memberof logentry
         * @classdesc Represents an InstanceMsg.
         * @constructor
         * @param {logentry.InstanceMsg.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const InstanceMsg = function (properties) {
            this.variables = {};
            this.monitored_resource_dimensions = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * InstanceMsg name.
         * @member {string} name
         * @memberof logentry.InstanceMsg
         * @instance
         */
        InstanceMsg.prototype.name = "";

        /**
         * InstanceMsg variables.
         * @member {Object.<string,istio.policy.v1beta1.Value.$Properties>} variables
         * @memberof logentry.InstanceMsg
         * @instance
         */
        InstanceMsg.prototype.variables = $util.emptyObject;

        /**
         * InstanceMsg timestamp.
         * @member {istio.policy.v1beta1.TimeStamp.$Properties|null|undefined} timestamp
         * @memberof logentry.InstanceMsg
         * @instance
         */
        InstanceMsg.prototype.timestamp = null;

        /**
         * InstanceMsg severity.
         * @member {string} severity
         * @memberof logentry.InstanceMsg
         * @instance
         */
        InstanceMsg.prototype.severity = "";

        /**
         * InstanceMsg monitored_resource_type.
         * @member {string} monitored_resource_type
         * @memberof logentry.InstanceMsg
         * @instance
         */
        InstanceMsg.prototype.monitored_resource_type = "";

        /**
         * InstanceMsg monitored_resource_dimensions.
         * @member {Object.<string,istio.policy.v1beta1.Value.$Properties>} monitored_resource_dimensions
         * @memberof logentry.InstanceMsg
         * @instance
         */
        InstanceMsg.prototype.monitored_resource_dimensions = $util.emptyObject;

        /**
         * Creates a new InstanceMsg instance using the specified properties.
         * @function create
         * @memberof logentry.InstanceMsg
         * @static
         * @param {logentry.InstanceMsg.$Properties=} [properties] Properties to set
         * @returns {logentry.InstanceMsg} InstanceMsg instance
         * @type {{
         *   (properties: logentry.InstanceMsg.$Shape): logentry.InstanceMsg & logentry.InstanceMsg.$Shape;
         *   (properties?: logentry.InstanceMsg.$Properties): logentry.InstanceMsg;
         * }}
         */
        InstanceMsg.create = function(properties) {
            return new InstanceMsg(properties);
        };

        /**
         * Encodes the specified InstanceMsg message. Does not implicitly {@link logentry.InstanceMsg.verify|verify} messages.
         * @function encode
         * @memberof logentry.InstanceMsg
         * @static
         * @param {logentry.InstanceMsg.$Properties} message InstanceMsg message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InstanceMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.variables != null && $Object.hasOwnProperty.call(message, "variables"))
                for (let keys = $Object.keys(message.variables), i = 0; i < keys.length; ++i) {
                    writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                    $root.istio.policy.v1beta1.Value.encode(message.variables[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                $root.istio.policy.v1beta1.TimeStamp.encode(message.timestamp, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.severity);
            if (message.monitored_resource_type != null && $Object.hasOwnProperty.call(message, "monitored_resource_type") && message.monitored_resource_type !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.monitored_resource_type);
            if (message.monitored_resource_dimensions != null && $Object.hasOwnProperty.call(message, "monitored_resource_dimensions"))
                for (let keys = $Object.keys(message.monitored_resource_dimensions), i = 0; i < keys.length; ++i) {
                    writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                    $root.istio.policy.v1beta1.Value.encode(message.monitored_resource_dimensions[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 72295727, wireType 2 =*/578365818).string(message.name);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified InstanceMsg message, length delimited. Does not implicitly {@link logentry.InstanceMsg.verify|verify} messages.
         * @function encodeDelimited
         * @memberof logentry.InstanceMsg
         * @static
         * @param {logentry.InstanceMsg.$Properties} message InstanceMsg message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InstanceMsg.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an InstanceMsg message from the specified reader or buffer.
         * @function decode
         * @memberof logentry.InstanceMsg
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {logentry.InstanceMsg & logentry.InstanceMsg.$Shape} InstanceMsg
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InstanceMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.logentry.InstanceMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 72295727: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (message.variables === $util.emptyObject)
                            message.variables = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = null;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = $root.istio.policy.v1beta1.Value.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.variables, key);
                        message.variables[key] = value || new $root.istio.policy.v1beta1.Value();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.timestamp = $root.istio.policy.v1beta1.TimeStamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.severity = value;
                        else
                            delete message.severity;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.monitored_resource_type = value;
                        else
                            delete message.monitored_resource_type;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (message.monitored_resource_dimensions === $util.emptyObject)
                            message.monitored_resource_dimensions = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = null;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = $root.istio.policy.v1beta1.Value.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.monitored_resource_dimensions, key);
                        message.monitored_resource_dimensions[key] = value || new $root.istio.policy.v1beta1.Value();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an InstanceMsg message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof logentry.InstanceMsg
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {logentry.InstanceMsg & logentry.InstanceMsg.$Shape} InstanceMsg
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InstanceMsg.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an InstanceMsg message.
         * @function verify
         * @memberof logentry.InstanceMsg
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        InstanceMsg.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.variables != null && $Object.hasOwnProperty.call(message, "variables")) {
                if (!$util.isObject(message.variables))
                    return "variables: object expected";
                let key = $Object.keys(message.variables);
                for (let i = 0; i < key.length; ++i) {
                    let error = $root.istio.policy.v1beta1.Value.verify(message.variables[key[i]], _depth + 1);
                    if (error)
                        return "variables." + error;
                }
            }
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                let error = $root.istio.policy.v1beta1.TimeStamp.verify(message.timestamp, _depth + 1);
                if (error)
                    return "timestamp." + error;
            }
            if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                if (!$util.isString(message.severity))
                    return "severity: string expected";
            if (message.monitored_resource_type != null && $Object.hasOwnProperty.call(message, "monitored_resource_type"))
                if (!$util.isString(message.monitored_resource_type))
                    return "monitored_resource_type: string expected";
            if (message.monitored_resource_dimensions != null && $Object.hasOwnProperty.call(message, "monitored_resource_dimensions")) {
                if (!$util.isObject(message.monitored_resource_dimensions))
                    return "monitored_resource_dimensions: object expected";
                let key = $Object.keys(message.monitored_resource_dimensions);
                for (let i = 0; i < key.length; ++i) {
                    let error = $root.istio.policy.v1beta1.Value.verify(message.monitored_resource_dimensions[key[i]], _depth + 1);
                    if (error)
                        return "monitored_resource_dimensions." + error;
                }
            }
            return null;
        };

        /**
         * Creates an InstanceMsg message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof logentry.InstanceMsg
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {logentry.InstanceMsg} InstanceMsg
         */
        InstanceMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.logentry.InstanceMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".logentry.InstanceMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.logentry.InstanceMsg();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.variables) {
                if (!$util.isObject(object.variables))
                    throw $TypeError(".logentry.InstanceMsg.variables: object expected");
                message.variables = {};
                for (let keys = $Object.keys(object.variables), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.variables, keys[i]);
                    if (!$util.isObject(object.variables[keys[i]]))
                        throw $TypeError(".logentry.InstanceMsg.variables: object expected");
                    message.variables[keys[i]] = $root.istio.policy.v1beta1.Value.fromObject(object.variables[keys[i]], _depth + 1);
                }
            }
            if (object.timestamp != null) {
                if (!$util.isObject(object.timestamp))
                    throw $TypeError(".logentry.InstanceMsg.timestamp: object expected");
                message.timestamp = $root.istio.policy.v1beta1.TimeStamp.fromObject(object.timestamp, _depth + 1);
            }
            if (object.severity != null)
                if (typeof object.severity !== "string" || object.severity.length)
                    message.severity = $String(object.severity);
            if (object.monitored_resource_type != null)
                if (typeof object.monitored_resource_type !== "string" || object.monitored_resource_type.length)
                    message.monitored_resource_type = $String(object.monitored_resource_type);
            if (object.monitored_resource_dimensions) {
                if (!$util.isObject(object.monitored_resource_dimensions))
                    throw $TypeError(".logentry.InstanceMsg.monitored_resource_dimensions: object expected");
                message.monitored_resource_dimensions = {};
                for (let keys = $Object.keys(object.monitored_resource_dimensions), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.monitored_resource_dimensions, keys[i]);
                    if (!$util.isObject(object.monitored_resource_dimensions[keys[i]]))
                        throw $TypeError(".logentry.InstanceMsg.monitored_resource_dimensions: object expected");
                    message.monitored_resource_dimensions[keys[i]] = $root.istio.policy.v1beta1.Value.fromObject(object.monitored_resource_dimensions[keys[i]], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from an InstanceMsg message. Also converts values to other types if specified.
         * @function toObject
         * @memberof logentry.InstanceMsg
         * @static
         * @param {logentry.InstanceMsg} message InstanceMsg
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        InstanceMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults) {
                object.variables = {};
                object.monitored_resource_dimensions = {};
            }
            if (options.defaults) {
                object.timestamp = null;
                object.severity = "";
                object.monitored_resource_type = "";
                object.name = "";
            }
            let keys2;
            if (message.variables && (keys2 = $Object.keys(message.variables)).length) {
                object.variables = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.variables, keys2[j]);
                    object.variables[keys2[j]] = $root.istio.policy.v1beta1.Value.toObject(message.variables[keys2[j]], options, _depth + 1);
                }
            }
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                object.timestamp = $root.istio.policy.v1beta1.TimeStamp.toObject(message.timestamp, options, _depth + 1);
            if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                object.severity = message.severity;
            if (message.monitored_resource_type != null && $Object.hasOwnProperty.call(message, "monitored_resource_type"))
                object.monitored_resource_type = message.monitored_resource_type;
            if (message.monitored_resource_dimensions && (keys2 = $Object.keys(message.monitored_resource_dimensions)).length) {
                object.monitored_resource_dimensions = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.monitored_resource_dimensions, keys2[j]);
                    object.monitored_resource_dimensions[keys2[j]] = $root.istio.policy.v1beta1.Value.toObject(message.monitored_resource_dimensions[keys2[j]], options, _depth + 1);
                }
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            return object;
        };

        /**
         * Converts this InstanceMsg to JSON.
         * @function toJSON
         * @memberof logentry.InstanceMsg
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        InstanceMsg.prototype.toJSON = function() {
            return InstanceMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for InstanceMsg
         * @function getTypeUrl
         * @memberof logentry.InstanceMsg
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        InstanceMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/logentry.InstanceMsg";
        };

        return InstanceMsg;
    })();

    return logentry;
})();

export const istio = $root.istio = (() => {

    /**
     * Namespace istio.
     * @exports istio
     * @namespace
     */
    const istio = {};

    istio.policy = (function() {

        /**
         * Namespace policy.
         * @memberof istio
         * @namespace
         */
        const policy = {};

        policy.v1beta1 = (function() {

            /**
             * Namespace v1beta1.
             * @memberof istio.policy
             * @namespace
             */
            const v1beta1 = {};

            v1beta1.Value = (function() {

                /**
                 * Properties of a Value.
                 * @typedef {Object} istio.policy.v1beta1.Value.$Properties
                 * @property {string|null} [string_value] Value string_value
                 * @property {number|Long|null} [int64_value] Value int64_value
                 * @property {number|null} [double_value] Value double_value
                 * @property {boolean|null} [bool_value] Value bool_value
                 * @property {istio.policy.v1beta1.IPAddress.$Properties|null} [ip_address_value] Value ip_address_value
                 * @property {istio.policy.v1beta1.TimeStamp.$Properties|null} [timestamp_value] Value timestamp_value
                 * @property {istio.policy.v1beta1.Duration.$Properties|null} [duration_value] Value duration_value
                 * @property {istio.policy.v1beta1.EmailAddress.$Properties|null} [email_address_value] Value email_address_value
                 * @property {istio.policy.v1beta1.DNSName.$Properties|null} [dns_name_value] Value dns_name_value
                 * @property {istio.policy.v1beta1.Uri.$Properties|null} [uri_value] Value uri_value
                 * @property {istio.policy.v1beta1.StringMap.$Properties|null} [string_map_value] Value string_map_value
                 * @property {"string_value"|"int64_value"|"double_value"|"bool_value"|"ip_address_value"|"timestamp_value"|"duration_value"|"email_address_value"|"dns_name_value"|"uri_value"|"string_map_value"} [value] Value value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Value.
                 * @memberof istio.policy.v1beta1
                 * @interface IValue
                 * @augments istio.policy.v1beta1.Value.$Properties
                 * @deprecated Use istio.policy.v1beta1.Value.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Value.
                 * @typedef {{
                 *   string_value?: string|null;
                 *   int64_value?: number|Long|null;
                 *   double_value?: number|null;
                 *   bool_value?: boolean|null;
                 *   ip_address_value?: istio.policy.v1beta1.IPAddress.$Shape|null;
                 *   timestamp_value?: istio.policy.v1beta1.TimeStamp.$Shape|null;
                 *   duration_value?: istio.policy.v1beta1.Duration.$Shape|null;
                 *   email_address_value?: istio.policy.v1beta1.EmailAddress.$Shape|null;
                 *   dns_name_value?: istio.policy.v1beta1.DNSName.$Shape|null;
                 *   uri_value?: istio.policy.v1beta1.Uri.$Shape|null;
                 *   string_map_value?: istio.policy.v1beta1.StringMap.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ value?: undefined; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "string_value"; string_value: string; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "int64_value"; string_value?: null; int64_value: number|Long; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "double_value"; string_value?: null; int64_value?: null; double_value: number; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "bool_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value: boolean; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "ip_address_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value: istio.policy.v1beta1.IPAddress.$Shape; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "timestamp_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value: istio.policy.v1beta1.TimeStamp.$Shape; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "duration_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value: istio.policy.v1beta1.Duration.$Shape; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "email_address_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value: istio.policy.v1beta1.EmailAddress.$Shape; dns_name_value?: null; uri_value?: null; string_map_value?: null }|{ value?: "dns_name_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value: istio.policy.v1beta1.DNSName.$Shape; uri_value?: null; string_map_value?: null }|{ value?: "uri_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value: istio.policy.v1beta1.Uri.$Shape; string_map_value?: null }|{ value?: "string_map_value"; string_value?: null; int64_value?: null; double_value?: null; bool_value?: null; ip_address_value?: null; timestamp_value?: null; duration_value?: null; email_address_value?: null; dns_name_value?: null; uri_value?: null; string_map_value: istio.policy.v1beta1.StringMap.$Shape })
                 * )} istio.policy.v1beta1.Value.$Shape
                 */

                /**
                 * Constructs a new Value.
                 * @memberof istio.policy.v1beta1
                 * @classdesc Represents a Value.
                 * @constructor
                 * @param {istio.policy.v1beta1.Value.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Value = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Value string_value.
                 * @member {string|null|undefined} string_value
                 * @memberof istio.policy.v1beta1.Value
                 * @instance
                 */
                Value.prototype.string_value = null;

                /**
                 * Value int64_value.
                 * @member {number|Long|null|undefined} int64_value
                 * @memberof istio.policy.v1beta1.Value
                 * @instance
                 */
                Value.prototype.int64_value = null;

                /**
                 * Value double_value.
                 * @member {number|null|undefined} double_value
                 * @memberof istio.policy.v1beta1.Value
                 * @instance
                 */
                Value.prototype.double_value = null;

                /**
                 * Value bool_value.
                 * @member {boolean|null|undefined} bool_value
                 * @memberof istio.policy.v1beta1.Value
                 * @instance
                 */
                Value.prototype.bool_value = null;

                /**
                 * Value ip_address_value.
                 * @member {istio.policy.v1beta1.IPAddress.$Properties|null|undefined} ip_address_value
                 * @memberof istio.policy.v1beta1.Value
                 * @instance
                 */
                Value.prototype.ip_address_value = null;

                /**
                 * Value timestamp_value.
                 * @member {istio.policy.v1beta1.TimeStamp.$Properties|null|undefined} timestamp_value
                 * @memberof istio.policy.v1beta1.Value
                 * @instance
                 */
                Value.prototype.timestamp_value = null;

                /**
                 * Value duration_value.
                 * @member {istio.policy.v1beta1.Duration.$Properties|null|undefined} duration_value
                 * @memberof istio.policy.v1beta1.Value
                 * @instance
                 */
                Value.prototype.duration_value = null;

                /**
                 * Value email_address_value.
                 * @member {istio.policy.v1beta1.EmailAddress.$Properties|null|undefined} email_address_value
                 * @memberof istio.policy.v1beta1.Value
                 * @instance
                 */
                Value.prototype.email_address_value = null;

                /**
                 * Value dns_name_value.
                 * @member {istio.policy.v1beta1.DNSName.$Properties|null|undefined} dns_name_value
                 * @memberof istio.policy.v1beta1.Value
                 * @instance
                 */
                Value.prototype.dns_name_value = null;

                /**
                 * Value uri_value.
                 * @member {istio.policy.v1beta1.Uri.$Properties|null|undefined} uri_value
                 * @memberof istio.policy.v1beta1.Value
                 * @instance
                 */
                Value.prototype.uri_value = null;

                /**
                 * Value string_map_value.
                 * @member {istio.policy.v1beta1.StringMap.$Properties|null|undefined} string_map_value
                 * @memberof istio.policy.v1beta1.Value
                 * @instance
                 */
                Value.prototype.string_map_value = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Value value.
                 * @member {"string_value"|"int64_value"|"double_value"|"bool_value"|"ip_address_value"|"timestamp_value"|"duration_value"|"email_address_value"|"dns_name_value"|"uri_value"|"string_map_value"|undefined} value
                 * @memberof istio.policy.v1beta1.Value
                 * @instance
                 */
                $Object.defineProperty(Value.prototype, "value", {
                    get: $util.oneOfGetter($oneOfFields = ["string_value", "int64_value", "double_value", "bool_value", "ip_address_value", "timestamp_value", "duration_value", "email_address_value", "dns_name_value", "uri_value", "string_map_value"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Value instance using the specified properties.
                 * @function create
                 * @memberof istio.policy.v1beta1.Value
                 * @static
                 * @param {istio.policy.v1beta1.Value.$Properties=} [properties] Properties to set
                 * @returns {istio.policy.v1beta1.Value} Value instance
                 * @type {{
                 *   (properties: istio.policy.v1beta1.Value.$Shape): istio.policy.v1beta1.Value & istio.policy.v1beta1.Value.$Shape;
                 *   (properties?: istio.policy.v1beta1.Value.$Properties): istio.policy.v1beta1.Value;
                 * }}
                 */
                Value.create = function(properties) {
                    return new Value(properties);
                };

                /**
                 * Encodes the specified Value message. Does not implicitly {@link istio.policy.v1beta1.Value.verify|verify} messages.
                 * @function encode
                 * @memberof istio.policy.v1beta1.Value
                 * @static
                 * @param {istio.policy.v1beta1.Value.$Properties} message Value message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Value.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.string_value != null && $Object.hasOwnProperty.call(message, "string_value"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.string_value);
                    if (message.int64_value != null && $Object.hasOwnProperty.call(message, "int64_value"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.int64_value);
                    if (message.double_value != null && $Object.hasOwnProperty.call(message, "double_value"))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.double_value);
                    if (message.bool_value != null && $Object.hasOwnProperty.call(message, "bool_value"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.bool_value);
                    if (message.ip_address_value != null && $Object.hasOwnProperty.call(message, "ip_address_value"))
                        $root.istio.policy.v1beta1.IPAddress.encode(message.ip_address_value, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.timestamp_value != null && $Object.hasOwnProperty.call(message, "timestamp_value"))
                        $root.istio.policy.v1beta1.TimeStamp.encode(message.timestamp_value, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.duration_value != null && $Object.hasOwnProperty.call(message, "duration_value"))
                        $root.istio.policy.v1beta1.Duration.encode(message.duration_value, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.email_address_value != null && $Object.hasOwnProperty.call(message, "email_address_value"))
                        $root.istio.policy.v1beta1.EmailAddress.encode(message.email_address_value, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.dns_name_value != null && $Object.hasOwnProperty.call(message, "dns_name_value"))
                        $root.istio.policy.v1beta1.DNSName.encode(message.dns_name_value, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.uri_value != null && $Object.hasOwnProperty.call(message, "uri_value"))
                        $root.istio.policy.v1beta1.Uri.encode(message.uri_value, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.string_map_value != null && $Object.hasOwnProperty.call(message, "string_map_value"))
                        $root.istio.policy.v1beta1.StringMap.encode(message.string_map_value, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Value message, length delimited. Does not implicitly {@link istio.policy.v1beta1.Value.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.policy.v1beta1.Value
                 * @static
                 * @param {istio.policy.v1beta1.Value.$Properties} message Value message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Value.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Value message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.policy.v1beta1.Value
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.policy.v1beta1.Value & istio.policy.v1beta1.Value.$Shape} Value
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Value.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.policy.v1beta1.Value();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.string_value = reader.stringVerify();
                                message.value = "string_value";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.int64_value = reader.int64();
                                message.value = "int64_value";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                message.double_value = reader.double();
                                message.value = "double_value";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.bool_value = reader.bool();
                                message.value = "bool_value";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.ip_address_value = $root.istio.policy.v1beta1.IPAddress.decode(reader, reader.size(), $undefined, _depth + 1, message.ip_address_value);
                                message.value = "ip_address_value";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.timestamp_value = $root.istio.policy.v1beta1.TimeStamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp_value);
                                message.value = "timestamp_value";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.duration_value = $root.istio.policy.v1beta1.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.duration_value);
                                message.value = "duration_value";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.email_address_value = $root.istio.policy.v1beta1.EmailAddress.decode(reader, reader.size(), $undefined, _depth + 1, message.email_address_value);
                                message.value = "email_address_value";
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                message.dns_name_value = $root.istio.policy.v1beta1.DNSName.decode(reader, reader.size(), $undefined, _depth + 1, message.dns_name_value);
                                message.value = "dns_name_value";
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.uri_value = $root.istio.policy.v1beta1.Uri.decode(reader, reader.size(), $undefined, _depth + 1, message.uri_value);
                                message.value = "uri_value";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.string_map_value = $root.istio.policy.v1beta1.StringMap.decode(reader, reader.size(), $undefined, _depth + 1, message.string_map_value);
                                message.value = "string_map_value";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Value message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.policy.v1beta1.Value
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.policy.v1beta1.Value & istio.policy.v1beta1.Value.$Shape} Value
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Value.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Value message.
                 * @function verify
                 * @memberof istio.policy.v1beta1.Value
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Value.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.string_value != null && $Object.hasOwnProperty.call(message, "string_value")) {
                        properties.value = 1;
                        if (!$util.isString(message.string_value))
                            return "string_value: string expected";
                    }
                    if (message.int64_value != null && $Object.hasOwnProperty.call(message, "int64_value")) {
                        if (properties.value === 1)
                            return "value: multiple values";
                        properties.value = 1;
                        if (!$util.isInteger(message.int64_value) && !(message.int64_value && $util.isInteger(message.int64_value.low) && $util.isInteger(message.int64_value.high)))
                            return "int64_value: integer|Long expected";
                    }
                    if (message.double_value != null && $Object.hasOwnProperty.call(message, "double_value")) {
                        if (properties.value === 1)
                            return "value: multiple values";
                        properties.value = 1;
                        if (typeof message.double_value !== "number")
                            return "double_value: number expected";
                    }
                    if (message.bool_value != null && $Object.hasOwnProperty.call(message, "bool_value")) {
                        if (properties.value === 1)
                            return "value: multiple values";
                        properties.value = 1;
                        if (typeof message.bool_value !== "boolean")
                            return "bool_value: boolean expected";
                    }
                    if (message.ip_address_value != null && $Object.hasOwnProperty.call(message, "ip_address_value")) {
                        if (properties.value === 1)
                            return "value: multiple values";
                        properties.value = 1;
                        {
                            let error = $root.istio.policy.v1beta1.IPAddress.verify(message.ip_address_value, _depth + 1);
                            if (error)
                                return "ip_address_value." + error;
                        }
                    }
                    if (message.timestamp_value != null && $Object.hasOwnProperty.call(message, "timestamp_value")) {
                        if (properties.value === 1)
                            return "value: multiple values";
                        properties.value = 1;
                        {
                            let error = $root.istio.policy.v1beta1.TimeStamp.verify(message.timestamp_value, _depth + 1);
                            if (error)
                                return "timestamp_value." + error;
                        }
                    }
                    if (message.duration_value != null && $Object.hasOwnProperty.call(message, "duration_value")) {
                        if (properties.value === 1)
                            return "value: multiple values";
                        properties.value = 1;
                        {
                            let error = $root.istio.policy.v1beta1.Duration.verify(message.duration_value, _depth + 1);
                            if (error)
                                return "duration_value." + error;
                        }
                    }
                    if (message.email_address_value != null && $Object.hasOwnProperty.call(message, "email_address_value")) {
                        if (properties.value === 1)
                            return "value: multiple values";
                        properties.value = 1;
                        {
                            let error = $root.istio.policy.v1beta1.EmailAddress.verify(message.email_address_value, _depth + 1);
                            if (error)
                                return "email_address_value." + error;
                        }
                    }
                    if (message.dns_name_value != null && $Object.hasOwnProperty.call(message, "dns_name_value")) {
                        if (properties.value === 1)
                            return "value: multiple values";
                        properties.value = 1;
                        {
                            let error = $root.istio.policy.v1beta1.DNSName.verify(message.dns_name_value, _depth + 1);
                            if (error)
                                return "dns_name_value." + error;
                        }
                    }
                    if (message.uri_value != null && $Object.hasOwnProperty.call(message, "uri_value")) {
                        if (properties.value === 1)
                            return "value: multiple values";
                        properties.value = 1;
                        {
                            let error = $root.istio.policy.v1beta1.Uri.verify(message.uri_value, _depth + 1);
                            if (error)
                                return "uri_value." + error;
                        }
                    }
                    if (message.string_map_value != null && $Object.hasOwnProperty.call(message, "string_map_value")) {
                        if (properties.value === 1)
                            return "value: multiple values";
                        properties.value = 1;
                        {
                            let error = $root.istio.policy.v1beta1.StringMap.verify(message.string_map_value, _depth + 1);
                            if (error)
                                return "string_map_value." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Value message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.policy.v1beta1.Value
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.policy.v1beta1.Value} Value
                 */
                Value.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.policy.v1beta1.Value)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.policy.v1beta1.Value: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.policy.v1beta1.Value();
                    if (object.string_value != null)
                        message.string_value = $String(object.string_value);
                    if (object.int64_value != null)
                        if ($util.Long)
                            message.int64_value = $util.Long.fromValue(object.int64_value, false);
                        else if (typeof object.int64_value === "string")
                            message.int64_value = $parseInt(object.int64_value, 10);
                        else if (typeof object.int64_value === "number")
                            message.int64_value = object.int64_value;
                        else if (typeof object.int64_value === "object")
                            message.int64_value = new $util.LongBits(object.int64_value.low >>> 0, object.int64_value.high >>> 0).toNumber();
                    if (object.double_value != null)
                        message.double_value = $Number(object.double_value);
                    if (object.bool_value != null)
                        message.bool_value = $Boolean(object.bool_value);
                    if (object.ip_address_value != null) {
                        if (!$util.isObject(object.ip_address_value))
                            throw $TypeError(".istio.policy.v1beta1.Value.ip_address_value: object expected");
                        message.ip_address_value = $root.istio.policy.v1beta1.IPAddress.fromObject(object.ip_address_value, _depth + 1);
                    }
                    if (object.timestamp_value != null) {
                        if (!$util.isObject(object.timestamp_value))
                            throw $TypeError(".istio.policy.v1beta1.Value.timestamp_value: object expected");
                        message.timestamp_value = $root.istio.policy.v1beta1.TimeStamp.fromObject(object.timestamp_value, _depth + 1);
                    }
                    if (object.duration_value != null) {
                        if (!$util.isObject(object.duration_value))
                            throw $TypeError(".istio.policy.v1beta1.Value.duration_value: object expected");
                        message.duration_value = $root.istio.policy.v1beta1.Duration.fromObject(object.duration_value, _depth + 1);
                    }
                    if (object.email_address_value != null) {
                        if (!$util.isObject(object.email_address_value))
                            throw $TypeError(".istio.policy.v1beta1.Value.email_address_value: object expected");
                        message.email_address_value = $root.istio.policy.v1beta1.EmailAddress.fromObject(object.email_address_value, _depth + 1);
                    }
                    if (object.dns_name_value != null) {
                        if (!$util.isObject(object.dns_name_value))
                            throw $TypeError(".istio.policy.v1beta1.Value.dns_name_value: object expected");
                        message.dns_name_value = $root.istio.policy.v1beta1.DNSName.fromObject(object.dns_name_value, _depth + 1);
                    }
                    if (object.uri_value != null) {
                        if (!$util.isObject(object.uri_value))
                            throw $TypeError(".istio.policy.v1beta1.Value.uri_value: object expected");
                        message.uri_value = $root.istio.policy.v1beta1.Uri.fromObject(object.uri_value, _depth + 1);
                    }
                    if (object.string_map_value != null) {
                        if (!$util.isObject(object.string_map_value))
                            throw $TypeError(".istio.policy.v1beta1.Value.string_map_value: object expected");
                        message.string_map_value = $root.istio.policy.v1beta1.StringMap.fromObject(object.string_map_value, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Value message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.policy.v1beta1.Value
                 * @static
                 * @param {istio.policy.v1beta1.Value} message Value
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Value.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.string_value != null && $Object.hasOwnProperty.call(message, "string_value")) {
                        object.string_value = message.string_value;
                        if (options.oneofs)
                            object.value = "string_value";
                    }
                    if (message.int64_value != null && $Object.hasOwnProperty.call(message, "int64_value")) {
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.int64_value = typeof message.int64_value === "number" ? $BigInt(message.int64_value) : $util.Long.fromBits(message.int64_value.low >>> 0, message.int64_value.high >>> 0, false).toBigInt();
                        else if (typeof message.int64_value === "number")
                            object.int64_value = options.longs === $String ? $String(message.int64_value) : message.int64_value;
                        else
                            object.int64_value = options.longs === $String ? $util.Long.prototype.toString.call(message.int64_value) : options.longs === $Number ? new $util.LongBits(message.int64_value.low >>> 0, message.int64_value.high >>> 0).toNumber() : message.int64_value;
                        if (options.oneofs)
                            object.value = "int64_value";
                    }
                    if (message.double_value != null && $Object.hasOwnProperty.call(message, "double_value")) {
                        object.double_value = options.json && !$isFinite(message.double_value) ? $String(message.double_value) : message.double_value;
                        if (options.oneofs)
                            object.value = "double_value";
                    }
                    if (message.bool_value != null && $Object.hasOwnProperty.call(message, "bool_value")) {
                        object.bool_value = message.bool_value;
                        if (options.oneofs)
                            object.value = "bool_value";
                    }
                    if (message.ip_address_value != null && $Object.hasOwnProperty.call(message, "ip_address_value")) {
                        object.ip_address_value = $root.istio.policy.v1beta1.IPAddress.toObject(message.ip_address_value, options, _depth + 1);
                        if (options.oneofs)
                            object.value = "ip_address_value";
                    }
                    if (message.timestamp_value != null && $Object.hasOwnProperty.call(message, "timestamp_value")) {
                        object.timestamp_value = $root.istio.policy.v1beta1.TimeStamp.toObject(message.timestamp_value, options, _depth + 1);
                        if (options.oneofs)
                            object.value = "timestamp_value";
                    }
                    if (message.duration_value != null && $Object.hasOwnProperty.call(message, "duration_value")) {
                        object.duration_value = $root.istio.policy.v1beta1.Duration.toObject(message.duration_value, options, _depth + 1);
                        if (options.oneofs)
                            object.value = "duration_value";
                    }
                    if (message.email_address_value != null && $Object.hasOwnProperty.call(message, "email_address_value")) {
                        object.email_address_value = $root.istio.policy.v1beta1.EmailAddress.toObject(message.email_address_value, options, _depth + 1);
                        if (options.oneofs)
                            object.value = "email_address_value";
                    }
                    if (message.dns_name_value != null && $Object.hasOwnProperty.call(message, "dns_name_value")) {
                        object.dns_name_value = $root.istio.policy.v1beta1.DNSName.toObject(message.dns_name_value, options, _depth + 1);
                        if (options.oneofs)
                            object.value = "dns_name_value";
                    }
                    if (message.uri_value != null && $Object.hasOwnProperty.call(message, "uri_value")) {
                        object.uri_value = $root.istio.policy.v1beta1.Uri.toObject(message.uri_value, options, _depth + 1);
                        if (options.oneofs)
                            object.value = "uri_value";
                    }
                    if (message.string_map_value != null && $Object.hasOwnProperty.call(message, "string_map_value")) {
                        object.string_map_value = $root.istio.policy.v1beta1.StringMap.toObject(message.string_map_value, options, _depth + 1);
                        if (options.oneofs)
                            object.value = "string_map_value";
                    }
                    return object;
                };

                /**
                 * Converts this Value to JSON.
                 * @function toJSON
                 * @memberof istio.policy.v1beta1.Value
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Value.prototype.toJSON = function() {
                    return Value.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Value
                 * @function getTypeUrl
                 * @memberof istio.policy.v1beta1.Value
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Value.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.policy.v1beta1.Value";
                };

                return Value;
            })();

            v1beta1.IPAddress = (function() {

                /**
                 * Properties of a IPAddress.
                 * @typedef {Object} istio.policy.v1beta1.IPAddress.$Properties
                 * @property {Uint8Array|null} [value] IPAddress value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a IPAddress.
                 * @memberof istio.policy.v1beta1
                 * @interface IIPAddress
                 * @augments istio.policy.v1beta1.IPAddress.$Properties
                 * @deprecated Use istio.policy.v1beta1.IPAddress.$Properties instead.
                 */

                /**
                 * Shape of a IPAddress.
                 * @typedef {istio.policy.v1beta1.IPAddress.$Properties} istio.policy.v1beta1.IPAddress.$Shape
                 */

                /**
                 * Constructs a new IPAddress.
                 * @memberof istio.policy.v1beta1
                 * @classdesc Represents a IPAddress.
                 * @constructor
                 * @param {istio.policy.v1beta1.IPAddress.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const IPAddress = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * IPAddress value.
                 * @member {Uint8Array} value
                 * @memberof istio.policy.v1beta1.IPAddress
                 * @instance
                 */
                IPAddress.prototype.value = $util.newBuffer([]);

                /**
                 * Creates a new IPAddress instance using the specified properties.
                 * @function create
                 * @memberof istio.policy.v1beta1.IPAddress
                 * @static
                 * @param {istio.policy.v1beta1.IPAddress.$Properties=} [properties] Properties to set
                 * @returns {istio.policy.v1beta1.IPAddress} IPAddress instance
                 * @type {{
                 *   (properties: istio.policy.v1beta1.IPAddress.$Shape): istio.policy.v1beta1.IPAddress & istio.policy.v1beta1.IPAddress.$Shape;
                 *   (properties?: istio.policy.v1beta1.IPAddress.$Properties): istio.policy.v1beta1.IPAddress;
                 * }}
                 */
                IPAddress.create = function(properties) {
                    return new IPAddress(properties);
                };

                /**
                 * Encodes the specified IPAddress message. Does not implicitly {@link istio.policy.v1beta1.IPAddress.verify|verify} messages.
                 * @function encode
                 * @memberof istio.policy.v1beta1.IPAddress
                 * @static
                 * @param {istio.policy.v1beta1.IPAddress.$Properties} message IPAddress message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                IPAddress.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified IPAddress message, length delimited. Does not implicitly {@link istio.policy.v1beta1.IPAddress.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.policy.v1beta1.IPAddress
                 * @static
                 * @param {istio.policy.v1beta1.IPAddress.$Properties} message IPAddress message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                IPAddress.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a IPAddress message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.policy.v1beta1.IPAddress
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.policy.v1beta1.IPAddress & istio.policy.v1beta1.IPAddress.$Shape} IPAddress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                IPAddress.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.policy.v1beta1.IPAddress();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a IPAddress message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.policy.v1beta1.IPAddress
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.policy.v1beta1.IPAddress & istio.policy.v1beta1.IPAddress.$Shape} IPAddress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                IPAddress.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a IPAddress message.
                 * @function verify
                 * @memberof istio.policy.v1beta1.IPAddress
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                IPAddress.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                            return "value: buffer expected";
                    return null;
                };

                /**
                 * Creates a IPAddress message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.policy.v1beta1.IPAddress
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.policy.v1beta1.IPAddress} IPAddress
                 */
                IPAddress.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.policy.v1beta1.IPAddress)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.policy.v1beta1.IPAddress: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.policy.v1beta1.IPAddress();
                    if (object.value != null)
                        if (object.value.length)
                            if (typeof object.value === "string")
                                $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                            else if (object.value.length >= 0)
                                message.value = object.value;
                    return message;
                };

                /**
                 * Creates a plain object from a IPAddress message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.policy.v1beta1.IPAddress
                 * @static
                 * @param {istio.policy.v1beta1.IPAddress} message IPAddress
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                IPAddress.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.value = "";
                        else {
                            object.value = [];
                            if (options.bytes !== $Array)
                                object.value = $util.newBuffer(object.value);
                        }
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                    return object;
                };

                /**
                 * Converts this IPAddress to JSON.
                 * @function toJSON
                 * @memberof istio.policy.v1beta1.IPAddress
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                IPAddress.prototype.toJSON = function() {
                    return IPAddress.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for IPAddress
                 * @function getTypeUrl
                 * @memberof istio.policy.v1beta1.IPAddress
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                IPAddress.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.policy.v1beta1.IPAddress";
                };

                return IPAddress;
            })();

            v1beta1.Duration = (function() {

                /**
                 * Properties of a Duration.
                 * @typedef {Object} istio.policy.v1beta1.Duration.$Properties
                 * @property {google.protobuf.Duration.$Properties|null} [value] Duration value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Duration.
                 * @memberof istio.policy.v1beta1
                 * @interface IDuration
                 * @augments istio.policy.v1beta1.Duration.$Properties
                 * @deprecated Use istio.policy.v1beta1.Duration.$Properties instead.
                 */

                /**
                 * Shape of a Duration.
                 * @typedef {istio.policy.v1beta1.Duration.$Properties} istio.policy.v1beta1.Duration.$Shape
                 */

                /**
                 * Constructs a new Duration.
                 * @memberof istio.policy.v1beta1
                 * @classdesc Represents a Duration.
                 * @constructor
                 * @param {istio.policy.v1beta1.Duration.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Duration = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Duration value.
                 * @member {google.protobuf.Duration.$Properties|null|undefined} value
                 * @memberof istio.policy.v1beta1.Duration
                 * @instance
                 */
                Duration.prototype.value = null;

                /**
                 * Creates a new Duration instance using the specified properties.
                 * @function create
                 * @memberof istio.policy.v1beta1.Duration
                 * @static
                 * @param {istio.policy.v1beta1.Duration.$Properties=} [properties] Properties to set
                 * @returns {istio.policy.v1beta1.Duration} Duration instance
                 * @type {{
                 *   (properties: istio.policy.v1beta1.Duration.$Shape): istio.policy.v1beta1.Duration & istio.policy.v1beta1.Duration.$Shape;
                 *   (properties?: istio.policy.v1beta1.Duration.$Properties): istio.policy.v1beta1.Duration;
                 * }}
                 */
                Duration.create = function(properties) {
                    return new Duration(properties);
                };

                /**
                 * Encodes the specified Duration message. Does not implicitly {@link istio.policy.v1beta1.Duration.verify|verify} messages.
                 * @function encode
                 * @memberof istio.policy.v1beta1.Duration
                 * @static
                 * @param {istio.policy.v1beta1.Duration.$Properties} message Duration message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Duration.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        $root.google.protobuf.Duration.encode(message.value, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Duration message, length delimited. Does not implicitly {@link istio.policy.v1beta1.Duration.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.policy.v1beta1.Duration
                 * @static
                 * @param {istio.policy.v1beta1.Duration.$Properties} message Duration message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Duration.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Duration message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.policy.v1beta1.Duration
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.policy.v1beta1.Duration & istio.policy.v1beta1.Duration.$Shape} Duration
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Duration.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.policy.v1beta1.Duration();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.value = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Duration message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.policy.v1beta1.Duration
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.policy.v1beta1.Duration & istio.policy.v1beta1.Duration.$Shape} Duration
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Duration.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Duration message.
                 * @function verify
                 * @memberof istio.policy.v1beta1.Duration
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Duration.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        let error = $root.google.protobuf.Duration.verify(message.value, _depth + 1);
                        if (error)
                            return "value." + error;
                    }
                    return null;
                };

                /**
                 * Creates a Duration message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.policy.v1beta1.Duration
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.policy.v1beta1.Duration} Duration
                 */
                Duration.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.policy.v1beta1.Duration)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.policy.v1beta1.Duration: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.policy.v1beta1.Duration();
                    if (object.value != null) {
                        if (!$util.isObject(object.value))
                            throw $TypeError(".istio.policy.v1beta1.Duration.value: object expected");
                        message.value = $root.google.protobuf.Duration.fromObject(object.value, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Duration message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.policy.v1beta1.Duration
                 * @static
                 * @param {istio.policy.v1beta1.Duration} message Duration
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Duration.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.value = null;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = $root.google.protobuf.Duration.toObject(message.value, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this Duration to JSON.
                 * @function toJSON
                 * @memberof istio.policy.v1beta1.Duration
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Duration.prototype.toJSON = function() {
                    return Duration.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Duration
                 * @function getTypeUrl
                 * @memberof istio.policy.v1beta1.Duration
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Duration.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.policy.v1beta1.Duration";
                };

                return Duration;
            })();

            v1beta1.TimeStamp = (function() {

                /**
                 * Properties of a TimeStamp.
                 * @typedef {Object} istio.policy.v1beta1.TimeStamp.$Properties
                 * @property {google.protobuf.Timestamp.$Properties|null} [value] TimeStamp value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TimeStamp.
                 * @memberof istio.policy.v1beta1
                 * @interface ITimeStamp
                 * @augments istio.policy.v1beta1.TimeStamp.$Properties
                 * @deprecated Use istio.policy.v1beta1.TimeStamp.$Properties instead.
                 */

                /**
                 * Shape of a TimeStamp.
                 * @typedef {istio.policy.v1beta1.TimeStamp.$Properties} istio.policy.v1beta1.TimeStamp.$Shape
                 */

                /**
                 * Constructs a new TimeStamp.
                 * @memberof istio.policy.v1beta1
                 * @classdesc Represents a TimeStamp.
                 * @constructor
                 * @param {istio.policy.v1beta1.TimeStamp.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TimeStamp = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TimeStamp value.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} value
                 * @memberof istio.policy.v1beta1.TimeStamp
                 * @instance
                 */
                TimeStamp.prototype.value = null;

                /**
                 * Creates a new TimeStamp instance using the specified properties.
                 * @function create
                 * @memberof istio.policy.v1beta1.TimeStamp
                 * @static
                 * @param {istio.policy.v1beta1.TimeStamp.$Properties=} [properties] Properties to set
                 * @returns {istio.policy.v1beta1.TimeStamp} TimeStamp instance
                 * @type {{
                 *   (properties: istio.policy.v1beta1.TimeStamp.$Shape): istio.policy.v1beta1.TimeStamp & istio.policy.v1beta1.TimeStamp.$Shape;
                 *   (properties?: istio.policy.v1beta1.TimeStamp.$Properties): istio.policy.v1beta1.TimeStamp;
                 * }}
                 */
                TimeStamp.create = function(properties) {
                    return new TimeStamp(properties);
                };

                /**
                 * Encodes the specified TimeStamp message. Does not implicitly {@link istio.policy.v1beta1.TimeStamp.verify|verify} messages.
                 * @function encode
                 * @memberof istio.policy.v1beta1.TimeStamp
                 * @static
                 * @param {istio.policy.v1beta1.TimeStamp.$Properties} message TimeStamp message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TimeStamp.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        $root.google.protobuf.Timestamp.encode(message.value, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified TimeStamp message, length delimited. Does not implicitly {@link istio.policy.v1beta1.TimeStamp.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.policy.v1beta1.TimeStamp
                 * @static
                 * @param {istio.policy.v1beta1.TimeStamp.$Properties} message TimeStamp message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TimeStamp.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a TimeStamp message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.policy.v1beta1.TimeStamp
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.policy.v1beta1.TimeStamp & istio.policy.v1beta1.TimeStamp.$Shape} TimeStamp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TimeStamp.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.policy.v1beta1.TimeStamp();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.value = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a TimeStamp message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.policy.v1beta1.TimeStamp
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.policy.v1beta1.TimeStamp & istio.policy.v1beta1.TimeStamp.$Shape} TimeStamp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TimeStamp.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a TimeStamp message.
                 * @function verify
                 * @memberof istio.policy.v1beta1.TimeStamp
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TimeStamp.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.value, _depth + 1);
                        if (error)
                            return "value." + error;
                    }
                    return null;
                };

                /**
                 * Creates a TimeStamp message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.policy.v1beta1.TimeStamp
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.policy.v1beta1.TimeStamp} TimeStamp
                 */
                TimeStamp.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.policy.v1beta1.TimeStamp)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.policy.v1beta1.TimeStamp: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.policy.v1beta1.TimeStamp();
                    if (object.value != null) {
                        if (!$util.isObject(object.value))
                            throw $TypeError(".istio.policy.v1beta1.TimeStamp.value: object expected");
                        message.value = $root.google.protobuf.Timestamp.fromObject(object.value, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a TimeStamp message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.policy.v1beta1.TimeStamp
                 * @static
                 * @param {istio.policy.v1beta1.TimeStamp} message TimeStamp
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TimeStamp.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.value = null;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = $root.google.protobuf.Timestamp.toObject(message.value, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this TimeStamp to JSON.
                 * @function toJSON
                 * @memberof istio.policy.v1beta1.TimeStamp
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TimeStamp.prototype.toJSON = function() {
                    return TimeStamp.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TimeStamp
                 * @function getTypeUrl
                 * @memberof istio.policy.v1beta1.TimeStamp
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TimeStamp.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.policy.v1beta1.TimeStamp";
                };

                return TimeStamp;
            })();

            v1beta1.DNSName = (function() {

                /**
                 * Properties of a DNSName.
                 * @typedef {Object} istio.policy.v1beta1.DNSName.$Properties
                 * @property {string|null} [value] DNSName value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DNSName.
                 * @memberof istio.policy.v1beta1
                 * @interface IDNSName
                 * @augments istio.policy.v1beta1.DNSName.$Properties
                 * @deprecated Use istio.policy.v1beta1.DNSName.$Properties instead.
                 */

                /**
                 * Shape of a DNSName.
                 * @typedef {istio.policy.v1beta1.DNSName.$Properties} istio.policy.v1beta1.DNSName.$Shape
                 */

                /**
                 * Constructs a new DNSName.
                 * @memberof istio.policy.v1beta1
                 * @classdesc Represents a DNSName.
                 * @constructor
                 * @param {istio.policy.v1beta1.DNSName.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DNSName = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DNSName value.
                 * @member {string} value
                 * @memberof istio.policy.v1beta1.DNSName
                 * @instance
                 */
                DNSName.prototype.value = "";

                /**
                 * Creates a new DNSName instance using the specified properties.
                 * @function create
                 * @memberof istio.policy.v1beta1.DNSName
                 * @static
                 * @param {istio.policy.v1beta1.DNSName.$Properties=} [properties] Properties to set
                 * @returns {istio.policy.v1beta1.DNSName} DNSName instance
                 * @type {{
                 *   (properties: istio.policy.v1beta1.DNSName.$Shape): istio.policy.v1beta1.DNSName & istio.policy.v1beta1.DNSName.$Shape;
                 *   (properties?: istio.policy.v1beta1.DNSName.$Properties): istio.policy.v1beta1.DNSName;
                 * }}
                 */
                DNSName.create = function(properties) {
                    return new DNSName(properties);
                };

                /**
                 * Encodes the specified DNSName message. Does not implicitly {@link istio.policy.v1beta1.DNSName.verify|verify} messages.
                 * @function encode
                 * @memberof istio.policy.v1beta1.DNSName
                 * @static
                 * @param {istio.policy.v1beta1.DNSName.$Properties} message DNSName message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DNSName.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified DNSName message, length delimited. Does not implicitly {@link istio.policy.v1beta1.DNSName.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.policy.v1beta1.DNSName
                 * @static
                 * @param {istio.policy.v1beta1.DNSName.$Properties} message DNSName message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DNSName.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a DNSName message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.policy.v1beta1.DNSName
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.policy.v1beta1.DNSName & istio.policy.v1beta1.DNSName.$Shape} DNSName
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DNSName.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.policy.v1beta1.DNSName();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a DNSName message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.policy.v1beta1.DNSName
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.policy.v1beta1.DNSName & istio.policy.v1beta1.DNSName.$Shape} DNSName
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DNSName.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a DNSName message.
                 * @function verify
                 * @memberof istio.policy.v1beta1.DNSName
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DNSName.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (!$util.isString(message.value))
                            return "value: string expected";
                    return null;
                };

                /**
                 * Creates a DNSName message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.policy.v1beta1.DNSName
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.policy.v1beta1.DNSName} DNSName
                 */
                DNSName.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.policy.v1beta1.DNSName)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.policy.v1beta1.DNSName: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.policy.v1beta1.DNSName();
                    if (object.value != null)
                        if (typeof object.value !== "string" || object.value.length)
                            message.value = $String(object.value);
                    return message;
                };

                /**
                 * Creates a plain object from a DNSName message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.policy.v1beta1.DNSName
                 * @static
                 * @param {istio.policy.v1beta1.DNSName} message DNSName
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DNSName.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.value = "";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = message.value;
                    return object;
                };

                /**
                 * Converts this DNSName to JSON.
                 * @function toJSON
                 * @memberof istio.policy.v1beta1.DNSName
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DNSName.prototype.toJSON = function() {
                    return DNSName.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DNSName
                 * @function getTypeUrl
                 * @memberof istio.policy.v1beta1.DNSName
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DNSName.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.policy.v1beta1.DNSName";
                };

                return DNSName;
            })();

            v1beta1.EmailAddress = (function() {

                /**
                 * Properties of an EmailAddress.
                 * @typedef {Object} istio.policy.v1beta1.EmailAddress.$Properties
                 * @property {string|null} [value] EmailAddress value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EmailAddress.
                 * @memberof istio.policy.v1beta1
                 * @interface IEmailAddress
                 * @augments istio.policy.v1beta1.EmailAddress.$Properties
                 * @deprecated Use istio.policy.v1beta1.EmailAddress.$Properties instead.
                 */

                /**
                 * Shape of an EmailAddress.
                 * @typedef {istio.policy.v1beta1.EmailAddress.$Properties} istio.policy.v1beta1.EmailAddress.$Shape
                 */

                /**
                 * Constructs a new EmailAddress.
                 * @memberof istio.policy.v1beta1
                 * @classdesc Represents an EmailAddress.
                 * @constructor
                 * @param {istio.policy.v1beta1.EmailAddress.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EmailAddress = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * EmailAddress value.
                 * @member {string} value
                 * @memberof istio.policy.v1beta1.EmailAddress
                 * @instance
                 */
                EmailAddress.prototype.value = "";

                /**
                 * Creates a new EmailAddress instance using the specified properties.
                 * @function create
                 * @memberof istio.policy.v1beta1.EmailAddress
                 * @static
                 * @param {istio.policy.v1beta1.EmailAddress.$Properties=} [properties] Properties to set
                 * @returns {istio.policy.v1beta1.EmailAddress} EmailAddress instance
                 * @type {{
                 *   (properties: istio.policy.v1beta1.EmailAddress.$Shape): istio.policy.v1beta1.EmailAddress & istio.policy.v1beta1.EmailAddress.$Shape;
                 *   (properties?: istio.policy.v1beta1.EmailAddress.$Properties): istio.policy.v1beta1.EmailAddress;
                 * }}
                 */
                EmailAddress.create = function(properties) {
                    return new EmailAddress(properties);
                };

                /**
                 * Encodes the specified EmailAddress message. Does not implicitly {@link istio.policy.v1beta1.EmailAddress.verify|verify} messages.
                 * @function encode
                 * @memberof istio.policy.v1beta1.EmailAddress
                 * @static
                 * @param {istio.policy.v1beta1.EmailAddress.$Properties} message EmailAddress message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EmailAddress.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified EmailAddress message, length delimited. Does not implicitly {@link istio.policy.v1beta1.EmailAddress.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.policy.v1beta1.EmailAddress
                 * @static
                 * @param {istio.policy.v1beta1.EmailAddress.$Properties} message EmailAddress message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EmailAddress.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an EmailAddress message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.policy.v1beta1.EmailAddress
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.policy.v1beta1.EmailAddress & istio.policy.v1beta1.EmailAddress.$Shape} EmailAddress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EmailAddress.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.policy.v1beta1.EmailAddress();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an EmailAddress message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.policy.v1beta1.EmailAddress
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.policy.v1beta1.EmailAddress & istio.policy.v1beta1.EmailAddress.$Shape} EmailAddress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EmailAddress.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an EmailAddress message.
                 * @function verify
                 * @memberof istio.policy.v1beta1.EmailAddress
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                EmailAddress.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (!$util.isString(message.value))
                            return "value: string expected";
                    return null;
                };

                /**
                 * Creates an EmailAddress message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.policy.v1beta1.EmailAddress
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.policy.v1beta1.EmailAddress} EmailAddress
                 */
                EmailAddress.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.policy.v1beta1.EmailAddress)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.policy.v1beta1.EmailAddress: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.policy.v1beta1.EmailAddress();
                    if (object.value != null)
                        if (typeof object.value !== "string" || object.value.length)
                            message.value = $String(object.value);
                    return message;
                };

                /**
                 * Creates a plain object from an EmailAddress message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.policy.v1beta1.EmailAddress
                 * @static
                 * @param {istio.policy.v1beta1.EmailAddress} message EmailAddress
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                EmailAddress.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.value = "";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = message.value;
                    return object;
                };

                /**
                 * Converts this EmailAddress to JSON.
                 * @function toJSON
                 * @memberof istio.policy.v1beta1.EmailAddress
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                EmailAddress.prototype.toJSON = function() {
                    return EmailAddress.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for EmailAddress
                 * @function getTypeUrl
                 * @memberof istio.policy.v1beta1.EmailAddress
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                EmailAddress.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.policy.v1beta1.EmailAddress";
                };

                return EmailAddress;
            })();

            v1beta1.Uri = (function() {

                /**
                 * Properties of an Uri.
                 * @typedef {Object} istio.policy.v1beta1.Uri.$Properties
                 * @property {string|null} [value] Uri value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Uri.
                 * @memberof istio.policy.v1beta1
                 * @interface IUri
                 * @augments istio.policy.v1beta1.Uri.$Properties
                 * @deprecated Use istio.policy.v1beta1.Uri.$Properties instead.
                 */

                /**
                 * Shape of an Uri.
                 * @typedef {istio.policy.v1beta1.Uri.$Properties} istio.policy.v1beta1.Uri.$Shape
                 */

                /**
                 * Constructs a new Uri.
                 * @memberof istio.policy.v1beta1
                 * @classdesc Represents an Uri.
                 * @constructor
                 * @param {istio.policy.v1beta1.Uri.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Uri = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Uri value.
                 * @member {string} value
                 * @memberof istio.policy.v1beta1.Uri
                 * @instance
                 */
                Uri.prototype.value = "";

                /**
                 * Creates a new Uri instance using the specified properties.
                 * @function create
                 * @memberof istio.policy.v1beta1.Uri
                 * @static
                 * @param {istio.policy.v1beta1.Uri.$Properties=} [properties] Properties to set
                 * @returns {istio.policy.v1beta1.Uri} Uri instance
                 * @type {{
                 *   (properties: istio.policy.v1beta1.Uri.$Shape): istio.policy.v1beta1.Uri & istio.policy.v1beta1.Uri.$Shape;
                 *   (properties?: istio.policy.v1beta1.Uri.$Properties): istio.policy.v1beta1.Uri;
                 * }}
                 */
                Uri.create = function(properties) {
                    return new Uri(properties);
                };

                /**
                 * Encodes the specified Uri message. Does not implicitly {@link istio.policy.v1beta1.Uri.verify|verify} messages.
                 * @function encode
                 * @memberof istio.policy.v1beta1.Uri
                 * @static
                 * @param {istio.policy.v1beta1.Uri.$Properties} message Uri message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Uri.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Uri message, length delimited. Does not implicitly {@link istio.policy.v1beta1.Uri.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.policy.v1beta1.Uri
                 * @static
                 * @param {istio.policy.v1beta1.Uri.$Properties} message Uri message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Uri.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Uri message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.policy.v1beta1.Uri
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.policy.v1beta1.Uri & istio.policy.v1beta1.Uri.$Shape} Uri
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Uri.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.policy.v1beta1.Uri();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.value = value;
                                else
                                    delete message.value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an Uri message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.policy.v1beta1.Uri
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.policy.v1beta1.Uri & istio.policy.v1beta1.Uri.$Shape} Uri
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Uri.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Uri message.
                 * @function verify
                 * @memberof istio.policy.v1beta1.Uri
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Uri.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (!$util.isString(message.value))
                            return "value: string expected";
                    return null;
                };

                /**
                 * Creates an Uri message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.policy.v1beta1.Uri
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.policy.v1beta1.Uri} Uri
                 */
                Uri.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.policy.v1beta1.Uri)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.policy.v1beta1.Uri: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.policy.v1beta1.Uri();
                    if (object.value != null)
                        if (typeof object.value !== "string" || object.value.length)
                            message.value = $String(object.value);
                    return message;
                };

                /**
                 * Creates a plain object from an Uri message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.policy.v1beta1.Uri
                 * @static
                 * @param {istio.policy.v1beta1.Uri} message Uri
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Uri.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.value = "";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = message.value;
                    return object;
                };

                /**
                 * Converts this Uri to JSON.
                 * @function toJSON
                 * @memberof istio.policy.v1beta1.Uri
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Uri.prototype.toJSON = function() {
                    return Uri.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Uri
                 * @function getTypeUrl
                 * @memberof istio.policy.v1beta1.Uri
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Uri.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.policy.v1beta1.Uri";
                };

                return Uri;
            })();

            v1beta1.StringMap = (function() {

                /**
                 * Properties of a StringMap.
                 * @typedef {Object} istio.policy.v1beta1.StringMap.$Properties
                 * @property {Object.<string,string>|null} [value] StringMap value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StringMap.
                 * @memberof istio.policy.v1beta1
                 * @interface IStringMap
                 * @augments istio.policy.v1beta1.StringMap.$Properties
                 * @deprecated Use istio.policy.v1beta1.StringMap.$Properties instead.
                 */

                /**
                 * Shape of a StringMap.
                 * @typedef {istio.policy.v1beta1.StringMap.$Properties} istio.policy.v1beta1.StringMap.$Shape
                 */

                /**
                 * Constructs a new StringMap.
                 * @memberof istio.policy.v1beta1
                 * @classdesc Represents a StringMap.
                 * @constructor
                 * @param {istio.policy.v1beta1.StringMap.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StringMap = function (properties) {
                    this.value = {};
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StringMap value.
                 * @member {Object.<string,string>} value
                 * @memberof istio.policy.v1beta1.StringMap
                 * @instance
                 */
                StringMap.prototype.value = $util.emptyObject;

                /**
                 * Creates a new StringMap instance using the specified properties.
                 * @function create
                 * @memberof istio.policy.v1beta1.StringMap
                 * @static
                 * @param {istio.policy.v1beta1.StringMap.$Properties=} [properties] Properties to set
                 * @returns {istio.policy.v1beta1.StringMap} StringMap instance
                 * @type {{
                 *   (properties: istio.policy.v1beta1.StringMap.$Shape): istio.policy.v1beta1.StringMap & istio.policy.v1beta1.StringMap.$Shape;
                 *   (properties?: istio.policy.v1beta1.StringMap.$Properties): istio.policy.v1beta1.StringMap;
                 * }}
                 */
                StringMap.create = function(properties) {
                    return new StringMap(properties);
                };

                /**
                 * Encodes the specified StringMap message. Does not implicitly {@link istio.policy.v1beta1.StringMap.verify|verify} messages.
                 * @function encode
                 * @memberof istio.policy.v1beta1.StringMap
                 * @static
                 * @param {istio.policy.v1beta1.StringMap.$Properties} message StringMap message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StringMap.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        for (let keys = $Object.keys(message.value), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.value[keys[i]]).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StringMap message, length delimited. Does not implicitly {@link istio.policy.v1beta1.StringMap.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.policy.v1beta1.StringMap
                 * @static
                 * @param {istio.policy.v1beta1.StringMap.$Properties} message StringMap message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StringMap.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StringMap message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.policy.v1beta1.StringMap
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.policy.v1beta1.StringMap & istio.policy.v1beta1.StringMap.$Shape} StringMap
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StringMap.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.policy.v1beta1.StringMap();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (message.value === $util.emptyObject)
                                    message.value = {};
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    let tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = reader.stringVerify();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.value, key);
                                message.value[key] = value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a StringMap message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.policy.v1beta1.StringMap
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.policy.v1beta1.StringMap & istio.policy.v1beta1.StringMap.$Shape} StringMap
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StringMap.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StringMap message.
                 * @function verify
                 * @memberof istio.policy.v1beta1.StringMap
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StringMap.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        if (!$util.isObject(message.value))
                            return "value: object expected";
                        let key = $Object.keys(message.value);
                        for (let i = 0; i < key.length; ++i)
                            if (!$util.isString(message.value[key[i]]))
                                return "value: string{k:string} expected";
                    }
                    return null;
                };

                /**
                 * Creates a StringMap message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.policy.v1beta1.StringMap
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.policy.v1beta1.StringMap} StringMap
                 */
                StringMap.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.policy.v1beta1.StringMap)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.policy.v1beta1.StringMap: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.policy.v1beta1.StringMap();
                    if (object.value) {
                        if (!$util.isObject(object.value))
                            throw $TypeError(".istio.policy.v1beta1.StringMap.value: object expected");
                        message.value = {};
                        for (let keys = $Object.keys(object.value), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.value, keys[i]);
                            message.value[keys[i]] = $String(object.value[keys[i]]);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a StringMap message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.policy.v1beta1.StringMap
                 * @static
                 * @param {istio.policy.v1beta1.StringMap} message StringMap
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StringMap.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.objects || options.defaults)
                        object.value = {};
                    let keys2;
                    if (message.value && (keys2 = $Object.keys(message.value)).length) {
                        object.value = {};
                        for (let j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.value, keys2[j]);
                            object.value[keys2[j]] = message.value[keys2[j]];
                        }
                    }
                    return object;
                };

                /**
                 * Converts this StringMap to JSON.
                 * @function toJSON
                 * @memberof istio.policy.v1beta1.StringMap
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StringMap.prototype.toJSON = function() {
                    return StringMap.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StringMap
                 * @function getTypeUrl
                 * @memberof istio.policy.v1beta1.StringMap
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StringMap.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.policy.v1beta1.StringMap";
                };

                return StringMap;
            })();

            return v1beta1;
        })();

        return policy;
    })();

    istio.mixer = (function() {

        /**
         * Namespace mixer.
         * @memberof istio
         * @namespace
         */
        const mixer = {};

        mixer.adapter = (function() {

            /**
             * Namespace adapter.
             * @memberof istio.mixer
             * @namespace
             */
            const adapter = {};

            adapter.model = (function() {

                /**
                 * Namespace model.
                 * @memberof istio.mixer.adapter
                 * @namespace
                 */
                const model = {};

                model.v1beta1 = (function() {

                    /**
                     * Namespace v1beta1.
                     * @memberof istio.mixer.adapter.model
                     * @namespace
                     */
                    const v1beta1 = {};

                    v1beta1.ReportResult = (function() {

                        /**
                         * Properties of a ReportResult.
                         * @typedef {Object} istio.mixer.adapter.model.v1beta1.ReportResult.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a ReportResult.
                         * @memberof istio.mixer.adapter.model.v1beta1
                         * @interface IReportResult
                         * @augments istio.mixer.adapter.model.v1beta1.ReportResult.$Properties
                         * @deprecated Use istio.mixer.adapter.model.v1beta1.ReportResult.$Properties instead.
                         */

                        /**
                         * Shape of a ReportResult.
                         * @typedef {istio.mixer.adapter.model.v1beta1.ReportResult.$Properties} istio.mixer.adapter.model.v1beta1.ReportResult.$Shape
                         */

                        /**
                         * Constructs a new ReportResult.
                         * @memberof istio.mixer.adapter.model.v1beta1
                         * @classdesc Represents a ReportResult.
                         * @constructor
                         * @param {istio.mixer.adapter.model.v1beta1.ReportResult.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ReportResult = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * Creates a new ReportResult instance using the specified properties.
                         * @function create
                         * @memberof istio.mixer.adapter.model.v1beta1.ReportResult
                         * @static
                         * @param {istio.mixer.adapter.model.v1beta1.ReportResult.$Properties=} [properties] Properties to set
                         * @returns {istio.mixer.adapter.model.v1beta1.ReportResult} ReportResult instance
                         * @type {{
                         *   (properties: istio.mixer.adapter.model.v1beta1.ReportResult.$Shape): istio.mixer.adapter.model.v1beta1.ReportResult & istio.mixer.adapter.model.v1beta1.ReportResult.$Shape;
                         *   (properties?: istio.mixer.adapter.model.v1beta1.ReportResult.$Properties): istio.mixer.adapter.model.v1beta1.ReportResult;
                         * }}
                         */
                        ReportResult.create = function(properties) {
                            return new ReportResult(properties);
                        };

                        /**
                         * Encodes the specified ReportResult message. Does not implicitly {@link istio.mixer.adapter.model.v1beta1.ReportResult.verify|verify} messages.
                         * @function encode
                         * @memberof istio.mixer.adapter.model.v1beta1.ReportResult
                         * @static
                         * @param {istio.mixer.adapter.model.v1beta1.ReportResult.$Properties} message ReportResult message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ReportResult.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified ReportResult message, length delimited. Does not implicitly {@link istio.mixer.adapter.model.v1beta1.ReportResult.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof istio.mixer.adapter.model.v1beta1.ReportResult
                         * @static
                         * @param {istio.mixer.adapter.model.v1beta1.ReportResult.$Properties} message ReportResult message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ReportResult.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a ReportResult message from the specified reader or buffer.
                         * @function decode
                         * @memberof istio.mixer.adapter.model.v1beta1.ReportResult
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {istio.mixer.adapter.model.v1beta1.ReportResult & istio.mixer.adapter.model.v1beta1.ReportResult.$Shape} ReportResult
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ReportResult.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.istio.mixer.adapter.model.v1beta1.ReportResult();
                            while (reader.pos < end) {
                                let start = reader.pos;
                                let tag = reader.tag();
                                if (tag === _end) {
                                    _end = $undefined;
                                    break;
                                }
                                reader.skipType(tag & 7, _depth, tag);
                                if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                            }
                            if (length !== $undefined) {
                                if (reader.pos !== end)
                                    throw $RangeError("index out of range");
                                reader.len = length;
                            }
                            if (_end !== $undefined)
                                throw $Error("missing end group");
                            return message;
                        };

                        /**
                         * Decodes a ReportResult message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof istio.mixer.adapter.model.v1beta1.ReportResult
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {istio.mixer.adapter.model.v1beta1.ReportResult & istio.mixer.adapter.model.v1beta1.ReportResult.$Shape} ReportResult
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ReportResult.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a ReportResult message.
                         * @function verify
                         * @memberof istio.mixer.adapter.model.v1beta1.ReportResult
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ReportResult.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            return null;
                        };

                        /**
                         * Creates a ReportResult message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof istio.mixer.adapter.model.v1beta1.ReportResult
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {istio.mixer.adapter.model.v1beta1.ReportResult} ReportResult
                         */
                        ReportResult.fromObject = function (object, _depth) {
                            if (object instanceof $root.istio.mixer.adapter.model.v1beta1.ReportResult)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".istio.mixer.adapter.model.v1beta1.ReportResult: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.istio.mixer.adapter.model.v1beta1.ReportResult();
                        };

                        /**
                         * Creates a plain object from a ReportResult message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof istio.mixer.adapter.model.v1beta1.ReportResult
                         * @static
                         * @param {istio.mixer.adapter.model.v1beta1.ReportResult} message ReportResult
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ReportResult.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this ReportResult to JSON.
                         * @function toJSON
                         * @memberof istio.mixer.adapter.model.v1beta1.ReportResult
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ReportResult.prototype.toJSON = function() {
                            return ReportResult.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ReportResult
                         * @function getTypeUrl
                         * @memberof istio.mixer.adapter.model.v1beta1.ReportResult
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ReportResult.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/istio.mixer.adapter.model.v1beta1.ReportResult";
                        };

                        return ReportResult;
                    })();

                    return v1beta1;
                })();

                return model;
            })();

            return adapter;
        })();

        return mixer;
    })();

    return istio;
})();

export {
  $root as default
};
