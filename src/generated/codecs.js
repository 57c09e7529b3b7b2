/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

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

    adapter.prometheus = (function() {

        /**
         * Namespace prometheus.
         * @memberof adapter
         * @namespace
         */
        const prometheus = {};

        prometheus.config = (function() {

            /**
             * Namespace config.
             * @memberof adapter.prometheus
             * @namespace
             */
            const config = {};

            config.Params = (function() {

                /**
                 * Properties of a Params.
                 * @typedef {Object} adapter.prometheus.config.Params.$Properties
                 * @property {Array.<adapter.prometheus.config.Params.MetricInfo.$Properties>|null} [metrics] Params metrics
                 * @property {adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties|null} [metrics_expiration_policy] Params metrics_expiration_policy
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Params.
                 * @memberof adapter.prometheus.config
                 * @interface IParams
                 * @augments adapter.prometheus.config.Params.$Properties
                 * @deprecated Use adapter.prometheus.config.Params.$Properties instead.
                 */

                /**
                 * Shape of a Params.
                 * @typedef {{
                 *   metrics?: Array.<adapter.prometheus.config.Params.MetricInfo.$Shape>|null;
                 *   metrics_expiration_policy?: adapter.prometheus.config.Params.MetricsExpirationPolicy.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} adapter.prometheus.config.Params.$Shape
                 */

                /**
                 * Constructs a new Params.
                 * @memberof adapter.prometheus.config
                 * @classdesc Represents a Params.
                 * @constructor
                 * @param {adapter.prometheus.config.Params.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Params = function (properties) {
                    this.metrics = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Params metrics.
                 * @member {Array.<adapter.prometheus.config.Params.MetricInfo.$Properties>} metrics
                 * @memberof adapter.prometheus.config.Params
                 * @instance
                 */
                Params.prototype.metrics = $util.emptyArray;

                /**
                 * Params metrics_expiration_policy.
                 * @member {adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties|null|undefined} metrics_expiration_policy
                 * @memberof adapter.prometheus.config.Params
                 * @instance
                 */
                Params.prototype.metrics_expiration_policy = null;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof adapter.prometheus.config.Params
                 * @static
                 * @param {adapter.prometheus.config.Params.$Properties=} [properties] Properties to set
                 * @returns {adapter.prometheus.config.Params} Params instance
                 * @type {{
                 *   (properties: adapter.prometheus.config.Params.$Shape): adapter.prometheus.config.Params & adapter.prometheus.config.Params.$Shape;
                 *   (properties?: adapter.prometheus.config.Params.$Properties): adapter.prometheus.config.Params;
                 * }}
                 */
                Params.create = function(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link adapter.prometheus.config.Params.verify|verify} messages.
                 * @function encode
                 * @memberof adapter.prometheus.config.Params
                 * @static
                 * @param {adapter.prometheus.config.Params.$Properties} message Params message or plain object to encode
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
                    if (message.metrics != null && message.metrics.length)
                        for (let i = 0; i < message.metrics.length; ++i)
                            $root.adapter.prometheus.config.Params.MetricInfo.encode(message.metrics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.metrics_expiration_policy != null && $Object.hasOwnProperty.call(message, "metrics_expiration_policy"))
                        $root.adapter.prometheus.config.Params.MetricsExpirationPolicy.encode(message.metrics_expiration_policy, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Params message, length delimited. Does not implicitly {@link adapter.prometheus.config.Params.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof adapter.prometheus.config.Params
                 * @static
                 * @param {adapter.prometheus.config.Params.$Properties} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof adapter.prometheus.config.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {adapter.prometheus.config.Params & adapter.prometheus.config.Params.$Shape} Params
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
                    message = _target || new $root.adapter.prometheus.config.Params();
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
                                if (!(message.metrics && message.metrics.length))
                                    message.metrics = [];
                                message.metrics.push($root.adapter.prometheus.config.Params.MetricInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.metrics_expiration_policy = $root.adapter.prometheus.config.Params.MetricsExpirationPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.metrics_expiration_policy);
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
                 * @memberof adapter.prometheus.config.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {adapter.prometheus.config.Params & adapter.prometheus.config.Params.$Shape} Params
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
                 * @memberof adapter.prometheus.config.Params
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
                    if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics")) {
                        if (!$Array.isArray(message.metrics))
                            return "metrics: array expected";
                        for (let i = 0; i < message.metrics.length; ++i) {
                            let error = $root.adapter.prometheus.config.Params.MetricInfo.verify(message.metrics[i], _depth + 1);
                            if (error)
                                return "metrics." + error;
                        }
                    }
                    if (message.metrics_expiration_policy != null && $Object.hasOwnProperty.call(message, "metrics_expiration_policy")) {
                        let error = $root.adapter.prometheus.config.Params.MetricsExpirationPolicy.verify(message.metrics_expiration_policy, _depth + 1);
                        if (error)
                            return "metrics_expiration_policy." + error;
                    }
                    return null;
                };

                /**
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof adapter.prometheus.config.Params
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {adapter.prometheus.config.Params} Params
                 */
                Params.fromObject = function (object, _depth) {
                    if (object instanceof $root.adapter.prometheus.config.Params)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".adapter.prometheus.config.Params: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.adapter.prometheus.config.Params();
                    if (object.metrics) {
                        if (!$Array.isArray(object.metrics))
                            throw $TypeError(".adapter.prometheus.config.Params.metrics: array expected");
                        message.metrics = $Array(object.metrics.length);
                        for (let i = 0; i < object.metrics.length; ++i) {
                            if (!$util.isObject(object.metrics[i]))
                                throw $TypeError(".adapter.prometheus.config.Params.metrics: object expected");
                            message.metrics[i] = $root.adapter.prometheus.config.Params.MetricInfo.fromObject(object.metrics[i], _depth + 1);
                        }
                    }
                    if (object.metrics_expiration_policy != null) {
                        if (!$util.isObject(object.metrics_expiration_policy))
                            throw $TypeError(".adapter.prometheus.config.Params.metrics_expiration_policy: object expected");
                        message.metrics_expiration_policy = $root.adapter.prometheus.config.Params.MetricsExpirationPolicy.fromObject(object.metrics_expiration_policy, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof adapter.prometheus.config.Params
                 * @static
                 * @param {adapter.prometheus.config.Params} message Params
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
                    if (options.arrays || options.defaults)
                        object.metrics = [];
                    if (options.defaults)
                        object.metrics_expiration_policy = null;
                    if (message.metrics && message.metrics.length) {
                        object.metrics = $Array(message.metrics.length);
                        for (let j = 0; j < message.metrics.length; ++j)
                            object.metrics[j] = $root.adapter.prometheus.config.Params.MetricInfo.toObject(message.metrics[j], options, _depth + 1);
                    }
                    if (message.metrics_expiration_policy != null && $Object.hasOwnProperty.call(message, "metrics_expiration_policy"))
                        object.metrics_expiration_policy = $root.adapter.prometheus.config.Params.MetricsExpirationPolicy.toObject(message.metrics_expiration_policy, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this Params to JSON.
                 * @function toJSON
                 * @memberof adapter.prometheus.config.Params
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Params.prototype.toJSON = function() {
                    return Params.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Params
                 * @function getTypeUrl
                 * @memberof adapter.prometheus.config.Params
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Params.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/adapter.prometheus.config.Params";
                };

                Params.MetricInfo = (function() {

                    /**
                     * Properties of a MetricInfo.
                     * @typedef {Object} adapter.prometheus.config.Params.MetricInfo.$Properties
                     * @property {string|null} [name] MetricInfo name
                     * @property {string|null} [instance_name] MetricInfo instance_name
                     * @property {string|null} [description] MetricInfo description
                     * @property {adapter.prometheus.config.Params.MetricInfo.Kind|null} [kind] MetricInfo kind
                     * @property {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties|null} [buckets] MetricInfo buckets
                     * @property {Array.<string>|null} [label_names] MetricInfo label_names
                     * @property {string|null} [namespace] MetricInfo namespace
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a MetricInfo.
                     * @memberof adapter.prometheus.config.Params
                     * @interface IMetricInfo
                     * @augments adapter.prometheus.config.Params.MetricInfo.$Properties
                     * @deprecated Use adapter.prometheus.config.Params.MetricInfo.$Properties instead.
                     */

                    /**
                     * Shape of a MetricInfo.
                     * @typedef {{
                     *   name?: string|null;
                     *   instance_name?: string|null;
                     *   description?: string|null;
                     *   kind?: adapter.prometheus.config.Params.MetricInfo.Kind|null;
                     *   buckets?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Shape|null;
                     *   label_names?: Array.<string>|null;
                     *   namespace?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} adapter.prometheus.config.Params.MetricInfo.$Shape
                     */

                    /**
                     * Constructs a new MetricInfo.
                     * @memberof adapter.prometheus.config.Params
                     * @classdesc Represents a MetricInfo.
                     * @constructor
                     * @param {adapter.prometheus.config.Params.MetricInfo.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const MetricInfo = function (properties) {
                        this.label_names = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * MetricInfo name.
                     * @member {string} name
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @instance
                     */
                    MetricInfo.prototype.name = "";

                    /**
                     * MetricInfo instance_name.
                     * @member {string} instance_name
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @instance
                     */
                    MetricInfo.prototype.instance_name = "";

                    /**
                     * MetricInfo description.
                     * @member {string} description
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @instance
                     */
                    MetricInfo.prototype.description = "";

                    /**
                     * MetricInfo kind.
                     * @member {adapter.prometheus.config.Params.MetricInfo.Kind} kind
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @instance
                     */
                    MetricInfo.prototype.kind = 0;

                    /**
                     * MetricInfo buckets.
                     * @member {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties|null|undefined} buckets
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @instance
                     */
                    MetricInfo.prototype.buckets = null;

                    /**
                     * MetricInfo label_names.
                     * @member {Array.<string>} label_names
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @instance
                     */
                    MetricInfo.prototype.label_names = $util.emptyArray;

                    /**
                     * MetricInfo namespace.
                     * @member {string} namespace
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @instance
                     */
                    MetricInfo.prototype.namespace = "";

                    /**
                     * Creates a new MetricInfo instance using the specified properties.
                     * @function create
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @static
                     * @param {adapter.prometheus.config.Params.MetricInfo.$Properties=} [properties] Properties to set
                     * @returns {adapter.prometheus.config.Params.MetricInfo} MetricInfo instance
                     * @type {{
                     *   (properties: adapter.prometheus.config.Params.MetricInfo.$Shape): adapter.prometheus.config.Params.MetricInfo & adapter.prometheus.config.Params.MetricInfo.$Shape;
                     *   (properties?: adapter.prometheus.config.Params.MetricInfo.$Properties): adapter.prometheus.config.Params.MetricInfo;
                     * }}
                     */
                    MetricInfo.create = function(properties) {
                        return new MetricInfo(properties);
                    };

                    /**
                     * Encodes the specified MetricInfo message. Does not implicitly {@link adapter.prometheus.config.Params.MetricInfo.verify|verify} messages.
                     * @function encode
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @static
                     * @param {adapter.prometheus.config.Params.MetricInfo.$Properties} message MetricInfo message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    MetricInfo.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.instance_name != null && $Object.hasOwnProperty.call(message, "instance_name") && message.instance_name !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.instance_name);
                        if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                        if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                            writer.uint32(/* id 4, wireType 0 =*/32).int32(message.kind);
                        if (message.buckets != null && $Object.hasOwnProperty.call(message, "buckets"))
                            $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.encode(message.buckets, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                        if (message.label_names != null && message.label_names.length)
                            for (let i = 0; i < message.label_names.length; ++i)
                                writer.uint32(/* id 6, wireType 2 =*/50).string(message.label_names[i]);
                        if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                            writer.uint32(/* id 7, wireType 2 =*/58).string(message.namespace);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified MetricInfo message, length delimited. Does not implicitly {@link adapter.prometheus.config.Params.MetricInfo.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @static
                     * @param {adapter.prometheus.config.Params.MetricInfo.$Properties} message MetricInfo message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    MetricInfo.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a MetricInfo message from the specified reader or buffer.
                     * @function decode
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {adapter.prometheus.config.Params.MetricInfo & adapter.prometheus.config.Params.MetricInfo.$Shape} MetricInfo
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    MetricInfo.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.adapter.prometheus.config.Params.MetricInfo();
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
                                        message.name = value;
                                    else
                                        delete message.name;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.instance_name = value;
                                    else
                                        delete message.instance_name;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.description = value;
                                    else
                                        delete message.description;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.kind = value;
                                    else
                                        delete message.kind;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    message.buckets = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.decode(reader, reader.size(), $undefined, _depth + 1, message.buckets);
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.label_names && message.label_names.length))
                                        message.label_names = [];
                                    message.label_names.push(reader.stringVerify());
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.namespace = value;
                                    else
                                        delete message.namespace;
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
                     * Decodes a MetricInfo message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {adapter.prometheus.config.Params.MetricInfo & adapter.prometheus.config.Params.MetricInfo.$Shape} MetricInfo
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    MetricInfo.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a MetricInfo message.
                     * @function verify
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    MetricInfo.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            if (!$util.isString(message.name))
                                return "name: string expected";
                        if (message.instance_name != null && $Object.hasOwnProperty.call(message, "instance_name"))
                            if (!$util.isString(message.instance_name))
                                return "instance_name: string expected";
                        if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                            if (!$util.isString(message.description))
                                return "description: string expected";
                        if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                            if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                                return "kind: enum value expected";
                        if (message.buckets != null && $Object.hasOwnProperty.call(message, "buckets")) {
                            let error = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.verify(message.buckets, _depth + 1);
                            if (error)
                                return "buckets." + error;
                        }
                        if (message.label_names != null && $Object.hasOwnProperty.call(message, "label_names")) {
                            if (!$Array.isArray(message.label_names))
                                return "label_names: array expected";
                            for (let i = 0; i < message.label_names.length; ++i)
                                if (!$util.isString(message.label_names[i]))
                                    return "label_names: string[] expected";
                        }
                        if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                            if (!$util.isString(message.namespace))
                                return "namespace: string expected";
                        return null;
                    };

                    /**
                     * Creates a MetricInfo message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {adapter.prometheus.config.Params.MetricInfo} MetricInfo
                     */
                    MetricInfo.fromObject = function (object, _depth) {
                        if (object instanceof $root.adapter.prometheus.config.Params.MetricInfo)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".adapter.prometheus.config.Params.MetricInfo: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.adapter.prometheus.config.Params.MetricInfo();
                        if (object.name != null)
                            if (typeof object.name !== "string" || object.name.length)
                                message.name = $String(object.name);
                        if (object.instance_name != null)
                            if (typeof object.instance_name !== "string" || object.instance_name.length)
                                message.instance_name = $String(object.instance_name);
                        if (object.description != null)
                            if (typeof object.description !== "string" || object.description.length)
                                message.description = $String(object.description);
                        if (object.kind !== 0 && (typeof object.kind !== "string" || $root.adapter.prometheus.config.Params.MetricInfo.Kind[object.kind] !== 0))
                            switch (object.kind) {
                            case "UNSPECIFIED":
                            case 0:
                                message.kind = 0;
                                break;
                            case "GAUGE":
                            case 1:
                                message.kind = 1;
                                break;
                            case "COUNTER":
                            case 2:
                                message.kind = 2;
                                break;
                            case "DISTRIBUTION":
                            case 3:
                                message.kind = 3;
                                break;
                            default:
                                if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                                    message.kind = object.kind;
                            }
                        if (object.buckets != null) {
                            if (!$util.isObject(object.buckets))
                                throw $TypeError(".adapter.prometheus.config.Params.MetricInfo.buckets: object expected");
                            message.buckets = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.fromObject(object.buckets, _depth + 1);
                        }
                        if (object.label_names) {
                            if (!$Array.isArray(object.label_names))
                                throw $TypeError(".adapter.prometheus.config.Params.MetricInfo.label_names: array expected");
                            message.label_names = $Array(object.label_names.length);
                            for (let i = 0; i < object.label_names.length; ++i)
                                message.label_names[i] = $String(object.label_names[i]);
                        }
                        if (object.namespace != null)
                            if (typeof object.namespace !== "string" || object.namespace.length)
                                message.namespace = $String(object.namespace);
                        return message;
                    };

                    /**
                     * Creates a plain object from a MetricInfo message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @static
                     * @param {adapter.prometheus.config.Params.MetricInfo} message MetricInfo
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    MetricInfo.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.label_names = [];
                        if (options.defaults) {
                            object.name = "";
                            object.instance_name = "";
                            object.description = "";
                            object.kind = options.enums === $String ? "UNSPECIFIED" : 0;
                            object.buckets = null;
                            object.namespace = "";
                        }
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            object.name = message.name;
                        if (message.instance_name != null && $Object.hasOwnProperty.call(message, "instance_name"))
                            object.instance_name = message.instance_name;
                        if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                            object.description = message.description;
                        if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                            object.kind = options.enums === $String ? $root.adapter.prometheus.config.Params.MetricInfo.Kind[message.kind] === $undefined ? message.kind : $root.adapter.prometheus.config.Params.MetricInfo.Kind[message.kind] : message.kind;
                        if (message.buckets != null && $Object.hasOwnProperty.call(message, "buckets"))
                            object.buckets = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.toObject(message.buckets, options, _depth + 1);
                        if (message.label_names && message.label_names.length) {
                            object.label_names = $Array(message.label_names.length);
                            for (let j = 0; j < message.label_names.length; ++j)
                                object.label_names[j] = message.label_names[j];
                        }
                        if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                            object.namespace = message.namespace;
                        return object;
                    };

                    /**
                     * Converts this MetricInfo to JSON.
                     * @function toJSON
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    MetricInfo.prototype.toJSON = function() {
                        return MetricInfo.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for MetricInfo
                     * @function getTypeUrl
                     * @memberof adapter.prometheus.config.Params.MetricInfo
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    MetricInfo.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/adapter.prometheus.config.Params.MetricInfo";
                    };

                    /**
                     * Kind enum.
                     * @name adapter.prometheus.config.Params.MetricInfo.Kind
                     * @enum {number}
                     * @property {number} UNSPECIFIED=0 UNSPECIFIED value
                     * @property {number} GAUGE=1 GAUGE value
                     * @property {number} COUNTER=2 COUNTER value
                     * @property {number} DISTRIBUTION=3 DISTRIBUTION value
                     */
                    MetricInfo.Kind = (function() {
                        const valuesById = $Object.create(null), values = $Object.create(valuesById);
                        values[valuesById[0] = "UNSPECIFIED"] = 0;
                        values[valuesById[1] = "GAUGE"] = 1;
                        values[valuesById[2] = "COUNTER"] = 2;
                        values[valuesById[3] = "DISTRIBUTION"] = 3;
                        return values;
                    })();

                    MetricInfo.BucketsDefinition = (function() {

                        /**
                         * Properties of a BucketsDefinition.
                         * @typedef {Object} adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties
                         * @property {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties|null} [linear_buckets] BucketsDefinition linear_buckets
                         * @property {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties|null} [exponential_buckets] BucketsDefinition exponential_buckets
                         * @property {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties|null} [explicit_buckets] BucketsDefinition explicit_buckets
                         * @property {"linear_buckets"|"exponential_buckets"|"explicit_buckets"} [definition] BucketsDefinition definition
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a BucketsDefinition.
                         * @memberof adapter.prometheus.config.Params.MetricInfo
                         * @interface IBucketsDefinition
                         * @augments adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties
                         * @deprecated Use adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties instead.
                         */

                        /**
                         * Narrowed shape of a BucketsDefinition.
                         * @typedef {{
                         *   linear_buckets?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Shape|null;
                         *   exponential_buckets?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Shape|null;
                         *   explicit_buckets?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Shape|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * } & (
                         *   ({ definition?: undefined; linear_buckets?: null; exponential_buckets?: null; explicit_buckets?: null }|{ definition?: "linear_buckets"; linear_buckets: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Shape; exponential_buckets?: null; explicit_buckets?: null }|{ definition?: "exponential_buckets"; linear_buckets?: null; exponential_buckets: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Shape; explicit_buckets?: null }|{ definition?: "explicit_buckets"; linear_buckets?: null; exponential_buckets?: null; explicit_buckets: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Shape })
                         * )} adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Shape
                         */

                        /**
                         * Constructs a new BucketsDefinition.
                         * @memberof adapter.prometheus.config.Params.MetricInfo
                         * @classdesc Represents a BucketsDefinition.
                         * @constructor
                         * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const BucketsDefinition = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * BucketsDefinition linear_buckets.
                         * @member {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties|null|undefined} linear_buckets
                         * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                         * @instance
                         */
                        BucketsDefinition.prototype.linear_buckets = null;

                        /**
                         * BucketsDefinition exponential_buckets.
                         * @member {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties|null|undefined} exponential_buckets
                         * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                         * @instance
                         */
                        BucketsDefinition.prototype.exponential_buckets = null;

                        /**
                         * BucketsDefinition explicit_buckets.
                         * @member {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties|null|undefined} explicit_buckets
                         * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                         * @instance
                         */
                        BucketsDefinition.prototype.explicit_buckets = null;

                        // OneOf field names bound to virtual getters and setters
                        let $oneOfFields;

                        /**
                         * BucketsDefinition definition.
                         * @member {"linear_buckets"|"exponential_buckets"|"explicit_buckets"|undefined} definition
                         * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                         * @instance
                         */
                        $Object.defineProperty(BucketsDefinition.prototype, "definition", {
                            get: $util.oneOfGetter($oneOfFields = ["linear_buckets", "exponential_buckets", "explicit_buckets"]),
                            set: $util.oneOfSetter($oneOfFields)
                        });

                        /**
                         * Creates a new BucketsDefinition instance using the specified properties.
                         * @function create
                         * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                         * @static
                         * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties=} [properties] Properties to set
                         * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition} BucketsDefinition instance
                         * @type {{
                         *   (properties: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Shape): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Shape;
                         *   (properties?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition;
                         * }}
                         */
                        BucketsDefinition.create = function(properties) {
                            return new BucketsDefinition(properties);
                        };

                        /**
                         * Encodes the specified BucketsDefinition message. Does not implicitly {@link adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.verify|verify} messages.
                         * @function encode
                         * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                         * @static
                         * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties} message BucketsDefinition message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        BucketsDefinition.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.linear_buckets != null && $Object.hasOwnProperty.call(message, "linear_buckets"))
                                $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.encode(message.linear_buckets, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.exponential_buckets != null && $Object.hasOwnProperty.call(message, "exponential_buckets"))
                                $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.encode(message.exponential_buckets, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                            if (message.explicit_buckets != null && $Object.hasOwnProperty.call(message, "explicit_buckets"))
                                $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.encode(message.explicit_buckets, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified BucketsDefinition message, length delimited. Does not implicitly {@link adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                         * @static
                         * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties} message BucketsDefinition message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        BucketsDefinition.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a BucketsDefinition message from the specified reader or buffer.
                         * @function decode
                         * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Shape} BucketsDefinition
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        BucketsDefinition.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition();
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
                                        message.linear_buckets = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.decode(reader, reader.size(), $undefined, _depth + 1, message.linear_buckets);
                                        message.definition = "linear_buckets";
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 2)
                                            break;
                                        message.exponential_buckets = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.decode(reader, reader.size(), $undefined, _depth + 1, message.exponential_buckets);
                                        message.definition = "exponential_buckets";
                                        continue;
                                    }
                                case 3: {
                                        if (wireType !== 2)
                                            break;
                                        message.explicit_buckets = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.decode(reader, reader.size(), $undefined, _depth + 1, message.explicit_buckets);
                                        message.definition = "explicit_buckets";
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
                         * Decodes a BucketsDefinition message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Shape} BucketsDefinition
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        BucketsDefinition.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a BucketsDefinition message.
                         * @function verify
                         * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        BucketsDefinition.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            let properties = {};
                            if (message.linear_buckets != null && $Object.hasOwnProperty.call(message, "linear_buckets")) {
                                properties.definition = 1;
                                {
                                    let error = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.verify(message.linear_buckets, _depth + 1);
                                    if (error)
                                        return "linear_buckets." + error;
                                }
                            }
                            if (message.exponential_buckets != null && $Object.hasOwnProperty.call(message, "exponential_buckets")) {
                                if (properties.definition === 1)
                                    return "definition: multiple values";
                                properties.definition = 1;
                                {
                                    let error = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.verify(message.exponential_buckets, _depth + 1);
                                    if (error)
                                        return "exponential_buckets." + error;
                                }
                            }
                            if (message.explicit_buckets != null && $Object.hasOwnProperty.call(message, "explicit_buckets")) {
                                if (properties.definition === 1)
                                    return "definition: multiple values";
                                properties.definition = 1;
                                {
                                    let error = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.verify(message.explicit_buckets, _depth + 1);
                                    if (error)
                                        return "explicit_buckets." + error;
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates a BucketsDefinition message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition} BucketsDefinition
                         */
                        BucketsDefinition.fromObject = function (object, _depth) {
                            if (object instanceof $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".adapter.prometheus.config.Params.MetricInfo.BucketsDefinition: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition();
                            if (object.linear_buckets != null) {
                                if (!$util.isObject(object.linear_buckets))
                                    throw $TypeError(".adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.linear_buckets: object expected");
                                message.linear_buckets = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.fromObject(object.linear_buckets, _depth + 1);
                            }
                            if (object.exponential_buckets != null) {
                                if (!$util.isObject(object.exponential_buckets))
                                    throw $TypeError(".adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.exponential_buckets: object expected");
                                message.exponential_buckets = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.fromObject(object.exponential_buckets, _depth + 1);
                            }
                            if (object.explicit_buckets != null) {
                                if (!$util.isObject(object.explicit_buckets))
                                    throw $TypeError(".adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.explicit_buckets: object expected");
                                message.explicit_buckets = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.fromObject(object.explicit_buckets, _depth + 1);
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from a BucketsDefinition message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                         * @static
                         * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition} message BucketsDefinition
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        BucketsDefinition.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (message.linear_buckets != null && $Object.hasOwnProperty.call(message, "linear_buckets")) {
                                object.linear_buckets = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.toObject(message.linear_buckets, options, _depth + 1);
                                if (options.oneofs)
                                    object.definition = "linear_buckets";
                            }
                            if (message.exponential_buckets != null && $Object.hasOwnProperty.call(message, "exponential_buckets")) {
                                object.exponential_buckets = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.toObject(message.exponential_buckets, options, _depth + 1);
                                if (options.oneofs)
                                    object.definition = "exponential_buckets";
                            }
                            if (message.explicit_buckets != null && $Object.hasOwnProperty.call(message, "explicit_buckets")) {
                                object.explicit_buckets = $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.toObject(message.explicit_buckets, options, _depth + 1);
                                if (options.oneofs)
                                    object.definition = "explicit_buckets";
                            }
                            return object;
                        };

                        /**
                         * Converts this BucketsDefinition to JSON.
                         * @function toJSON
                         * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        BucketsDefinition.prototype.toJSON = function() {
                            return BucketsDefinition.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for BucketsDefinition
                         * @function getTypeUrl
                         * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        BucketsDefinition.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/adapter.prometheus.config.Params.MetricInfo.BucketsDefinition";
                        };

                        BucketsDefinition.Linear = (function() {

                            /**
                             * Properties of a Linear.
                             * @typedef {Object} adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties
                             * @property {number|null} [num_finite_buckets] Linear num_finite_buckets
                             * @property {number|null} [width] Linear width
                             * @property {number|null} [offset] Linear offset
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */

                            /**
                             * Properties of a Linear.
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                             * @interface ILinear
                             * @augments adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties
                             * @deprecated Use adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties instead.
                             */

                            /**
                             * Shape of a Linear.
                             * @typedef {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties} adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Shape
                             */

                            /**
                             * Constructs a new Linear.
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                             * @classdesc Represents a Linear.
                             * @constructor
                             * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties=} [properties] Properties to set
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */
                            const Linear = function (properties) {
                                if (properties)
                                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                            this[keys[i]] = properties[keys[i]];
                            };

                            /**
                             * Linear num_finite_buckets.
                             * @member {number} num_finite_buckets
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear
                             * @instance
                             */
                            Linear.prototype.num_finite_buckets = 0;

                            /**
                             * Linear width.
                             * @member {number} width
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear
                             * @instance
                             */
                            Linear.prototype.width = 0;

                            /**
                             * Linear offset.
                             * @member {number} offset
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear
                             * @instance
                             */
                            Linear.prototype.offset = 0;

                            /**
                             * Creates a new Linear instance using the specified properties.
                             * @function create
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear
                             * @static
                             * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties=} [properties] Properties to set
                             * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear} Linear instance
                             * @type {{
                             *   (properties: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Shape): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Shape;
                             *   (properties?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear;
                             * }}
                             */
                            Linear.create = function(properties) {
                                return new Linear(properties);
                            };

                            /**
                             * Encodes the specified Linear message. Does not implicitly {@link adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.verify|verify} messages.
                             * @function encode
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear
                             * @static
                             * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties} message Linear message or plain object to encode
                             * @param {$protobuf.Writer} [writer] Writer to encode to
                             * @returns {$protobuf.Writer} Writer
                             */
                            Linear.encode = function (message, writer, _depth) {
                                if (!writer)
                                    writer = $Writer.create();
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                if (message.num_finite_buckets != null && $Object.hasOwnProperty.call(message, "num_finite_buckets") && message.num_finite_buckets !== 0)
                                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.num_finite_buckets);
                                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && !$Object.is(message.width, 0))
                                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.width);
                                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && !$Object.is(message.offset, 0))
                                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.offset);
                                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                    for (let i = 0; i < message.$unknowns.length; ++i)
                                        writer.raw(message.$unknowns[i]);
                                return writer;
                            };

                            /**
                             * Encodes the specified Linear message, length delimited. Does not implicitly {@link adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.verify|verify} messages.
                             * @function encodeDelimited
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear
                             * @static
                             * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Properties} message Linear message or plain object to encode
                             * @param {$protobuf.Writer} [writer] Writer to encode to
                             * @returns {$protobuf.Writer} Writer
                             */
                            Linear.encodeDelimited = function(message, writer) {
                                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                            };

                            /**
                             * Decodes a Linear message from the specified reader or buffer.
                             * @function decode
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @param {number} [length] Message length if known beforehand
                             * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Shape} Linear
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            Linear.decode = function (reader, length, _end, _depth, _target) {
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
                                message = _target || new $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear();
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
                                                message.num_finite_buckets = value;
                                            else
                                                delete message.num_finite_buckets;
                                            continue;
                                        }
                                    case 2: {
                                            if (wireType !== 1)
                                                break;
                                            if (!$Object.is(value = reader.double(), 0))
                                                message.width = value;
                                            else
                                                delete message.width;
                                            continue;
                                        }
                                    case 3: {
                                            if (wireType !== 1)
                                                break;
                                            if (!$Object.is(value = reader.double(), 0))
                                                message.offset = value;
                                            else
                                                delete message.offset;
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
                             * Decodes a Linear message from the specified reader or buffer, length delimited.
                             * @function decodeDelimited
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear.$Shape} Linear
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            Linear.decodeDelimited = function(reader) {
                                if (!(reader instanceof $Reader))
                                    reader = new $Reader(reader);
                                return this.decode(reader, reader.size());
                            };

                            /**
                             * Verifies a Linear message.
                             * @function verify
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear
                             * @static
                             * @param {Object.<string,*>} message Plain object to verify
                             * @returns {string|null} `null` if valid, otherwise the reason why it is not
                             */
                            Linear.verify = function (message, _depth) {
                                if (typeof message !== "object" || message === null)
                                    return "object expected";
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    return "max depth exceeded";
                                if (message.num_finite_buckets != null && $Object.hasOwnProperty.call(message, "num_finite_buckets"))
                                    if (!$util.isInteger(message.num_finite_buckets))
                                        return "num_finite_buckets: integer expected";
                                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                                    if (typeof message.width !== "number")
                                        return "width: number expected";
                                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                                    if (typeof message.offset !== "number")
                                        return "offset: number expected";
                                return null;
                            };

                            /**
                             * Creates a Linear message from a plain object. Also converts values to their respective internal types.
                             * @function fromObject
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear
                             * @static
                             * @param {Object.<string,*>} object Plain object
                             * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear} Linear
                             */
                            Linear.fromObject = function (object, _depth) {
                                if (object instanceof $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear)
                                    return object;
                                if (!$util.isObject(object))
                                    throw $TypeError(".adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear: object expected");
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                let message = new $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear();
                                if (object.num_finite_buckets != null)
                                    if ($Number(object.num_finite_buckets) !== 0)
                                        message.num_finite_buckets = object.num_finite_buckets | 0;
                                if (object.width != null)
                                    if (!$Object.is($Number(object.width), 0))
                                        message.width = $Number(object.width);
                                if (object.offset != null)
                                    if (!$Object.is($Number(object.offset), 0))
                                        message.offset = $Number(object.offset);
                                return message;
                            };

                            /**
                             * Creates a plain object from a Linear message. Also converts values to other types if specified.
                             * @function toObject
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear
                             * @static
                             * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear} message Linear
                             * @param {$protobuf.IConversionOptions} [options] Conversion options
                             * @returns {Object.<string,*>} Plain object
                             */
                            Linear.toObject = function (message, options, _depth) {
                                if (!options)
                                    options = {};
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                let object = {};
                                if (options.defaults) {
                                    object.num_finite_buckets = 0;
                                    object.width = 0;
                                    object.offset = 0;
                                }
                                if (message.num_finite_buckets != null && $Object.hasOwnProperty.call(message, "num_finite_buckets"))
                                    object.num_finite_buckets = message.num_finite_buckets;
                                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                                    object.width = options.json && !$isFinite(message.width) ? $String(message.width) : message.width;
                                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                                    object.offset = options.json && !$isFinite(message.offset) ? $String(message.offset) : message.offset;
                                return object;
                            };

                            /**
                             * Converts this Linear to JSON.
                             * @function toJSON
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear
                             * @instance
                             * @returns {Object.<string,*>} JSON object
                             */
                            Linear.prototype.toJSON = function() {
                                return Linear.toObject(this, $protobuf.util.toJSONOptions);
                            };

                            /**
                             * Gets the type url for Linear
                             * @function getTypeUrl
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear
                             * @static
                             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                             * @returns {string} The type url
                             */
                            Linear.getTypeUrl = function(prefix) {
                                if (prefix === $undefined)
                                    prefix = "type.googleapis.com";
                                return prefix + "/adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Linear";
                            };

                            return Linear;
                        })();

                        BucketsDefinition.Exponential = (function() {

                            /**
                             * Properties of an Exponential.
                             * @typedef {Object} adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties
                             * @property {number|null} [num_finite_buckets] Exponential num_finite_buckets
                             * @property {number|null} [growth_factor] Exponential growth_factor
                             * @property {number|null} [scale] Exponential scale
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */

                            /**
                             * Properties of an Exponential.
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                             * @interface IExponential
                             * @augments adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties
                             * @deprecated Use adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties instead.
                             */

                            /**
                             * Shape of an Exponential.
                             * @typedef {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties} adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Shape
                             */

                            /**
                             * Constructs a new Exponential.
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                             * @classdesc Represents an Exponential.
                             * @constructor
                             * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties=} [properties] Properties to set
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */
                            const Exponential = function (properties) {
                                if (properties)
                                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                            this[keys[i]] = properties[keys[i]];
                            };

                            /**
                             * Exponential num_finite_buckets.
                             * @member {number} num_finite_buckets
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential
                             * @instance
                             */
                            Exponential.prototype.num_finite_buckets = 0;

                            /**
                             * Exponential growth_factor.
                             * @member {number} growth_factor
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential
                             * @instance
                             */
                            Exponential.prototype.growth_factor = 0;

                            /**
                             * Exponential scale.
                             * @member {number} scale
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential
                             * @instance
                             */
                            Exponential.prototype.scale = 0;

                            /**
                             * Creates a new Exponential instance using the specified properties.
                             * @function create
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential
                             * @static
                             * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties=} [properties] Properties to set
                             * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential} Exponential instance
                             * @type {{
                             *   (properties: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Shape): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Shape;
                             *   (properties?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential;
                             * }}
                             */
                            Exponential.create = function(properties) {
                                return new Exponential(properties);
                            };

                            /**
                             * Encodes the specified Exponential message. Does not implicitly {@link adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.verify|verify} messages.
                             * @function encode
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential
                             * @static
                             * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties} message Exponential message or plain object to encode
                             * @param {$protobuf.Writer} [writer] Writer to encode to
                             * @returns {$protobuf.Writer} Writer
                             */
                            Exponential.encode = function (message, writer, _depth) {
                                if (!writer)
                                    writer = $Writer.create();
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                if (message.num_finite_buckets != null && $Object.hasOwnProperty.call(message, "num_finite_buckets") && message.num_finite_buckets !== 0)
                                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.num_finite_buckets);
                                if (message.growth_factor != null && $Object.hasOwnProperty.call(message, "growth_factor") && !$Object.is(message.growth_factor, 0))
                                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.growth_factor);
                                if (message.scale != null && $Object.hasOwnProperty.call(message, "scale") && !$Object.is(message.scale, 0))
                                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.scale);
                                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                    for (let i = 0; i < message.$unknowns.length; ++i)
                                        writer.raw(message.$unknowns[i]);
                                return writer;
                            };

                            /**
                             * Encodes the specified Exponential message, length delimited. Does not implicitly {@link adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.verify|verify} messages.
                             * @function encodeDelimited
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential
                             * @static
                             * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Properties} message Exponential message or plain object to encode
                             * @param {$protobuf.Writer} [writer] Writer to encode to
                             * @returns {$protobuf.Writer} Writer
                             */
                            Exponential.encodeDelimited = function(message, writer) {
                                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                            };

                            /**
                             * Decodes an Exponential message from the specified reader or buffer.
                             * @function decode
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @param {number} [length] Message length if known beforehand
                             * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Shape} Exponential
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            Exponential.decode = function (reader, length, _end, _depth, _target) {
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
                                message = _target || new $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential();
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
                                                message.num_finite_buckets = value;
                                            else
                                                delete message.num_finite_buckets;
                                            continue;
                                        }
                                    case 2: {
                                            if (wireType !== 1)
                                                break;
                                            if (!$Object.is(value = reader.double(), 0))
                                                message.growth_factor = value;
                                            else
                                                delete message.growth_factor;
                                            continue;
                                        }
                                    case 3: {
                                            if (wireType !== 1)
                                                break;
                                            if (!$Object.is(value = reader.double(), 0))
                                                message.scale = value;
                                            else
                                                delete message.scale;
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
                             * Decodes an Exponential message from the specified reader or buffer, length delimited.
                             * @function decodeDelimited
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential.$Shape} Exponential
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            Exponential.decodeDelimited = function(reader) {
                                if (!(reader instanceof $Reader))
                                    reader = new $Reader(reader);
                                return this.decode(reader, reader.size());
                            };

                            /**
                             * Verifies an Exponential message.
                             * @function verify
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential
                             * @static
                             * @param {Object.<string,*>} message Plain object to verify
                             * @returns {string|null} `null` if valid, otherwise the reason why it is not
                             */
                            Exponential.verify = function (message, _depth) {
                                if (typeof message !== "object" || message === null)
                                    return "object expected";
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    return "max depth exceeded";
                                if (message.num_finite_buckets != null && $Object.hasOwnProperty.call(message, "num_finite_buckets"))
                                    if (!$util.isInteger(message.num_finite_buckets))
                                        return "num_finite_buckets: integer expected";
                                if (message.growth_factor != null && $Object.hasOwnProperty.call(message, "growth_factor"))
                                    if (typeof message.growth_factor !== "number")
                                        return "growth_factor: number expected";
                                if (message.scale != null && $Object.hasOwnProperty.call(message, "scale"))
                                    if (typeof message.scale !== "number")
                                        return "scale: number expected";
                                return null;
                            };

                            /**
                             * Creates an Exponential message from a plain object. Also converts values to their respective internal types.
                             * @function fromObject
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential
                             * @static
                             * @param {Object.<string,*>} object Plain object
                             * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential} Exponential
                             */
                            Exponential.fromObject = function (object, _depth) {
                                if (object instanceof $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential)
                                    return object;
                                if (!$util.isObject(object))
                                    throw $TypeError(".adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential: object expected");
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                let message = new $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential();
                                if (object.num_finite_buckets != null)
                                    if ($Number(object.num_finite_buckets) !== 0)
                                        message.num_finite_buckets = object.num_finite_buckets | 0;
                                if (object.growth_factor != null)
                                    if (!$Object.is($Number(object.growth_factor), 0))
                                        message.growth_factor = $Number(object.growth_factor);
                                if (object.scale != null)
                                    if (!$Object.is($Number(object.scale), 0))
                                        message.scale = $Number(object.scale);
                                return message;
                            };

                            /**
                             * Creates a plain object from an Exponential message. Also converts values to other types if specified.
                             * @function toObject
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential
                             * @static
                             * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential} message Exponential
                             * @param {$protobuf.IConversionOptions} [options] Conversion options
                             * @returns {Object.<string,*>} Plain object
                             */
                            Exponential.toObject = function (message, options, _depth) {
                                if (!options)
                                    options = {};
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                let object = {};
                                if (options.defaults) {
                                    object.num_finite_buckets = 0;
                                    object.growth_factor = 0;
                                    object.scale = 0;
                                }
                                if (message.num_finite_buckets != null && $Object.hasOwnProperty.call(message, "num_finite_buckets"))
                                    object.num_finite_buckets = message.num_finite_buckets;
                                if (message.growth_factor != null && $Object.hasOwnProperty.call(message, "growth_factor"))
                                    object.growth_factor = options.json && !$isFinite(message.growth_factor) ? $String(message.growth_factor) : message.growth_factor;
                                if (message.scale != null && $Object.hasOwnProperty.call(message, "scale"))
                                    object.scale = options.json && !$isFinite(message.scale) ? $String(message.scale) : message.scale;
                                return object;
                            };

                            /**
                             * Converts this Exponential to JSON.
                             * @function toJSON
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential
                             * @instance
                             * @returns {Object.<string,*>} JSON object
                             */
                            Exponential.prototype.toJSON = function() {
                                return Exponential.toObject(this, $protobuf.util.toJSONOptions);
                            };

                            /**
                             * Gets the type url for Exponential
                             * @function getTypeUrl
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential
                             * @static
                             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                             * @returns {string} The type url
                             */
                            Exponential.getTypeUrl = function(prefix) {
                                if (prefix === $undefined)
                                    prefix = "type.googleapis.com";
                                return prefix + "/adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Exponential";
                            };

                            return Exponential;
                        })();

                        BucketsDefinition.Explicit = (function() {

                            /**
                             * Properties of an Explicit.
                             * @typedef {Object} adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties
                             * @property {Array.<number>|null} [bounds] Explicit bounds
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */

                            /**
                             * Properties of an Explicit.
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                             * @interface IExplicit
                             * @augments adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties
                             * @deprecated Use adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties instead.
                             */

                            /**
                             * Shape of an Explicit.
                             * @typedef {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties} adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Shape
                             */

                            /**
                             * Constructs a new Explicit.
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition
                             * @classdesc Represents an Explicit.
                             * @constructor
                             * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties=} [properties] Properties to set
                             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                             */
                            const Explicit = function (properties) {
                                this.bounds = [];
                                if (properties)
                                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                            this[keys[i]] = properties[keys[i]];
                            };

                            /**
                             * Explicit bounds.
                             * @member {Array.<number>} bounds
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit
                             * @instance
                             */
                            Explicit.prototype.bounds = $util.emptyArray;

                            /**
                             * Creates a new Explicit instance using the specified properties.
                             * @function create
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit
                             * @static
                             * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties=} [properties] Properties to set
                             * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit} Explicit instance
                             * @type {{
                             *   (properties: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Shape): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Shape;
                             *   (properties?: adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties): adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit;
                             * }}
                             */
                            Explicit.create = function(properties) {
                                return new Explicit(properties);
                            };

                            /**
                             * Encodes the specified Explicit message. Does not implicitly {@link adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.verify|verify} messages.
                             * @function encode
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit
                             * @static
                             * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties} message Explicit message or plain object to encode
                             * @param {$protobuf.Writer} [writer] Writer to encode to
                             * @returns {$protobuf.Writer} Writer
                             */
                            Explicit.encode = function (message, writer, _depth) {
                                if (!writer)
                                    writer = $Writer.create();
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                if (message.bounds != null && message.bounds.length)
                                    writer.uint32(/* id 1, wireType 2 =*/10).doubles(message.bounds);
                                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                    for (let i = 0; i < message.$unknowns.length; ++i)
                                        writer.raw(message.$unknowns[i]);
                                return writer;
                            };

                            /**
                             * Encodes the specified Explicit message, length delimited. Does not implicitly {@link adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.verify|verify} messages.
                             * @function encodeDelimited
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit
                             * @static
                             * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Properties} message Explicit message or plain object to encode
                             * @param {$protobuf.Writer} [writer] Writer to encode to
                             * @returns {$protobuf.Writer} Writer
                             */
                            Explicit.encodeDelimited = function(message, writer) {
                                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                            };

                            /**
                             * Decodes an Explicit message from the specified reader or buffer.
                             * @function decode
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @param {number} [length] Message length if known beforehand
                             * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Shape} Explicit
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            Explicit.decode = function (reader, length, _end, _depth, _target) {
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
                                message = _target || new $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit();
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
                                            if (wireType === 2) {
                                                if (!(message.bounds && message.bounds.length))
                                                    message.bounds = [];
                                                reader.doubles(message.bounds);
                                                continue;
                                            }
                                            if (wireType !== 1)
                                                break;
                                            if (!(message.bounds && message.bounds.length))
                                                message.bounds = [];
                                            message.bounds.push(reader.double());
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
                             * Decodes an Explicit message from the specified reader or buffer, length delimited.
                             * @function decodeDelimited
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit
                             * @static
                             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                             * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit & adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.$Shape} Explicit
                             * @throws {Error} If the payload is not a reader or valid buffer
                             * @throws {$protobuf.util.ProtocolError} If required fields are missing
                             */
                            Explicit.decodeDelimited = function(reader) {
                                if (!(reader instanceof $Reader))
                                    reader = new $Reader(reader);
                                return this.decode(reader, reader.size());
                            };

                            /**
                             * Verifies an Explicit message.
                             * @function verify
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit
                             * @static
                             * @param {Object.<string,*>} message Plain object to verify
                             * @returns {string|null} `null` if valid, otherwise the reason why it is not
                             */
                            Explicit.verify = function (message, _depth) {
                                if (typeof message !== "object" || message === null)
                                    return "object expected";
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    return "max depth exceeded";
                                if (message.bounds != null && $Object.hasOwnProperty.call(message, "bounds")) {
                                    if (!$Array.isArray(message.bounds))
                                        return "bounds: array expected";
                                    for (let i = 0; i < message.bounds.length; ++i)
                                        if (typeof message.bounds[i] !== "number")
                                            return "bounds: number[] expected";
                                }
                                return null;
                            };

                            /**
                             * Creates an Explicit message from a plain object. Also converts values to their respective internal types.
                             * @function fromObject
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit
                             * @static
                             * @param {Object.<string,*>} object Plain object
                             * @returns {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit} Explicit
                             */
                            Explicit.fromObject = function (object, _depth) {
                                if (object instanceof $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit)
                                    return object;
                                if (!$util.isObject(object))
                                    throw $TypeError(".adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit: object expected");
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                let message = new $root.adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit();
                                if (object.bounds) {
                                    if (!$Array.isArray(object.bounds))
                                        throw $TypeError(".adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit.bounds: array expected");
                                    message.bounds = $Array(object.bounds.length);
                                    for (let i = 0; i < object.bounds.length; ++i)
                                        message.bounds[i] = $Number(object.bounds[i]);
                                }
                                return message;
                            };

                            /**
                             * Creates a plain object from an Explicit message. Also converts values to other types if specified.
                             * @function toObject
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit
                             * @static
                             * @param {adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit} message Explicit
                             * @param {$protobuf.IConversionOptions} [options] Conversion options
                             * @returns {Object.<string,*>} Plain object
                             */
                            Explicit.toObject = function (message, options, _depth) {
                                if (!options)
                                    options = {};
                                if (_depth === $undefined)
                                    _depth = 0;
                                if (_depth > $util.recursionLimit)
                                    throw $Error("max depth exceeded");
                                let object = {};
                                if (options.arrays || options.defaults)
                                    object.bounds = [];
                                if (message.bounds && message.bounds.length) {
                                    object.bounds = $Array(message.bounds.length);
                                    for (let j = 0; j < message.bounds.length; ++j)
                                        object.bounds[j] = options.json && !$isFinite(message.bounds[j]) ? $String(message.bounds[j]) : message.bounds[j];
                                }
                                return object;
                            };

                            /**
                             * Converts this Explicit to JSON.
                             * @function toJSON
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit
                             * @instance
                             * @returns {Object.<string,*>} JSON object
                             */
                            Explicit.prototype.toJSON = function() {
                                return Explicit.toObject(this, $protobuf.util.toJSONOptions);
                            };

                            /**
                             * Gets the type url for Explicit
                             * @function getTypeUrl
                             * @memberof adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit
                             * @static
                             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                             * @returns {string} The type url
                             */
                            Explicit.getTypeUrl = function(prefix) {
                                if (prefix === $undefined)
                                    prefix = "type.googleapis.com";
                                return prefix + "/adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.Explicit";
                            };

                            return Explicit;
                        })();

                        return BucketsDefinition;
                    })();

                    return MetricInfo;
                })();

                Params.MetricsExpirationPolicy = (function() {

                    /**
                     * Properties of a MetricsExpirationPolicy.
                     * @typedef {Object} adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties
                     * @property {google.protobuf.Duration.$Properties|null} [metrics_expiry_duration] MetricsExpirationPolicy metrics_expiry_duration
                     * @property {google.protobuf.Duration.$Properties|null} [expiry_check_interval_duration] MetricsExpirationPolicy expiry_check_interval_duration
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a MetricsExpirationPolicy.
                     * @memberof adapter.prometheus.config.Params
                     * @interface IMetricsExpirationPolicy
                     * @augments adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties
                     * @deprecated Use adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties instead.
                     */

                    /**
                     * Shape of a MetricsExpirationPolicy.
                     * @typedef {adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties} adapter.prometheus.config.Params.MetricsExpirationPolicy.$Shape
                     */

                    /**
                     * Constructs a new MetricsExpirationPolicy.
                     * @memberof adapter.prometheus.config.Params
                     * @classdesc Represents a MetricsExpirationPolicy.
                     * @constructor
                     * @param {adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const MetricsExpirationPolicy = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * MetricsExpirationPolicy metrics_expiry_duration.
                     * @member {google.protobuf.Duration.$Properties|null|undefined} metrics_expiry_duration
                     * @memberof adapter.prometheus.config.Params.MetricsExpirationPolicy
                     * @instance
                     */
                    MetricsExpirationPolicy.prototype.metrics_expiry_duration = null;

                    /**
                     * MetricsExpirationPolicy expiry_check_interval_duration.
                     * @member {google.protobuf.Duration.$Properties|null|undefined} expiry_check_interval_duration
                     * @memberof adapter.prometheus.config.Params.MetricsExpirationPolicy
                     * @instance
                     */
                    MetricsExpirationPolicy.prototype.expiry_check_interval_duration = null;

                    /**
                     * Creates a new MetricsExpirationPolicy instance using the specified properties.
                     * @function create
                     * @memberof adapter.prometheus.config.Params.MetricsExpirationPolicy
                     * @static
                     * @param {adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties=} [properties] Properties to set
                     * @returns {adapter.prometheus.config.Params.MetricsExpirationPolicy} MetricsExpirationPolicy instance
                     * @type {{
                     *   (properties: adapter.prometheus.config.Params.MetricsExpirationPolicy.$Shape): adapter.prometheus.config.Params.MetricsExpirationPolicy & adapter.prometheus.config.Params.MetricsExpirationPolicy.$Shape;
                     *   (properties?: adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties): adapter.prometheus.config.Params.MetricsExpirationPolicy;
                     * }}
                     */
                    MetricsExpirationPolicy.create = function(properties) {
                        return new MetricsExpirationPolicy(properties);
                    };

                    /**
                     * Encodes the specified MetricsExpirationPolicy message. Does not implicitly {@link adapter.prometheus.config.Params.MetricsExpirationPolicy.verify|verify} messages.
                     * @function encode
                     * @memberof adapter.prometheus.config.Params.MetricsExpirationPolicy
                     * @static
                     * @param {adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties} message MetricsExpirationPolicy message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    MetricsExpirationPolicy.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.metrics_expiry_duration != null && $Object.hasOwnProperty.call(message, "metrics_expiry_duration"))
                            $root.google.protobuf.Duration.encode(message.metrics_expiry_duration, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.expiry_check_interval_duration != null && $Object.hasOwnProperty.call(message, "expiry_check_interval_duration"))
                            $root.google.protobuf.Duration.encode(message.expiry_check_interval_duration, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified MetricsExpirationPolicy message, length delimited. Does not implicitly {@link adapter.prometheus.config.Params.MetricsExpirationPolicy.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof adapter.prometheus.config.Params.MetricsExpirationPolicy
                     * @static
                     * @param {adapter.prometheus.config.Params.MetricsExpirationPolicy.$Properties} message MetricsExpirationPolicy message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    MetricsExpirationPolicy.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a MetricsExpirationPolicy message from the specified reader or buffer.
                     * @function decode
                     * @memberof adapter.prometheus.config.Params.MetricsExpirationPolicy
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {adapter.prometheus.config.Params.MetricsExpirationPolicy & adapter.prometheus.config.Params.MetricsExpirationPolicy.$Shape} MetricsExpirationPolicy
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    MetricsExpirationPolicy.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.adapter.prometheus.config.Params.MetricsExpirationPolicy();
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
                                    message.metrics_expiry_duration = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.metrics_expiry_duration);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.expiry_check_interval_duration = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.expiry_check_interval_duration);
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
                     * Decodes a MetricsExpirationPolicy message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof adapter.prometheus.config.Params.MetricsExpirationPolicy
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {adapter.prometheus.config.Params.MetricsExpirationPolicy & adapter.prometheus.config.Params.MetricsExpirationPolicy.$Shape} MetricsExpirationPolicy
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    MetricsExpirationPolicy.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a MetricsExpirationPolicy message.
                     * @function verify
                     * @memberof adapter.prometheus.config.Params.MetricsExpirationPolicy
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    MetricsExpirationPolicy.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.metrics_expiry_duration != null && $Object.hasOwnProperty.call(message, "metrics_expiry_duration")) {
                            let error = $root.google.protobuf.Duration.verify(message.metrics_expiry_duration, _depth + 1);
                            if (error)
                                return "metrics_expiry_duration." + error;
                        }
                        if (message.expiry_check_interval_duration != null && $Object.hasOwnProperty.call(message, "expiry_check_interval_duration")) {
                            let error = $root.google.protobuf.Duration.verify(message.expiry_check_interval_duration, _depth + 1);
                            if (error)
                                return "expiry_check_interval_duration." + error;
                        }
                        return null;
                    };

                    /**
                     * Creates a MetricsExpirationPolicy message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof adapter.prometheus.config.Params.MetricsExpirationPolicy
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {adapter.prometheus.config.Params.MetricsExpirationPolicy} MetricsExpirationPolicy
                     */
                    MetricsExpirationPolicy.fromObject = function (object, _depth) {
                        if (object instanceof $root.adapter.prometheus.config.Params.MetricsExpirationPolicy)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".adapter.prometheus.config.Params.MetricsExpirationPolicy: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.adapter.prometheus.config.Params.MetricsExpirationPolicy();
                        if (object.metrics_expiry_duration != null) {
                            if (!$util.isObject(object.metrics_expiry_duration))
                                throw $TypeError(".adapter.prometheus.config.Params.MetricsExpirationPolicy.metrics_expiry_duration: object expected");
                            message.metrics_expiry_duration = $root.google.protobuf.Duration.fromObject(object.metrics_expiry_duration, _depth + 1);
                        }
                        if (object.expiry_check_interval_duration != null) {
                            if (!$util.isObject(object.expiry_check_interval_duration))
                                throw $TypeError(".adapter.prometheus.config.Params.MetricsExpirationPolicy.expiry_check_interval_duration: object expected");
                            message.expiry_check_interval_duration = $root.google.protobuf.Duration.fromObject(object.expiry_check_interval_duration, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a MetricsExpirationPolicy message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof adapter.prometheus.config.Params.MetricsExpirationPolicy
                     * @static
                     * @param {adapter.prometheus.config.Params.MetricsExpirationPolicy} message MetricsExpirationPolicy
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    MetricsExpirationPolicy.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.metrics_expiry_duration = null;
                            object.expiry_check_interval_duration = null;
                        }
                        if (message.metrics_expiry_duration != null && $Object.hasOwnProperty.call(message, "metrics_expiry_duration"))
                            object.metrics_expiry_duration = $root.google.protobuf.Duration.toObject(message.metrics_expiry_duration, options, _depth + 1);
                        if (message.expiry_check_interval_duration != null && $Object.hasOwnProperty.call(message, "expiry_check_interval_duration"))
                            object.expiry_check_interval_duration = $root.google.protobuf.Duration.toObject(message.expiry_check_interval_duration, options, _depth + 1);
                        return object;
                    };

                    /**
                     * Converts this MetricsExpirationPolicy to JSON.
                     * @function toJSON
                     * @memberof adapter.prometheus.config.Params.MetricsExpirationPolicy
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    MetricsExpirationPolicy.prototype.toJSON = function() {
                        return MetricsExpirationPolicy.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for MetricsExpirationPolicy
                     * @function getTypeUrl
                     * @memberof adapter.prometheus.config.Params.MetricsExpirationPolicy
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    MetricsExpirationPolicy.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/adapter.prometheus.config.Params.MetricsExpirationPolicy";
                    };

                    return MetricsExpirationPolicy;
                })();

                return Params;
            })();

            return config;
        })();

        return prometheus;
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

export const metric = $root.metric = (() => {

    /**
     * Namespace metric.
     * @exports metric
     * @namespace
     */
    const metric = {};

    metric.HandleMetricService = (function() {

        /**
         * Constructs a new HandleMetricService service.
         * @memberof metric
         * @classdesc Represents a HandleMetricService
         * @extends $protobuf.rpc.Service
         * @constructor
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         */
        const HandleMetricService = function(rpcImpl, requestDelimited, responseDelimited) {
            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
        };

        $Object.defineProperty(HandleMetricService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: HandleMetricService, writable: true, enumerable: false, configurable: true });

        /**
         * Creates new HandleMetricService service using the specified rpc implementation.
         * @function create
         * @memberof metric.HandleMetricService
         * @static
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         * @returns {HandleMetricService} RPC service. Useful where requests and/or responses are streamed.
         */
        HandleMetricService.create = function(rpcImpl, requestDelimited, responseDelimited) {
            return new this(rpcImpl, requestDelimited, responseDelimited);
        };

        /**
         * Callback as used by {@link metric.HandleMetricService#handleMetric}.
         * @memberof metric.HandleMetricService
         * @typedef HandleMetricCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {istio.mixer.adapter.model.v1beta1.ReportResult} [response] ReportResult
         */

        /**
         * Calls HandleMetric.
         * @memberof metric.HandleMetricService
         * @typedef HandleMetric
         * @type {{
         *   (request: metric.IHandleMetricRequest, callback: metric.HandleMetricService.HandleMetricCallback): void;
         *   (request: metric.IHandleMetricRequest): Promise<istio.mixer.adapter.model.v1beta1.ReportResult>;
         *   readonly name: "HandleMetric";
         *   readonly path: "/metric.HandleMetricService/HandleMetric";
         *   readonly requestType: "HandleMetricRequest";
         *   readonly responseType: "istio.mixer.adapter.model.v1beta1.ReportResult";
         *   readonly requestStream: undefined;
         *   readonly responseStream: undefined;
         * }}
         */

        /**
         * Calls HandleMetric.
         * @name metric.HandleMetricService#handleMetric
         * @type {metric.HandleMetricService.HandleMetric}
         */
        $Object.defineProperties(HandleMetricService.prototype.handleMetric = function(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, HandleMetricService.prototype.handleMetric, $root.metric.HandleMetricRequest, $root.istio.mixer.adapter.model.v1beta1.ReportResult, request, callback);
        }, {
            name: { value: "HandleMetric" },
            path: { value: "/metric.HandleMetricService/HandleMetric" },
            requestType: { value: "HandleMetricRequest" },
            responseType: { value: "istio.mixer.adapter.model.v1beta1.ReportResult" },
            requestStream: { value: $undefined },
            responseStream: { value: $undefined }
        });

        return HandleMetricService;
    })();

    metric.HandleMetricRequest = (function() {

        /**
         * Properties of a HandleMetricRequest.
         * @typedef {Object} metric.HandleMetricRequest.$Properties
         * @property {Array.<metric.InstanceMsg.$Properties>|null} [instances] HandleMetricRequest instances
         * @property {google.protobuf.Any.$Properties|null} [adapter_config] HandleMetricRequest adapter_config
         * @property {string|null} [dedup_id] HandleMetricRequest dedup_id
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HandleMetricRequest.
         * @memberof metric
         * @interface IHandleMetricRequest
         * @augments metric.HandleMetricRequest.$Properties
         * @deprecated Use metric.HandleMetricRequest.$Properties instead.
         */

        /**
         * Shape of a HandleMetricRequest.
         * @typedef {{
         *   instances?: Array.<metric.InstanceMsg.$Shape>|null;
         *   adapter_config?: google.protobuf.Any.$Shape|null;
         *   dedup_id?: string|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} metric.HandleMetricRequest.$Shape
         */

        /**
         * Constructs a new HandleMetricRequest.
         * @memberof metric
         * @classdesc Represents a HandleMetricRequest.
         * @constructor
         * @param {metric.HandleMetricRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HandleMetricRequest = function (properties) {
            this.instances = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HandleMetricRequest instances.
         * @member {Array.<metric.InstanceMsg.$Properties>} instances
         * @memberof metric.HandleMetricRequest
         * @instance
         */
        HandleMetricRequest.prototype.instances = $util.emptyArray;

        /**
         * HandleMetricRequest adapter_config.
         * @member {google.protobuf.Any.$Properties|null|undefined} adapter_config
         * @memberof metric.HandleMetricRequest
         * @instance
         */
        HandleMetricRequest.prototype.adapter_config = null;

        /**
         * HandleMetricRequest dedup_id.
         * @member {string} dedup_id
         * @memberof metric.HandleMetricRequest
         * @instance
         */
        HandleMetricRequest.prototype.dedup_id = "";

        /**
         * Creates a new HandleMetricRequest instance using the specified properties.
         * @function create
         * @memberof metric.HandleMetricRequest
         * @static
         * @param {metric.HandleMetricRequest.$Properties=} [properties] Properties to set
         * @returns {metric.HandleMetricRequest} HandleMetricRequest instance
         * @type {{
         *   (properties: metric.HandleMetricRequest.$Shape): metric.HandleMetricRequest & metric.HandleMetricRequest.$Shape;
         *   (properties?: metric.HandleMetricRequest.$Properties): metric.HandleMetricRequest;
         * }}
         */
        HandleMetricRequest.create = function(properties) {
            return new HandleMetricRequest(properties);
        };

        /**
         * Encodes the specified HandleMetricRequest message. Does not implicitly {@link metric.HandleMetricRequest.verify|verify} messages.
         * @function encode
         * @memberof metric.HandleMetricRequest
         * @static
         * @param {metric.HandleMetricRequest.$Properties} message HandleMetricRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HandleMetricRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.instances != null && message.instances.length)
                for (let i = 0; i < message.instances.length; ++i)
                    $root.metric.InstanceMsg.encode(message.instances[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
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
         * Encodes the specified HandleMetricRequest message, length delimited. Does not implicitly {@link metric.HandleMetricRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof metric.HandleMetricRequest
         * @static
         * @param {metric.HandleMetricRequest.$Properties} message HandleMetricRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HandleMetricRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a HandleMetricRequest message from the specified reader or buffer.
         * @function decode
         * @memberof metric.HandleMetricRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {metric.HandleMetricRequest & metric.HandleMetricRequest.$Shape} HandleMetricRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HandleMetricRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.metric.HandleMetricRequest();
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
                        message.instances.push($root.metric.InstanceMsg.decode(reader, reader.size(), $undefined, _depth + 1));
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
         * Decodes a HandleMetricRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof metric.HandleMetricRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {metric.HandleMetricRequest & metric.HandleMetricRequest.$Shape} HandleMetricRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HandleMetricRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a HandleMetricRequest message.
         * @function verify
         * @memberof metric.HandleMetricRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        HandleMetricRequest.verify = function (message, _depth) {
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
                    let error = $root.metric.InstanceMsg.verify(message.instances[i], _depth + 1);
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
         * Creates a HandleMetricRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof metric.HandleMetricRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {metric.HandleMetricRequest} HandleMetricRequest
         */
        HandleMetricRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.metric.HandleMetricRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".metric.HandleMetricRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.metric.HandleMetricRequest();
            if (object.instances) {
                if (!$Array.isArray(object.instances))
                    throw $TypeError(".metric.HandleMetricRequest.instances: array expected");
                message.instances = $Array(object.instances.length);
                for (let i = 0; i < object.instances.length; ++i) {
                    if (!$util.isObject(object.instances[i]))
                        throw $TypeError(".metric.HandleMetricRequest.instances: object expected");
                    message.instances[i] = $root.metric.InstanceMsg.fromObject(object.instances[i], _depth + 1);
                }
            }
            if (object.adapter_config != null) {
                if (!$util.isObject(object.adapter_config))
                    throw $TypeError(".metric.HandleMetricRequest.adapter_config: object expected");
                message.adapter_config = $root.google.protobuf.Any.fromObject(object.adapter_config, _depth + 1);
            }
            if (object.dedup_id != null)
                if (typeof object.dedup_id !== "string" || object.dedup_id.length)
                    message.dedup_id = $String(object.dedup_id);
            return message;
        };

        /**
         * Creates a plain object from a HandleMetricRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof metric.HandleMetricRequest
         * @static
         * @param {metric.HandleMetricRequest} message HandleMetricRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        HandleMetricRequest.toObject = function (message, options, _depth) {
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
                    object.instances[j] = $root.metric.InstanceMsg.toObject(message.instances[j], options, _depth + 1);
            }
            if (message.adapter_config != null && $Object.hasOwnProperty.call(message, "adapter_config"))
                object.adapter_config = $root.google.protobuf.Any.toObject(message.adapter_config, options, _depth + 1);
            if (message.dedup_id != null && $Object.hasOwnProperty.call(message, "dedup_id"))
                object.dedup_id = message.dedup_id;
            return object;
        };

        /**
         * Converts this HandleMetricRequest to JSON.
         * @function toJSON
         * @memberof metric.HandleMetricRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        HandleMetricRequest.prototype.toJSON = function() {
            return HandleMetricRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for HandleMetricRequest
         * @function getTypeUrl
         * @memberof metric.HandleMetricRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        HandleMetricRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/metric.HandleMetricRequest";
        };

        return HandleMetricRequest;
    })();

    metric.InstanceMsg = (function() {

        /**
         * Properties of an InstanceMsg.
         * @typedef {Object} metric.InstanceMsg.$Properties
         * @property {string|null} [name] InstanceMsg name
         * @property {istio.policy.v1beta1.Value.$Properties|null} [value] InstanceMsg value
         * @property {Object.<string,istio.policy.v1beta1.Value.$Properties>|null} [dimensions] InstanceMsg dimensions
         * @property {string|null} [monitored_resource_type] InstanceMsg monitored_resource_type
         * @property {Object.<string,istio.policy.v1beta1.Value.$Properties>|null} [monitored_resource_dimensions] InstanceMsg monitored_resource_dimensions
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an InstanceMsg.
         * @memberof metric
         * @interface IInstanceMsg
         * @augments metric.InstanceMsg.$Properties
         * @deprecated Use metric.InstanceMsg.$Properties instead.
         */

        /**
         * Shape of an InstanceMsg.
         * @typedef {{
         *   name?: string|null;
         *   value?: istio.policy.v1beta1.Value.$Shape|null;
         *   dimensions?: Object.<string,istio.policy.v1beta1.Value.$Shape>|null;
         *   monitored_resource_type?: string|null;
         *   monitored_resource_dimensions?: Object.<string,istio.policy.v1beta1.Value.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} metric.InstanceMsg.$Shape
         */

        /**
         * Constructs a new InstanceMsg.
         * @memberof metric
         * @classdesc Represents an InstanceMsg.
         * @constructor
         * @param {metric.InstanceMsg.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const InstanceMsg = function (properties) {
            this.dimensions = {};
            this.monitored_resource_dimensions = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * InstanceMsg name.
         * @member {string} name
         * @memberof metric.InstanceMsg
         * @instance
         */
        InstanceMsg.prototype.name = "";

        /**
         * InstanceMsg value.
         * @member {istio.policy.v1beta1.Value.$Properties|null|undefined} value
         * @memberof metric.InstanceMsg
         * @instance
         */
        InstanceMsg.prototype.value = null;

        /**
         * InstanceMsg dimensions.
         * @member {Object.<string,istio.policy.v1beta1.Value.$Properties>} dimensions
         * @memberof metric.InstanceMsg
         * @instance
         */
        InstanceMsg.prototype.dimensions = $util.emptyObject;

        /**
         * InstanceMsg monitored_resource_type.
         * @member {string} monitored_resource_type
         * @memberof metric.InstanceMsg
         * @instance
         */
        InstanceMsg.prototype.monitored_resource_type = "";

        /**
         * InstanceMsg monitored_resource_dimensions.
         * @member {Object.<string,istio.policy.v1beta1.Value.$Properties>} monitored_resource_dimensions
         * @memberof metric.InstanceMsg
         * @instance
         */
        InstanceMsg.prototype.monitored_resource_dimensions = $util.emptyObject;

        /**
         * Creates a new InstanceMsg instance using the specified properties.
         * @function create
         * @memberof metric.InstanceMsg
         * @static
         * @param {metric.InstanceMsg.$Properties=} [properties] Properties to set
         * @returns {metric.InstanceMsg} InstanceMsg instance
         * @type {{
         *   (properties: metric.InstanceMsg.$Shape): metric.InstanceMsg & metric.InstanceMsg.$Shape;
         *   (properties?: metric.InstanceMsg.$Properties): metric.InstanceMsg;
         * }}
         */
        InstanceMsg.create = function(properties) {
            return new InstanceMsg(properties);
        };

        /**
         * Encodes the specified InstanceMsg message. Does not implicitly {@link metric.InstanceMsg.verify|verify} messages.
         * @function encode
         * @memberof metric.InstanceMsg
         * @static
         * @param {metric.InstanceMsg.$Properties} message InstanceMsg message or plain object to encode
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
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                $root.istio.policy.v1beta1.Value.encode(message.value, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.dimensions != null && $Object.hasOwnProperty.call(message, "dimensions"))
                for (let keys = $Object.keys(message.dimensions), i = 0; i < keys.length; ++i) {
                    writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                    $root.istio.policy.v1beta1.Value.encode(message.dimensions[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.monitored_resource_type != null && $Object.hasOwnProperty.call(message, "monitored_resource_type") && message.monitored_resource_type !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.monitored_resource_type);
            if (message.monitored_resource_dimensions != null && $Object.hasOwnProperty.call(message, "monitored_resource_dimensions"))
                for (let keys = $Object.keys(message.monitored_resource_dimensions), i = 0; i < keys.length; ++i) {
                    writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
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
         * Encodes the specified InstanceMsg message, length delimited. Does not implicitly {@link metric.InstanceMsg.verify|verify} messages.
         * @function encodeDelimited
         * @memberof metric.InstanceMsg
         * @static
         * @param {metric.InstanceMsg.$Properties} message InstanceMsg message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InstanceMsg.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an InstanceMsg message from the specified reader or buffer.
         * @function decode
         * @memberof metric.InstanceMsg
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {metric.InstanceMsg & metric.InstanceMsg.$Shape} InstanceMsg
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
            message = _target || new $root.metric.InstanceMsg();
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
                        message.value = $root.istio.policy.v1beta1.Value.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (message.dimensions === $util.emptyObject)
                            message.dimensions = {};
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
                            $util.makeProp(message.dimensions, key);
                        message.dimensions[key] = value || new $root.istio.policy.v1beta1.Value();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.monitored_resource_type = value;
                        else
                            delete message.monitored_resource_type;
                        continue;
                    }
                case 4: {
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
         * @memberof metric.InstanceMsg
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {metric.InstanceMsg & metric.InstanceMsg.$Shape} InstanceMsg
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
         * @memberof metric.InstanceMsg
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
            if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                let error = $root.istio.policy.v1beta1.Value.verify(message.value, _depth + 1);
                if (error)
                    return "value." + error;
            }
            if (message.dimensions != null && $Object.hasOwnProperty.call(message, "dimensions")) {
                if (!$util.isObject(message.dimensions))
                    return "dimensions: object expected";
                let key = $Object.keys(message.dimensions);
                for (let i = 0; i < key.length; ++i) {
                    let error = $root.istio.policy.v1beta1.Value.verify(message.dimensions[key[i]], _depth + 1);
                    if (error)
                        return "dimensions." + error;
                }
            }
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
         * @memberof metric.InstanceMsg
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {metric.InstanceMsg} InstanceMsg
         */
        InstanceMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.metric.InstanceMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".metric.InstanceMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.metric.InstanceMsg();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.value != null) {
                if (!$util.isObject(object.value))
                    throw $TypeError(".metric.InstanceMsg.value: object expected");
                message.value = $root.istio.policy.v1beta1.Value.fromObject(object.value, _depth + 1);
            }
            if (object.dimensions) {
                if (!$util.isObject(object.dimensions))
                    throw $TypeError(".metric.InstanceMsg.dimensions: object expected");
                message.dimensions = {};
                for (let keys = $Object.keys(object.dimensions), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.dimensions, keys[i]);
                    if (!$util.isObject(object.dimensions[keys[i]]))
                        throw $TypeError(".metric.InstanceMsg.dimensions: object expected");
                    message.dimensions[keys[i]] = $root.istio.policy.v1beta1.Value.fromObject(object.dimensions[keys[i]], _depth + 1);
                }
            }
            if (object.monitored_resource_type != null)
                if (typeof object.monitored_resource_type !== "string" || object.monitored_resource_type.length)
                    message.monitored_resource_type = $String(object.monitored_resource_type);
            if (object.monitored_resource_dimensions) {
                if (!$util.isObject(object.monitored_resource_dimensions))
                    throw $TypeError(".metric.InstanceMsg.monitored_resource_dimensions: object expected");
                message.monitored_resource_dimensions = {};
                for (let keys = $Object.keys(object.monitored_resource_dimensions), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.monitored_resource_dimensions, keys[i]);
                    if (!$util.isObject(object.monitored_resource_dimensions[keys[i]]))
                        throw $TypeError(".metric.InstanceMsg.monitored_resource_dimensions: object expected");
                    message.monitored_resource_dimensions[keys[i]] = $root.istio.policy.v1beta1.Value.fromObject(object.monitored_resource_dimensions[keys[i]], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from an InstanceMsg message. Also converts values to other types if specified.
         * @function toObject
         * @memberof metric.InstanceMsg
         * @static
         * @param {metric.InstanceMsg} message InstanceMsg
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
                object.dimensions = {};
                object.monitored_resource_dimensions = {};
            }
            if (options.defaults) {
                object.value = null;
                object.monitored_resource_type = "";
                object.name = "";
            }
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = $root.istio.policy.v1beta1.Value.toObject(message.value, options, _depth + 1);
            let keys2;
            if (message.dimensions && (keys2 = $Object.keys(message.dimensions)).length) {
                object.dimensions = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.dimensions, keys2[j]);
                    object.dimensions[keys2[j]] = $root.istio.policy.v1beta1.Value.toObject(message.dimensions[keys2[j]], options, _depth + 1);
                }
            }
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
         * @memberof metric.InstanceMsg
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        InstanceMsg.prototype.toJSON = function() {
            return InstanceMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for InstanceMsg
         * @function getTypeUrl
         * @memberof metric.InstanceMsg
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        InstanceMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/metric.InstanceMsg";
        };

        return InstanceMsg;
    })();

    return metric;
})();

export const opentelemetry = $root.opentelemetry = (() => {

    /**
     * Namespace opentelemetry.
     * @exports opentelemetry
     * @namespace
     */
    const opentelemetry = {};

    opentelemetry.proto = (function() {

        /**
         * Namespace proto.
         * @memberof opentelemetry
         * @namespace
         */
        const proto = {};

        proto.collector = (function() {

            /**
             * Namespace collector.
             * @memberof opentelemetry.proto
             * @namespace
             */
            const collector = {};

            collector.logs = (function() {

                /**
                 * Namespace logs.
                 * @memberof opentelemetry.proto.collector
                 * @namespace
                 */
                const logs = {};

                logs.v1 = (function() {

                    /**
                     * Namespace v1.
                     * @memberof opentelemetry.proto.collector.logs
                     * @namespace
                     */
                    const v1 = {};

                    v1.LogsService = (function() {

                        /**
                         * Constructs a new LogsService service.
                         * @memberof opentelemetry.proto.collector.logs.v1
                         * @classdesc Represents a LogsService
                         * @extends $protobuf.rpc.Service
                         * @constructor
                         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                         */
                        const LogsService = function(rpcImpl, requestDelimited, responseDelimited) {
                            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                        };

                        $Object.defineProperty(LogsService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: LogsService, writable: true, enumerable: false, configurable: true });

                        /**
                         * Creates new LogsService service using the specified rpc implementation.
                         * @function create
                         * @memberof opentelemetry.proto.collector.logs.v1.LogsService
                         * @static
                         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                         * @returns {LogsService} RPC service. Useful where requests and/or responses are streamed.
                         */
                        LogsService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                            return new this(rpcImpl, requestDelimited, responseDelimited);
                        };

                        /**
                         * Callback as used by {@link opentelemetry.proto.collector.logs.v1.LogsService#export_}.
                         * @memberof opentelemetry.proto.collector.logs.v1.LogsService
                         * @typedef ExportCallback
                         * @type {function}
                         * @param {Error|null} error Error, if any
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse} [response] ExportLogsServiceResponse
                         */

                        /**
                         * Calls Export.
                         * @memberof opentelemetry.proto.collector.logs.v1.LogsService
                         * @typedef Export
                         * @type {{
                         *   (request: opentelemetry.proto.collector.logs.v1.IExportLogsServiceRequest, callback: opentelemetry.proto.collector.logs.v1.LogsService.ExportCallback): void;
                         *   (request: opentelemetry.proto.collector.logs.v1.IExportLogsServiceRequest): Promise<opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse>;
                         *   readonly name: "Export";
                         *   readonly path: "/opentelemetry.proto.collector.logs.v1.LogsService/Export";
                         *   readonly requestType: "ExportLogsServiceRequest";
                         *   readonly responseType: "ExportLogsServiceResponse";
                         *   readonly requestStream: undefined;
                         *   readonly responseStream: undefined;
                         * }}
                         */

                        /**
                         * Calls Export.
                         * @name opentelemetry.proto.collector.logs.v1.LogsService#export
                         * @type {opentelemetry.proto.collector.logs.v1.LogsService.Export}
                         */
                        $Object.defineProperties(LogsService.prototype["export"] = function(request, callback) {
                            return $protobuf.rpc.Service.prototype.rpcCall.call(this, LogsService.prototype["export"], $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest, $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse, request, callback);
                        }, {
                            name: { value: "Export" },
                            path: { value: "/opentelemetry.proto.collector.logs.v1.LogsService/Export" },
                            requestType: { value: "ExportLogsServiceRequest" },
                            responseType: { value: "ExportLogsServiceResponse" },
                            requestStream: { value: $undefined },
                            responseStream: { value: $undefined }
                        });

                        return LogsService;
                    })();

                    v1.ExportLogsServiceRequest = (function() {

                        /**
                         * Properties of an ExportLogsServiceRequest.
                         * @typedef {Object} opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties
                         * @property {Array.<opentelemetry.proto.logs.v1.ResourceLogs.$Properties>|null} [resource_logs] ExportLogsServiceRequest resource_logs
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportLogsServiceRequest.
                         * @memberof opentelemetry.proto.collector.logs.v1
                         * @interface IExportLogsServiceRequest
                         * @augments opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties
                         * @deprecated Use opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties instead.
                         */

                        /**
                         * Shape of an ExportLogsServiceRequest.
                         * @typedef {{
                         *   resource_logs?: Array.<opentelemetry.proto.logs.v1.ResourceLogs.$Shape>|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape
                         */

                        /**
                         * Constructs a new ExportLogsServiceRequest.
                         * @memberof opentelemetry.proto.collector.logs.v1
                         * @classdesc Represents an ExportLogsServiceRequest.
                         * @constructor
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ExportLogsServiceRequest = function (properties) {
                            this.resource_logs = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * ExportLogsServiceRequest resource_logs.
                         * @member {Array.<opentelemetry.proto.logs.v1.ResourceLogs.$Properties>} resource_logs
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @instance
                         */
                        ExportLogsServiceRequest.prototype.resource_logs = $util.emptyArray;

                        /**
                         * Creates a new ExportLogsServiceRequest instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest} ExportLogsServiceRequest instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape): opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest & opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape;
                         *   (properties?: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties): opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
                         * }}
                         */
                        ExportLogsServiceRequest.create = function(properties) {
                            return new ExportLogsServiceRequest(properties);
                        };

                        /**
                         * Encodes the specified ExportLogsServiceRequest message. Does not implicitly {@link opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties} message ExportLogsServiceRequest message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportLogsServiceRequest.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.resource_logs != null && message.resource_logs.length)
                                for (let i = 0; i < message.resource_logs.length; ++i)
                                    $root.opentelemetry.proto.logs.v1.ResourceLogs.encode(message.resource_logs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified ExportLogsServiceRequest message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties} message ExportLogsServiceRequest message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportLogsServiceRequest.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an ExportLogsServiceRequest message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest & opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape} ExportLogsServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportLogsServiceRequest.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest();
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
                                        if (!(message.resource_logs && message.resource_logs.length))
                                            message.resource_logs = [];
                                        message.resource_logs.push($root.opentelemetry.proto.logs.v1.ResourceLogs.decode(reader, reader.size(), $undefined, _depth + 1));
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
                         * Decodes an ExportLogsServiceRequest message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest & opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape} ExportLogsServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportLogsServiceRequest.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an ExportLogsServiceRequest message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExportLogsServiceRequest.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.resource_logs != null && $Object.hasOwnProperty.call(message, "resource_logs")) {
                                if (!$Array.isArray(message.resource_logs))
                                    return "resource_logs: array expected";
                                for (let i = 0; i < message.resource_logs.length; ++i) {
                                    let error = $root.opentelemetry.proto.logs.v1.ResourceLogs.verify(message.resource_logs[i], _depth + 1);
                                    if (error)
                                        return "resource_logs." + error;
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates an ExportLogsServiceRequest message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest} ExportLogsServiceRequest
                         */
                        ExportLogsServiceRequest.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest();
                            if (object.resource_logs) {
                                if (!$Array.isArray(object.resource_logs))
                                    throw $TypeError(".opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.resource_logs: array expected");
                                message.resource_logs = $Array(object.resource_logs.length);
                                for (let i = 0; i < object.resource_logs.length; ++i) {
                                    if (!$util.isObject(object.resource_logs[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.resource_logs: object expected");
                                    message.resource_logs[i] = $root.opentelemetry.proto.logs.v1.ResourceLogs.fromObject(object.resource_logs[i], _depth + 1);
                                }
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from an ExportLogsServiceRequest message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest} message ExportLogsServiceRequest
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportLogsServiceRequest.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.resource_logs = [];
                            if (message.resource_logs && message.resource_logs.length) {
                                object.resource_logs = $Array(message.resource_logs.length);
                                for (let j = 0; j < message.resource_logs.length; ++j)
                                    object.resource_logs[j] = $root.opentelemetry.proto.logs.v1.ResourceLogs.toObject(message.resource_logs[j], options, _depth + 1);
                            }
                            return object;
                        };

                        /**
                         * Converts this ExportLogsServiceRequest to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportLogsServiceRequest.prototype.toJSON = function() {
                            return ExportLogsServiceRequest.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExportLogsServiceRequest
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportLogsServiceRequest.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest";
                        };

                        return ExportLogsServiceRequest;
                    })();

                    v1.ExportLogsServiceResponse = (function() {

                        /**
                         * Properties of an ExportLogsServiceResponse.
                         * @typedef {Object} opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties
                         * @property {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties|null} [partial_success] ExportLogsServiceResponse partial_success
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportLogsServiceResponse.
                         * @memberof opentelemetry.proto.collector.logs.v1
                         * @interface IExportLogsServiceResponse
                         * @augments opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties
                         * @deprecated Use opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties instead.
                         */

                        /**
                         * Shape of an ExportLogsServiceResponse.
                         * @typedef {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties} opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape
                         */

                        /**
                         * Constructs a new ExportLogsServiceResponse.
                         * @memberof opentelemetry.proto.collector.logs.v1
                         * @classdesc Represents an ExportLogsServiceResponse.
                         * @constructor
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ExportLogsServiceResponse = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * ExportLogsServiceResponse partial_success.
                         * @member {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties|null|undefined} partial_success
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @instance
                         */
                        ExportLogsServiceResponse.prototype.partial_success = null;

                        /**
                         * Creates a new ExportLogsServiceResponse instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse} ExportLogsServiceResponse instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape): opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse & opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape;
                         *   (properties?: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties): opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
                         * }}
                         */
                        ExportLogsServiceResponse.create = function(properties) {
                            return new ExportLogsServiceResponse(properties);
                        };

                        /**
                         * Encodes the specified ExportLogsServiceResponse message. Does not implicitly {@link opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties} message ExportLogsServiceResponse message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportLogsServiceResponse.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.partial_success != null && $Object.hasOwnProperty.call(message, "partial_success"))
                                $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.encode(message.partial_success, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified ExportLogsServiceResponse message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties} message ExportLogsServiceResponse message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportLogsServiceResponse.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an ExportLogsServiceResponse message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse & opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape} ExportLogsServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportLogsServiceResponse.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse();
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
                                        message.partial_success = $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.decode(reader, reader.size(), $undefined, _depth + 1, message.partial_success);
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
                         * Decodes an ExportLogsServiceResponse message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse & opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape} ExportLogsServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportLogsServiceResponse.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an ExportLogsServiceResponse message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExportLogsServiceResponse.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.partial_success != null && $Object.hasOwnProperty.call(message, "partial_success")) {
                                let error = $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.verify(message.partial_success, _depth + 1);
                                if (error)
                                    return "partial_success." + error;
                            }
                            return null;
                        };

                        /**
                         * Creates an ExportLogsServiceResponse message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse} ExportLogsServiceResponse
                         */
                        ExportLogsServiceResponse.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse();
                            if (object.partial_success != null) {
                                if (!$util.isObject(object.partial_success))
                                    throw $TypeError(".opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.partial_success: object expected");
                                message.partial_success = $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.fromObject(object.partial_success, _depth + 1);
                            }
                            return message;
                        };

                        /**
                         * Creates a plain object from an ExportLogsServiceResponse message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse} message ExportLogsServiceResponse
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportLogsServiceResponse.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.defaults)
                                object.partial_success = null;
                            if (message.partial_success != null && $Object.hasOwnProperty.call(message, "partial_success"))
                                object.partial_success = $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.toObject(message.partial_success, options, _depth + 1);
                            return object;
                        };

                        /**
                         * Converts this ExportLogsServiceResponse to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportLogsServiceResponse.prototype.toJSON = function() {
                            return ExportLogsServiceResponse.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExportLogsServiceResponse
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportLogsServiceResponse.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse";
                        };

                        return ExportLogsServiceResponse;
                    })();

                    v1.ExportLogsPartialSuccess = (function() {

                        /**
                         * Properties of an ExportLogsPartialSuccess.
                         * @typedef {Object} opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties
                         * @property {number|Long|null} [rejected_log_records] ExportLogsPartialSuccess rejected_log_records
                         * @property {string|null} [error_message] ExportLogsPartialSuccess error_message
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportLogsPartialSuccess.
                         * @memberof opentelemetry.proto.collector.logs.v1
                         * @interface IExportLogsPartialSuccess
                         * @augments opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties
                         * @deprecated Use opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties instead.
                         */

                        /**
                         * Shape of an ExportLogsPartialSuccess.
                         * @typedef {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties} opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape
                         */

                        /**
                         * Constructs a new ExportLogsPartialSuccess.
                         * @memberof opentelemetry.proto.collector.logs.v1
                         * @classdesc Represents an ExportLogsPartialSuccess.
                         * @constructor
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const ExportLogsPartialSuccess = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * ExportLogsPartialSuccess rejected_log_records.
                         * @member {number|Long} rejected_log_records
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @instance
                         */
                        ExportLogsPartialSuccess.prototype.rejected_log_records = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                        /**
                         * ExportLogsPartialSuccess error_message.
                         * @member {string} error_message
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @instance
                         */
                        ExportLogsPartialSuccess.prototype.error_message = "";

                        /**
                         * Creates a new ExportLogsPartialSuccess instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess} ExportLogsPartialSuccess instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape): opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess & opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape;
                         *   (properties?: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties): opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess;
                         * }}
                         */
                        ExportLogsPartialSuccess.create = function(properties) {
                            return new ExportLogsPartialSuccess(properties);
                        };

                        /**
                         * Encodes the specified ExportLogsPartialSuccess message. Does not implicitly {@link opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties} message ExportLogsPartialSuccess message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportLogsPartialSuccess.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.rejected_log_records != null && $Object.hasOwnProperty.call(message, "rejected_log_records") && (typeof message.rejected_log_records === "object" ? message.rejected_log_records.low || message.rejected_log_records.high : message.rejected_log_records !== 0))
                                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.rejected_log_records);
                            if (message.error_message != null && $Object.hasOwnProperty.call(message, "error_message") && message.error_message !== "")
                                writer.uint32(/* id 2, wireType 2 =*/18).string(message.error_message);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified ExportLogsPartialSuccess message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties} message ExportLogsPartialSuccess message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportLogsPartialSuccess.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an ExportLogsPartialSuccess message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess & opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape} ExportLogsPartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportLogsPartialSuccess.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess();
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
                                            message.rejected_log_records = value;
                                        else
                                            delete message.rejected_log_records;
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 2)
                                            break;
                                        if ((value = reader.stringVerify()).length)
                                            message.error_message = value;
                                        else
                                            delete message.error_message;
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
                         * Decodes an ExportLogsPartialSuccess message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess & opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape} ExportLogsPartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportLogsPartialSuccess.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an ExportLogsPartialSuccess message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExportLogsPartialSuccess.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.rejected_log_records != null && $Object.hasOwnProperty.call(message, "rejected_log_records"))
                                if (!$util.isInteger(message.rejected_log_records) && !(message.rejected_log_records && $util.isInteger(message.rejected_log_records.low) && $util.isInteger(message.rejected_log_records.high)))
                                    return "rejected_log_records: integer|Long expected";
                            if (message.error_message != null && $Object.hasOwnProperty.call(message, "error_message"))
                                if (!$util.isString(message.error_message))
                                    return "error_message: string expected";
                            return null;
                        };

                        /**
                         * Creates an ExportLogsPartialSuccess message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess} ExportLogsPartialSuccess
                         */
                        ExportLogsPartialSuccess.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess();
                            if (object.rejected_log_records != null)
                                if (typeof object.rejected_log_records === "object" ? object.rejected_log_records.low || object.rejected_log_records.high : $Number(object.rejected_log_records) !== 0)
                                    if ($util.Long)
                                        message.rejected_log_records = $util.Long.fromValue(object.rejected_log_records, false);
                                    else if (typeof object.rejected_log_records === "string")
                                        message.rejected_log_records = $parseInt(object.rejected_log_records, 10);
                                    else if (typeof object.rejected_log_records === "number")
                                        message.rejected_log_records = object.rejected_log_records;
                                    else if (typeof object.rejected_log_records === "object")
                                        message.rejected_log_records = new $util.LongBits(object.rejected_log_records.low >>> 0, object.rejected_log_records.high >>> 0).toNumber();
                            if (object.error_message != null)
                                if (typeof object.error_message !== "string" || object.error_message.length)
                                    message.error_message = $String(object.error_message);
                            return message;
                        };

                        /**
                         * Creates a plain object from an ExportLogsPartialSuccess message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess} message ExportLogsPartialSuccess
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportLogsPartialSuccess.toObject = function (message, options, _depth) {
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
                                    object.rejected_log_records = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.rejected_log_records = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                object.error_message = "";
                            }
                            if (message.rejected_log_records != null && $Object.hasOwnProperty.call(message, "rejected_log_records"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.rejected_log_records = typeof message.rejected_log_records === "number" ? $BigInt(message.rejected_log_records) : $util.Long.fromBits(message.rejected_log_records.low >>> 0, message.rejected_log_records.high >>> 0, false).toBigInt();
                                else if (typeof message.rejected_log_records === "number")
                                    object.rejected_log_records = options.longs === $String ? $String(message.rejected_log_records) : message.rejected_log_records;
                                else
                                    object.rejected_log_records = options.longs === $String ? $util.Long.prototype.toString.call(message.rejected_log_records) : options.longs === $Number ? new $util.LongBits(message.rejected_log_records.low >>> 0, message.rejected_log_records.high >>> 0).toNumber() : message.rejected_log_records;
                            if (message.error_message != null && $Object.hasOwnProperty.call(message, "error_message"))
                                object.error_message = message.error_message;
                            return object;
                        };

                        /**
                         * Converts this ExportLogsPartialSuccess to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportLogsPartialSuccess.prototype.toJSON = function() {
                            return ExportLogsPartialSuccess.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExportLogsPartialSuccess
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportLogsPartialSuccess.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess";
                        };

                        return ExportLogsPartialSuccess;
                    })();

                    return v1;
                })();

                return logs;
            })();

            return collector;
        })();

        proto.logs = (function() {

            /**
             * Namespace logs.
             * @memberof opentelemetry.proto
             * @namespace
             */
            const logs = {};

            logs.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.logs
                 * @namespace
                 */
                const v1 = {};

                v1.ResourceLogs = (function() {

                    /**
                     * Properties of a ResourceLogs.
                     * @typedef {Object} opentelemetry.proto.logs.v1.ResourceLogs.$Properties
                     * @property {opentelemetry.proto.resource.v1.Resource.$Properties|null} [resource] ResourceLogs resource
                     * @property {Array.<opentelemetry.proto.logs.v1.ScopeLogs.$Properties>|null} [scope_logs] ResourceLogs scope_logs
                     * @property {string|null} [schema_url] ResourceLogs schema_url
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ResourceLogs.
                     * @memberof opentelemetry.proto.logs.v1
                     * @interface IResourceLogs
                     * @augments opentelemetry.proto.logs.v1.ResourceLogs.$Properties
                     * @deprecated Use opentelemetry.proto.logs.v1.ResourceLogs.$Properties instead.
                     */

                    /**
                     * Shape of a ResourceLogs.
                     * @typedef {{
                     *   resource?: opentelemetry.proto.resource.v1.Resource.$Shape|null;
                     *   scope_logs?: Array.<opentelemetry.proto.logs.v1.ScopeLogs.$Shape>|null;
                     *   schema_url?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.logs.v1.ResourceLogs.$Shape
                     */

                    /**
                     * Constructs a new ResourceLogs.
                     * @memberof opentelemetry.proto.logs.v1
                     * @classdesc Represents a ResourceLogs.
                     * @constructor
                     * @param {opentelemetry.proto.logs.v1.ResourceLogs.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ResourceLogs = function (properties) {
                        this.scope_logs = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ResourceLogs resource.
                     * @member {opentelemetry.proto.resource.v1.Resource.$Properties|null|undefined} resource
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @instance
                     */
                    ResourceLogs.prototype.resource = null;

                    /**
                     * ResourceLogs scope_logs.
                     * @member {Array.<opentelemetry.proto.logs.v1.ScopeLogs.$Properties>} scope_logs
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @instance
                     */
                    ResourceLogs.prototype.scope_logs = $util.emptyArray;

                    /**
                     * ResourceLogs schema_url.
                     * @member {string} schema_url
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @instance
                     */
                    ResourceLogs.prototype.schema_url = "";

                    /**
                     * Creates a new ResourceLogs instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ResourceLogs.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.logs.v1.ResourceLogs} ResourceLogs instance
                     * @type {{
                     *   (properties: opentelemetry.proto.logs.v1.ResourceLogs.$Shape): opentelemetry.proto.logs.v1.ResourceLogs & opentelemetry.proto.logs.v1.ResourceLogs.$Shape;
                     *   (properties?: opentelemetry.proto.logs.v1.ResourceLogs.$Properties): opentelemetry.proto.logs.v1.ResourceLogs;
                     * }}
                     */
                    ResourceLogs.create = function(properties) {
                        return new ResourceLogs(properties);
                    };

                    /**
                     * Encodes the specified ResourceLogs message. Does not implicitly {@link opentelemetry.proto.logs.v1.ResourceLogs.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ResourceLogs.$Properties} message ResourceLogs message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResourceLogs.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.resource != null && $Object.hasOwnProperty.call(message, "resource"))
                            $root.opentelemetry.proto.resource.v1.Resource.encode(message.resource, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.scope_logs != null && message.scope_logs.length)
                            for (let i = 0; i < message.scope_logs.length; ++i)
                                $root.opentelemetry.proto.logs.v1.ScopeLogs.encode(message.scope_logs[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.schema_url != null && $Object.hasOwnProperty.call(message, "schema_url") && message.schema_url !== "")
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.schema_url);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified ResourceLogs message, length delimited. Does not implicitly {@link opentelemetry.proto.logs.v1.ResourceLogs.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ResourceLogs.$Properties} message ResourceLogs message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResourceLogs.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a ResourceLogs message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.logs.v1.ResourceLogs & opentelemetry.proto.logs.v1.ResourceLogs.$Shape} ResourceLogs
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResourceLogs.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.opentelemetry.proto.logs.v1.ResourceLogs();
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
                                    message.resource = $root.opentelemetry.proto.resource.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1, message.resource);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.scope_logs && message.scope_logs.length))
                                        message.scope_logs = [];
                                    message.scope_logs.push($root.opentelemetry.proto.logs.v1.ScopeLogs.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.schema_url = value;
                                    else
                                        delete message.schema_url;
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
                     * Decodes a ResourceLogs message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.logs.v1.ResourceLogs & opentelemetry.proto.logs.v1.ResourceLogs.$Shape} ResourceLogs
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResourceLogs.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a ResourceLogs message.
                     * @function verify
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ResourceLogs.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.resource != null && $Object.hasOwnProperty.call(message, "resource")) {
                            let error = $root.opentelemetry.proto.resource.v1.Resource.verify(message.resource, _depth + 1);
                            if (error)
                                return "resource." + error;
                        }
                        if (message.scope_logs != null && $Object.hasOwnProperty.call(message, "scope_logs")) {
                            if (!$Array.isArray(message.scope_logs))
                                return "scope_logs: array expected";
                            for (let i = 0; i < message.scope_logs.length; ++i) {
                                let error = $root.opentelemetry.proto.logs.v1.ScopeLogs.verify(message.scope_logs[i], _depth + 1);
                                if (error)
                                    return "scope_logs." + error;
                            }
                        }
                        if (message.schema_url != null && $Object.hasOwnProperty.call(message, "schema_url"))
                            if (!$util.isString(message.schema_url))
                                return "schema_url: string expected";
                        return null;
                    };

                    /**
                     * Creates a ResourceLogs message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.logs.v1.ResourceLogs} ResourceLogs
                     */
                    ResourceLogs.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.logs.v1.ResourceLogs)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.logs.v1.ResourceLogs: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.logs.v1.ResourceLogs();
                        if (object.resource != null) {
                            if (!$util.isObject(object.resource))
                                throw $TypeError(".opentelemetry.proto.logs.v1.ResourceLogs.resource: object expected");
                            message.resource = $root.opentelemetry.proto.resource.v1.Resource.fromObject(object.resource, _depth + 1);
                        }
                        if (object.scope_logs) {
                            if (!$Array.isArray(object.scope_logs))
                                throw $TypeError(".opentelemetry.proto.logs.v1.ResourceLogs.scope_logs: array expected");
                            message.scope_logs = $Array(object.scope_logs.length);
                            for (let i = 0; i < object.scope_logs.length; ++i) {
                                if (!$util.isObject(object.scope_logs[i]))
                                    throw $TypeError(".opentelemetry.proto.logs.v1.ResourceLogs.scope_logs: object expected");
                                message.scope_logs[i] = $root.opentelemetry.proto.logs.v1.ScopeLogs.fromObject(object.scope_logs[i], _depth + 1);
                            }
                        }
                        if (object.schema_url != null)
                            if (typeof object.schema_url !== "string" || object.schema_url.length)
                                message.schema_url = $String(object.schema_url);
                        return message;
                    };

                    /**
                     * Creates a plain object from a ResourceLogs message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ResourceLogs} message ResourceLogs
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ResourceLogs.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.scope_logs = [];
                        if (options.defaults) {
                            object.resource = null;
                            object.schema_url = "";
                        }
                        if (message.resource != null && $Object.hasOwnProperty.call(message, "resource"))
                            object.resource = $root.opentelemetry.proto.resource.v1.Resource.toObject(message.resource, options, _depth + 1);
                        if (message.scope_logs && message.scope_logs.length) {
                            object.scope_logs = $Array(message.scope_logs.length);
                            for (let j = 0; j < message.scope_logs.length; ++j)
                                object.scope_logs[j] = $root.opentelemetry.proto.logs.v1.ScopeLogs.toObject(message.scope_logs[j], options, _depth + 1);
                        }
                        if (message.schema_url != null && $Object.hasOwnProperty.call(message, "schema_url"))
                            object.schema_url = message.schema_url;
                        return object;
                    };

                    /**
                     * Converts this ResourceLogs to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ResourceLogs.prototype.toJSON = function() {
                        return ResourceLogs.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ResourceLogs
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ResourceLogs.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.logs.v1.ResourceLogs";
                    };

                    return ResourceLogs;
                })();

                v1.ScopeLogs = (function() {

                    /**
                     * Properties of a ScopeLogs.
                     * @typedef {Object} opentelemetry.proto.logs.v1.ScopeLogs.$Properties
                     * @property {opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null} [scope] ScopeLogs scope
                     * @property {Array.<opentelemetry.proto.logs.v1.LogRecord.$Properties>|null} [log_records] ScopeLogs log_records
                     * @property {string|null} [schema_url] ScopeLogs schema_url
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ScopeLogs.
                     * @memberof opentelemetry.proto.logs.v1
                     * @interface IScopeLogs
                     * @augments opentelemetry.proto.logs.v1.ScopeLogs.$Properties
                     * @deprecated Use opentelemetry.proto.logs.v1.ScopeLogs.$Properties instead.
                     */

                    /**
                     * Shape of a ScopeLogs.
                     * @typedef {{
                     *   scope?: opentelemetry.proto.common.v1.InstrumentationScope.$Shape|null;
                     *   log_records?: Array.<opentelemetry.proto.logs.v1.LogRecord.$Shape>|null;
                     *   schema_url?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.logs.v1.ScopeLogs.$Shape
                     */

                    /**
                     * Constructs a new ScopeLogs.
                     * @memberof opentelemetry.proto.logs.v1
                     * @classdesc Represents a ScopeLogs.
                     * @constructor
                     * @param {opentelemetry.proto.logs.v1.ScopeLogs.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ScopeLogs = function (properties) {
                        this.log_records = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ScopeLogs scope.
                     * @member {opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null|undefined} scope
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @instance
                     */
                    ScopeLogs.prototype.scope = null;

                    /**
                     * ScopeLogs log_records.
                     * @member {Array.<opentelemetry.proto.logs.v1.LogRecord.$Properties>} log_records
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @instance
                     */
                    ScopeLogs.prototype.log_records = $util.emptyArray;

                    /**
                     * ScopeLogs schema_url.
                     * @member {string} schema_url
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @instance
                     */
                    ScopeLogs.prototype.schema_url = "";

                    /**
                     * Creates a new ScopeLogs instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ScopeLogs.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.logs.v1.ScopeLogs} ScopeLogs instance
                     * @type {{
                     *   (properties: opentelemetry.proto.logs.v1.ScopeLogs.$Shape): opentelemetry.proto.logs.v1.ScopeLogs & opentelemetry.proto.logs.v1.ScopeLogs.$Shape;
                     *   (properties?: opentelemetry.proto.logs.v1.ScopeLogs.$Properties): opentelemetry.proto.logs.v1.ScopeLogs;
                     * }}
                     */
                    ScopeLogs.create = function(properties) {
                        return new ScopeLogs(properties);
                    };

                    /**
                     * Encodes the specified ScopeLogs message. Does not implicitly {@link opentelemetry.proto.logs.v1.ScopeLogs.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ScopeLogs.$Properties} message ScopeLogs message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ScopeLogs.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.scope != null && $Object.hasOwnProperty.call(message, "scope"))
                            $root.opentelemetry.proto.common.v1.InstrumentationScope.encode(message.scope, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.log_records != null && message.log_records.length)
                            for (let i = 0; i < message.log_records.length; ++i)
                                $root.opentelemetry.proto.logs.v1.LogRecord.encode(message.log_records[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.schema_url != null && $Object.hasOwnProperty.call(message, "schema_url") && message.schema_url !== "")
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.schema_url);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified ScopeLogs message, length delimited. Does not implicitly {@link opentelemetry.proto.logs.v1.ScopeLogs.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ScopeLogs.$Properties} message ScopeLogs message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ScopeLogs.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a ScopeLogs message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.logs.v1.ScopeLogs & opentelemetry.proto.logs.v1.ScopeLogs.$Shape} ScopeLogs
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ScopeLogs.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.opentelemetry.proto.logs.v1.ScopeLogs();
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
                                    message.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.decode(reader, reader.size(), $undefined, _depth + 1, message.scope);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.log_records && message.log_records.length))
                                        message.log_records = [];
                                    message.log_records.push($root.opentelemetry.proto.logs.v1.LogRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.schema_url = value;
                                    else
                                        delete message.schema_url;
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
                     * Decodes a ScopeLogs message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.logs.v1.ScopeLogs & opentelemetry.proto.logs.v1.ScopeLogs.$Shape} ScopeLogs
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ScopeLogs.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a ScopeLogs message.
                     * @function verify
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ScopeLogs.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.scope != null && $Object.hasOwnProperty.call(message, "scope")) {
                            let error = $root.opentelemetry.proto.common.v1.InstrumentationScope.verify(message.scope, _depth + 1);
                            if (error)
                                return "scope." + error;
                        }
                        if (message.log_records != null && $Object.hasOwnProperty.call(message, "log_records")) {
                            if (!$Array.isArray(message.log_records))
                                return "log_records: array expected";
                            for (let i = 0; i < message.log_records.length; ++i) {
                                let error = $root.opentelemetry.proto.logs.v1.LogRecord.verify(message.log_records[i], _depth + 1);
                                if (error)
                                    return "log_records." + error;
                            }
                        }
                        if (message.schema_url != null && $Object.hasOwnProperty.call(message, "schema_url"))
                            if (!$util.isString(message.schema_url))
                                return "schema_url: string expected";
                        return null;
                    };

                    /**
                     * Creates a ScopeLogs message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.logs.v1.ScopeLogs} ScopeLogs
                     */
                    ScopeLogs.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.logs.v1.ScopeLogs)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.logs.v1.ScopeLogs: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.logs.v1.ScopeLogs();
                        if (object.scope != null) {
                            if (!$util.isObject(object.scope))
                                throw $TypeError(".opentelemetry.proto.logs.v1.ScopeLogs.scope: object expected");
                            message.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.fromObject(object.scope, _depth + 1);
                        }
                        if (object.log_records) {
                            if (!$Array.isArray(object.log_records))
                                throw $TypeError(".opentelemetry.proto.logs.v1.ScopeLogs.log_records: array expected");
                            message.log_records = $Array(object.log_records.length);
                            for (let i = 0; i < object.log_records.length; ++i) {
                                if (!$util.isObject(object.log_records[i]))
                                    throw $TypeError(".opentelemetry.proto.logs.v1.ScopeLogs.log_records: object expected");
                                message.log_records[i] = $root.opentelemetry.proto.logs.v1.LogRecord.fromObject(object.log_records[i], _depth + 1);
                            }
                        }
                        if (object.schema_url != null)
                            if (typeof object.schema_url !== "string" || object.schema_url.length)
                                message.schema_url = $String(object.schema_url);
                        return message;
                    };

                    /**
                     * Creates a plain object from a ScopeLogs message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ScopeLogs} message ScopeLogs
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ScopeLogs.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.log_records = [];
                        if (options.defaults) {
                            object.scope = null;
                            object.schema_url = "";
                        }
                        if (message.scope != null && $Object.hasOwnProperty.call(message, "scope"))
                            object.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.toObject(message.scope, options, _depth + 1);
                        if (message.log_records && message.log_records.length) {
                            object.log_records = $Array(message.log_records.length);
                            for (let j = 0; j < message.log_records.length; ++j)
                                object.log_records[j] = $root.opentelemetry.proto.logs.v1.LogRecord.toObject(message.log_records[j], options, _depth + 1);
                        }
                        if (message.schema_url != null && $Object.hasOwnProperty.call(message, "schema_url"))
                            object.schema_url = message.schema_url;
                        return object;
                    };

                    /**
                     * Converts this ScopeLogs to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ScopeLogs.prototype.toJSON = function() {
                        return ScopeLogs.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ScopeLogs
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ScopeLogs.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.logs.v1.ScopeLogs";
                    };

                    return ScopeLogs;
                })();

                v1.LogRecord = (function() {

                    /**
                     * Properties of a LogRecord.
                     * @typedef {Object} opentelemetry.proto.logs.v1.LogRecord.$Properties
                     * @property {number|Long|null} [time_unix_nano] LogRecord time_unix_nano
                     * @property {opentelemetry.proto.logs.v1.SeverityNumber|null} [severity_number] LogRecord severity_number
                     * @property {string|null} [severity_text] LogRecord severity_text
                     * @property {opentelemetry.proto.common.v1.AnyValue.$Properties|null} [body] LogRecord body
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] LogRecord attributes
                     * @property {number|null} [dropped_attributes_count] LogRecord dropped_attributes_count
                     * @property {number|null} [flags] LogRecord flags
                     * @property {Uint8Array|null} [trace_id] LogRecord trace_id
                     * @property {Uint8Array|null} [span_id] LogRecord span_id
                     * @property {number|Long|null} [observed_time_unix_nano] LogRecord observed_time_unix_nano
                     * @property {string|null} [event_name] LogRecord event_name
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a LogRecord.
                     * @memberof opentelemetry.proto.logs.v1
                     * @interface ILogRecord
                     * @augments opentelemetry.proto.logs.v1.LogRecord.$Properties
                     * @deprecated Use opentelemetry.proto.logs.v1.LogRecord.$Properties instead.
                     */

                    /**
                     * Shape of a LogRecord.
                     * @typedef {{
                     *   time_unix_nano?: number|Long|null;
                     *   severity_number?: opentelemetry.proto.logs.v1.SeverityNumber|null;
                     *   severity_text?: string|null;
                     *   body?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                     *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   dropped_attributes_count?: number|null;
                     *   flags?: number|null;
                     *   trace_id?: Uint8Array|null;
                     *   span_id?: Uint8Array|null;
                     *   observed_time_unix_nano?: number|Long|null;
                     *   event_name?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.logs.v1.LogRecord.$Shape
                     */

                    /**
                     * Constructs a new LogRecord.
                     * @memberof opentelemetry.proto.logs.v1
                     * @classdesc Represents a LogRecord.
                     * @constructor
                     * @param {opentelemetry.proto.logs.v1.LogRecord.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const LogRecord = function (properties) {
                        this.attributes = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * LogRecord time_unix_nano.
                     * @member {number|Long} time_unix_nano
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.time_unix_nano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * LogRecord severity_number.
                     * @member {opentelemetry.proto.logs.v1.SeverityNumber} severity_number
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.severity_number = 0;

                    /**
                     * LogRecord severity_text.
                     * @member {string} severity_text
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.severity_text = "";

                    /**
                     * LogRecord body.
                     * @member {opentelemetry.proto.common.v1.AnyValue.$Properties|null|undefined} body
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.body = null;

                    /**
                     * LogRecord attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.attributes = $util.emptyArray;

                    /**
                     * LogRecord dropped_attributes_count.
                     * @member {number} dropped_attributes_count
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.dropped_attributes_count = 0;

                    /**
                     * LogRecord flags.
                     * @member {number} flags
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.flags = 0;

                    /**
                     * LogRecord trace_id.
                     * @member {Uint8Array} trace_id
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.trace_id = $util.newBuffer([]);

                    /**
                     * LogRecord span_id.
                     * @member {Uint8Array} span_id
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.span_id = $util.newBuffer([]);

                    /**
                     * LogRecord observed_time_unix_nano.
                     * @member {number|Long} observed_time_unix_nano
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.observed_time_unix_nano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * LogRecord event_name.
                     * @member {string} event_name
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.event_name = "";

                    /**
                     * Creates a new LogRecord instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {opentelemetry.proto.logs.v1.LogRecord.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.logs.v1.LogRecord} LogRecord instance
                     * @type {{
                     *   (properties: opentelemetry.proto.logs.v1.LogRecord.$Shape): opentelemetry.proto.logs.v1.LogRecord & opentelemetry.proto.logs.v1.LogRecord.$Shape;
                     *   (properties?: opentelemetry.proto.logs.v1.LogRecord.$Properties): opentelemetry.proto.logs.v1.LogRecord;
                     * }}
                     */
                    LogRecord.create = function(properties) {
                        return new LogRecord(properties);
                    };

                    /**
                     * Encodes the specified LogRecord message. Does not implicitly {@link opentelemetry.proto.logs.v1.LogRecord.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {opentelemetry.proto.logs.v1.LogRecord.$Properties} message LogRecord message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    LogRecord.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.time_unix_nano != null && $Object.hasOwnProperty.call(message, "time_unix_nano") && (typeof message.time_unix_nano === "object" ? message.time_unix_nano.low || message.time_unix_nano.high : message.time_unix_nano !== 0))
                            writer.uint32(/* id 1, wireType 1 =*/9).fixed64(message.time_unix_nano);
                        if (message.severity_number != null && $Object.hasOwnProperty.call(message, "severity_number") && message.severity_number !== 0)
                            writer.uint32(/* id 2, wireType 0 =*/16).int32(message.severity_number);
                        if (message.severity_text != null && $Object.hasOwnProperty.call(message, "severity_text") && message.severity_text !== "")
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.severity_text);
                        if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                            $root.opentelemetry.proto.common.v1.AnyValue.encode(message.body, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                        if (message.attributes != null && message.attributes.length)
                            for (let i = 0; i < message.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.attributes[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                        if (message.dropped_attributes_count != null && $Object.hasOwnProperty.call(message, "dropped_attributes_count") && message.dropped_attributes_count !== 0)
                            writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.dropped_attributes_count);
                        if (message.flags != null && $Object.hasOwnProperty.call(message, "flags") && message.flags !== 0)
                            writer.uint32(/* id 8, wireType 5 =*/69).fixed32(message.flags);
                        if (message.trace_id != null && $Object.hasOwnProperty.call(message, "trace_id") && message.trace_id.length)
                            writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.trace_id);
                        if (message.span_id != null && $Object.hasOwnProperty.call(message, "span_id") && message.span_id.length)
                            writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.span_id);
                        if (message.observed_time_unix_nano != null && $Object.hasOwnProperty.call(message, "observed_time_unix_nano") && (typeof message.observed_time_unix_nano === "object" ? message.observed_time_unix_nano.low || message.observed_time_unix_nano.high : message.observed_time_unix_nano !== 0))
                            writer.uint32(/* id 11, wireType 1 =*/89).fixed64(message.observed_time_unix_nano);
                        if (message.event_name != null && $Object.hasOwnProperty.call(message, "event_name") && message.event_name !== "")
                            writer.uint32(/* id 12, wireType 2 =*/98).string(message.event_name);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified LogRecord message, length delimited. Does not implicitly {@link opentelemetry.proto.logs.v1.LogRecord.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {opentelemetry.proto.logs.v1.LogRecord.$Properties} message LogRecord message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    LogRecord.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a LogRecord message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.logs.v1.LogRecord & opentelemetry.proto.logs.v1.LogRecord.$Shape} LogRecord
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    LogRecord.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.opentelemetry.proto.logs.v1.LogRecord();
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
                                    if (wireType !== 1)
                                        break;
                                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                        message.time_unix_nano = value;
                                    else
                                        delete message.time_unix_nano;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.severity_number = value;
                                    else
                                        delete message.severity_number;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.severity_text = value;
                                    else
                                        delete message.severity_text;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    message.body = $root.opentelemetry.proto.common.v1.AnyValue.decode(reader, reader.size(), $undefined, _depth + 1, message.body);
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.attributes && message.attributes.length))
                                        message.attributes = [];
                                    message.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.dropped_attributes_count = value;
                                    else
                                        delete message.dropped_attributes_count;
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 5)
                                        break;
                                    if (value = reader.fixed32())
                                        message.flags = value;
                                    else
                                        delete message.flags;
                                    continue;
                                }
                            case 9: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.bytes()).length)
                                        message.trace_id = value;
                                    else
                                        delete message.trace_id;
                                    continue;
                                }
                            case 10: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.bytes()).length)
                                        message.span_id = value;
                                    else
                                        delete message.span_id;
                                    continue;
                                }
                            case 11: {
                                    if (wireType !== 1)
                                        break;
                                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                        message.observed_time_unix_nano = value;
                                    else
                                        delete message.observed_time_unix_nano;
                                    continue;
                                }
                            case 12: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.event_name = value;
                                    else
                                        delete message.event_name;
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
                     * Decodes a LogRecord message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.logs.v1.LogRecord & opentelemetry.proto.logs.v1.LogRecord.$Shape} LogRecord
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    LogRecord.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a LogRecord message.
                     * @function verify
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    LogRecord.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.time_unix_nano != null && $Object.hasOwnProperty.call(message, "time_unix_nano"))
                            if (!$util.isInteger(message.time_unix_nano) && !(message.time_unix_nano && $util.isInteger(message.time_unix_nano.low) && $util.isInteger(message.time_unix_nano.high)))
                                return "time_unix_nano: integer|Long expected";
                        if (message.severity_number != null && $Object.hasOwnProperty.call(message, "severity_number"))
                            if (typeof message.severity_number !== "number" || (message.severity_number | 0) !== message.severity_number)
                                return "severity_number: enum value expected";
                        if (message.severity_text != null && $Object.hasOwnProperty.call(message, "severity_text"))
                            if (!$util.isString(message.severity_text))
                                return "severity_text: string expected";
                        if (message.body != null && $Object.hasOwnProperty.call(message, "body")) {
                            let error = $root.opentelemetry.proto.common.v1.AnyValue.verify(message.body, _depth + 1);
                            if (error)
                                return "body." + error;
                        }
                        if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                            if (!$Array.isArray(message.attributes))
                                return "attributes: array expected";
                            for (let i = 0; i < message.attributes.length; ++i) {
                                let error = $root.opentelemetry.proto.common.v1.KeyValue.verify(message.attributes[i], _depth + 1);
                                if (error)
                                    return "attributes." + error;
                            }
                        }
                        if (message.dropped_attributes_count != null && $Object.hasOwnProperty.call(message, "dropped_attributes_count"))
                            if (!$util.isInteger(message.dropped_attributes_count))
                                return "dropped_attributes_count: integer expected";
                        if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
                            if (!$util.isInteger(message.flags))
                                return "flags: integer expected";
                        if (message.trace_id != null && $Object.hasOwnProperty.call(message, "trace_id"))
                            if (!(message.trace_id && typeof message.trace_id.length === "number" || $util.isString(message.trace_id)))
                                return "trace_id: buffer expected";
                        if (message.span_id != null && $Object.hasOwnProperty.call(message, "span_id"))
                            if (!(message.span_id && typeof message.span_id.length === "number" || $util.isString(message.span_id)))
                                return "span_id: buffer expected";
                        if (message.observed_time_unix_nano != null && $Object.hasOwnProperty.call(message, "observed_time_unix_nano"))
                            if (!$util.isInteger(message.observed_time_unix_nano) && !(message.observed_time_unix_nano && $util.isInteger(message.observed_time_unix_nano.low) && $util.isInteger(message.observed_time_unix_nano.high)))
                                return "observed_time_unix_nano: integer|Long expected";
                        if (message.event_name != null && $Object.hasOwnProperty.call(message, "event_name"))
                            if (!$util.isString(message.event_name))
                                return "event_name: string expected";
                        return null;
                    };

                    /**
                     * Creates a LogRecord message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.logs.v1.LogRecord} LogRecord
                     */
                    LogRecord.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.logs.v1.LogRecord)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.logs.v1.LogRecord: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.logs.v1.LogRecord();
                        if (object.time_unix_nano != null)
                            if (typeof object.time_unix_nano === "object" ? object.time_unix_nano.low || object.time_unix_nano.high : $Number(object.time_unix_nano) !== 0)
                                if ($util.Long)
                                    message.time_unix_nano = $util.Long.fromValue(object.time_unix_nano, true);
                                else if (typeof object.time_unix_nano === "string")
                                    message.time_unix_nano = $parseInt(object.time_unix_nano, 10);
                                else if (typeof object.time_unix_nano === "number")
                                    message.time_unix_nano = object.time_unix_nano;
                                else if (typeof object.time_unix_nano === "object")
                                    message.time_unix_nano = new $util.LongBits(object.time_unix_nano.low >>> 0, object.time_unix_nano.high >>> 0).toNumber(true);
                        if (object.severity_number !== 0 && (typeof object.severity_number !== "string" || $root.opentelemetry.proto.logs.v1.SeverityNumber[object.severity_number] !== 0))
                            switch (object.severity_number) {
                            case "SEVERITY_NUMBER_UNSPECIFIED":
                            case 0:
                                message.severity_number = 0;
                                break;
                            case "SEVERITY_NUMBER_TRACE":
                            case 1:
                                message.severity_number = 1;
                                break;
                            case "SEVERITY_NUMBER_TRACE2":
                            case 2:
                                message.severity_number = 2;
                                break;
                            case "SEVERITY_NUMBER_TRACE3":
                            case 3:
                                message.severity_number = 3;
                                break;
                            case "SEVERITY_NUMBER_TRACE4":
                            case 4:
                                message.severity_number = 4;
                                break;
                            case "SEVERITY_NUMBER_DEBUG":
                            case 5:
                                message.severity_number = 5;
                                break;
                            case "SEVERITY_NUMBER_DEBUG2":
                            case 6:
                                message.severity_number = 6;
                                break;
                            case "SEVERITY_NUMBER_DEBUG3":
                            case 7:
                                message.severity_number = 7;
                                break;
                            case "SEVERITY_NUMBER_DEBUG4":
                            case 8:
                                message.severity_number = 8;
                                break;
                            case "SEVERITY_NUMBER_INFO":
                            case 9:
                                message.severity_number = 9;
                                break;
                            case "SEVERITY_NUMBER_INFO2":
                            case 10:
                                message.severity_number = 10;
                                break;
                            case "SEVERITY_NUMBER_INFO3":
                            case 11:
                                message.severity_number = 11;
                                break;
                            case "SEVERITY_NUMBER_INFO4":
                            case 12:
                                message.severity_number = 12;
                                break;
                            case "SEVERITY_NUMBER_WARN":
                            case 13:
                                message.severity_number = 13;
                                break;
                            case "SEVERITY_NUMBER_WARN2":
                            case 14:
                                message.severity_number = 14;
                                break;
                            case "SEVERITY_NUMBER_WARN3":
                            case 15:
                                message.severity_number = 15;
                                break;
                            case "SEVERITY_NUMBER_WARN4":
                            case 16:
                                message.severity_number = 16;
                                break;
                            case "SEVERITY_NUMBER_ERROR":
                            case 17:
                                message.severity_number = 17;
                                break;
                            case "SEVERITY_NUMBER_ERROR2":
                            case 18:
                                message.severity_number = 18;
                                break;
                            case "SEVERITY_NUMBER_ERROR3":
                            case 19:
                                message.severity_number = 19;
                                break;
                            case "SEVERITY_NUMBER_ERROR4":
                            case 20:
                                message.severity_number = 20;
                                break;
                            case "SEVERITY_NUMBER_FATAL":
                            case 21:
                                message.severity_number = 21;
                                break;
                            case "SEVERITY_NUMBER_FATAL2":
                            case 22:
                                message.severity_number = 22;
                                break;
                            case "SEVERITY_NUMBER_FATAL3":
                            case 23:
                                message.severity_number = 23;
                                break;
                            case "SEVERITY_NUMBER_FATAL4":
                            case 24:
                                message.severity_number = 24;
                                break;
                            default:
                                if (typeof object.severity_number === "number" && (object.severity_number | 0) === object.severity_number)
                                    message.severity_number = object.severity_number;
                            }
                        if (object.severity_text != null)
                            if (typeof object.severity_text !== "string" || object.severity_text.length)
                                message.severity_text = $String(object.severity_text);
                        if (object.body != null) {
                            if (!$util.isObject(object.body))
                                throw $TypeError(".opentelemetry.proto.logs.v1.LogRecord.body: object expected");
                            message.body = $root.opentelemetry.proto.common.v1.AnyValue.fromObject(object.body, _depth + 1);
                        }
                        if (object.attributes) {
                            if (!$Array.isArray(object.attributes))
                                throw $TypeError(".opentelemetry.proto.logs.v1.LogRecord.attributes: array expected");
                            message.attributes = $Array(object.attributes.length);
                            for (let i = 0; i < object.attributes.length; ++i) {
                                if (!$util.isObject(object.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.logs.v1.LogRecord.attributes: object expected");
                                message.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                            }
                        }
                        if (object.dropped_attributes_count != null)
                            if ($Number(object.dropped_attributes_count) !== 0)
                                message.dropped_attributes_count = object.dropped_attributes_count >>> 0;
                        if (object.flags != null)
                            if ($Number(object.flags) !== 0)
                                message.flags = object.flags >>> 0;
                        if (object.trace_id != null)
                            if (object.trace_id.length)
                                if (typeof object.trace_id === "string")
                                    $util.base64.decode(object.trace_id, message.trace_id = $util.newBuffer($util.base64.length(object.trace_id)), 0);
                                else if (object.trace_id.length >= 0)
                                    message.trace_id = object.trace_id;
                        if (object.span_id != null)
                            if (object.span_id.length)
                                if (typeof object.span_id === "string")
                                    $util.base64.decode(object.span_id, message.span_id = $util.newBuffer($util.base64.length(object.span_id)), 0);
                                else if (object.span_id.length >= 0)
                                    message.span_id = object.span_id;
                        if (object.observed_time_unix_nano != null)
                            if (typeof object.observed_time_unix_nano === "object" ? object.observed_time_unix_nano.low || object.observed_time_unix_nano.high : $Number(object.observed_time_unix_nano) !== 0)
                                if ($util.Long)
                                    message.observed_time_unix_nano = $util.Long.fromValue(object.observed_time_unix_nano, true);
                                else if (typeof object.observed_time_unix_nano === "string")
                                    message.observed_time_unix_nano = $parseInt(object.observed_time_unix_nano, 10);
                                else if (typeof object.observed_time_unix_nano === "number")
                                    message.observed_time_unix_nano = object.observed_time_unix_nano;
                                else if (typeof object.observed_time_unix_nano === "object")
                                    message.observed_time_unix_nano = new $util.LongBits(object.observed_time_unix_nano.low >>> 0, object.observed_time_unix_nano.high >>> 0).toNumber(true);
                        if (object.event_name != null)
                            if (typeof object.event_name !== "string" || object.event_name.length)
                                message.event_name = $String(object.event_name);
                        return message;
                    };

                    /**
                     * Creates a plain object from a LogRecord message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {opentelemetry.proto.logs.v1.LogRecord} message LogRecord
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    LogRecord.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.attributes = [];
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.time_unix_nano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.time_unix_nano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.severity_number = options.enums === $String ? "SEVERITY_NUMBER_UNSPECIFIED" : 0;
                            object.severity_text = "";
                            object.body = null;
                            object.dropped_attributes_count = 0;
                            object.flags = 0;
                            if (options.bytes === $String)
                                object.trace_id = "";
                            else {
                                object.trace_id = [];
                                if (options.bytes !== $Array)
                                    object.trace_id = $util.newBuffer(object.trace_id);
                            }
                            if (options.bytes === $String)
                                object.span_id = "";
                            else {
                                object.span_id = [];
                                if (options.bytes !== $Array)
                                    object.span_id = $util.newBuffer(object.span_id);
                            }
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.observed_time_unix_nano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.observed_time_unix_nano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.event_name = "";
                        }
                        if (message.time_unix_nano != null && $Object.hasOwnProperty.call(message, "time_unix_nano"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.time_unix_nano = typeof message.time_unix_nano === "number" ? $BigInt(message.time_unix_nano) : $util.Long.fromBits(message.time_unix_nano.low >>> 0, message.time_unix_nano.high >>> 0, true).toBigInt();
                            else if (typeof message.time_unix_nano === "number")
                                object.time_unix_nano = options.longs === $String ? $String(message.time_unix_nano) : message.time_unix_nano;
                            else
                                object.time_unix_nano = options.longs === $String ? $util.Long.prototype.toString.call(message.time_unix_nano) : options.longs === $Number ? new $util.LongBits(message.time_unix_nano.low >>> 0, message.time_unix_nano.high >>> 0).toNumber(true) : message.time_unix_nano;
                        if (message.severity_number != null && $Object.hasOwnProperty.call(message, "severity_number"))
                            object.severity_number = options.enums === $String ? $root.opentelemetry.proto.logs.v1.SeverityNumber[message.severity_number] === $undefined ? message.severity_number : $root.opentelemetry.proto.logs.v1.SeverityNumber[message.severity_number] : message.severity_number;
                        if (message.severity_text != null && $Object.hasOwnProperty.call(message, "severity_text"))
                            object.severity_text = message.severity_text;
                        if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                            object.body = $root.opentelemetry.proto.common.v1.AnyValue.toObject(message.body, options, _depth + 1);
                        if (message.attributes && message.attributes.length) {
                            object.attributes = $Array(message.attributes.length);
                            for (let j = 0; j < message.attributes.length; ++j)
                                object.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
                        }
                        if (message.dropped_attributes_count != null && $Object.hasOwnProperty.call(message, "dropped_attributes_count"))
                            object.dropped_attributes_count = message.dropped_attributes_count;
                        if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
                            object.flags = message.flags;
                        if (message.trace_id != null && $Object.hasOwnProperty.call(message, "trace_id"))
                            object.trace_id = options.bytes === $String ? $util.base64.encode(message.trace_id, 0, message.trace_id.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.trace_id) : message.trace_id;
                        if (message.span_id != null && $Object.hasOwnProperty.call(message, "span_id"))
                            object.span_id = options.bytes === $String ? $util.base64.encode(message.span_id, 0, message.span_id.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.span_id) : message.span_id;
                        if (message.observed_time_unix_nano != null && $Object.hasOwnProperty.call(message, "observed_time_unix_nano"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.observed_time_unix_nano = typeof message.observed_time_unix_nano === "number" ? $BigInt(message.observed_time_unix_nano) : $util.Long.fromBits(message.observed_time_unix_nano.low >>> 0, message.observed_time_unix_nano.high >>> 0, true).toBigInt();
                            else if (typeof message.observed_time_unix_nano === "number")
                                object.observed_time_unix_nano = options.longs === $String ? $String(message.observed_time_unix_nano) : message.observed_time_unix_nano;
                            else
                                object.observed_time_unix_nano = options.longs === $String ? $util.Long.prototype.toString.call(message.observed_time_unix_nano) : options.longs === $Number ? new $util.LongBits(message.observed_time_unix_nano.low >>> 0, message.observed_time_unix_nano.high >>> 0).toNumber(true) : message.observed_time_unix_nano;
                        if (message.event_name != null && $Object.hasOwnProperty.call(message, "event_name"))
                            object.event_name = message.event_name;
                        return object;
                    };

                    /**
                     * Converts this LogRecord to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    LogRecord.prototype.toJSON = function() {
                        return LogRecord.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for LogRecord
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    LogRecord.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.logs.v1.LogRecord";
                    };

                    return LogRecord;
                })();

                /**
                 * SeverityNumber enum.
                 * @name opentelemetry.proto.logs.v1.SeverityNumber
                 * @enum {number}
                 * @property {number} SEVERITY_NUMBER_UNSPECIFIED=0 SEVERITY_NUMBER_UNSPECIFIED value
                 * @property {number} SEVERITY_NUMBER_TRACE=1 SEVERITY_NUMBER_TRACE value
                 * @property {number} SEVERITY_NUMBER_TRACE2=2 SEVERITY_NUMBER_TRACE2 value
                 * @property {number} SEVERITY_NUMBER_TRACE3=3 SEVERITY_NUMBER_TRACE3 value
                 * @property {number} SEVERITY_NUMBER_TRACE4=4 SEVERITY_NUMBER_TRACE4 value
                 * @property {number} SEVERITY_NUMBER_DEBUG=5 SEVERITY_NUMBER_DEBUG value
                 * @property {number} SEVERITY_NUMBER_DEBUG2=6 SEVERITY_NUMBER_DEBUG2 value
                 * @property {number} SEVERITY_NUMBER_DEBUG3=7 SEVERITY_NUMBER_DEBUG3 value
                 * @property {number} SEVERITY_NUMBER_DEBUG4=8 SEVERITY_NUMBER_DEBUG4 value
                 * @property {number} SEVERITY_NUMBER_INFO=9 SEVERITY_NUMBER_INFO value
                 * @property {number} SEVERITY_NUMBER_INFO2=10 SEVERITY_NUMBER_INFO2 value
                 * @property {number} SEVERITY_NUMBER_INFO3=11 SEVERITY_NUMBER_INFO3 value
                 * @property {number} SEVERITY_NUMBER_INFO4=12 SEVERITY_NUMBER_INFO4 value
                 * @property {number} SEVERITY_NUMBER_WARN=13 SEVERITY_NUMBER_WARN value
                 * @property {number} SEVERITY_NUMBER_WARN2=14 SEVERITY_NUMBER_WARN2 value
                 * @property {number} SEVERITY_NUMBER_WARN3=15 SEVERITY_NUMBER_WARN3 value
                 * @property {number} SEVERITY_NUMBER_WARN4=16 SEVERITY_NUMBER_WARN4 value
                 * @property {number} SEVERITY_NUMBER_ERROR=17 SEVERITY_NUMBER_ERROR value
                 * @property {number} SEVERITY_NUMBER_ERROR2=18 SEVERITY_NUMBER_ERROR2 value
                 * @property {number} SEVERITY_NUMBER_ERROR3=19 SEVERITY_NUMBER_ERROR3 value
                 * @property {number} SEVERITY_NUMBER_ERROR4=20 SEVERITY_NUMBER_ERROR4 value
                 * @property {number} SEVERITY_NUMBER_FATAL=21 SEVERITY_NUMBER_FATAL value
                 * @property {number} SEVERITY_NUMBER_FATAL2=22 SEVERITY_NUMBER_FATAL2 value
                 * @property {number} SEVERITY_NUMBER_FATAL3=23 SEVERITY_NUMBER_FATAL3 value
                 * @property {number} SEVERITY_NUMBER_FATAL4=24 SEVERITY_NUMBER_FATAL4 value
                 */
                v1.SeverityNumber = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "SEVERITY_NUMBER_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "SEVERITY_NUMBER_TRACE"] = 1;
                    values[valuesById[2] = "SEVERITY_NUMBER_TRACE2"] = 2;
                    values[valuesById[3] = "SEVERITY_NUMBER_TRACE3"] = 3;
                    values[valuesById[4] = "SEVERITY_NUMBER_TRACE4"] = 4;
                    values[valuesById[5] = "SEVERITY_NUMBER_DEBUG"] = 5;
                    values[valuesById[6] = "SEVERITY_NUMBER_DEBUG2"] = 6;
                    values[valuesById[7] = "SEVERITY_NUMBER_DEBUG3"] = 7;
                    values[valuesById[8] = "SEVERITY_NUMBER_DEBUG4"] = 8;
                    values[valuesById[9] = "SEVERITY_NUMBER_INFO"] = 9;
                    values[valuesById[10] = "SEVERITY_NUMBER_INFO2"] = 10;
                    values[valuesById[11] = "SEVERITY_NUMBER_INFO3"] = 11;
                    values[valuesById[12] = "SEVERITY_NUMBER_INFO4"] = 12;
                    values[valuesById[13] = "SEVERITY_NUMBER_WARN"] = 13;
                    values[valuesById[14] = "SEVERITY_NUMBER_WARN2"] = 14;
                    values[valuesById[15] = "SEVERITY_NUMBER_WARN3"] = 15;
                    values[valuesById[16] = "SEVERITY_NUMBER_WARN4"] = 16;
                    values[valuesById[17] = "SEVERITY_NUMBER_ERROR"] = 17;
                    values[valuesById[18] = "SEVERITY_NUMBER_ERROR2"] = 18;
                    values[valuesById[19] = "SEVERITY_NUMBER_ERROR3"] = 19;
                    values[valuesById[20] = "SEVERITY_NUMBER_ERROR4"] = 20;
                    values[valuesById[21] = "SEVERITY_NUMBER_FATAL"] = 21;
                    values[valuesById[22] = "SEVERITY_NUMBER_FATAL2"] = 22;
                    values[valuesById[23] = "SEVERITY_NUMBER_FATAL3"] = 23;
                    values[valuesById[24] = "SEVERITY_NUMBER_FATAL4"] = 24;
                    return values;
                })();

                return v1;
            })();

            return logs;
        })();

        proto.common = (function() {

            /**
             * Namespace common.
             * @memberof opentelemetry.proto
             * @namespace
             */
            const common = {};

            common.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.common
                 * @namespace
                 */
                const v1 = {};

                v1.AnyValue = (function() {

                    /**
                     * Properties of an AnyValue.
                     * @typedef {Object} opentelemetry.proto.common.v1.AnyValue.$Properties
                     * @property {string|null} [string_value] AnyValue string_value
                     * @property {boolean|null} [bool_value] AnyValue bool_value
                     * @property {number|Long|null} [int_value] AnyValue int_value
                     * @property {number|null} [double_value] AnyValue double_value
                     * @property {opentelemetry.proto.common.v1.ArrayValue.$Properties|null} [array_value] AnyValue array_value
                     * @property {opentelemetry.proto.common.v1.KeyValueList.$Properties|null} [kvlist_value] AnyValue kvlist_value
                     * @property {Uint8Array|null} [bytes_value] AnyValue bytes_value
                     * @property {"string_value"|"bool_value"|"int_value"|"double_value"|"array_value"|"kvlist_value"|"bytes_value"} [value] AnyValue value
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an AnyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IAnyValue
                     * @augments opentelemetry.proto.common.v1.AnyValue.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.AnyValue.$Properties instead.
                     */

                    /**
                     * Narrowed shape of an AnyValue.
                     * @typedef {{
                     *   string_value?: string|null;
                     *   bool_value?: boolean|null;
                     *   int_value?: number|Long|null;
                     *   double_value?: number|null;
                     *   array_value?: opentelemetry.proto.common.v1.ArrayValue.$Shape|null;
                     *   kvlist_value?: opentelemetry.proto.common.v1.KeyValueList.$Shape|null;
                     *   bytes_value?: Uint8Array|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ value?: undefined; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "string_value"; string_value: string; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "bool_value"; string_value?: null; bool_value: boolean; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "int_value"; string_value?: null; bool_value?: null; int_value: number|Long; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "double_value"; string_value?: null; bool_value?: null; int_value?: null; double_value: number; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "array_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value: opentelemetry.proto.common.v1.ArrayValue.$Shape; kvlist_value?: null; bytes_value?: null }|{ value?: "kvlist_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value: opentelemetry.proto.common.v1.KeyValueList.$Shape; bytes_value?: null }|{ value?: "bytes_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value: Uint8Array })
                     * )} opentelemetry.proto.common.v1.AnyValue.$Shape
                     */

                    /**
                     * Constructs a new AnyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an AnyValue.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.AnyValue.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const AnyValue = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * AnyValue string_value.
                     * @member {string|null|undefined} string_value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.string_value = null;

                    /**
                     * AnyValue bool_value.
                     * @member {boolean|null|undefined} bool_value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.bool_value = null;

                    /**
                     * AnyValue int_value.
                     * @member {number|Long|null|undefined} int_value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.int_value = null;

                    /**
                     * AnyValue double_value.
                     * @member {number|null|undefined} double_value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.double_value = null;

                    /**
                     * AnyValue array_value.
                     * @member {opentelemetry.proto.common.v1.ArrayValue.$Properties|null|undefined} array_value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.array_value = null;

                    /**
                     * AnyValue kvlist_value.
                     * @member {opentelemetry.proto.common.v1.KeyValueList.$Properties|null|undefined} kvlist_value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.kvlist_value = null;

                    /**
                     * AnyValue bytes_value.
                     * @member {Uint8Array|null|undefined} bytes_value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.bytes_value = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    /**
                     * AnyValue value.
                     * @member {"string_value"|"bool_value"|"int_value"|"double_value"|"array_value"|"kvlist_value"|"bytes_value"|undefined} value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    $Object.defineProperty(AnyValue.prototype, "value", {
                        get: $util.oneOfGetter($oneOfFields = ["string_value", "bool_value", "int_value", "double_value", "array_value", "kvlist_value", "bytes_value"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new AnyValue instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.AnyValue.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.AnyValue} AnyValue instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.AnyValue.$Shape): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.AnyValue.$Properties): opentelemetry.proto.common.v1.AnyValue;
                     * }}
                     */
                    AnyValue.create = function(properties) {
                        return new AnyValue(properties);
                    };

                    /**
                     * Encodes the specified AnyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.AnyValue.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.AnyValue.$Properties} message AnyValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    AnyValue.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.string_value != null && $Object.hasOwnProperty.call(message, "string_value"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.string_value);
                        if (message.bool_value != null && $Object.hasOwnProperty.call(message, "bool_value"))
                            writer.uint32(/* id 2, wireType 0 =*/16).bool(message.bool_value);
                        if (message.int_value != null && $Object.hasOwnProperty.call(message, "int_value"))
                            writer.uint32(/* id 3, wireType 0 =*/24).int64(message.int_value);
                        if (message.double_value != null && $Object.hasOwnProperty.call(message, "double_value"))
                            writer.uint32(/* id 4, wireType 1 =*/33).double(message.double_value);
                        if (message.array_value != null && $Object.hasOwnProperty.call(message, "array_value"))
                            $root.opentelemetry.proto.common.v1.ArrayValue.encode(message.array_value, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                        if (message.kvlist_value != null && $Object.hasOwnProperty.call(message, "kvlist_value"))
                            $root.opentelemetry.proto.common.v1.KeyValueList.encode(message.kvlist_value, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                        if (message.bytes_value != null && $Object.hasOwnProperty.call(message, "bytes_value"))
                            writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.bytes_value);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified AnyValue message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.AnyValue.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.AnyValue.$Properties} message AnyValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    AnyValue.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes an AnyValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape} AnyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    AnyValue.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.opentelemetry.proto.common.v1.AnyValue();
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
                                    message.bool_value = reader.bool();
                                    message.value = "bool_value";
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    message.int_value = reader.int64();
                                    message.value = "int_value";
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 1)
                                        break;
                                    message.double_value = reader.double();
                                    message.value = "double_value";
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    message.array_value = $root.opentelemetry.proto.common.v1.ArrayValue.decode(reader, reader.size(), $undefined, _depth + 1, message.array_value);
                                    message.value = "array_value";
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    message.kvlist_value = $root.opentelemetry.proto.common.v1.KeyValueList.decode(reader, reader.size(), $undefined, _depth + 1, message.kvlist_value);
                                    message.value = "kvlist_value";
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    message.bytes_value = reader.bytes();
                                    message.value = "bytes_value";
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
                     * Decodes an AnyValue message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape} AnyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    AnyValue.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies an AnyValue message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    AnyValue.verify = function (message, _depth) {
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
                        if (message.bool_value != null && $Object.hasOwnProperty.call(message, "bool_value")) {
                            if (properties.value === 1)
                                return "value: multiple values";
                            properties.value = 1;
                            if (typeof message.bool_value !== "boolean")
                                return "bool_value: boolean expected";
                        }
                        if (message.int_value != null && $Object.hasOwnProperty.call(message, "int_value")) {
                            if (properties.value === 1)
                                return "value: multiple values";
                            properties.value = 1;
                            if (!$util.isInteger(message.int_value) && !(message.int_value && $util.isInteger(message.int_value.low) && $util.isInteger(message.int_value.high)))
                                return "int_value: integer|Long expected";
                        }
                        if (message.double_value != null && $Object.hasOwnProperty.call(message, "double_value")) {
                            if (properties.value === 1)
                                return "value: multiple values";
                            properties.value = 1;
                            if (typeof message.double_value !== "number")
                                return "double_value: number expected";
                        }
                        if (message.array_value != null && $Object.hasOwnProperty.call(message, "array_value")) {
                            if (properties.value === 1)
                                return "value: multiple values";
                            properties.value = 1;
                            {
                                let error = $root.opentelemetry.proto.common.v1.ArrayValue.verify(message.array_value, _depth + 1);
                                if (error)
                                    return "array_value." + error;
                            }
                        }
                        if (message.kvlist_value != null && $Object.hasOwnProperty.call(message, "kvlist_value")) {
                            if (properties.value === 1)
                                return "value: multiple values";
                            properties.value = 1;
                            {
                                let error = $root.opentelemetry.proto.common.v1.KeyValueList.verify(message.kvlist_value, _depth + 1);
                                if (error)
                                    return "kvlist_value." + error;
                            }
                        }
                        if (message.bytes_value != null && $Object.hasOwnProperty.call(message, "bytes_value")) {
                            if (properties.value === 1)
                                return "value: multiple values";
                            properties.value = 1;
                            if (!(message.bytes_value && typeof message.bytes_value.length === "number" || $util.isString(message.bytes_value)))
                                return "bytes_value: buffer expected";
                        }
                        return null;
                    };

                    /**
                     * Creates an AnyValue message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.common.v1.AnyValue} AnyValue
                     */
                    AnyValue.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.AnyValue)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.common.v1.AnyValue: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.AnyValue();
                        if (object.string_value != null)
                            message.string_value = $String(object.string_value);
                        if (object.bool_value != null)
                            message.bool_value = $Boolean(object.bool_value);
                        if (object.int_value != null)
                            if ($util.Long)
                                message.int_value = $util.Long.fromValue(object.int_value, false);
                            else if (typeof object.int_value === "string")
                                message.int_value = $parseInt(object.int_value, 10);
                            else if (typeof object.int_value === "number")
                                message.int_value = object.int_value;
                            else if (typeof object.int_value === "object")
                                message.int_value = new $util.LongBits(object.int_value.low >>> 0, object.int_value.high >>> 0).toNumber();
                        if (object.double_value != null)
                            message.double_value = $Number(object.double_value);
                        if (object.array_value != null) {
                            if (!$util.isObject(object.array_value))
                                throw $TypeError(".opentelemetry.proto.common.v1.AnyValue.array_value: object expected");
                            message.array_value = $root.opentelemetry.proto.common.v1.ArrayValue.fromObject(object.array_value, _depth + 1);
                        }
                        if (object.kvlist_value != null) {
                            if (!$util.isObject(object.kvlist_value))
                                throw $TypeError(".opentelemetry.proto.common.v1.AnyValue.kvlist_value: object expected");
                            message.kvlist_value = $root.opentelemetry.proto.common.v1.KeyValueList.fromObject(object.kvlist_value, _depth + 1);
                        }
                        if (object.bytes_value != null)
                            if (typeof object.bytes_value === "string")
                                $util.base64.decode(object.bytes_value, message.bytes_value = $util.newBuffer($util.base64.length(object.bytes_value)), 0);
                            else if (object.bytes_value.length >= 0)
                                message.bytes_value = object.bytes_value;
                        return message;
                    };

                    /**
                     * Creates a plain object from an AnyValue message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.AnyValue} message AnyValue
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    AnyValue.toObject = function (message, options, _depth) {
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
                        if (message.bool_value != null && $Object.hasOwnProperty.call(message, "bool_value")) {
                            object.bool_value = message.bool_value;
                            if (options.oneofs)
                                object.value = "bool_value";
                        }
                        if (message.int_value != null && $Object.hasOwnProperty.call(message, "int_value")) {
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.int_value = typeof message.int_value === "number" ? $BigInt(message.int_value) : $util.Long.fromBits(message.int_value.low >>> 0, message.int_value.high >>> 0, false).toBigInt();
                            else if (typeof message.int_value === "number")
                                object.int_value = options.longs === $String ? $String(message.int_value) : message.int_value;
                            else
                                object.int_value = options.longs === $String ? $util.Long.prototype.toString.call(message.int_value) : options.longs === $Number ? new $util.LongBits(message.int_value.low >>> 0, message.int_value.high >>> 0).toNumber() : message.int_value;
                            if (options.oneofs)
                                object.value = "int_value";
                        }
                        if (message.double_value != null && $Object.hasOwnProperty.call(message, "double_value")) {
                            object.double_value = options.json && !$isFinite(message.double_value) ? $String(message.double_value) : message.double_value;
                            if (options.oneofs)
                                object.value = "double_value";
                        }
                        if (message.array_value != null && $Object.hasOwnProperty.call(message, "array_value")) {
                            object.array_value = $root.opentelemetry.proto.common.v1.ArrayValue.toObject(message.array_value, options, _depth + 1);
                            if (options.oneofs)
                                object.value = "array_value";
                        }
                        if (message.kvlist_value != null && $Object.hasOwnProperty.call(message, "kvlist_value")) {
                            object.kvlist_value = $root.opentelemetry.proto.common.v1.KeyValueList.toObject(message.kvlist_value, options, _depth + 1);
                            if (options.oneofs)
                                object.value = "kvlist_value";
                        }
                        if (message.bytes_value != null && $Object.hasOwnProperty.call(message, "bytes_value")) {
                            object.bytes_value = options.bytes === $String ? $util.base64.encode(message.bytes_value, 0, message.bytes_value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.bytes_value) : message.bytes_value;
                            if (options.oneofs)
                                object.value = "bytes_value";
                        }
                        return object;
                    };

                    /**
                     * Converts this AnyValue to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    AnyValue.prototype.toJSON = function() {
                        return AnyValue.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for AnyValue
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    AnyValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.AnyValue";
                    };

                    return AnyValue;
                })();

                v1.ArrayValue = (function() {

                    /**
                     * Properties of an ArrayValue.
                     * @typedef {Object} opentelemetry.proto.common.v1.ArrayValue.$Properties
                     * @property {Array.<opentelemetry.proto.common.v1.AnyValue.$Properties>|null} [values] ArrayValue values
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ArrayValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IArrayValue
                     * @augments opentelemetry.proto.common.v1.ArrayValue.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.ArrayValue.$Properties instead.
                     */

                    /**
                     * Shape of an ArrayValue.
                     * @typedef {{
                     *   values?: Array.<opentelemetry.proto.common.v1.AnyValue.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.ArrayValue.$Shape
                     */

                    /**
                     * Constructs a new ArrayValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an ArrayValue.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.ArrayValue.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ArrayValue = function (properties) {
                        this.values = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ArrayValue values.
                     * @member {Array.<opentelemetry.proto.common.v1.AnyValue.$Properties>} values
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @instance
                     */
                    ArrayValue.prototype.values = $util.emptyArray;

                    /**
                     * Creates a new ArrayValue instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.ArrayValue.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.ArrayValue} ArrayValue instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.ArrayValue.$Shape): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.ArrayValue.$Properties): opentelemetry.proto.common.v1.ArrayValue;
                     * }}
                     */
                    ArrayValue.create = function(properties) {
                        return new ArrayValue(properties);
                    };

                    /**
                     * Encodes the specified ArrayValue message. Does not implicitly {@link opentelemetry.proto.common.v1.ArrayValue.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.ArrayValue.$Properties} message ArrayValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ArrayValue.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.values != null && message.values.length)
                            for (let i = 0; i < message.values.length; ++i)
                                $root.opentelemetry.proto.common.v1.AnyValue.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified ArrayValue message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.ArrayValue.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.ArrayValue.$Properties} message ArrayValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ArrayValue.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes an ArrayValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape} ArrayValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ArrayValue.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.opentelemetry.proto.common.v1.ArrayValue();
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
                                    if (!(message.values && message.values.length))
                                        message.values = [];
                                    message.values.push($root.opentelemetry.proto.common.v1.AnyValue.decode(reader, reader.size(), $undefined, _depth + 1));
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
                     * Decodes an ArrayValue message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape} ArrayValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ArrayValue.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies an ArrayValue message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ArrayValue.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.values != null && $Object.hasOwnProperty.call(message, "values")) {
                            if (!$Array.isArray(message.values))
                                return "values: array expected";
                            for (let i = 0; i < message.values.length; ++i) {
                                let error = $root.opentelemetry.proto.common.v1.AnyValue.verify(message.values[i], _depth + 1);
                                if (error)
                                    return "values." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates an ArrayValue message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.common.v1.ArrayValue} ArrayValue
                     */
                    ArrayValue.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.ArrayValue)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.common.v1.ArrayValue: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.ArrayValue();
                        if (object.values) {
                            if (!$Array.isArray(object.values))
                                throw $TypeError(".opentelemetry.proto.common.v1.ArrayValue.values: array expected");
                            message.values = $Array(object.values.length);
                            for (let i = 0; i < object.values.length; ++i) {
                                if (!$util.isObject(object.values[i]))
                                    throw $TypeError(".opentelemetry.proto.common.v1.ArrayValue.values: object expected");
                                message.values[i] = $root.opentelemetry.proto.common.v1.AnyValue.fromObject(object.values[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from an ArrayValue message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.ArrayValue} message ArrayValue
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ArrayValue.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.values = [];
                        if (message.values && message.values.length) {
                            object.values = $Array(message.values.length);
                            for (let j = 0; j < message.values.length; ++j)
                                object.values[j] = $root.opentelemetry.proto.common.v1.AnyValue.toObject(message.values[j], options, _depth + 1);
                        }
                        return object;
                    };

                    /**
                     * Converts this ArrayValue to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ArrayValue.prototype.toJSON = function() {
                        return ArrayValue.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ArrayValue
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ArrayValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.ArrayValue";
                    };

                    return ArrayValue;
                })();

                v1.KeyValueList = (function() {

                    /**
                     * Properties of a KeyValueList.
                     * @typedef {Object} opentelemetry.proto.common.v1.KeyValueList.$Properties
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [values] KeyValueList values
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a KeyValueList.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IKeyValueList
                     * @augments opentelemetry.proto.common.v1.KeyValueList.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.KeyValueList.$Properties instead.
                     */

                    /**
                     * Shape of a KeyValueList.
                     * @typedef {{
                     *   values?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.KeyValueList.$Shape
                     */

                    /**
                     * Constructs a new KeyValueList.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents a KeyValueList.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.KeyValueList.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const KeyValueList = function (properties) {
                        this.values = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * KeyValueList values.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} values
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @instance
                     */
                    KeyValueList.prototype.values = $util.emptyArray;

                    /**
                     * Creates a new KeyValueList instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValueList.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.KeyValueList} KeyValueList instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.KeyValueList.$Shape): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.KeyValueList.$Properties): opentelemetry.proto.common.v1.KeyValueList;
                     * }}
                     */
                    KeyValueList.create = function(properties) {
                        return new KeyValueList(properties);
                    };

                    /**
                     * Encodes the specified KeyValueList message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValueList.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValueList.$Properties} message KeyValueList message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValueList.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.values != null && message.values.length)
                            for (let i = 0; i < message.values.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified KeyValueList message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValueList.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValueList.$Properties} message KeyValueList message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValueList.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a KeyValueList message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape} KeyValueList
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValueList.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.opentelemetry.proto.common.v1.KeyValueList();
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
                                    if (!(message.values && message.values.length))
                                        message.values = [];
                                    message.values.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
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
                     * Decodes a KeyValueList message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape} KeyValueList
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValueList.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a KeyValueList message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    KeyValueList.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.values != null && $Object.hasOwnProperty.call(message, "values")) {
                            if (!$Array.isArray(message.values))
                                return "values: array expected";
                            for (let i = 0; i < message.values.length; ++i) {
                                let error = $root.opentelemetry.proto.common.v1.KeyValue.verify(message.values[i], _depth + 1);
                                if (error)
                                    return "values." + error;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a KeyValueList message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.common.v1.KeyValueList} KeyValueList
                     */
                    KeyValueList.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.KeyValueList)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.common.v1.KeyValueList: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.KeyValueList();
                        if (object.values) {
                            if (!$Array.isArray(object.values))
                                throw $TypeError(".opentelemetry.proto.common.v1.KeyValueList.values: array expected");
                            message.values = $Array(object.values.length);
                            for (let i = 0; i < object.values.length; ++i) {
                                if (!$util.isObject(object.values[i]))
                                    throw $TypeError(".opentelemetry.proto.common.v1.KeyValueList.values: object expected");
                                message.values[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.values[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a KeyValueList message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValueList} message KeyValueList
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    KeyValueList.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.values = [];
                        if (message.values && message.values.length) {
                            object.values = $Array(message.values.length);
                            for (let j = 0; j < message.values.length; ++j)
                                object.values[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.values[j], options, _depth + 1);
                        }
                        return object;
                    };

                    /**
                     * Converts this KeyValueList to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    KeyValueList.prototype.toJSON = function() {
                        return KeyValueList.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for KeyValueList
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    KeyValueList.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.KeyValueList";
                    };

                    return KeyValueList;
                })();

                v1.KeyValue = (function() {

                    /**
                     * Properties of a KeyValue.
                     * @typedef {Object} opentelemetry.proto.common.v1.KeyValue.$Properties
                     * @property {string|null} [key] KeyValue key
                     * @property {opentelemetry.proto.common.v1.AnyValue.$Properties|null} [value] KeyValue value
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a KeyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IKeyValue
                     * @augments opentelemetry.proto.common.v1.KeyValue.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.KeyValue.$Properties instead.
                     */

                    /**
                     * Shape of a KeyValue.
                     * @typedef {{
                     *   key?: string|null;
                     *   value?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.KeyValue.$Shape
                     */

                    /**
                     * Constructs a new KeyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents a KeyValue.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.KeyValue.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const KeyValue = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * KeyValue key.
                     * @member {string} key
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @instance
                     */
                    KeyValue.prototype.key = "";

                    /**
                     * KeyValue value.
                     * @member {opentelemetry.proto.common.v1.AnyValue.$Properties|null|undefined} value
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @instance
                     */
                    KeyValue.prototype.value = null;

                    /**
                     * Creates a new KeyValue instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValue.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.KeyValue} KeyValue instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.KeyValue.$Shape): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.KeyValue.$Properties): opentelemetry.proto.common.v1.KeyValue;
                     * }}
                     */
                    KeyValue.create = function(properties) {
                        return new KeyValue(properties);
                    };

                    /**
                     * Encodes the specified KeyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValue.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValue.$Properties} message KeyValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValue.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                            $root.opentelemetry.proto.common.v1.AnyValue.encode(message.value, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified KeyValue message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValue.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValue.$Properties} message KeyValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValue.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a KeyValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape} KeyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValue.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.opentelemetry.proto.common.v1.KeyValue();
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
                                        message.key = value;
                                    else
                                        delete message.key;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.value = $root.opentelemetry.proto.common.v1.AnyValue.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
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
                     * Decodes a KeyValue message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape} KeyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValue.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a KeyValue message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    KeyValue.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                            if (!$util.isString(message.key))
                                return "key: string expected";
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                            let error = $root.opentelemetry.proto.common.v1.AnyValue.verify(message.value, _depth + 1);
                            if (error)
                                return "value." + error;
                        }
                        return null;
                    };

                    /**
                     * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.common.v1.KeyValue} KeyValue
                     */
                    KeyValue.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.KeyValue)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.common.v1.KeyValue: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.KeyValue();
                        if (object.key != null)
                            if (typeof object.key !== "string" || object.key.length)
                                message.key = $String(object.key);
                        if (object.value != null) {
                            if (!$util.isObject(object.value))
                                throw $TypeError(".opentelemetry.proto.common.v1.KeyValue.value: object expected");
                            message.value = $root.opentelemetry.proto.common.v1.AnyValue.fromObject(object.value, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValue} message KeyValue
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    KeyValue.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.key = "";
                            object.value = null;
                        }
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                            object.key = message.key;
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                            object.value = $root.opentelemetry.proto.common.v1.AnyValue.toObject(message.value, options, _depth + 1);
                        return object;
                    };

                    /**
                     * Converts this KeyValue to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    KeyValue.prototype.toJSON = function() {
                        return KeyValue.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for KeyValue
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    KeyValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.KeyValue";
                    };

                    return KeyValue;
                })();

                v1.InstrumentationScope = (function() {

                    /**
                     * Properties of an InstrumentationScope.
                     * @typedef {Object} opentelemetry.proto.common.v1.InstrumentationScope.$Properties
                     * @property {string|null} [name] InstrumentationScope name
                     * @property {string|null} [version] InstrumentationScope version
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] InstrumentationScope attributes
                     * @property {number|null} [dropped_attributes_count] InstrumentationScope dropped_attributes_count
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an InstrumentationScope.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IInstrumentationScope
                     * @augments opentelemetry.proto.common.v1.InstrumentationScope.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.InstrumentationScope.$Properties instead.
                     */

                    /**
                     * Shape of an InstrumentationScope.
                     * @typedef {{
                     *   name?: string|null;
                     *   version?: string|null;
                     *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   dropped_attributes_count?: number|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.InstrumentationScope.$Shape
                     */

                    /**
                     * Constructs a new InstrumentationScope.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an InstrumentationScope.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const InstrumentationScope = function (properties) {
                        this.attributes = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * InstrumentationScope name.
                     * @member {string} name
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.name = "";

                    /**
                     * InstrumentationScope version.
                     * @member {string} version
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.version = "";

                    /**
                     * InstrumentationScope attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.attributes = $util.emptyArray;

                    /**
                     * InstrumentationScope dropped_attributes_count.
                     * @member {number} dropped_attributes_count
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.dropped_attributes_count = 0;

                    /**
                     * Creates a new InstrumentationScope instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope} InstrumentationScope instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.InstrumentationScope.$Shape): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties): opentelemetry.proto.common.v1.InstrumentationScope;
                     * }}
                     */
                    InstrumentationScope.create = function(properties) {
                        return new InstrumentationScope(properties);
                    };

                    /**
                     * Encodes the specified InstrumentationScope message. Does not implicitly {@link opentelemetry.proto.common.v1.InstrumentationScope.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope.$Properties} message InstrumentationScope message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    InstrumentationScope.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                        if (message.attributes != null && message.attributes.length)
                            for (let i = 0; i < message.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.attributes[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                        if (message.dropped_attributes_count != null && $Object.hasOwnProperty.call(message, "dropped_attributes_count") && message.dropped_attributes_count !== 0)
                            writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.dropped_attributes_count);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified InstrumentationScope message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.InstrumentationScope.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope.$Properties} message InstrumentationScope message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    InstrumentationScope.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes an InstrumentationScope message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape} InstrumentationScope
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    InstrumentationScope.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.opentelemetry.proto.common.v1.InstrumentationScope();
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
                                        message.name = value;
                                    else
                                        delete message.name;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.version = value;
                                    else
                                        delete message.version;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.attributes && message.attributes.length))
                                        message.attributes = [];
                                    message.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.dropped_attributes_count = value;
                                    else
                                        delete message.dropped_attributes_count;
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
                     * Decodes an InstrumentationScope message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape} InstrumentationScope
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    InstrumentationScope.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies an InstrumentationScope message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    InstrumentationScope.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            if (!$util.isString(message.name))
                                return "name: string expected";
                        if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                            if (!$util.isString(message.version))
                                return "version: string expected";
                        if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                            if (!$Array.isArray(message.attributes))
                                return "attributes: array expected";
                            for (let i = 0; i < message.attributes.length; ++i) {
                                let error = $root.opentelemetry.proto.common.v1.KeyValue.verify(message.attributes[i], _depth + 1);
                                if (error)
                                    return "attributes." + error;
                            }
                        }
                        if (message.dropped_attributes_count != null && $Object.hasOwnProperty.call(message, "dropped_attributes_count"))
                            if (!$util.isInteger(message.dropped_attributes_count))
                                return "dropped_attributes_count: integer expected";
                        return null;
                    };

                    /**
                     * Creates an InstrumentationScope message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope} InstrumentationScope
                     */
                    InstrumentationScope.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.InstrumentationScope)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.common.v1.InstrumentationScope: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.InstrumentationScope();
                        if (object.name != null)
                            if (typeof object.name !== "string" || object.name.length)
                                message.name = $String(object.name);
                        if (object.version != null)
                            if (typeof object.version !== "string" || object.version.length)
                                message.version = $String(object.version);
                        if (object.attributes) {
                            if (!$Array.isArray(object.attributes))
                                throw $TypeError(".opentelemetry.proto.common.v1.InstrumentationScope.attributes: array expected");
                            message.attributes = $Array(object.attributes.length);
                            for (let i = 0; i < object.attributes.length; ++i) {
                                if (!$util.isObject(object.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.common.v1.InstrumentationScope.attributes: object expected");
                                message.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                            }
                        }
                        if (object.dropped_attributes_count != null)
                            if ($Number(object.dropped_attributes_count) !== 0)
                                message.dropped_attributes_count = object.dropped_attributes_count >>> 0;
                        return message;
                    };

                    /**
                     * Creates a plain object from an InstrumentationScope message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope} message InstrumentationScope
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    InstrumentationScope.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.attributes = [];
                        if (options.defaults) {
                            object.name = "";
                            object.version = "";
                            object.dropped_attributes_count = 0;
                        }
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            object.name = message.name;
                        if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                            object.version = message.version;
                        if (message.attributes && message.attributes.length) {
                            object.attributes = $Array(message.attributes.length);
                            for (let j = 0; j < message.attributes.length; ++j)
                                object.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
                        }
                        if (message.dropped_attributes_count != null && $Object.hasOwnProperty.call(message, "dropped_attributes_count"))
                            object.dropped_attributes_count = message.dropped_attributes_count;
                        return object;
                    };

                    /**
                     * Converts this InstrumentationScope to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    InstrumentationScope.prototype.toJSON = function() {
                        return InstrumentationScope.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for InstrumentationScope
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    InstrumentationScope.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.InstrumentationScope";
                    };

                    return InstrumentationScope;
                })();

                return v1;
            })();

            return common;
        })();

        proto.resource = (function() {

            /**
             * Namespace resource.
             * @memberof opentelemetry.proto
             * @namespace
             */
            const resource = {};

            resource.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.resource
                 * @namespace
                 */
                const v1 = {};

                v1.Resource = (function() {

                    /**
                     * Properties of a Resource.
                     * @typedef {Object} opentelemetry.proto.resource.v1.Resource.$Properties
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] Resource attributes
                     * @property {number|null} [dropped_attributes_count] Resource dropped_attributes_count
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Resource.
                     * @memberof opentelemetry.proto.resource.v1
                     * @interface IResource
                     * @augments opentelemetry.proto.resource.v1.Resource.$Properties
                     * @deprecated Use opentelemetry.proto.resource.v1.Resource.$Properties instead.
                     */

                    /**
                     * Shape of a Resource.
                     * @typedef {{
                     *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   dropped_attributes_count?: number|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.resource.v1.Resource.$Shape
                     */

                    /**
                     * Constructs a new Resource.
                     * @memberof opentelemetry.proto.resource.v1
                     * @classdesc Represents a Resource.
                     * @constructor
                     * @param {opentelemetry.proto.resource.v1.Resource.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Resource = function (properties) {
                        this.attributes = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Resource attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     */
                    Resource.prototype.attributes = $util.emptyArray;

                    /**
                     * Resource dropped_attributes_count.
                     * @member {number} dropped_attributes_count
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     */
                    Resource.prototype.dropped_attributes_count = 0;

                    /**
                     * Creates a new Resource instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.Resource.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.resource.v1.Resource} Resource instance
                     * @type {{
                     *   (properties: opentelemetry.proto.resource.v1.Resource.$Shape): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                     *   (properties?: opentelemetry.proto.resource.v1.Resource.$Properties): opentelemetry.proto.resource.v1.Resource;
                     * }}
                     */
                    Resource.create = function(properties) {
                        return new Resource(properties);
                    };

                    /**
                     * Encodes the specified Resource message. Does not implicitly {@link opentelemetry.proto.resource.v1.Resource.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.Resource.$Properties} message Resource message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Resource.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.attributes != null && message.attributes.length)
                            for (let i = 0; i < message.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.attributes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.dropped_attributes_count != null && $Object.hasOwnProperty.call(message, "dropped_attributes_count") && message.dropped_attributes_count !== 0)
                            writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.dropped_attributes_count);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified Resource message, length delimited. Does not implicitly {@link opentelemetry.proto.resource.v1.Resource.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.Resource.$Properties} message Resource message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Resource.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a Resource message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Resource.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.opentelemetry.proto.resource.v1.Resource();
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
                                    if (!(message.attributes && message.attributes.length))
                                        message.attributes = [];
                                    message.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.dropped_attributes_count = value;
                                    else
                                        delete message.dropped_attributes_count;
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
                     * Decodes a Resource message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Resource.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a Resource message.
                     * @function verify
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Resource.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                            if (!$Array.isArray(message.attributes))
                                return "attributes: array expected";
                            for (let i = 0; i < message.attributes.length; ++i) {
                                let error = $root.opentelemetry.proto.common.v1.KeyValue.verify(message.attributes[i], _depth + 1);
                                if (error)
                                    return "attributes." + error;
                            }
                        }
                        if (message.dropped_attributes_count != null && $Object.hasOwnProperty.call(message, "dropped_attributes_count"))
                            if (!$util.isInteger(message.dropped_attributes_count))
                                return "dropped_attributes_count: integer expected";
                        return null;
                    };

                    /**
                     * Creates a Resource message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {opentelemetry.proto.resource.v1.Resource} Resource
                     */
                    Resource.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.resource.v1.Resource)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.resource.v1.Resource: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.resource.v1.Resource();
                        if (object.attributes) {
                            if (!$Array.isArray(object.attributes))
                                throw $TypeError(".opentelemetry.proto.resource.v1.Resource.attributes: array expected");
                            message.attributes = $Array(object.attributes.length);
                            for (let i = 0; i < object.attributes.length; ++i) {
                                if (!$util.isObject(object.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.resource.v1.Resource.attributes: object expected");
                                message.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                            }
                        }
                        if (object.dropped_attributes_count != null)
                            if ($Number(object.dropped_attributes_count) !== 0)
                                message.dropped_attributes_count = object.dropped_attributes_count >>> 0;
                        return message;
                    };

                    /**
                     * Creates a plain object from a Resource message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.Resource} message Resource
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Resource.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.attributes = [];
                        if (options.defaults)
                            object.dropped_attributes_count = 0;
                        if (message.attributes && message.attributes.length) {
                            object.attributes = $Array(message.attributes.length);
                            for (let j = 0; j < message.attributes.length; ++j)
                                object.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
                        }
                        if (message.dropped_attributes_count != null && $Object.hasOwnProperty.call(message, "dropped_attributes_count"))
                            object.dropped_attributes_count = message.dropped_attributes_count;
                        return object;
                    };

                    /**
                     * Converts this Resource to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Resource.prototype.toJSON = function() {
                        return Resource.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Resource
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Resource.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.resource.v1.Resource";
                    };

                    return Resource;
                })();

                return v1;
            })();

            return resource;
        })();

        return proto;
    })();

    return opentelemetry;
})();

export {
  $root as default
};
