/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["fixtures"] || ($protobuf.roots["fixtures"] = {});

export const testdata = $root.testdata = (() => {

    /**
     * Namespace testdata.
     * @exports testdata
     * @namespace
     */
    const testdata = {};

    testdata.als = (function() {

        /**
         * Namespace als.
         * @memberof testdata
         * @namespace
         */
        const als = {};

        als.StreamAccessLogsMessage = (function() {

            /**
             * Properties of a StreamAccessLogsMessage.
             * @typedef {Object} testdata.als.StreamAccessLogsMessage.$Properties
             * @property {testdata.als.StreamAccessLogsMessage.Identifier.$Properties|null} [identifier] StreamAccessLogsMessage identifier
             * @property {testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties|null} [http_logs] StreamAccessLogsMessage http_logs
             * @property {testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties|null} [tcp_logs] StreamAccessLogsMessage tcp_logs
             * @property {"http_logs"|"tcp_logs"} [log_entries] StreamAccessLogsMessage log_entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StreamAccessLogsMessage.
             * @memberof testdata.als
             * @interface IStreamAccessLogsMessage
             * @augments testdata.als.StreamAccessLogsMessage.$Properties
             * @deprecated Use testdata.als.StreamAccessLogsMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a StreamAccessLogsMessage.
             * @typedef {{
             *   identifier?: testdata.als.StreamAccessLogsMessage.Identifier.$Shape|null;
             *   http_logs?: testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape|null;
             *   tcp_logs?: testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ log_entries?: undefined; http_logs?: null; tcp_logs?: null }|{ log_entries?: "http_logs"; http_logs: testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape; tcp_logs?: null }|{ log_entries?: "tcp_logs"; http_logs?: null; tcp_logs: testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape })
             * )} testdata.als.StreamAccessLogsMessage.$Shape
             */

            /**
             * Constructs a new StreamAccessLogsMessage.
             * @memberof testdata.als
             * @classdesc Represents a StreamAccessLogsMessage.
             * @constructor
             * @param {testdata.als.StreamAccessLogsMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StreamAccessLogsMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StreamAccessLogsMessage identifier.
             * @member {testdata.als.StreamAccessLogsMessage.Identifier.$Properties|null|undefined} identifier
             * @memberof testdata.als.StreamAccessLogsMessage
             * @instance
             */
            StreamAccessLogsMessage.prototype.identifier = null;

            /**
             * StreamAccessLogsMessage http_logs.
             * @member {testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties|null|undefined} http_logs
             * @memberof testdata.als.StreamAccessLogsMessage
             * @instance
             */
            StreamAccessLogsMessage.prototype.http_logs = null;

            /**
             * StreamAccessLogsMessage tcp_logs.
             * @member {testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties|null|undefined} tcp_logs
             * @memberof testdata.als.StreamAccessLogsMessage
             * @instance
             */
            StreamAccessLogsMessage.prototype.tcp_logs = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * StreamAccessLogsMessage log_entries.
             * @member {"http_logs"|"tcp_logs"|undefined} log_entries
             * @memberof testdata.als.StreamAccessLogsMessage
             * @instance
             */
            $Object.defineProperty(StreamAccessLogsMessage.prototype, "log_entries", {
                get: $util.oneOfGetter($oneOfFields = ["http_logs", "tcp_logs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new StreamAccessLogsMessage instance using the specified properties.
             * @function create
             * @memberof testdata.als.StreamAccessLogsMessage
             * @static
             * @param {testdata.als.StreamAccessLogsMessage.$Properties=} [properties] Properties to set
             * @returns {testdata.als.StreamAccessLogsMessage} StreamAccessLogsMessage instance
             * @type {{
             *   (properties: testdata.als.StreamAccessLogsMessage.$Shape): testdata.als.StreamAccessLogsMessage & testdata.als.StreamAccessLogsMessage.$Shape;
             *   (properties?: testdata.als.StreamAccessLogsMessage.$Properties): testdata.als.StreamAccessLogsMessage;
             * }}
             */
            StreamAccessLogsMessage.create = function(properties) {
                return new StreamAccessLogsMessage(properties);
            };

            /**
             * Encodes the specified StreamAccessLogsMessage message. Does not implicitly {@link testdata.als.StreamAccessLogsMessage.verify|verify} messages.
             * @function encode
             * @memberof testdata.als.StreamAccessLogsMessage
             * @static
             * @param {testdata.als.StreamAccessLogsMessage.$Properties} message StreamAccessLogsMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamAccessLogsMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                    $root.testdata.als.StreamAccessLogsMessage.Identifier.encode(message.identifier, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.http_logs != null && $Object.hasOwnProperty.call(message, "http_logs"))
                    $root.testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.encode(message.http_logs, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.tcp_logs != null && $Object.hasOwnProperty.call(message, "tcp_logs"))
                    $root.testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.encode(message.tcp_logs, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StreamAccessLogsMessage message, length delimited. Does not implicitly {@link testdata.als.StreamAccessLogsMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof testdata.als.StreamAccessLogsMessage
             * @static
             * @param {testdata.als.StreamAccessLogsMessage.$Properties} message StreamAccessLogsMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamAccessLogsMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StreamAccessLogsMessage message from the specified reader or buffer.
             * @function decode
             * @memberof testdata.als.StreamAccessLogsMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {testdata.als.StreamAccessLogsMessage & testdata.als.StreamAccessLogsMessage.$Shape} StreamAccessLogsMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamAccessLogsMessage.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.testdata.als.StreamAccessLogsMessage();
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
                            message.identifier = $root.testdata.als.StreamAccessLogsMessage.Identifier.decode(reader, reader.size(), $undefined, _depth + 1, message.identifier);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.http_logs = $root.testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.decode(reader, reader.size(), $undefined, _depth + 1, message.http_logs);
                            message.log_entries = "http_logs";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.tcp_logs = $root.testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.decode(reader, reader.size(), $undefined, _depth + 1, message.tcp_logs);
                            message.log_entries = "tcp_logs";
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
             * Decodes a StreamAccessLogsMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof testdata.als.StreamAccessLogsMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {testdata.als.StreamAccessLogsMessage & testdata.als.StreamAccessLogsMessage.$Shape} StreamAccessLogsMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamAccessLogsMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StreamAccessLogsMessage message.
             * @function verify
             * @memberof testdata.als.StreamAccessLogsMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StreamAccessLogsMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier")) {
                    let error = $root.testdata.als.StreamAccessLogsMessage.Identifier.verify(message.identifier, _depth + 1);
                    if (error)
                        return "identifier." + error;
                }
                if (message.http_logs != null && $Object.hasOwnProperty.call(message, "http_logs")) {
                    properties.log_entries = 1;
                    {
                        let error = $root.testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.verify(message.http_logs, _depth + 1);
                        if (error)
                            return "http_logs." + error;
                    }
                }
                if (message.tcp_logs != null && $Object.hasOwnProperty.call(message, "tcp_logs")) {
                    if (properties.log_entries === 1)
                        return "log_entries: multiple values";
                    properties.log_entries = 1;
                    {
                        let error = $root.testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.verify(message.tcp_logs, _depth + 1);
                        if (error)
                            return "tcp_logs." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a StreamAccessLogsMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof testdata.als.StreamAccessLogsMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {testdata.als.StreamAccessLogsMessage} StreamAccessLogsMessage
             */
            StreamAccessLogsMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.testdata.als.StreamAccessLogsMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".testdata.als.StreamAccessLogsMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.testdata.als.StreamAccessLogsMessage();
                if (object.identifier != null) {
                    if (!$util.isObject(object.identifier))
                        throw $TypeError(".testdata.als.StreamAccessLogsMessage.identifier: object expected");
                    message.identifier = $root.testdata.als.StreamAccessLogsMessage.Identifier.fromObject(object.identifier, _depth + 1);
                }
                if (object.http_logs != null) {
                    if (!$util.isObject(object.http_logs))
                        throw $TypeError(".testdata.als.StreamAccessLogsMessage.http_logs: object expected");
                    message.http_logs = $root.testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.fromObject(object.http_logs, _depth + 1);
                }
                if (object.tcp_logs != null) {
                    if (!$util.isObject(object.tcp_logs))
                        throw $TypeError(".testdata.als.StreamAccessLogsMessage.tcp_logs: object expected");
                    message.tcp_logs = $root.testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.fromObject(object.tcp_logs, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a StreamAccessLogsMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof testdata.als.StreamAccessLogsMessage
             * @static
             * @param {testdata.als.StreamAccessLogsMessage} message StreamAccessLogsMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StreamAccessLogsMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.identifier = null;
                if (message.identifier != null && $Object.hasOwnProperty.call(message, "identifier"))
                    object.identifier = $root.testdata.als.StreamAccessLogsMessage.Identifier.toObject(message.identifier, options, _depth + 1);
                if (message.http_logs != null && $Object.hasOwnProperty.call(message, "http_logs")) {
                    object.http_logs = $root.testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.toObject(message.http_logs, options, _depth + 1);
                    if (options.oneofs)
                        object.log_entries = "http_logs";
                }
                if (message.tcp_logs != null && $Object.hasOwnProperty.call(message, "tcp_logs")) {
                    object.tcp_logs = $root.testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.toObject(message.tcp_logs, options, _depth + 1);
                    if (options.oneofs)
                        object.log_entries = "tcp_logs";
                }
                return object;
            };

            /**
             * Converts this StreamAccessLogsMessage to JSON.
             * @function toJSON
             * @memberof testdata.als.StreamAccessLogsMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StreamAccessLogsMessage.prototype.toJSON = function() {
                return StreamAccessLogsMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StreamAccessLogsMessage
             * @function getTypeUrl
             * @memberof testdata.als.StreamAccessLogsMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StreamAccessLogsMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/testdata.als.StreamAccessLogsMessage";
            };

            StreamAccessLogsMessage.Identifier = (function() {

                /**
                 * Properties of an Identifier.
                 * @typedef {Object} testdata.als.StreamAccessLogsMessage.Identifier.$Properties
                 * @property {testdata.als.Node.$Properties|null} [node] Identifier node
                 * @property {string|null} [log_name] Identifier log_name
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Identifier.
                 * @memberof testdata.als.StreamAccessLogsMessage
                 * @interface IIdentifier
                 * @augments testdata.als.StreamAccessLogsMessage.Identifier.$Properties
                 * @deprecated Use testdata.als.StreamAccessLogsMessage.Identifier.$Properties instead.
                 */

                /**
                 * Shape of an Identifier.
                 * @typedef {{
                 *   node?: testdata.als.Node.$Shape|null;
                 *   log_name?: string|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} testdata.als.StreamAccessLogsMessage.Identifier.$Shape
                 */

                /**
                 * Constructs a new Identifier.
                 * @memberof testdata.als.StreamAccessLogsMessage
                 * @classdesc Represents an Identifier.
                 * @constructor
                 * @param {testdata.als.StreamAccessLogsMessage.Identifier.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Identifier = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Identifier node.
                 * @member {testdata.als.Node.$Properties|null|undefined} node
                 * @memberof testdata.als.StreamAccessLogsMessage.Identifier
                 * @instance
                 */
                Identifier.prototype.node = null;

                /**
                 * Identifier log_name.
                 * @member {string} log_name
                 * @memberof testdata.als.StreamAccessLogsMessage.Identifier
                 * @instance
                 */
                Identifier.prototype.log_name = "";

                /**
                 * Creates a new Identifier instance using the specified properties.
                 * @function create
                 * @memberof testdata.als.StreamAccessLogsMessage.Identifier
                 * @static
                 * @param {testdata.als.StreamAccessLogsMessage.Identifier.$Properties=} [properties] Properties to set
                 * @returns {testdata.als.StreamAccessLogsMessage.Identifier} Identifier instance
                 * @type {{
                 *   (properties: testdata.als.StreamAccessLogsMessage.Identifier.$Shape): testdata.als.StreamAccessLogsMessage.Identifier & testdata.als.StreamAccessLogsMessage.Identifier.$Shape;
                 *   (properties?: testdata.als.StreamAccessLogsMessage.Identifier.$Properties): testdata.als.StreamAccessLogsMessage.Identifier;
                 * }}
                 */
                Identifier.create = function(properties) {
                    return new Identifier(properties);
                };

                /**
                 * Encodes the specified Identifier message. Does not implicitly {@link testdata.als.StreamAccessLogsMessage.Identifier.verify|verify} messages.
                 * @function encode
                 * @memberof testdata.als.StreamAccessLogsMessage.Identifier
                 * @static
                 * @param {testdata.als.StreamAccessLogsMessage.Identifier.$Properties} message Identifier message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Identifier.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                        $root.testdata.als.Node.encode(message.node, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.log_name != null && $Object.hasOwnProperty.call(message, "log_name") && message.log_name !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.log_name);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Identifier message, length delimited. Does not implicitly {@link testdata.als.StreamAccessLogsMessage.Identifier.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof testdata.als.StreamAccessLogsMessage.Identifier
                 * @static
                 * @param {testdata.als.StreamAccessLogsMessage.Identifier.$Properties} message Identifier message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Identifier.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Identifier message from the specified reader or buffer.
                 * @function decode
                 * @memberof testdata.als.StreamAccessLogsMessage.Identifier
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {testdata.als.StreamAccessLogsMessage.Identifier & testdata.als.StreamAccessLogsMessage.Identifier.$Shape} Identifier
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Identifier.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.testdata.als.StreamAccessLogsMessage.Identifier();
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
                                message.node = $root.testdata.als.Node.decode(reader, reader.size(), $undefined, _depth + 1, message.node);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.log_name = value;
                                else
                                    delete message.log_name;
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
                 * Decodes an Identifier message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof testdata.als.StreamAccessLogsMessage.Identifier
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {testdata.als.StreamAccessLogsMessage.Identifier & testdata.als.StreamAccessLogsMessage.Identifier.$Shape} Identifier
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Identifier.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Identifier message.
                 * @function verify
                 * @memberof testdata.als.StreamAccessLogsMessage.Identifier
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Identifier.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.node != null && $Object.hasOwnProperty.call(message, "node")) {
                        let error = $root.testdata.als.Node.verify(message.node, _depth + 1);
                        if (error)
                            return "node." + error;
                    }
                    if (message.log_name != null && $Object.hasOwnProperty.call(message, "log_name"))
                        if (!$util.isString(message.log_name))
                            return "log_name: string expected";
                    return null;
                };

                /**
                 * Creates an Identifier message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof testdata.als.StreamAccessLogsMessage.Identifier
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {testdata.als.StreamAccessLogsMessage.Identifier} Identifier
                 */
                Identifier.fromObject = function (object, _depth) {
                    if (object instanceof $root.testdata.als.StreamAccessLogsMessage.Identifier)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".testdata.als.StreamAccessLogsMessage.Identifier: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.testdata.als.StreamAccessLogsMessage.Identifier();
                    if (object.node != null) {
                        if (!$util.isObject(object.node))
                            throw $TypeError(".testdata.als.StreamAccessLogsMessage.Identifier.node: object expected");
                        message.node = $root.testdata.als.Node.fromObject(object.node, _depth + 1);
                    }
                    if (object.log_name != null)
                        if (typeof object.log_name !== "string" || object.log_name.length)
                            message.log_name = $String(object.log_name);
                    return message;
                };

                /**
                 * Creates a plain object from an Identifier message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof testdata.als.StreamAccessLogsMessage.Identifier
                 * @static
                 * @param {testdata.als.StreamAccessLogsMessage.Identifier} message Identifier
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Identifier.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.node = null;
                        object.log_name = "";
                    }
                    if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                        object.node = $root.testdata.als.Node.toObject(message.node, options, _depth + 1);
                    if (message.log_name != null && $Object.hasOwnProperty.call(message, "log_name"))
                        object.log_name = message.log_name;
                    return object;
                };

                /**
                 * Converts this Identifier to JSON.
                 * @function toJSON
                 * @memberof testdata.als.StreamAccessLogsMessage.Identifier
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Identifier.prototype.toJSON = function() {
                    return Identifier.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Identifier
                 * @function getTypeUrl
                 * @memberof testdata.als.StreamAccessLogsMessage.Identifier
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Identifier.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/testdata.als.StreamAccessLogsMessage.Identifier";
                };

                return Identifier;
            })();

            StreamAccessLogsMessage.HTTPAccessLogEntries = (function() {

                /**
                 * Properties of a HTTPAccessLogEntries.
                 * @typedef {Object} testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties
                 * @property {Array.<testdata.als.HTTPAccessLogEntry.$Properties>|null} [log_entry] HTTPAccessLogEntries log_entry
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HTTPAccessLogEntries.
                 * @memberof testdata.als.StreamAccessLogsMessage
                 * @interface IHTTPAccessLogEntries
                 * @augments testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties
                 * @deprecated Use testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties instead.
                 */

                /**
                 * Shape of a HTTPAccessLogEntries.
                 * @typedef {{
                 *   log_entry?: Array.<testdata.als.HTTPAccessLogEntry.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape
                 */

                /**
                 * Constructs a new HTTPAccessLogEntries.
                 * @memberof testdata.als.StreamAccessLogsMessage
                 * @classdesc Represents a HTTPAccessLogEntries.
                 * @constructor
                 * @param {testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HTTPAccessLogEntries = function (properties) {
                    this.log_entry = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HTTPAccessLogEntries log_entry.
                 * @member {Array.<testdata.als.HTTPAccessLogEntry.$Properties>} log_entry
                 * @memberof testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries
                 * @instance
                 */
                HTTPAccessLogEntries.prototype.log_entry = $util.emptyArray;

                /**
                 * Creates a new HTTPAccessLogEntries instance using the specified properties.
                 * @function create
                 * @memberof testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries
                 * @static
                 * @param {testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties=} [properties] Properties to set
                 * @returns {testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries} HTTPAccessLogEntries instance
                 * @type {{
                 *   (properties: testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape): testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries & testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape;
                 *   (properties?: testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties): testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries;
                 * }}
                 */
                HTTPAccessLogEntries.create = function(properties) {
                    return new HTTPAccessLogEntries(properties);
                };

                /**
                 * Encodes the specified HTTPAccessLogEntries message. Does not implicitly {@link testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.verify|verify} messages.
                 * @function encode
                 * @memberof testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries
                 * @static
                 * @param {testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties} message HTTPAccessLogEntries message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HTTPAccessLogEntries.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.log_entry != null && message.log_entry.length)
                        for (let i = 0; i < message.log_entry.length; ++i)
                            $root.testdata.als.HTTPAccessLogEntry.encode(message.log_entry[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified HTTPAccessLogEntries message, length delimited. Does not implicitly {@link testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries
                 * @static
                 * @param {testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Properties} message HTTPAccessLogEntries message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HTTPAccessLogEntries.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a HTTPAccessLogEntries message from the specified reader or buffer.
                 * @function decode
                 * @memberof testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries & testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape} HTTPAccessLogEntries
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HTTPAccessLogEntries.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries();
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
                                if (!(message.log_entry && message.log_entry.length))
                                    message.log_entry = [];
                                message.log_entry.push($root.testdata.als.HTTPAccessLogEntry.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Decodes a HTTPAccessLogEntries message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries & testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.$Shape} HTTPAccessLogEntries
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HTTPAccessLogEntries.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a HTTPAccessLogEntries message.
                 * @function verify
                 * @memberof testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                HTTPAccessLogEntries.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.log_entry != null && $Object.hasOwnProperty.call(message, "log_entry")) {
                        if (!$Array.isArray(message.log_entry))
                            return "log_entry: array expected";
                        for (let i = 0; i < message.log_entry.length; ++i) {
                            let error = $root.testdata.als.HTTPAccessLogEntry.verify(message.log_entry[i], _depth + 1);
                            if (error)
                                return "log_entry." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a HTTPAccessLogEntries message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries} HTTPAccessLogEntries
                 */
                HTTPAccessLogEntries.fromObject = function (object, _depth) {
                    if (object instanceof $root.testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries();
                    if (object.log_entry) {
                        if (!$Array.isArray(object.log_entry))
                            throw $TypeError(".testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.log_entry: array expected");
                        message.log_entry = $Array(object.log_entry.length);
                        for (let i = 0; i < object.log_entry.length; ++i) {
                            if (!$util.isObject(object.log_entry[i]))
                                throw $TypeError(".testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries.log_entry: object expected");
                            message.log_entry[i] = $root.testdata.als.HTTPAccessLogEntry.fromObject(object.log_entry[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a HTTPAccessLogEntries message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries
                 * @static
                 * @param {testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries} message HTTPAccessLogEntries
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HTTPAccessLogEntries.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.log_entry = [];
                    if (message.log_entry && message.log_entry.length) {
                        object.log_entry = $Array(message.log_entry.length);
                        for (let j = 0; j < message.log_entry.length; ++j)
                            object.log_entry[j] = $root.testdata.als.HTTPAccessLogEntry.toObject(message.log_entry[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this HTTPAccessLogEntries to JSON.
                 * @function toJSON
                 * @memberof testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HTTPAccessLogEntries.prototype.toJSON = function() {
                    return HTTPAccessLogEntries.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for HTTPAccessLogEntries
                 * @function getTypeUrl
                 * @memberof testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HTTPAccessLogEntries.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/testdata.als.StreamAccessLogsMessage.HTTPAccessLogEntries";
                };

                return HTTPAccessLogEntries;
            })();

            StreamAccessLogsMessage.TCPAccessLogEntries = (function() {

                /**
                 * Properties of a TCPAccessLogEntries.
                 * @typedef {Object} testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties
                 * @property {Array.<testdata.als.TCPAccessLogEntry.$Properties>|null} [log_entry] TCPAccessLogEntries log_entry
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TCPAccessLogEntries.
                 * @memberof testdata.als.StreamAccessLogsMessage
                 * @interface ITCPAccessLogEntries
                 * @augments testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties
                 * @deprecated Use testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties instead.
                 */

                /**
                 * Shape of a TCPAccessLogEntries.
                 * @typedef {{
                 *   log_entry?: Array.<testdata.als.TCPAccessLogEntry.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape
                 */

                /**
                 * Constructs a new TCPAccessLogEntries.
                 * @memberof testdata.als.StreamAccessLogsMessage
                 * @classdesc Represents a TCPAccessLogEntries.
                 * @constructor
                 * @param {testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TCPAccessLogEntries = function (properties) {
                    this.log_entry = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TCPAccessLogEntries log_entry.
                 * @member {Array.<testdata.als.TCPAccessLogEntry.$Properties>} log_entry
                 * @memberof testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries
                 * @instance
                 */
                TCPAccessLogEntries.prototype.log_entry = $util.emptyArray;

                /**
                 * Creates a new TCPAccessLogEntries instance using the specified properties.
                 * @function create
                 * @memberof testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries
                 * @static
                 * @param {testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties=} [properties] Properties to set
                 * @returns {testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries} TCPAccessLogEntries instance
                 * @type {{
                 *   (properties: testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape): testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries & testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape;
                 *   (properties?: testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties): testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries;
                 * }}
                 */
                TCPAccessLogEntries.create = function(properties) {
                    return new TCPAccessLogEntries(properties);
                };

                /**
                 * Encodes the specified TCPAccessLogEntries message. Does not implicitly {@link testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.verify|verify} messages.
                 * @function encode
                 * @memberof testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries
                 * @static
                 * @param {testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties} message TCPAccessLogEntries message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TCPAccessLogEntries.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.log_entry != null && message.log_entry.length)
                        for (let i = 0; i < message.log_entry.length; ++i)
                            $root.testdata.als.TCPAccessLogEntry.encode(message.log_entry[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified TCPAccessLogEntries message, length delimited. Does not implicitly {@link testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries
                 * @static
                 * @param {testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Properties} message TCPAccessLogEntries message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TCPAccessLogEntries.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a TCPAccessLogEntries message from the specified reader or buffer.
                 * @function decode
                 * @memberof testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries & testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape} TCPAccessLogEntries
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TCPAccessLogEntries.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries();
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
                                if (!(message.log_entry && message.log_entry.length))
                                    message.log_entry = [];
                                message.log_entry.push($root.testdata.als.TCPAccessLogEntry.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Decodes a TCPAccessLogEntries message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries & testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.$Shape} TCPAccessLogEntries
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TCPAccessLogEntries.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a TCPAccessLogEntries message.
                 * @function verify
                 * @memberof testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TCPAccessLogEntries.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.log_entry != null && $Object.hasOwnProperty.call(message, "log_entry")) {
                        if (!$Array.isArray(message.log_entry))
                            return "log_entry: array expected";
                        for (let i = 0; i < message.log_entry.length; ++i) {
                            let error = $root.testdata.als.TCPAccessLogEntry.verify(message.log_entry[i], _depth + 1);
                            if (error)
                                return "log_entry." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a TCPAccessLogEntries message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries} TCPAccessLogEntries
                 */
                TCPAccessLogEntries.fromObject = function (object, _depth) {
                    if (object instanceof $root.testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries();
                    if (object.log_entry) {
                        if (!$Array.isArray(object.log_entry))
                            throw $TypeError(".testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.log_entry: array expected");
                        message.log_entry = $Array(object.log_entry.length);
                        for (let i = 0; i < object.log_entry.length; ++i) {
                            if (!$util.isObject(object.log_entry[i]))
                                throw $TypeError(".testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries.log_entry: object expected");
                            message.log_entry[i] = $root.testdata.als.TCPAccessLogEntry.fromObject(object.log_entry[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a TCPAccessLogEntries message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries
                 * @static
                 * @param {testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries} message TCPAccessLogEntries
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TCPAccessLogEntries.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.log_entry = [];
                    if (message.log_entry && message.log_entry.length) {
                        object.log_entry = $Array(message.log_entry.length);
                        for (let j = 0; j < message.log_entry.length; ++j)
                            object.log_entry[j] = $root.testdata.als.TCPAccessLogEntry.toObject(message.log_entry[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this TCPAccessLogEntries to JSON.
                 * @function toJSON
                 * @memberof testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TCPAccessLogEntries.prototype.toJSON = function() {
                    return TCPAccessLogEntries.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TCPAccessLogEntries
                 * @function getTypeUrl
                 * @memberof testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TCPAccessLogEntries.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/testdata.als.StreamAccessLogsMessage.TCPAccessLogEntries";
                };

                return TCPAccessLogEntries;
            })();

            return StreamAccessLogsMessage;
        })();

        als.Node = (function() {

            /**
             * Properties of a Node.
             * @typedef {Object} testdata.als.Node.$Properties
             * @property {string|null} [id] Node id
             * @property {string|null} [cluster] Node cluster
             * @property {google.protobuf.Struct.$Properties|null} [metadata] Node metadata
             * @property {testdata.als.Locality.$Properties|null} [locality] Node locality
             * @property {string|null} [user_agent_name] Node user_agent_name
             * @property {string|null} [user_agent_version] Node user_agent_version
             * @property {"user_agent_version"} [user_agent_version_type] Node user_agent_version_type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Node.
             * @memberof testdata.als
             * @interface INode
             * @augments testdata.als.Node.$Properties
             * @deprecated Use testdata.als.Node.$Properties instead.
             */

            /**
             * Narrowed shape of a Node.
             * @typedef {{
             *   id?: string|null;
             *   cluster?: string|null;
             *   metadata?: google.protobuf.Struct.$Shape|null;
             *   locality?: testdata.als.Locality.$Shape|null;
             *   user_agent_name?: string|null;
             *   user_agent_version?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ user_agent_version_type?: undefined; user_agent_version?: null }|{ user_agent_version_type?: "user_agent_version"; user_agent_version: string })
             * )} testdata.als.Node.$Shape
             */

            /**
             * Constructs a new Node.
             * @memberof testdata.als
             * @classdesc Represents a Node.
             * @constructor
             * @param {testdata.als.Node.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Node = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Node id.
             * @member {string} id
             * @memberof testdata.als.Node
             * @instance
             */
            Node.prototype.id = "";

            /**
             * Node cluster.
             * @member {string} cluster
             * @memberof testdata.als.Node
             * @instance
             */
            Node.prototype.cluster = "";

            /**
             * Node metadata.
             * @member {google.protobuf.Struct.$Properties|null|undefined} metadata
             * @memberof testdata.als.Node
             * @instance
             */
            Node.prototype.metadata = null;

            /**
             * Node locality.
             * @member {testdata.als.Locality.$Properties|null|undefined} locality
             * @memberof testdata.als.Node
             * @instance
             */
            Node.prototype.locality = null;

            /**
             * Node user_agent_name.
             * @member {string} user_agent_name
             * @memberof testdata.als.Node
             * @instance
             */
            Node.prototype.user_agent_name = "";

            /**
             * Node user_agent_version.
             * @member {string|null|undefined} user_agent_version
             * @memberof testdata.als.Node
             * @instance
             */
            Node.prototype.user_agent_version = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Node user_agent_version_type.
             * @member {"user_agent_version"|undefined} user_agent_version_type
             * @memberof testdata.als.Node
             * @instance
             */
            $Object.defineProperty(Node.prototype, "user_agent_version_type", {
                get: $util.oneOfGetter($oneOfFields = ["user_agent_version"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Node instance using the specified properties.
             * @function create
             * @memberof testdata.als.Node
             * @static
             * @param {testdata.als.Node.$Properties=} [properties] Properties to set
             * @returns {testdata.als.Node} Node instance
             * @type {{
             *   (properties: testdata.als.Node.$Shape): testdata.als.Node & testdata.als.Node.$Shape;
             *   (properties?: testdata.als.Node.$Properties): testdata.als.Node;
             * }}
             */
            Node.create = function(properties) {
                return new Node(properties);
            };

            /**
             * Encodes the specified Node message. Does not implicitly {@link testdata.als.Node.verify|verify} messages.
             * @function encode
             * @memberof testdata.als.Node
             * @static
             * @param {testdata.als.Node.$Properties} message Node message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Node.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster") && message.cluster !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.cluster);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    $root.google.protobuf.Struct.encode(message.metadata, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.locality != null && $Object.hasOwnProperty.call(message, "locality"))
                    $root.testdata.als.Locality.encode(message.locality, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.user_agent_name != null && $Object.hasOwnProperty.call(message, "user_agent_name") && message.user_agent_name !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.user_agent_name);
                if (message.user_agent_version != null && $Object.hasOwnProperty.call(message, "user_agent_version"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.user_agent_version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Node message, length delimited. Does not implicitly {@link testdata.als.Node.verify|verify} messages.
             * @function encodeDelimited
             * @memberof testdata.als.Node
             * @static
             * @param {testdata.als.Node.$Properties} message Node message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Node.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Node message from the specified reader or buffer.
             * @function decode
             * @memberof testdata.als.Node
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {testdata.als.Node & testdata.als.Node.$Shape} Node
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Node.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.testdata.als.Node();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cluster = value;
                            else
                                delete message.cluster;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.metadata = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.locality = $root.testdata.als.Locality.decode(reader, reader.size(), $undefined, _depth + 1, message.locality);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user_agent_name = value;
                            else
                                delete message.user_agent_name;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.user_agent_version = reader.stringVerify();
                            message.user_agent_version_type = "user_agent_version";
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
             * Decodes a Node message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof testdata.als.Node
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {testdata.als.Node & testdata.als.Node.$Shape} Node
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Node.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Node message.
             * @function verify
             * @memberof testdata.als.Node
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Node.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster"))
                    if (!$util.isString(message.cluster))
                        return "cluster: string expected";
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                    let error = $root.google.protobuf.Struct.verify(message.metadata, _depth + 1);
                    if (error)
                        return "metadata." + error;
                }
                if (message.locality != null && $Object.hasOwnProperty.call(message, "locality")) {
                    let error = $root.testdata.als.Locality.verify(message.locality, _depth + 1);
                    if (error)
                        return "locality." + error;
                }
                if (message.user_agent_name != null && $Object.hasOwnProperty.call(message, "user_agent_name"))
                    if (!$util.isString(message.user_agent_name))
                        return "user_agent_name: string expected";
                if (message.user_agent_version != null && $Object.hasOwnProperty.call(message, "user_agent_version")) {
                    properties.user_agent_version_type = 1;
                    if (!$util.isString(message.user_agent_version))
                        return "user_agent_version: string expected";
                }
                return null;
            };

            /**
             * Creates a Node message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof testdata.als.Node
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {testdata.als.Node} Node
             */
            Node.fromObject = function (object, _depth) {
                if (object instanceof $root.testdata.als.Node)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".testdata.als.Node: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.testdata.als.Node();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.cluster != null)
                    if (typeof object.cluster !== "string" || object.cluster.length)
                        message.cluster = $String(object.cluster);
                if (object.metadata != null) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".testdata.als.Node.metadata: object expected");
                    message.metadata = $root.google.protobuf.Struct.fromObject(object.metadata, _depth + 1);
                }
                if (object.locality != null) {
                    if (!$util.isObject(object.locality))
                        throw $TypeError(".testdata.als.Node.locality: object expected");
                    message.locality = $root.testdata.als.Locality.fromObject(object.locality, _depth + 1);
                }
                if (object.user_agent_name != null)
                    if (typeof object.user_agent_name !== "string" || object.user_agent_name.length)
                        message.user_agent_name = $String(object.user_agent_name);
                if (object.user_agent_version != null)
                    message.user_agent_version = $String(object.user_agent_version);
                return message;
            };

            /**
             * Creates a plain object from a Node message. Also converts values to other types if specified.
             * @function toObject
             * @memberof testdata.als.Node
             * @static
             * @param {testdata.als.Node} message Node
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Node.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.cluster = "";
                    object.metadata = null;
                    object.locality = null;
                    object.user_agent_name = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster"))
                    object.cluster = message.cluster;
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    object.metadata = $root.google.protobuf.Struct.toObject(message.metadata, options, _depth + 1);
                if (message.locality != null && $Object.hasOwnProperty.call(message, "locality"))
                    object.locality = $root.testdata.als.Locality.toObject(message.locality, options, _depth + 1);
                if (message.user_agent_name != null && $Object.hasOwnProperty.call(message, "user_agent_name"))
                    object.user_agent_name = message.user_agent_name;
                if (message.user_agent_version != null && $Object.hasOwnProperty.call(message, "user_agent_version")) {
                    object.user_agent_version = message.user_agent_version;
                    if (options.oneofs)
                        object.user_agent_version_type = "user_agent_version";
                }
                return object;
            };

            /**
             * Converts this Node to JSON.
             * @function toJSON
             * @memberof testdata.als.Node
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Node.prototype.toJSON = function() {
                return Node.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Node
             * @function getTypeUrl
             * @memberof testdata.als.Node
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Node.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/testdata.als.Node";
            };

            return Node;
        })();

        als.Locality = (function() {

            /**
             * Properties of a Locality.
             * @typedef {Object} testdata.als.Locality.$Properties
             * @property {string|null} [region] Locality region
             * @property {string|null} [zone] Locality zone
             * @property {string|null} [sub_zone] Locality sub_zone
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Locality.
             * @memberof testdata.als
             * @interface ILocality
             * @augments testdata.als.Locality.$Properties
             * @deprecated Use testdata.als.Locality.$Properties instead.
             */

            /**
             * Shape of a Locality.
             * @typedef {testdata.als.Locality.$Properties} testdata.als.Locality.$Shape
             */

            /**
             * Constructs a new Locality.
             * @memberof testdata.als
             * @classdesc Represents a Locality.
             * @constructor
             * @param {testdata.als.Locality.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Locality = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Locality region.
             * @member {string} region
             * @memberof testdata.als.Locality
             * @instance
             */
            Locality.prototype.region = "";

            /**
             * Locality zone.
             * @member {string} zone
             * @memberof testdata.als.Locality
             * @instance
             */
            Locality.prototype.zone = "";

            /**
             * Locality sub_zone.
             * @member {string} sub_zone
             * @memberof testdata.als.Locality
             * @instance
             */
            Locality.prototype.sub_zone = "";

            /**
             * Creates a new Locality instance using the specified properties.
             * @function create
             * @memberof testdata.als.Locality
             * @static
             * @param {testdata.als.Locality.$Properties=} [properties] Properties to set
             * @returns {testdata.als.Locality} Locality instance
             * @type {{
             *   (properties: testdata.als.Locality.$Shape): testdata.als.Locality & testdata.als.Locality.$Shape;
             *   (properties?: testdata.als.Locality.$Properties): testdata.als.Locality;
             * }}
             */
            Locality.create = function(properties) {
                return new Locality(properties);
            };

            /**
             * Encodes the specified Locality message. Does not implicitly {@link testdata.als.Locality.verify|verify} messages.
             * @function encode
             * @memberof testdata.als.Locality
             * @static
             * @param {testdata.als.Locality.$Properties} message Locality message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Locality.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.region);
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone") && message.zone !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.zone);
                if (message.sub_zone != null && $Object.hasOwnProperty.call(message, "sub_zone") && message.sub_zone !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sub_zone);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Locality message, length delimited. Does not implicitly {@link testdata.als.Locality.verify|verify} messages.
             * @function encodeDelimited
             * @memberof testdata.als.Locality
             * @static
             * @param {testdata.als.Locality.$Properties} message Locality message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Locality.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Locality message from the specified reader or buffer.
             * @function decode
             * @memberof testdata.als.Locality
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {testdata.als.Locality & testdata.als.Locality.$Shape} Locality
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Locality.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.testdata.als.Locality();
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
                                message.region = value;
                            else
                                delete message.region;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.zone = value;
                            else
                                delete message.zone;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sub_zone = value;
                            else
                                delete message.sub_zone;
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
             * Decodes a Locality message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof testdata.als.Locality
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {testdata.als.Locality & testdata.als.Locality.$Shape} Locality
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Locality.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Locality message.
             * @function verify
             * @memberof testdata.als.Locality
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Locality.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                    if (!$util.isString(message.region))
                        return "region: string expected";
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    if (!$util.isString(message.zone))
                        return "zone: string expected";
                if (message.sub_zone != null && $Object.hasOwnProperty.call(message, "sub_zone"))
                    if (!$util.isString(message.sub_zone))
                        return "sub_zone: string expected";
                return null;
            };

            /**
             * Creates a Locality message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof testdata.als.Locality
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {testdata.als.Locality} Locality
             */
            Locality.fromObject = function (object, _depth) {
                if (object instanceof $root.testdata.als.Locality)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".testdata.als.Locality: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.testdata.als.Locality();
                if (object.region != null)
                    if (typeof object.region !== "string" || object.region.length)
                        message.region = $String(object.region);
                if (object.zone != null)
                    if (typeof object.zone !== "string" || object.zone.length)
                        message.zone = $String(object.zone);
                if (object.sub_zone != null)
                    if (typeof object.sub_zone !== "string" || object.sub_zone.length)
                        message.sub_zone = $String(object.sub_zone);
                return message;
            };

            /**
             * Creates a plain object from a Locality message. Also converts values to other types if specified.
             * @function toObject
             * @memberof testdata.als.Locality
             * @static
             * @param {testdata.als.Locality} message Locality
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Locality.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.region = "";
                    object.zone = "";
                    object.sub_zone = "";
                }
                if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                    object.region = message.region;
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    object.zone = message.zone;
                if (message.sub_zone != null && $Object.hasOwnProperty.call(message, "sub_zone"))
                    object.sub_zone = message.sub_zone;
                return object;
            };

            /**
             * Converts this Locality to JSON.
             * @function toJSON
             * @memberof testdata.als.Locality
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Locality.prototype.toJSON = function() {
                return Locality.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Locality
             * @function getTypeUrl
             * @memberof testdata.als.Locality
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Locality.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/testdata.als.Locality";
            };

            return Locality;
        })();

        als.Address = (function() {

            /**
             * Properties of an Address.
             * @typedef {Object} testdata.als.Address.$Properties
             * @property {testdata.als.SocketAddress.$Properties|null} [socket_address] Address socket_address
             * @property {"socket_address"} [address] Address address
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Address.
             * @memberof testdata.als
             * @interface IAddress
             * @augments testdata.als.Address.$Properties
             * @deprecated Use testdata.als.Address.$Properties instead.
             */

            /**
             * Narrowed shape of an Address.
             * @typedef {{
             *   socket_address?: testdata.als.SocketAddress.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ address?: undefined; socket_address?: null }|{ address?: "socket_address"; socket_address: testdata.als.SocketAddress.$Shape })
             * )} testdata.als.Address.$Shape
             */

            /**
             * Constructs a new Address.
             * @memberof testdata.als
             * @classdesc Represents an Address.
             * @constructor
             * @param {testdata.als.Address.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Address = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Address socket_address.
             * @member {testdata.als.SocketAddress.$Properties|null|undefined} socket_address
             * @memberof testdata.als.Address
             * @instance
             */
            Address.prototype.socket_address = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Address address.
             * @member {"socket_address"|undefined} address
             * @memberof testdata.als.Address
             * @instance
             */
            $Object.defineProperty(Address.prototype, "address", {
                get: $util.oneOfGetter($oneOfFields = ["socket_address"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Address instance using the specified properties.
             * @function create
             * @memberof testdata.als.Address
             * @static
             * @param {testdata.als.Address.$Properties=} [properties] Properties to set
             * @returns {testdata.als.Address} Address instance
             * @type {{
             *   (properties: testdata.als.Address.$Shape): testdata.als.Address & testdata.als.Address.$Shape;
             *   (properties?: testdata.als.Address.$Properties): testdata.als.Address;
             * }}
             */
            Address.create = function(properties) {
                return new Address(properties);
            };

            /**
             * Encodes the specified Address message. Does not implicitly {@link testdata.als.Address.verify|verify} messages.
             * @function encode
             * @memberof testdata.als.Address
             * @static
             * @param {testdata.als.Address.$Properties} message Address message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Address.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.socket_address != null && $Object.hasOwnProperty.call(message, "socket_address"))
                    $root.testdata.als.SocketAddress.encode(message.socket_address, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Address message, length delimited. Does not implicitly {@link testdata.als.Address.verify|verify} messages.
             * @function encodeDelimited
             * @memberof testdata.als.Address
             * @static
             * @param {testdata.als.Address.$Properties} message Address message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Address.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Address message from the specified reader or buffer.
             * @function decode
             * @memberof testdata.als.Address
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {testdata.als.Address & testdata.als.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Address.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.testdata.als.Address();
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
                            message.socket_address = $root.testdata.als.SocketAddress.decode(reader, reader.size(), $undefined, _depth + 1, message.socket_address);
                            message.address = "socket_address";
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
             * Decodes an Address message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof testdata.als.Address
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {testdata.als.Address & testdata.als.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Address.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Address message.
             * @function verify
             * @memberof testdata.als.Address
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Address.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.socket_address != null && $Object.hasOwnProperty.call(message, "socket_address")) {
                    properties.address = 1;
                    {
                        let error = $root.testdata.als.SocketAddress.verify(message.socket_address, _depth + 1);
                        if (error)
                            return "socket_address." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Address message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof testdata.als.Address
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {testdata.als.Address} Address
             */
            Address.fromObject = function (object, _depth) {
                if (object instanceof $root.testdata.als.Address)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".testdata.als.Address: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.testdata.als.Address();
                if (object.socket_address != null) {
                    if (!$util.isObject(object.socket_address))
                        throw $TypeError(".testdata.als.Address.socket_address: object expected");
                    message.socket_address = $root.testdata.als.SocketAddress.fromObject(object.socket_address, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Address message. Also converts values to other types if specified.
             * @function toObject
             * @memberof testdata.als.Address
             * @static
             * @param {testdata.als.Address} message Address
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Address.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.socket_address != null && $Object.hasOwnProperty.call(message, "socket_address")) {
                    object.socket_address = $root.testdata.als.SocketAddress.toObject(message.socket_address, options, _depth + 1);
                    if (options.oneofs)
                        object.address = "socket_address";
                }
                return object;
            };

            /**
             * Converts this Address to JSON.
             * @function toJSON
             * @memberof testdata.als.Address
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Address.prototype.toJSON = function() {
                return Address.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Address
             * @function getTypeUrl
             * @memberof testdata.als.Address
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Address.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/testdata.als.Address";
            };

            return Address;
        })();

        als.SocketAddress = (function() {

            /**
             * Properties of a SocketAddress.
             * @typedef {Object} testdata.als.SocketAddress.$Properties
             * @property {testdata.als.SocketAddress.Protocol|null} [protocol] SocketAddress protocol
             * @property {string|null} [address] SocketAddress address
             * @property {number|null} [port_value] SocketAddress port_value
             * @property {string|null} [named_port] SocketAddress named_port
             * @property {"port_value"|"named_port"} [port_specifier] SocketAddress port_specifier
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SocketAddress.
             * @memberof testdata.als
             * @interface ISocketAddress
             * @augments testdata.als.SocketAddress.$Properties
             * @deprecated Use testdata.als.SocketAddress.$Properties instead.
             */

            /**
             * Narrowed shape of a SocketAddress.
             * @typedef {{
             *   protocol?: testdata.als.SocketAddress.Protocol|null;
             *   address?: string|null;
             *   port_value?: number|null;
             *   named_port?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ port_specifier?: undefined; port_value?: null; named_port?: null }|{ port_specifier?: "port_value"; port_value: number; named_port?: null }|{ port_specifier?: "named_port"; port_value?: null; named_port: string })
             * )} testdata.als.SocketAddress.$Shape
             */

            /**
             * Constructs a new SocketAddress.
             * @memberof testdata.als
             * @classdesc Represents a SocketAddress.
             * @constructor
             * @param {testdata.als.SocketAddress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SocketAddress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SocketAddress protocol.
             * @member {testdata.als.SocketAddress.Protocol} protocol
             * @memberof testdata.als.SocketAddress
             * @instance
             */
            SocketAddress.prototype.protocol = 0;

            /**
             * SocketAddress address.
             * @member {string} address
             * @memberof testdata.als.SocketAddress
             * @instance
             */
            SocketAddress.prototype.address = "";

            /**
             * SocketAddress port_value.
             * @member {number|null|undefined} port_value
             * @memberof testdata.als.SocketAddress
             * @instance
             */
            SocketAddress.prototype.port_value = null;

            /**
             * SocketAddress named_port.
             * @member {string|null|undefined} named_port
             * @memberof testdata.als.SocketAddress
             * @instance
             */
            SocketAddress.prototype.named_port = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * SocketAddress port_specifier.
             * @member {"port_value"|"named_port"|undefined} port_specifier
             * @memberof testdata.als.SocketAddress
             * @instance
             */
            $Object.defineProperty(SocketAddress.prototype, "port_specifier", {
                get: $util.oneOfGetter($oneOfFields = ["port_value", "named_port"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SocketAddress instance using the specified properties.
             * @function create
             * @memberof testdata.als.SocketAddress
             * @static
             * @param {testdata.als.SocketAddress.$Properties=} [properties] Properties to set
             * @returns {testdata.als.SocketAddress} SocketAddress instance
             * @type {{
             *   (properties: testdata.als.SocketAddress.$Shape): testdata.als.SocketAddress & testdata.als.SocketAddress.$Shape;
             *   (properties?: testdata.als.SocketAddress.$Properties): testdata.als.SocketAddress;
             * }}
             */
            SocketAddress.create = function(properties) {
                return new SocketAddress(properties);
            };

            /**
             * Encodes the specified SocketAddress message. Does not implicitly {@link testdata.als.SocketAddress.verify|verify} messages.
             * @function encode
             * @memberof testdata.als.SocketAddress
             * @static
             * @param {testdata.als.SocketAddress.$Properties} message SocketAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SocketAddress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.protocol);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
                if (message.port_value != null && $Object.hasOwnProperty.call(message, "port_value"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.port_value);
                if (message.named_port != null && $Object.hasOwnProperty.call(message, "named_port"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.named_port);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SocketAddress message, length delimited. Does not implicitly {@link testdata.als.SocketAddress.verify|verify} messages.
             * @function encodeDelimited
             * @memberof testdata.als.SocketAddress
             * @static
             * @param {testdata.als.SocketAddress.$Properties} message SocketAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SocketAddress.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SocketAddress message from the specified reader or buffer.
             * @function decode
             * @memberof testdata.als.SocketAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {testdata.als.SocketAddress & testdata.als.SocketAddress.$Shape} SocketAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SocketAddress.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.testdata.als.SocketAddress();
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
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.port_value = reader.uint32();
                            message.port_specifier = "port_value";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.named_port = reader.stringVerify();
                            message.port_specifier = "named_port";
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
             * Decodes a SocketAddress message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof testdata.als.SocketAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {testdata.als.SocketAddress & testdata.als.SocketAddress.$Shape} SocketAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SocketAddress.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SocketAddress message.
             * @function verify
             * @memberof testdata.als.SocketAddress
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SocketAddress.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    if (typeof message.protocol !== "number" || (message.protocol | 0) !== message.protocol)
                        return "protocol: enum value expected";
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    if (!$util.isString(message.address))
                        return "address: string expected";
                if (message.port_value != null && $Object.hasOwnProperty.call(message, "port_value")) {
                    properties.port_specifier = 1;
                    if (!$util.isInteger(message.port_value))
                        return "port_value: integer expected";
                }
                if (message.named_port != null && $Object.hasOwnProperty.call(message, "named_port")) {
                    if (properties.port_specifier === 1)
                        return "port_specifier: multiple values";
                    properties.port_specifier = 1;
                    if (!$util.isString(message.named_port))
                        return "named_port: string expected";
                }
                return null;
            };

            /**
             * Creates a SocketAddress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof testdata.als.SocketAddress
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {testdata.als.SocketAddress} SocketAddress
             */
            SocketAddress.fromObject = function (object, _depth) {
                if (object instanceof $root.testdata.als.SocketAddress)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".testdata.als.SocketAddress: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.testdata.als.SocketAddress();
                if (object.protocol !== 0 && (typeof object.protocol !== "string" || $root.testdata.als.SocketAddress.Protocol[object.protocol] !== 0))
                    switch (object.protocol) {
                    case "TCP":
                    case 0:
                        message.protocol = 0;
                        break;
                    case "UDP":
                    case 1:
                        message.protocol = 1;
                        break;
                    default:
                        if (typeof object.protocol === "number" && (object.protocol | 0) === object.protocol)
                            message.protocol = object.protocol;
                    }
                if (object.address != null)
                    if (typeof object.address !== "string" || object.address.length)
                        message.address = $String(object.address);
                if (object.port_value != null)
                    message.port_value = object.port_value >>> 0;
                if (object.named_port != null)
                    message.named_port = $String(object.named_port);
                return message;
            };

            /**
             * Creates a plain object from a SocketAddress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof testdata.als.SocketAddress
             * @static
             * @param {testdata.als.SocketAddress} message SocketAddress
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SocketAddress.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocol = options.enums === $String ? "TCP" : 0;
                    object.address = "";
                }
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = options.enums === $String ? $root.testdata.als.SocketAddress.Protocol[message.protocol] === $undefined ? message.protocol : $root.testdata.als.SocketAddress.Protocol[message.protocol] : message.protocol;
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = message.address;
                if (message.port_value != null && $Object.hasOwnProperty.call(message, "port_value")) {
                    object.port_value = message.port_value;
                    if (options.oneofs)
                        object.port_specifier = "port_value";
                }
                if (message.named_port != null && $Object.hasOwnProperty.call(message, "named_port")) {
                    object.named_port = message.named_port;
                    if (options.oneofs)
                        object.port_specifier = "named_port";
                }
                return object;
            };

            /**
             * Converts this SocketAddress to JSON.
             * @function toJSON
             * @memberof testdata.als.SocketAddress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SocketAddress.prototype.toJSON = function() {
                return SocketAddress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SocketAddress
             * @function getTypeUrl
             * @memberof testdata.als.SocketAddress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SocketAddress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/testdata.als.SocketAddress";
            };

            /**
             * Protocol enum.
             * @name testdata.als.SocketAddress.Protocol
             * @enum {number}
             * @property {number} TCP=0 TCP value
             * @property {number} UDP=1 UDP value
             */
            SocketAddress.Protocol = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TCP"] = 0;
                values[valuesById[1] = "UDP"] = 1;
                return values;
            })();

            return SocketAddress;
        })();

        als.TCPAccessLogEntry = (function() {

            /**
             * Properties of a TCPAccessLogEntry.
             * @typedef {Object} testdata.als.TCPAccessLogEntry.$Properties
             * @property {testdata.als.AccessLogCommon.$Properties|null} [common_properties] TCPAccessLogEntry common_properties
             * @property {testdata.als.ConnectionProperties.$Properties|null} [connection_properties] TCPAccessLogEntry connection_properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TCPAccessLogEntry.
             * @memberof testdata.als
             * @interface ITCPAccessLogEntry
             * @augments testdata.als.TCPAccessLogEntry.$Properties
             * @deprecated Use testdata.als.TCPAccessLogEntry.$Properties instead.
             */

            /**
             * Shape of a TCPAccessLogEntry.
             * @typedef {{
             *   common_properties?: testdata.als.AccessLogCommon.$Shape|null;
             *   connection_properties?: testdata.als.ConnectionProperties.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} testdata.als.TCPAccessLogEntry.$Shape
             */

            /**
             * Constructs a new TCPAccessLogEntry.
             * @memberof testdata.als
             * @classdesc Represents a TCPAccessLogEntry.
             * @constructor
             * @param {testdata.als.TCPAccessLogEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TCPAccessLogEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TCPAccessLogEntry common_properties.
             * @member {testdata.als.AccessLogCommon.$Properties|null|undefined} common_properties
             * @memberof testdata.als.TCPAccessLogEntry
             * @instance
             */
            TCPAccessLogEntry.prototype.common_properties = null;

            /**
             * TCPAccessLogEntry connection_properties.
             * @member {testdata.als.ConnectionProperties.$Properties|null|undefined} connection_properties
             * @memberof testdata.als.TCPAccessLogEntry
             * @instance
             */
            TCPAccessLogEntry.prototype.connection_properties = null;

            /**
             * Creates a new TCPAccessLogEntry instance using the specified properties.
             * @function create
             * @memberof testdata.als.TCPAccessLogEntry
             * @static
             * @param {testdata.als.TCPAccessLogEntry.$Properties=} [properties] Properties to set
             * @returns {testdata.als.TCPAccessLogEntry} TCPAccessLogEntry instance
             * @type {{
             *   (properties: testdata.als.TCPAccessLogEntry.$Shape): testdata.als.TCPAccessLogEntry & testdata.als.TCPAccessLogEntry.$Shape;
             *   (properties?: testdata.als.TCPAccessLogEntry.$Properties): testdata.als.TCPAccessLogEntry;
             * }}
             */
            TCPAccessLogEntry.create = function(properties) {
                return new TCPAccessLogEntry(properties);
            };

            /**
             * Encodes the specified TCPAccessLogEntry message. Does not implicitly {@link testdata.als.TCPAccessLogEntry.verify|verify} messages.
             * @function encode
             * @memberof testdata.als.TCPAccessLogEntry
             * @static
             * @param {testdata.als.TCPAccessLogEntry.$Properties} message TCPAccessLogEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TCPAccessLogEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.common_properties != null && $Object.hasOwnProperty.call(message, "common_properties"))
                    $root.testdata.als.AccessLogCommon.encode(message.common_properties, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.connection_properties != null && $Object.hasOwnProperty.call(message, "connection_properties"))
                    $root.testdata.als.ConnectionProperties.encode(message.connection_properties, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TCPAccessLogEntry message, length delimited. Does not implicitly {@link testdata.als.TCPAccessLogEntry.verify|verify} messages.
             * @function encodeDelimited
             * @memberof testdata.als.TCPAccessLogEntry
             * @static
             * @param {testdata.als.TCPAccessLogEntry.$Properties} message TCPAccessLogEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TCPAccessLogEntry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TCPAccessLogEntry message from the specified reader or buffer.
             * @function decode
             * @memberof testdata.als.TCPAccessLogEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {testdata.als.TCPAccessLogEntry & testdata.als.TCPAccessLogEntry.$Shape} TCPAccessLogEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TCPAccessLogEntry.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.testdata.als.TCPAccessLogEntry();
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
                            message.common_properties = $root.testdata.als.AccessLogCommon.decode(reader, reader.size(), $undefined, _depth + 1, message.common_properties);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.connection_properties = $root.testdata.als.ConnectionProperties.decode(reader, reader.size(), $undefined, _depth + 1, message.connection_properties);
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
             * Decodes a TCPAccessLogEntry message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof testdata.als.TCPAccessLogEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {testdata.als.TCPAccessLogEntry & testdata.als.TCPAccessLogEntry.$Shape} TCPAccessLogEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TCPAccessLogEntry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TCPAccessLogEntry message.
             * @function verify
             * @memberof testdata.als.TCPAccessLogEntry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TCPAccessLogEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.common_properties != null && $Object.hasOwnProperty.call(message, "common_properties")) {
                    let error = $root.testdata.als.AccessLogCommon.verify(message.common_properties, _depth + 1);
                    if (error)
                        return "common_properties." + error;
                }
                if (message.connection_properties != null && $Object.hasOwnProperty.call(message, "connection_properties")) {
                    let error = $root.testdata.als.ConnectionProperties.verify(message.connection_properties, _depth + 1);
                    if (error)
                        return "connection_properties." + error;
                }
                return null;
            };

            /**
             * Creates a TCPAccessLogEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof testdata.als.TCPAccessLogEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {testdata.als.TCPAccessLogEntry} TCPAccessLogEntry
             */
            TCPAccessLogEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.testdata.als.TCPAccessLogEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".testdata.als.TCPAccessLogEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.testdata.als.TCPAccessLogEntry();
                if (object.common_properties != null) {
                    if (!$util.isObject(object.common_properties))
                        throw $TypeError(".testdata.als.TCPAccessLogEntry.common_properties: object expected");
                    message.common_properties = $root.testdata.als.AccessLogCommon.fromObject(object.common_properties, _depth + 1);
                }
                if (object.connection_properties != null) {
                    if (!$util.isObject(object.connection_properties))
                        throw $TypeError(".testdata.als.TCPAccessLogEntry.connection_properties: object expected");
                    message.connection_properties = $root.testdata.als.ConnectionProperties.fromObject(object.connection_properties, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a TCPAccessLogEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof testdata.als.TCPAccessLogEntry
             * @static
             * @param {testdata.als.TCPAccessLogEntry} message TCPAccessLogEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TCPAccessLogEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.common_properties = null;
                    object.connection_properties = null;
                }
                if (message.common_properties != null && $Object.hasOwnProperty.call(message, "common_properties"))
                    object.common_properties = $root.testdata.als.AccessLogCommon.toObject(message.common_properties, options, _depth + 1);
                if (message.connection_properties != null && $Object.hasOwnProperty.call(message, "connection_properties"))
                    object.connection_properties = $root.testdata.als.ConnectionProperties.toObject(message.connection_properties, options, _depth + 1);
                return object;
            };

            /**
             * Converts this TCPAccessLogEntry to JSON.
             * @function toJSON
             * @memberof testdata.als.TCPAccessLogEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TCPAccessLogEntry.prototype.toJSON = function() {
                return TCPAccessLogEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TCPAccessLogEntry
             * @function getTypeUrl
             * @memberof testdata.als.TCPAccessLogEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TCPAccessLogEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/testdata.als.TCPAccessLogEntry";
            };

            return TCPAccessLogEntry;
        })();

        als.HTTPAccessLogEntry = (function() {

            /**
             * Properties of a HTTPAccessLogEntry.
             * @typedef {Object} testdata.als.HTTPAccessLogEntry.$Properties
             * @property {testdata.als.AccessLogCommon.$Properties|null} [common_properties] HTTPAccessLogEntry common_properties
             * @property {testdata.als.HTTPAccessLogEntry.HTTPVersion|null} [protocol_version] HTTPAccessLogEntry protocol_version
             * @property {testdata.als.HTTPRequestProperties.$Properties|null} [request] HTTPAccessLogEntry request
             * @property {testdata.als.HTTPResponseProperties.$Properties|null} [response] HTTPAccessLogEntry response
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HTTPAccessLogEntry.
             * @memberof testdata.als
             * @interface IHTTPAccessLogEntry
             * @augments testdata.als.HTTPAccessLogEntry.$Properties
             * @deprecated Use testdata.als.HTTPAccessLogEntry.$Properties instead.
             */

            /**
             * Shape of a HTTPAccessLogEntry.
             * @typedef {{
             *   common_properties?: testdata.als.AccessLogCommon.$Shape|null;
             *   protocol_version?: testdata.als.HTTPAccessLogEntry.HTTPVersion|null;
             *   request?: testdata.als.HTTPRequestProperties.$Shape|null;
             *   response?: testdata.als.HTTPResponseProperties.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} testdata.als.HTTPAccessLogEntry.$Shape
             */

            /**
             * Constructs a new HTTPAccessLogEntry.
             * @memberof testdata.als
             * @classdesc Represents a HTTPAccessLogEntry.
             * @constructor
             * @param {testdata.als.HTTPAccessLogEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HTTPAccessLogEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HTTPAccessLogEntry common_properties.
             * @member {testdata.als.AccessLogCommon.$Properties|null|undefined} common_properties
             * @memberof testdata.als.HTTPAccessLogEntry
             * @instance
             */
            HTTPAccessLogEntry.prototype.common_properties = null;

            /**
             * HTTPAccessLogEntry protocol_version.
             * @member {testdata.als.HTTPAccessLogEntry.HTTPVersion} protocol_version
             * @memberof testdata.als.HTTPAccessLogEntry
             * @instance
             */
            HTTPAccessLogEntry.prototype.protocol_version = 0;

            /**
             * HTTPAccessLogEntry request.
             * @member {testdata.als.HTTPRequestProperties.$Properties|null|undefined} request
             * @memberof testdata.als.HTTPAccessLogEntry
             * @instance
             */
            HTTPAccessLogEntry.prototype.request = null;

            /**
             * HTTPAccessLogEntry response.
             * @member {testdata.als.HTTPResponseProperties.$Properties|null|undefined} response
             * @memberof testdata.als.HTTPAccessLogEntry
             * @instance
             */
            HTTPAccessLogEntry.prototype.response = null;

            /**
             * Creates a new HTTPAccessLogEntry instance using the specified properties.
             * @function create
             * @memberof testdata.als.HTTPAccessLogEntry
             * @static
             * @param {testdata.als.HTTPAccessLogEntry.$Properties=} [properties] Properties to set
             * @returns {testdata.als.HTTPAccessLogEntry} HTTPAccessLogEntry instance
             * @type {{
             *   (properties: testdata.als.HTTPAccessLogEntry.$Shape): testdata.als.HTTPAccessLogEntry & testdata.als.HTTPAccessLogEntry.$Shape;
             *   (properties?: testdata.als.HTTPAccessLogEntry.$Properties): testdata.als.HTTPAccessLogEntry;
             * }}
             */
            HTTPAccessLogEntry.create = function(properties) {
                return new HTTPAccessLogEntry(properties);
            };

            /**
             * Encodes the specified HTTPAccessLogEntry message. Does not implicitly {@link testdata.als.HTTPAccessLogEntry.verify|verify} messages.
             * @function encode
             * @memberof testdata.als.HTTPAccessLogEntry
             * @static
             * @param {testdata.als.HTTPAccessLogEntry.$Properties} message HTTPAccessLogEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HTTPAccessLogEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.common_properties != null && $Object.hasOwnProperty.call(message, "common_properties"))
                    $root.testdata.als.AccessLogCommon.encode(message.common_properties, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.protocol_version != null && $Object.hasOwnProperty.call(message, "protocol_version") && message.protocol_version !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.protocol_version);
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    $root.testdata.als.HTTPRequestProperties.encode(message.request, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                    $root.testdata.als.HTTPResponseProperties.encode(message.response, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HTTPAccessLogEntry message, length delimited. Does not implicitly {@link testdata.als.HTTPAccessLogEntry.verify|verify} messages.
             * @function encodeDelimited
             * @memberof testdata.als.HTTPAccessLogEntry
             * @static
             * @param {testdata.als.HTTPAccessLogEntry.$Properties} message HTTPAccessLogEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HTTPAccessLogEntry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HTTPAccessLogEntry message from the specified reader or buffer.
             * @function decode
             * @memberof testdata.als.HTTPAccessLogEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {testdata.als.HTTPAccessLogEntry & testdata.als.HTTPAccessLogEntry.$Shape} HTTPAccessLogEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HTTPAccessLogEntry.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.testdata.als.HTTPAccessLogEntry();
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
                            message.common_properties = $root.testdata.als.AccessLogCommon.decode(reader, reader.size(), $undefined, _depth + 1, message.common_properties);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.protocol_version = value;
                            else
                                delete message.protocol_version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.request = $root.testdata.als.HTTPRequestProperties.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.response = $root.testdata.als.HTTPResponseProperties.decode(reader, reader.size(), $undefined, _depth + 1, message.response);
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
             * Decodes a HTTPAccessLogEntry message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof testdata.als.HTTPAccessLogEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {testdata.als.HTTPAccessLogEntry & testdata.als.HTTPAccessLogEntry.$Shape} HTTPAccessLogEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HTTPAccessLogEntry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HTTPAccessLogEntry message.
             * @function verify
             * @memberof testdata.als.HTTPAccessLogEntry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HTTPAccessLogEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.common_properties != null && $Object.hasOwnProperty.call(message, "common_properties")) {
                    let error = $root.testdata.als.AccessLogCommon.verify(message.common_properties, _depth + 1);
                    if (error)
                        return "common_properties." + error;
                }
                if (message.protocol_version != null && $Object.hasOwnProperty.call(message, "protocol_version"))
                    if (typeof message.protocol_version !== "number" || (message.protocol_version | 0) !== message.protocol_version)
                        return "protocol_version: enum value expected";
                if (message.request != null && $Object.hasOwnProperty.call(message, "request")) {
                    let error = $root.testdata.als.HTTPRequestProperties.verify(message.request, _depth + 1);
                    if (error)
                        return "request." + error;
                }
                if (message.response != null && $Object.hasOwnProperty.call(message, "response")) {
                    let error = $root.testdata.als.HTTPResponseProperties.verify(message.response, _depth + 1);
                    if (error)
                        return "response." + error;
                }
                return null;
            };

            /**
             * Creates a HTTPAccessLogEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof testdata.als.HTTPAccessLogEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {testdata.als.HTTPAccessLogEntry} HTTPAccessLogEntry
             */
            HTTPAccessLogEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.testdata.als.HTTPAccessLogEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".testdata.als.HTTPAccessLogEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.testdata.als.HTTPAccessLogEntry();
                if (object.common_properties != null) {
                    if (!$util.isObject(object.common_properties))
                        throw $TypeError(".testdata.als.HTTPAccessLogEntry.common_properties: object expected");
                    message.common_properties = $root.testdata.als.AccessLogCommon.fromObject(object.common_properties, _depth + 1);
                }
                if (object.protocol_version !== 0 && (typeof object.protocol_version !== "string" || $root.testdata.als.HTTPAccessLogEntry.HTTPVersion[object.protocol_version] !== 0))
                    switch (object.protocol_version) {
                    case "PROTOCOL_UNSPECIFIED":
                    case 0:
                        message.protocol_version = 0;
                        break;
                    case "HTTP10":
                    case 1:
                        message.protocol_version = 1;
                        break;
                    case "HTTP11":
                    case 2:
                        message.protocol_version = 2;
                        break;
                    case "HTTP2":
                    case 3:
                        message.protocol_version = 3;
                        break;
                    case "HTTP3":
                    case 4:
                        message.protocol_version = 4;
                        break;
                    default:
                        if (typeof object.protocol_version === "number" && (object.protocol_version | 0) === object.protocol_version)
                            message.protocol_version = object.protocol_version;
                    }
                if (object.request != null) {
                    if (!$util.isObject(object.request))
                        throw $TypeError(".testdata.als.HTTPAccessLogEntry.request: object expected");
                    message.request = $root.testdata.als.HTTPRequestProperties.fromObject(object.request, _depth + 1);
                }
                if (object.response != null) {
                    if (!$util.isObject(object.response))
                        throw $TypeError(".testdata.als.HTTPAccessLogEntry.response: object expected");
                    message.response = $root.testdata.als.HTTPResponseProperties.fromObject(object.response, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a HTTPAccessLogEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof testdata.als.HTTPAccessLogEntry
             * @static
             * @param {testdata.als.HTTPAccessLogEntry} message HTTPAccessLogEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HTTPAccessLogEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.common_properties = null;
                    object.protocol_version = options.enums === $String ? "PROTOCOL_UNSPECIFIED" : 0;
                    object.request = null;
                    object.response = null;
                }
                if (message.common_properties != null && $Object.hasOwnProperty.call(message, "common_properties"))
                    object.common_properties = $root.testdata.als.AccessLogCommon.toObject(message.common_properties, options, _depth + 1);
                if (message.protocol_version != null && $Object.hasOwnProperty.call(message, "protocol_version"))
                    object.protocol_version = options.enums === $String ? $root.testdata.als.HTTPAccessLogEntry.HTTPVersion[message.protocol_version] === $undefined ? message.protocol_version : $root.testdata.als.HTTPAccessLogEntry.HTTPVersion[message.protocol_version] : message.protocol_version;
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    object.request = $root.testdata.als.HTTPRequestProperties.toObject(message.request, options, _depth + 1);
                if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                    object.response = $root.testdata.als.HTTPResponseProperties.toObject(message.response, options, _depth + 1);
                return object;
            };

            /**
             * Converts this HTTPAccessLogEntry to JSON.
             * @function toJSON
             * @memberof testdata.als.HTTPAccessLogEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HTTPAccessLogEntry.prototype.toJSON = function() {
                return HTTPAccessLogEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HTTPAccessLogEntry
             * @function getTypeUrl
             * @memberof testdata.als.HTTPAccessLogEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HTTPAccessLogEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/testdata.als.HTTPAccessLogEntry";
            };

            /**
             * HTTPVersion enum.
             * @name testdata.als.HTTPAccessLogEntry.HTTPVersion
             * @enum {number}
             * @property {number} PROTOCOL_UNSPECIFIED=0 PROTOCOL_UNSPECIFIED value
             * @property {number} HTTP10=1 HTTP10 value
             * @property {number} HTTP11=2 HTTP11 value
             * @property {number} HTTP2=3 HTTP2 value
             * @property {number} HTTP3=4 HTTP3 value
             */
            HTTPAccessLogEntry.HTTPVersion = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PROTOCOL_UNSPECIFIED"] = 0;
                values[valuesById[1] = "HTTP10"] = 1;
                values[valuesById[2] = "HTTP11"] = 2;
                values[valuesById[3] = "HTTP2"] = 3;
                values[valuesById[4] = "HTTP3"] = 4;
                return values;
            })();

            return HTTPAccessLogEntry;
        })();

        als.ConnectionProperties = (function() {

            /**
             * Properties of a ConnectionProperties.
             * @typedef {Object} testdata.als.ConnectionProperties.$Properties
             * @property {number|Long|null} [received_bytes] ConnectionProperties received_bytes
             * @property {number|Long|null} [sent_bytes] ConnectionProperties sent_bytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConnectionProperties.
             * @memberof testdata.als
             * @interface IConnectionProperties
             * @augments testdata.als.ConnectionProperties.$Properties
             * @deprecated Use testdata.als.ConnectionProperties.$Properties instead.
             */

            /**
             * Shape of a ConnectionProperties.
             * @typedef {testdata.als.ConnectionProperties.$Properties} testdata.als.ConnectionProperties.$Shape
             */

            /**
             * Constructs a new ConnectionProperties.
             * @memberof testdata.als
             * @classdesc Represents a ConnectionProperties.
             * @constructor
             * @param {testdata.als.ConnectionProperties.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConnectionProperties = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConnectionProperties received_bytes.
             * @member {number|Long} received_bytes
             * @memberof testdata.als.ConnectionProperties
             * @instance
             */
            ConnectionProperties.prototype.received_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ConnectionProperties sent_bytes.
             * @member {number|Long} sent_bytes
             * @memberof testdata.als.ConnectionProperties
             * @instance
             */
            ConnectionProperties.prototype.sent_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ConnectionProperties instance using the specified properties.
             * @function create
             * @memberof testdata.als.ConnectionProperties
             * @static
             * @param {testdata.als.ConnectionProperties.$Properties=} [properties] Properties to set
             * @returns {testdata.als.ConnectionProperties} ConnectionProperties instance
             * @type {{
             *   (properties: testdata.als.ConnectionProperties.$Shape): testdata.als.ConnectionProperties & testdata.als.ConnectionProperties.$Shape;
             *   (properties?: testdata.als.ConnectionProperties.$Properties): testdata.als.ConnectionProperties;
             * }}
             */
            ConnectionProperties.create = function(properties) {
                return new ConnectionProperties(properties);
            };

            /**
             * Encodes the specified ConnectionProperties message. Does not implicitly {@link testdata.als.ConnectionProperties.verify|verify} messages.
             * @function encode
             * @memberof testdata.als.ConnectionProperties
             * @static
             * @param {testdata.als.ConnectionProperties.$Properties} message ConnectionProperties message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnectionProperties.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.received_bytes != null && $Object.hasOwnProperty.call(message, "received_bytes") && (typeof message.received_bytes === "object" ? message.received_bytes.low || message.received_bytes.high : message.received_bytes !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.received_bytes);
                if (message.sent_bytes != null && $Object.hasOwnProperty.call(message, "sent_bytes") && (typeof message.sent_bytes === "object" ? message.sent_bytes.low || message.sent_bytes.high : message.sent_bytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sent_bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ConnectionProperties message, length delimited. Does not implicitly {@link testdata.als.ConnectionProperties.verify|verify} messages.
             * @function encodeDelimited
             * @memberof testdata.als.ConnectionProperties
             * @static
             * @param {testdata.als.ConnectionProperties.$Properties} message ConnectionProperties message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnectionProperties.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConnectionProperties message from the specified reader or buffer.
             * @function decode
             * @memberof testdata.als.ConnectionProperties
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {testdata.als.ConnectionProperties & testdata.als.ConnectionProperties.$Shape} ConnectionProperties
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnectionProperties.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.testdata.als.ConnectionProperties();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.received_bytes = value;
                            else
                                delete message.received_bytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sent_bytes = value;
                            else
                                delete message.sent_bytes;
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
             * Decodes a ConnectionProperties message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof testdata.als.ConnectionProperties
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {testdata.als.ConnectionProperties & testdata.als.ConnectionProperties.$Shape} ConnectionProperties
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnectionProperties.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConnectionProperties message.
             * @function verify
             * @memberof testdata.als.ConnectionProperties
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConnectionProperties.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.received_bytes != null && $Object.hasOwnProperty.call(message, "received_bytes"))
                    if (!$util.isInteger(message.received_bytes) && !(message.received_bytes && $util.isInteger(message.received_bytes.low) && $util.isInteger(message.received_bytes.high)))
                        return "received_bytes: integer|Long expected";
                if (message.sent_bytes != null && $Object.hasOwnProperty.call(message, "sent_bytes"))
                    if (!$util.isInteger(message.sent_bytes) && !(message.sent_bytes && $util.isInteger(message.sent_bytes.low) && $util.isInteger(message.sent_bytes.high)))
                        return "sent_bytes: integer|Long expected";
                return null;
            };

            /**
             * Creates a ConnectionProperties message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof testdata.als.ConnectionProperties
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {testdata.als.ConnectionProperties} ConnectionProperties
             */
            ConnectionProperties.fromObject = function (object, _depth) {
                if (object instanceof $root.testdata.als.ConnectionProperties)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".testdata.als.ConnectionProperties: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.testdata.als.ConnectionProperties();
                if (object.received_bytes != null)
                    if (typeof object.received_bytes === "object" ? object.received_bytes.low || object.received_bytes.high : $Number(object.received_bytes) !== 0)
                        if ($util.Long)
                            message.received_bytes = $util.Long.fromValue(object.received_bytes, true);
                        else if (typeof object.received_bytes === "string")
                            message.received_bytes = $parseInt(object.received_bytes, 10);
                        else if (typeof object.received_bytes === "number")
                            message.received_bytes = object.received_bytes;
                        else if (typeof object.received_bytes === "object")
                            message.received_bytes = new $util.LongBits(object.received_bytes.low >>> 0, object.received_bytes.high >>> 0).toNumber(true);
                if (object.sent_bytes != null)
                    if (typeof object.sent_bytes === "object" ? object.sent_bytes.low || object.sent_bytes.high : $Number(object.sent_bytes) !== 0)
                        if ($util.Long)
                            message.sent_bytes = $util.Long.fromValue(object.sent_bytes, true);
                        else if (typeof object.sent_bytes === "string")
                            message.sent_bytes = $parseInt(object.sent_bytes, 10);
                        else if (typeof object.sent_bytes === "number")
                            message.sent_bytes = object.sent_bytes;
                        else if (typeof object.sent_bytes === "object")
                            message.sent_bytes = new $util.LongBits(object.sent_bytes.low >>> 0, object.sent_bytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a ConnectionProperties message. Also converts values to other types if specified.
             * @function toObject
             * @memberof testdata.als.ConnectionProperties
             * @static
             * @param {testdata.als.ConnectionProperties} message ConnectionProperties
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConnectionProperties.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.received_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.received_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sent_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sent_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.received_bytes != null && $Object.hasOwnProperty.call(message, "received_bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.received_bytes = typeof message.received_bytes === "number" ? $BigInt(message.received_bytes) : $util.Long.fromBits(message.received_bytes.low >>> 0, message.received_bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.received_bytes === "number")
                        object.received_bytes = options.longs === $String ? $String(message.received_bytes) : message.received_bytes;
                    else
                        object.received_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.received_bytes) : options.longs === $Number ? new $util.LongBits(message.received_bytes.low >>> 0, message.received_bytes.high >>> 0).toNumber(true) : message.received_bytes;
                if (message.sent_bytes != null && $Object.hasOwnProperty.call(message, "sent_bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sent_bytes = typeof message.sent_bytes === "number" ? $BigInt(message.sent_bytes) : $util.Long.fromBits(message.sent_bytes.low >>> 0, message.sent_bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sent_bytes === "number")
                        object.sent_bytes = options.longs === $String ? $String(message.sent_bytes) : message.sent_bytes;
                    else
                        object.sent_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sent_bytes) : options.longs === $Number ? new $util.LongBits(message.sent_bytes.low >>> 0, message.sent_bytes.high >>> 0).toNumber(true) : message.sent_bytes;
                return object;
            };

            /**
             * Converts this ConnectionProperties to JSON.
             * @function toJSON
             * @memberof testdata.als.ConnectionProperties
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConnectionProperties.prototype.toJSON = function() {
                return ConnectionProperties.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConnectionProperties
             * @function getTypeUrl
             * @memberof testdata.als.ConnectionProperties
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConnectionProperties.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/testdata.als.ConnectionProperties";
            };

            return ConnectionProperties;
        })();

        als.AccessLogCommon = (function() {

            /**
             * Properties of an AccessLogCommon.
             * @typedef {Object} testdata.als.AccessLogCommon.$Properties
             * @property {number|null} [sample_rate] AccessLogCommon sample_rate
             * @property {testdata.als.Address.$Properties|null} [downstream_remote_address] AccessLogCommon downstream_remote_address
             * @property {testdata.als.Address.$Properties|null} [downstream_local_address] AccessLogCommon downstream_local_address
             * @property {google.protobuf.Timestamp.$Properties|null} [start_time] AccessLogCommon start_time
             * @property {google.protobuf.Duration.$Properties|null} [time_to_last_rx_byte] AccessLogCommon time_to_last_rx_byte
             * @property {google.protobuf.Duration.$Properties|null} [time_to_first_upstream_tx_byte] AccessLogCommon time_to_first_upstream_tx_byte
             * @property {google.protobuf.Duration.$Properties|null} [time_to_last_upstream_tx_byte] AccessLogCommon time_to_last_upstream_tx_byte
             * @property {google.protobuf.Duration.$Properties|null} [time_to_first_upstream_rx_byte] AccessLogCommon time_to_first_upstream_rx_byte
             * @property {google.protobuf.Duration.$Properties|null} [time_to_last_upstream_rx_byte] AccessLogCommon time_to_last_upstream_rx_byte
             * @property {google.protobuf.Duration.$Properties|null} [time_to_first_downstream_tx_byte] AccessLogCommon time_to_first_downstream_tx_byte
             * @property {google.protobuf.Duration.$Properties|null} [time_to_last_downstream_tx_byte] AccessLogCommon time_to_last_downstream_tx_byte
             * @property {testdata.als.Address.$Properties|null} [upstream_remote_address] AccessLogCommon upstream_remote_address
             * @property {testdata.als.Address.$Properties|null} [upstream_local_address] AccessLogCommon upstream_local_address
             * @property {string|null} [upstream_cluster] AccessLogCommon upstream_cluster
             * @property {testdata.als.ResponseFlags.$Properties|null} [response_flags] AccessLogCommon response_flags
             * @property {string|null} [upstream_transport_failure_reason] AccessLogCommon upstream_transport_failure_reason
             * @property {string|null} [route_name] AccessLogCommon route_name
             * @property {testdata.als.Address.$Properties|null} [downstream_direct_remote_address] AccessLogCommon downstream_direct_remote_address
             * @property {Object.<string,google.protobuf.Any.$Properties>|null} [filter_state_objects] AccessLogCommon filter_state_objects
             * @property {Object.<string,string>|null} [custom_tags] AccessLogCommon custom_tags
             * @property {google.protobuf.Duration.$Properties|null} [duration] AccessLogCommon duration
             * @property {number|null} [upstream_request_attempt_count] AccessLogCommon upstream_request_attempt_count
             * @property {string|null} [connection_termination_details] AccessLogCommon connection_termination_details
             * @property {string|null} [stream_id] AccessLogCommon stream_id
             * @property {boolean|null} [intermediate_log_entry] AccessLogCommon intermediate_log_entry
             * @property {string|null} [downstream_transport_failure_reason] AccessLogCommon downstream_transport_failure_reason
             * @property {number|Long|null} [downstream_wire_bytes_sent] AccessLogCommon downstream_wire_bytes_sent
             * @property {number|Long|null} [downstream_wire_bytes_received] AccessLogCommon downstream_wire_bytes_received
             * @property {number|Long|null} [upstream_wire_bytes_sent] AccessLogCommon upstream_wire_bytes_sent
             * @property {number|Long|null} [upstream_wire_bytes_received] AccessLogCommon upstream_wire_bytes_received
             * @property {envoy.data.accesslog.v3.AccessLogType|null} [access_log_type] AccessLogCommon access_log_type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AccessLogCommon.
             * @memberof testdata.als
             * @interface IAccessLogCommon
             * @augments testdata.als.AccessLogCommon.$Properties
             * @deprecated Use testdata.als.AccessLogCommon.$Properties instead.
             */

            /**
             * Shape of an AccessLogCommon.
             * @typedef {{
             *   sample_rate?: number|null;
             *   downstream_remote_address?: testdata.als.Address.$Shape|null;
             *   downstream_local_address?: testdata.als.Address.$Shape|null;
             *   start_time?: google.protobuf.Timestamp.$Shape|null;
             *   time_to_last_rx_byte?: google.protobuf.Duration.$Shape|null;
             *   time_to_first_upstream_tx_byte?: google.protobuf.Duration.$Shape|null;
             *   time_to_last_upstream_tx_byte?: google.protobuf.Duration.$Shape|null;
             *   time_to_first_upstream_rx_byte?: google.protobuf.Duration.$Shape|null;
             *   time_to_last_upstream_rx_byte?: google.protobuf.Duration.$Shape|null;
             *   time_to_first_downstream_tx_byte?: google.protobuf.Duration.$Shape|null;
             *   time_to_last_downstream_tx_byte?: google.protobuf.Duration.$Shape|null;
             *   upstream_remote_address?: testdata.als.Address.$Shape|null;
             *   upstream_local_address?: testdata.als.Address.$Shape|null;
             *   upstream_cluster?: string|null;
             *   response_flags?: testdata.als.ResponseFlags.$Shape|null;
             *   upstream_transport_failure_reason?: string|null;
             *   route_name?: string|null;
             *   downstream_direct_remote_address?: testdata.als.Address.$Shape|null;
             *   filter_state_objects?: Object.<string,google.protobuf.Any.$Shape>|null;
             *   custom_tags?: Object.<string,string>|null;
             *   duration?: google.protobuf.Duration.$Shape|null;
             *   upstream_request_attempt_count?: number|null;
             *   connection_termination_details?: string|null;
             *   stream_id?: string|null;
             *   intermediate_log_entry?: boolean|null;
             *   downstream_transport_failure_reason?: string|null;
             *   downstream_wire_bytes_sent?: number|Long|null;
             *   downstream_wire_bytes_received?: number|Long|null;
             *   upstream_wire_bytes_sent?: number|Long|null;
             *   upstream_wire_bytes_received?: number|Long|null;
             *   access_log_type?: envoy.data.accesslog.v3.AccessLogType|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} testdata.als.AccessLogCommon.$Shape
             */

            /**
             * Constructs a new AccessLogCommon.
             * @memberof testdata.als
             * @classdesc Represents an AccessLogCommon.
             * @constructor
             * @param {testdata.als.AccessLogCommon.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AccessLogCommon = function (properties) {
                this.filter_state_objects = {};
                this.custom_tags = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AccessLogCommon sample_rate.
             * @member {number} sample_rate
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.sample_rate = 0;

            /**
             * AccessLogCommon downstream_remote_address.
             * @member {testdata.als.Address.$Properties|null|undefined} downstream_remote_address
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.downstream_remote_address = null;

            /**
             * AccessLogCommon downstream_local_address.
             * @member {testdata.als.Address.$Properties|null|undefined} downstream_local_address
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.downstream_local_address = null;

            /**
             * AccessLogCommon start_time.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} start_time
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.start_time = null;

            /**
             * AccessLogCommon time_to_last_rx_byte.
             * @member {google.protobuf.Duration.$Properties|null|undefined} time_to_last_rx_byte
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.time_to_last_rx_byte = null;

            /**
             * AccessLogCommon time_to_first_upstream_tx_byte.
             * @member {google.protobuf.Duration.$Properties|null|undefined} time_to_first_upstream_tx_byte
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.time_to_first_upstream_tx_byte = null;

            /**
             * AccessLogCommon time_to_last_upstream_tx_byte.
             * @member {google.protobuf.Duration.$Properties|null|undefined} time_to_last_upstream_tx_byte
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.time_to_last_upstream_tx_byte = null;

            /**
             * AccessLogCommon time_to_first_upstream_rx_byte.
             * @member {google.protobuf.Duration.$Properties|null|undefined} time_to_first_upstream_rx_byte
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.time_to_first_upstream_rx_byte = null;

            /**
             * AccessLogCommon time_to_last_upstream_rx_byte.
             * @member {google.protobuf.Duration.$Properties|null|undefined} time_to_last_upstream_rx_byte
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.time_to_last_upstream_rx_byte = null;

            /**
             * AccessLogCommon time_to_first_downstream_tx_byte.
             * @member {google.protobuf.Duration.$Properties|null|undefined} time_to_first_downstream_tx_byte
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.time_to_first_downstream_tx_byte = null;

            /**
             * AccessLogCommon time_to_last_downstream_tx_byte.
             * @member {google.protobuf.Duration.$Properties|null|undefined} time_to_last_downstream_tx_byte
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.time_to_last_downstream_tx_byte = null;

            /**
             * AccessLogCommon upstream_remote_address.
             * @member {testdata.als.Address.$Properties|null|undefined} upstream_remote_address
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.upstream_remote_address = null;

            /**
             * AccessLogCommon upstream_local_address.
             * @member {testdata.als.Address.$Properties|null|undefined} upstream_local_address
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.upstream_local_address = null;

            /**
             * AccessLogCommon upstream_cluster.
             * @member {string} upstream_cluster
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.upstream_cluster = "";

            /**
             * AccessLogCommon response_flags.
             * @member {testdata.als.ResponseFlags.$Properties|null|undefined} response_flags
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.response_flags = null;

            /**
             * AccessLogCommon upstream_transport_failure_reason.
             * @member {string} upstream_transport_failure_reason
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.upstream_transport_failure_reason = "";

            /**
             * AccessLogCommon route_name.
             * @member {string} route_name
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.route_name = "";

            /**
             * AccessLogCommon downstream_direct_remote_address.
             * @member {testdata.als.Address.$Properties|null|undefined} downstream_direct_remote_address
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.downstream_direct_remote_address = null;

            /**
             * AccessLogCommon filter_state_objects.
             * @member {Object.<string,google.protobuf.Any.$Properties>} filter_state_objects
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.filter_state_objects = $util.emptyObject;

            /**
             * AccessLogCommon custom_tags.
             * @member {Object.<string,string>} custom_tags
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.custom_tags = $util.emptyObject;

            /**
             * AccessLogCommon duration.
             * @member {google.protobuf.Duration.$Properties|null|undefined} duration
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.duration = null;

            /**
             * AccessLogCommon upstream_request_attempt_count.
             * @member {number} upstream_request_attempt_count
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.upstream_request_attempt_count = 0;

            /**
             * AccessLogCommon connection_termination_details.
             * @member {string} connection_termination_details
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.connection_termination_details = "";

            /**
             * AccessLogCommon stream_id.
             * @member {string} stream_id
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.stream_id = "";

            /**
             * AccessLogCommon intermediate_log_entry.
             * @member {boolean} intermediate_log_entry
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.intermediate_log_entry = false;

            /**
             * AccessLogCommon downstream_transport_failure_reason.
             * @member {string} downstream_transport_failure_reason
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.downstream_transport_failure_reason = "";

            /**
             * AccessLogCommon downstream_wire_bytes_sent.
             * @member {number|Long} downstream_wire_bytes_sent
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.downstream_wire_bytes_sent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AccessLogCommon downstream_wire_bytes_received.
             * @member {number|Long} downstream_wire_bytes_received
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.downstream_wire_bytes_received = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AccessLogCommon upstream_wire_bytes_sent.
             * @member {number|Long} upstream_wire_bytes_sent
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.upstream_wire_bytes_sent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AccessLogCommon upstream_wire_bytes_received.
             * @member {number|Long} upstream_wire_bytes_received
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.upstream_wire_bytes_received = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AccessLogCommon access_log_type.
             * @member {envoy.data.accesslog.v3.AccessLogType} access_log_type
             * @memberof testdata.als.AccessLogCommon
             * @instance
             */
            AccessLogCommon.prototype.access_log_type = 0;

            /**
             * Creates a new AccessLogCommon instance using the specified properties.
             * @function create
             * @memberof testdata.als.AccessLogCommon
             * @static
             * @param {testdata.als.AccessLogCommon.$Properties=} [properties] Properties to set
             * @returns {testdata.als.AccessLogCommon} AccessLogCommon instance
             * @type {{
             *   (properties: testdata.als.AccessLogCommon.$Shape): testdata.als.AccessLogCommon & testdata.als.AccessLogCommon.$Shape;
             *   (properties?: testdata.als.AccessLogCommon.$Properties): testdata.als.AccessLogCommon;
             * }}
             */
            AccessLogCommon.create = function(properties) {
                return new AccessLogCommon(properties);
            };

            /**
             * Encodes the specified AccessLogCommon message. Does not implicitly {@link testdata.als.AccessLogCommon.verify|verify} messages.
             * @function encode
             * @memberof testdata.als.AccessLogCommon
             * @static
             * @param {testdata.als.AccessLogCommon.$Properties} message AccessLogCommon message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccessLogCommon.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sample_rate != null && $Object.hasOwnProperty.call(message, "sample_rate") && !$Object.is(message.sample_rate, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.sample_rate);
                if (message.downstream_remote_address != null && $Object.hasOwnProperty.call(message, "downstream_remote_address"))
                    $root.testdata.als.Address.encode(message.downstream_remote_address, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.downstream_local_address != null && $Object.hasOwnProperty.call(message, "downstream_local_address"))
                    $root.testdata.als.Address.encode(message.downstream_local_address, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.start_time != null && $Object.hasOwnProperty.call(message, "start_time"))
                    $root.google.protobuf.Timestamp.encode(message.start_time, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.time_to_last_rx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_rx_byte"))
                    $root.google.protobuf.Duration.encode(message.time_to_last_rx_byte, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.time_to_first_upstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_first_upstream_tx_byte"))
                    $root.google.protobuf.Duration.encode(message.time_to_first_upstream_tx_byte, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.time_to_last_upstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_upstream_tx_byte"))
                    $root.google.protobuf.Duration.encode(message.time_to_last_upstream_tx_byte, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.time_to_first_upstream_rx_byte != null && $Object.hasOwnProperty.call(message, "time_to_first_upstream_rx_byte"))
                    $root.google.protobuf.Duration.encode(message.time_to_first_upstream_rx_byte, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.time_to_last_upstream_rx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_upstream_rx_byte"))
                    $root.google.protobuf.Duration.encode(message.time_to_last_upstream_rx_byte, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.time_to_first_downstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_first_downstream_tx_byte"))
                    $root.google.protobuf.Duration.encode(message.time_to_first_downstream_tx_byte, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.time_to_last_downstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_downstream_tx_byte"))
                    $root.google.protobuf.Duration.encode(message.time_to_last_downstream_tx_byte, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.upstream_remote_address != null && $Object.hasOwnProperty.call(message, "upstream_remote_address"))
                    $root.testdata.als.Address.encode(message.upstream_remote_address, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.upstream_local_address != null && $Object.hasOwnProperty.call(message, "upstream_local_address"))
                    $root.testdata.als.Address.encode(message.upstream_local_address, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.upstream_cluster != null && $Object.hasOwnProperty.call(message, "upstream_cluster") && message.upstream_cluster !== "")
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.upstream_cluster);
                if (message.response_flags != null && $Object.hasOwnProperty.call(message, "response_flags"))
                    $root.testdata.als.ResponseFlags.encode(message.response_flags, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.upstream_transport_failure_reason != null && $Object.hasOwnProperty.call(message, "upstream_transport_failure_reason") && message.upstream_transport_failure_reason !== "")
                    writer.uint32(/* id 18, wireType 2 =*/146).string(message.upstream_transport_failure_reason);
                if (message.route_name != null && $Object.hasOwnProperty.call(message, "route_name") && message.route_name !== "")
                    writer.uint32(/* id 19, wireType 2 =*/154).string(message.route_name);
                if (message.downstream_direct_remote_address != null && $Object.hasOwnProperty.call(message, "downstream_direct_remote_address"))
                    $root.testdata.als.Address.encode(message.downstream_direct_remote_address, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.filter_state_objects != null && $Object.hasOwnProperty.call(message, "filter_state_objects"))
                    for (let keys = $Object.keys(message.filter_state_objects), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 21, wireType 2 =*/170).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.google.protobuf.Any.encode(message.filter_state_objects[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.custom_tags != null && $Object.hasOwnProperty.call(message, "custom_tags"))
                    for (let keys = $Object.keys(message.custom_tags), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 22, wireType 2 =*/178).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.custom_tags[keys[i]]).ldelim();
                if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                    $root.google.protobuf.Duration.encode(message.duration, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.upstream_request_attempt_count != null && $Object.hasOwnProperty.call(message, "upstream_request_attempt_count") && message.upstream_request_attempt_count !== 0)
                    writer.uint32(/* id 24, wireType 0 =*/192).uint32(message.upstream_request_attempt_count);
                if (message.connection_termination_details != null && $Object.hasOwnProperty.call(message, "connection_termination_details") && message.connection_termination_details !== "")
                    writer.uint32(/* id 25, wireType 2 =*/202).string(message.connection_termination_details);
                if (message.stream_id != null && $Object.hasOwnProperty.call(message, "stream_id") && message.stream_id !== "")
                    writer.uint32(/* id 26, wireType 2 =*/210).string(message.stream_id);
                if (message.intermediate_log_entry != null && $Object.hasOwnProperty.call(message, "intermediate_log_entry") && message.intermediate_log_entry !== false)
                    writer.uint32(/* id 27, wireType 0 =*/216).bool(message.intermediate_log_entry);
                if (message.downstream_transport_failure_reason != null && $Object.hasOwnProperty.call(message, "downstream_transport_failure_reason") && message.downstream_transport_failure_reason !== "")
                    writer.uint32(/* id 28, wireType 2 =*/226).string(message.downstream_transport_failure_reason);
                if (message.downstream_wire_bytes_sent != null && $Object.hasOwnProperty.call(message, "downstream_wire_bytes_sent") && (typeof message.downstream_wire_bytes_sent === "object" ? message.downstream_wire_bytes_sent.low || message.downstream_wire_bytes_sent.high : message.downstream_wire_bytes_sent !== 0))
                    writer.uint32(/* id 29, wireType 0 =*/232).uint64(message.downstream_wire_bytes_sent);
                if (message.downstream_wire_bytes_received != null && $Object.hasOwnProperty.call(message, "downstream_wire_bytes_received") && (typeof message.downstream_wire_bytes_received === "object" ? message.downstream_wire_bytes_received.low || message.downstream_wire_bytes_received.high : message.downstream_wire_bytes_received !== 0))
                    writer.uint32(/* id 30, wireType 0 =*/240).uint64(message.downstream_wire_bytes_received);
                if (message.upstream_wire_bytes_sent != null && $Object.hasOwnProperty.call(message, "upstream_wire_bytes_sent") && (typeof message.upstream_wire_bytes_sent === "object" ? message.upstream_wire_bytes_sent.low || message.upstream_wire_bytes_sent.high : message.upstream_wire_bytes_sent !== 0))
                    writer.uint32(/* id 31, wireType 0 =*/248).uint64(message.upstream_wire_bytes_sent);
                if (message.upstream_wire_bytes_received != null && $Object.hasOwnProperty.call(message, "upstream_wire_bytes_received") && (typeof message.upstream_wire_bytes_received === "object" ? message.upstream_wire_bytes_received.low || message.upstream_wire_bytes_received.high : message.upstream_wire_bytes_received !== 0))
                    writer.uint32(/* id 32, wireType 0 =*/256).uint64(message.upstream_wire_bytes_received);
                if (message.access_log_type != null && $Object.hasOwnProperty.call(message, "access_log_type") && message.access_log_type !== 0)
                    writer.uint32(/* id 33, wireType 0 =*/264).int32(message.access_log_type);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AccessLogCommon message, length delimited. Does not implicitly {@link testdata.als.AccessLogCommon.verify|verify} messages.
             * @function encodeDelimited
             * @memberof testdata.als.AccessLogCommon
             * @static
             * @param {testdata.als.AccessLogCommon.$Properties} message AccessLogCommon message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccessLogCommon.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AccessLogCommon message from the specified reader or buffer.
             * @function decode
             * @memberof testdata.als.AccessLogCommon
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {testdata.als.AccessLogCommon & testdata.als.AccessLogCommon.$Shape} AccessLogCommon
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccessLogCommon.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.testdata.als.AccessLogCommon();
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
                            if (!$Object.is(value = reader.double(), 0))
                                message.sample_rate = value;
                            else
                                delete message.sample_rate;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.downstream_remote_address = $root.testdata.als.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.downstream_remote_address);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.downstream_local_address = $root.testdata.als.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.downstream_local_address);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.start_time = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.start_time);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.time_to_last_rx_byte = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.time_to_last_rx_byte);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.time_to_first_upstream_tx_byte = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.time_to_first_upstream_tx_byte);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.time_to_last_upstream_tx_byte = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.time_to_last_upstream_tx_byte);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.time_to_first_upstream_rx_byte = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.time_to_first_upstream_rx_byte);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.time_to_last_upstream_rx_byte = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.time_to_last_upstream_rx_byte);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.time_to_first_downstream_tx_byte = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.time_to_first_downstream_tx_byte);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.time_to_last_downstream_tx_byte = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.time_to_last_downstream_tx_byte);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.upstream_remote_address = $root.testdata.als.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.upstream_remote_address);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.upstream_local_address = $root.testdata.als.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.upstream_local_address);
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.upstream_cluster = value;
                            else
                                delete message.upstream_cluster;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.response_flags = $root.testdata.als.ResponseFlags.decode(reader, reader.size(), $undefined, _depth + 1, message.response_flags);
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.upstream_transport_failure_reason = value;
                            else
                                delete message.upstream_transport_failure_reason;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.route_name = value;
                            else
                                delete message.route_name;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.downstream_direct_remote_address = $root.testdata.als.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.downstream_direct_remote_address);
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if (message.filter_state_objects === $util.emptyObject)
                                message.filter_state_objects = {};
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
                                    value = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.filter_state_objects, key);
                            message.filter_state_objects[key] = value || new $root.google.protobuf.Any();
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            if (message.custom_tags === $util.emptyObject)
                                message.custom_tags = {};
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
                                $util.makeProp(message.custom_tags, key);
                            message.custom_tags[key] = value;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.duration = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.duration);
                            continue;
                        }
                    case 24: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.upstream_request_attempt_count = value;
                            else
                                delete message.upstream_request_attempt_count;
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.connection_termination_details = value;
                            else
                                delete message.connection_termination_details;
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stream_id = value;
                            else
                                delete message.stream_id;
                            continue;
                        }
                    case 27: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.intermediate_log_entry = value;
                            else
                                delete message.intermediate_log_entry;
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.downstream_transport_failure_reason = value;
                            else
                                delete message.downstream_transport_failure_reason;
                            continue;
                        }
                    case 29: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.downstream_wire_bytes_sent = value;
                            else
                                delete message.downstream_wire_bytes_sent;
                            continue;
                        }
                    case 30: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.downstream_wire_bytes_received = value;
                            else
                                delete message.downstream_wire_bytes_received;
                            continue;
                        }
                    case 31: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.upstream_wire_bytes_sent = value;
                            else
                                delete message.upstream_wire_bytes_sent;
                            continue;
                        }
                    case 32: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.upstream_wire_bytes_received = value;
                            else
                                delete message.upstream_wire_bytes_received;
                            continue;
                        }
                    case 33: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.access_log_type = value;
                            else
                                delete message.access_log_type;
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
             * Decodes an AccessLogCommon message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof testdata.als.AccessLogCommon
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {testdata.als.AccessLogCommon & testdata.als.AccessLogCommon.$Shape} AccessLogCommon
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccessLogCommon.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AccessLogCommon message.
             * @function verify
             * @memberof testdata.als.AccessLogCommon
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AccessLogCommon.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sample_rate != null && $Object.hasOwnProperty.call(message, "sample_rate"))
                    if (typeof message.sample_rate !== "number")
                        return "sample_rate: number expected";
                if (message.downstream_remote_address != null && $Object.hasOwnProperty.call(message, "downstream_remote_address")) {
                    let error = $root.testdata.als.Address.verify(message.downstream_remote_address, _depth + 1);
                    if (error)
                        return "downstream_remote_address." + error;
                }
                if (message.downstream_local_address != null && $Object.hasOwnProperty.call(message, "downstream_local_address")) {
                    let error = $root.testdata.als.Address.verify(message.downstream_local_address, _depth + 1);
                    if (error)
                        return "downstream_local_address." + error;
                }
                if (message.start_time != null && $Object.hasOwnProperty.call(message, "start_time")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.start_time, _depth + 1);
                    if (error)
                        return "start_time." + error;
                }
                if (message.time_to_last_rx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_rx_byte")) {
                    let error = $root.google.protobuf.Duration.verify(message.time_to_last_rx_byte, _depth + 1);
                    if (error)
                        return "time_to_last_rx_byte." + error;
                }
                if (message.time_to_first_upstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_first_upstream_tx_byte")) {
                    let error = $root.google.protobuf.Duration.verify(message.time_to_first_upstream_tx_byte, _depth + 1);
                    if (error)
                        return "time_to_first_upstream_tx_byte." + error;
                }
                if (message.time_to_last_upstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_upstream_tx_byte")) {
                    let error = $root.google.protobuf.Duration.verify(message.time_to_last_upstream_tx_byte, _depth + 1);
                    if (error)
                        return "time_to_last_upstream_tx_byte." + error;
                }
                if (message.time_to_first_upstream_rx_byte != null && $Object.hasOwnProperty.call(message, "time_to_first_upstream_rx_byte")) {
                    let error = $root.google.protobuf.Duration.verify(message.time_to_first_upstream_rx_byte, _depth + 1);
                    if (error)
                        return "time_to_first_upstream_rx_byte." + error;
                }
                if (message.time_to_last_upstream_rx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_upstream_rx_byte")) {
                    let error = $root.google.protobuf.Duration.verify(message.time_to_last_upstream_rx_byte, _depth + 1);
                    if (error)
                        return "time_to_last_upstream_rx_byte." + error;
                }
                if (message.time_to_first_downstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_first_downstream_tx_byte")) {
                    let error = $root.google.protobuf.Duration.verify(message.time_to_first_downstream_tx_byte, _depth + 1);
                    if (error)
                        return "time_to_first_downstream_tx_byte." + error;
                }
                if (message.time_to_last_downstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_downstream_tx_byte")) {
                    let error = $root.google.protobuf.Duration.verify(message.time_to_last_downstream_tx_byte, _depth + 1);
                    if (error)
                        return "time_to_last_downstream_tx_byte." + error;
                }
                if (message.upstream_remote_address != null && $Object.hasOwnProperty.call(message, "upstream_remote_address")) {
                    let error = $root.testdata.als.Address.verify(message.upstream_remote_address, _depth + 1);
                    if (error)
                        return "upstream_remote_address." + error;
                }
                if (message.upstream_local_address != null && $Object.hasOwnProperty.call(message, "upstream_local_address")) {
                    let error = $root.testdata.als.Address.verify(message.upstream_local_address, _depth + 1);
                    if (error)
                        return "upstream_local_address." + error;
                }
                if (message.upstream_cluster != null && $Object.hasOwnProperty.call(message, "upstream_cluster"))
                    if (!$util.isString(message.upstream_cluster))
                        return "upstream_cluster: string expected";
                if (message.response_flags != null && $Object.hasOwnProperty.call(message, "response_flags")) {
                    let error = $root.testdata.als.ResponseFlags.verify(message.response_flags, _depth + 1);
                    if (error)
                        return "response_flags." + error;
                }
                if (message.upstream_transport_failure_reason != null && $Object.hasOwnProperty.call(message, "upstream_transport_failure_reason"))
                    if (!$util.isString(message.upstream_transport_failure_reason))
                        return "upstream_transport_failure_reason: string expected";
                if (message.route_name != null && $Object.hasOwnProperty.call(message, "route_name"))
                    if (!$util.isString(message.route_name))
                        return "route_name: string expected";
                if (message.downstream_direct_remote_address != null && $Object.hasOwnProperty.call(message, "downstream_direct_remote_address")) {
                    let error = $root.testdata.als.Address.verify(message.downstream_direct_remote_address, _depth + 1);
                    if (error)
                        return "downstream_direct_remote_address." + error;
                }
                if (message.filter_state_objects != null && $Object.hasOwnProperty.call(message, "filter_state_objects")) {
                    if (!$util.isObject(message.filter_state_objects))
                        return "filter_state_objects: object expected";
                    let key = $Object.keys(message.filter_state_objects);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.google.protobuf.Any.verify(message.filter_state_objects[key[i]], _depth + 1);
                        if (error)
                            return "filter_state_objects." + error;
                    }
                }
                if (message.custom_tags != null && $Object.hasOwnProperty.call(message, "custom_tags")) {
                    if (!$util.isObject(message.custom_tags))
                        return "custom_tags: object expected";
                    let key = $Object.keys(message.custom_tags);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.custom_tags[key[i]]))
                            return "custom_tags: string{k:string} expected";
                }
                if (message.duration != null && $Object.hasOwnProperty.call(message, "duration")) {
                    let error = $root.google.protobuf.Duration.verify(message.duration, _depth + 1);
                    if (error)
                        return "duration." + error;
                }
                if (message.upstream_request_attempt_count != null && $Object.hasOwnProperty.call(message, "upstream_request_attempt_count"))
                    if (!$util.isInteger(message.upstream_request_attempt_count))
                        return "upstream_request_attempt_count: integer expected";
                if (message.connection_termination_details != null && $Object.hasOwnProperty.call(message, "connection_termination_details"))
                    if (!$util.isString(message.connection_termination_details))
                        return "connection_termination_details: string expected";
                if (message.stream_id != null && $Object.hasOwnProperty.call(message, "stream_id"))
                    if (!$util.isString(message.stream_id))
                        return "stream_id: string expected";
                if (message.intermediate_log_entry != null && $Object.hasOwnProperty.call(message, "intermediate_log_entry"))
                    if (typeof message.intermediate_log_entry !== "boolean")
                        return "intermediate_log_entry: boolean expected";
                if (message.downstream_transport_failure_reason != null && $Object.hasOwnProperty.call(message, "downstream_transport_failure_reason"))
                    if (!$util.isString(message.downstream_transport_failure_reason))
                        return "downstream_transport_failure_reason: string expected";
                if (message.downstream_wire_bytes_sent != null && $Object.hasOwnProperty.call(message, "downstream_wire_bytes_sent"))
                    if (!$util.isInteger(message.downstream_wire_bytes_sent) && !(message.downstream_wire_bytes_sent && $util.isInteger(message.downstream_wire_bytes_sent.low) && $util.isInteger(message.downstream_wire_bytes_sent.high)))
                        return "downstream_wire_bytes_sent: integer|Long expected";
                if (message.downstream_wire_bytes_received != null && $Object.hasOwnProperty.call(message, "downstream_wire_bytes_received"))
                    if (!$util.isInteger(message.downstream_wire_bytes_received) && !(message.downstream_wire_bytes_received && $util.isInteger(message.downstream_wire_bytes_received.low) && $util.isInteger(message.downstream_wire_bytes_received.high)))
                        return "downstream_wire_bytes_received: integer|Long expected";
                if (message.upstream_wire_bytes_sent != null && $Object.hasOwnProperty.call(message, "upstream_wire_bytes_sent"))
                    if (!$util.isInteger(message.upstream_wire_bytes_sent) && !(message.upstream_wire_bytes_sent && $util.isInteger(message.upstream_wire_bytes_sent.low) && $util.isInteger(message.upstream_wire_bytes_sent.high)))
                        return "upstream_wire_bytes_sent: integer|Long expected";
                if (message.upstream_wire_bytes_received != null && $Object.hasOwnProperty.call(message, "upstream_wire_bytes_received"))
                    if (!$util.isInteger(message.upstream_wire_bytes_received) && !(message.upstream_wire_bytes_received && $util.isInteger(message.upstream_wire_bytes_received.low) && $util.isInteger(message.upstream_wire_bytes_received.high)))
                        return "upstream_wire_bytes_received: integer|Long expected";
                if (message.access_log_type != null && $Object.hasOwnProperty.call(message, "access_log_type"))
                    if (typeof message.access_log_type !== "number" || (message.access_log_type | 0) !== message.access_log_type)
                        return "access_log_type: enum value expected";
                return null;
            };

            /**
             * Creates an AccessLogCommon message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof testdata.als.AccessLogCommon
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {testdata.als.AccessLogCommon} AccessLogCommon
             */
            AccessLogCommon.fromObject = function (object, _depth) {
                if (object instanceof $root.testdata.als.AccessLogCommon)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".testdata.als.AccessLogCommon: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.testdata.als.AccessLogCommon();
                if (object.sample_rate != null)
                    if (!$Object.is($Number(object.sample_rate), 0))
                        message.sample_rate = $Number(object.sample_rate);
                if (object.downstream_remote_address != null) {
                    if (!$util.isObject(object.downstream_remote_address))
                        throw $TypeError(".testdata.als.AccessLogCommon.downstream_remote_address: object expected");
                    message.downstream_remote_address = $root.testdata.als.Address.fromObject(object.downstream_remote_address, _depth + 1);
                }
                if (object.downstream_local_address != null) {
                    if (!$util.isObject(object.downstream_local_address))
                        throw $TypeError(".testdata.als.AccessLogCommon.downstream_local_address: object expected");
                    message.downstream_local_address = $root.testdata.als.Address.fromObject(object.downstream_local_address, _depth + 1);
                }
                if (object.start_time != null) {
                    if (!$util.isObject(object.start_time))
                        throw $TypeError(".testdata.als.AccessLogCommon.start_time: object expected");
                    message.start_time = $root.google.protobuf.Timestamp.fromObject(object.start_time, _depth + 1);
                }
                if (object.time_to_last_rx_byte != null) {
                    if (!$util.isObject(object.time_to_last_rx_byte))
                        throw $TypeError(".testdata.als.AccessLogCommon.time_to_last_rx_byte: object expected");
                    message.time_to_last_rx_byte = $root.google.protobuf.Duration.fromObject(object.time_to_last_rx_byte, _depth + 1);
                }
                if (object.time_to_first_upstream_tx_byte != null) {
                    if (!$util.isObject(object.time_to_first_upstream_tx_byte))
                        throw $TypeError(".testdata.als.AccessLogCommon.time_to_first_upstream_tx_byte: object expected");
                    message.time_to_first_upstream_tx_byte = $root.google.protobuf.Duration.fromObject(object.time_to_first_upstream_tx_byte, _depth + 1);
                }
                if (object.time_to_last_upstream_tx_byte != null) {
                    if (!$util.isObject(object.time_to_last_upstream_tx_byte))
                        throw $TypeError(".testdata.als.AccessLogCommon.time_to_last_upstream_tx_byte: object expected");
                    message.time_to_last_upstream_tx_byte = $root.google.protobuf.Duration.fromObject(object.time_to_last_upstream_tx_byte, _depth + 1);
                }
                if (object.time_to_first_upstream_rx_byte != null) {
                    if (!$util.isObject(object.time_to_first_upstream_rx_byte))
                        throw $TypeError(".testdata.als.AccessLogCommon.time_to_first_upstream_rx_byte: object expected");
                    message.time_to_first_upstream_rx_byte = $root.google.protobuf.Duration.fromObject(object.time_to_first_upstream_rx_byte, _depth + 1);
                }
                if (object.time_to_last_upstream_rx_byte != null) {
                    if (!$util.isObject(object.time_to_last_upstream_rx_byte))
                        throw $TypeError(".testdata.als.AccessLogCommon.time_to_last_upstream_rx_byte: object expected");
                    message.time_to_last_upstream_rx_byte = $root.google.protobuf.Duration.fromObject(object.time_to_last_upstream_rx_byte, _depth + 1);
                }
                if (object.time_to_first_downstream_tx_byte != null) {
                    if (!$util.isObject(object.time_to_first_downstream_tx_byte))
                        throw $TypeError(".testdata.als.AccessLogCommon.time_to_first_downstream_tx_byte: object expected");
                    message.time_to_first_downstream_tx_byte = $root.google.protobuf.Duration.fromObject(object.time_to_first_downstream_tx_byte, _depth + 1);
                }
                if (object.time_to_last_downstream_tx_byte != null) {
                    if (!$util.isObject(object.time_to_last_downstream_tx_byte))
                        throw $TypeError(".testdata.als.AccessLogCommon.time_to_last_downstream_tx_byte: object expected");
                    message.time_to_last_downstream_tx_byte = $root.google.protobuf.Duration.fromObject(object.time_to_last_downstream_tx_byte, _depth + 1);
                }
                if (object.upstream_remote_address != null) {
                    if (!$util.isObject(object.upstream_remote_address))
                        throw $TypeError(".testdata.als.AccessLogCommon.upstream_remote_address: object expected");
                    message.upstream_remote_address = $root.testdata.als.Address.fromObject(object.upstream_remote_address, _depth + 1);
                }
                if (object.upstream_local_address != null) {
                    if (!$util.isObject(object.upstream_local_address))
                        throw $TypeError(".testdata.als.AccessLogCommon.upstream_local_address: object expected");
                    message.upstream_local_address = $root.testdata.als.Address.fromObject(object.upstream_local_address, _depth + 1);
                }
                if (object.upstream_cluster != null)
                    if (typeof object.upstream_cluster !== "string" || object.upstream_cluster.length)
                        message.upstream_cluster = $String(object.upstream_cluster);
                if (object.response_flags != null) {
                    if (!$util.isObject(object.response_flags))
                        throw $TypeError(".testdata.als.AccessLogCommon.response_flags: object expected");
                    message.response_flags = $root.testdata.als.ResponseFlags.fromObject(object.response_flags, _depth + 1);
                }
                if (object.upstream_transport_failure_reason != null)
                    if (typeof object.upstream_transport_failure_reason !== "string" || object.upstream_transport_failure_reason.length)
                        message.upstream_transport_failure_reason = $String(object.upstream_transport_failure_reason);
                if (object.route_name != null)
                    if (typeof object.route_name !== "string" || object.route_name.length)
                        message.route_name = $String(object.route_name);
                if (object.downstream_direct_remote_address != null) {
                    if (!$util.isObject(object.downstream_direct_remote_address))
                        throw $TypeError(".testdata.als.AccessLogCommon.downstream_direct_remote_address: object expected");
                    message.downstream_direct_remote_address = $root.testdata.als.Address.fromObject(object.downstream_direct_remote_address, _depth + 1);
                }
                if (object.filter_state_objects) {
                    if (!$util.isObject(object.filter_state_objects))
                        throw $TypeError(".testdata.als.AccessLogCommon.filter_state_objects: object expected");
                    message.filter_state_objects = {};
                    for (let keys = $Object.keys(object.filter_state_objects), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.filter_state_objects, keys[i]);
                        if (!$util.isObject(object.filter_state_objects[keys[i]]))
                            throw $TypeError(".testdata.als.AccessLogCommon.filter_state_objects: object expected");
                        message.filter_state_objects[keys[i]] = $root.google.protobuf.Any.fromObject(object.filter_state_objects[keys[i]], _depth + 1);
                    }
                }
                if (object.custom_tags) {
                    if (!$util.isObject(object.custom_tags))
                        throw $TypeError(".testdata.als.AccessLogCommon.custom_tags: object expected");
                    message.custom_tags = {};
                    for (let keys = $Object.keys(object.custom_tags), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.custom_tags, keys[i]);
                        message.custom_tags[keys[i]] = $String(object.custom_tags[keys[i]]);
                    }
                }
                if (object.duration != null) {
                    if (!$util.isObject(object.duration))
                        throw $TypeError(".testdata.als.AccessLogCommon.duration: object expected");
                    message.duration = $root.google.protobuf.Duration.fromObject(object.duration, _depth + 1);
                }
                if (object.upstream_request_attempt_count != null)
                    if ($Number(object.upstream_request_attempt_count) !== 0)
                        message.upstream_request_attempt_count = object.upstream_request_attempt_count >>> 0;
                if (object.connection_termination_details != null)
                    if (typeof object.connection_termination_details !== "string" || object.connection_termination_details.length)
                        message.connection_termination_details = $String(object.connection_termination_details);
                if (object.stream_id != null)
                    if (typeof object.stream_id !== "string" || object.stream_id.length)
                        message.stream_id = $String(object.stream_id);
                if (object.intermediate_log_entry != null)
                    if (object.intermediate_log_entry)
                        message.intermediate_log_entry = $Boolean(object.intermediate_log_entry);
                if (object.downstream_transport_failure_reason != null)
                    if (typeof object.downstream_transport_failure_reason !== "string" || object.downstream_transport_failure_reason.length)
                        message.downstream_transport_failure_reason = $String(object.downstream_transport_failure_reason);
                if (object.downstream_wire_bytes_sent != null)
                    if (typeof object.downstream_wire_bytes_sent === "object" ? object.downstream_wire_bytes_sent.low || object.downstream_wire_bytes_sent.high : $Number(object.downstream_wire_bytes_sent) !== 0)
                        if ($util.Long)
                            message.downstream_wire_bytes_sent = $util.Long.fromValue(object.downstream_wire_bytes_sent, true);
                        else if (typeof object.downstream_wire_bytes_sent === "string")
                            message.downstream_wire_bytes_sent = $parseInt(object.downstream_wire_bytes_sent, 10);
                        else if (typeof object.downstream_wire_bytes_sent === "number")
                            message.downstream_wire_bytes_sent = object.downstream_wire_bytes_sent;
                        else if (typeof object.downstream_wire_bytes_sent === "object")
                            message.downstream_wire_bytes_sent = new $util.LongBits(object.downstream_wire_bytes_sent.low >>> 0, object.downstream_wire_bytes_sent.high >>> 0).toNumber(true);
                if (object.downstream_wire_bytes_received != null)
                    if (typeof object.downstream_wire_bytes_received === "object" ? object.downstream_wire_bytes_received.low || object.downstream_wire_bytes_received.high : $Number(object.downstream_wire_bytes_received) !== 0)
                        if ($util.Long)
                            message.downstream_wire_bytes_received = $util.Long.fromValue(object.downstream_wire_bytes_received, true);
                        else if (typeof object.downstream_wire_bytes_received === "string")
                            message.downstream_wire_bytes_received = $parseInt(object.downstream_wire_bytes_received, 10);
                        else if (typeof object.downstream_wire_bytes_received === "number")
                            message.downstream_wire_bytes_received = object.downstream_wire_bytes_received;
                        else if (typeof object.downstream_wire_bytes_received === "object")
                            message.downstream_wire_bytes_received = new $util.LongBits(object.downstream_wire_bytes_received.low >>> 0, object.downstream_wire_bytes_received.high >>> 0).toNumber(true);
                if (object.upstream_wire_bytes_sent != null)
                    if (typeof object.upstream_wire_bytes_sent === "object" ? object.upstream_wire_bytes_sent.low || object.upstream_wire_bytes_sent.high : $Number(object.upstream_wire_bytes_sent) !== 0)
                        if ($util.Long)
                            message.upstream_wire_bytes_sent = $util.Long.fromValue(object.upstream_wire_bytes_sent, true);
                        else if (typeof object.upstream_wire_bytes_sent === "string")
                            message.upstream_wire_bytes_sent = $parseInt(object.upstream_wire_bytes_sent, 10);
                        else if (typeof object.upstream_wire_bytes_sent === "number")
                            message.upstream_wire_bytes_sent = object.upstream_wire_bytes_sent;
                        else if (typeof object.upstream_wire_bytes_sent === "object")
                            message.upstream_wire_bytes_sent = new $util.LongBits(object.upstream_wire_bytes_sent.low >>> 0, object.upstream_wire_bytes_sent.high >>> 0).toNumber(true);
                if (object.upstream_wire_bytes_received != null)
                    if (typeof object.upstream_wire_bytes_received === "object" ? object.upstream_wire_bytes_received.low || object.upstream_wire_bytes_received.high : $Number(object.upstream_wire_bytes_received) !== 0)
                        if ($util.Long)
                            message.upstream_wire_bytes_received = $util.Long.fromValue(object.upstream_wire_bytes_received, true);
                        else if (typeof object.upstream_wire_bytes_received === "string")
                            message.upstream_wire_bytes_received = $parseInt(object.upstream_wire_bytes_received, 10);
                        else if (typeof object.upstream_wire_bytes_received === "number")
                            message.upstream_wire_bytes_received = object.upstream_wire_bytes_received;
                        else if (typeof object.upstream_wire_bytes_received === "object")
                            message.upstream_wire_bytes_received = new $util.LongBits(object.upstream_wire_bytes_received.low >>> 0, object.upstream_wire_bytes_received.high >>> 0).toNumber(true);
                if (object.access_log_type !== 0 && (typeof object.access_log_type !== "string" || $root.envoy.data.accesslog.v3.AccessLogType[object.access_log_type] !== 0))
                    switch (object.access_log_type) {
                    case "NotSet":
                    case 0:
                        message.access_log_type = 0;
                        break;
                    case "TcpUpstreamConnected":
                    case 1:
                        message.access_log_type = 1;
                        break;
                    case "TcpPeriodic":
                    case 2:
                        message.access_log_type = 2;
                        break;
                    case "TcpConnectionEnd":
                    case 3:
                        message.access_log_type = 3;
                        break;
                    case "DownstreamStart":
                    case 4:
                        message.access_log_type = 4;
                        break;
                    case "DownstreamPeriodic":
                    case 5:
                        message.access_log_type = 5;
                        break;
                    case "DownstreamEnd":
                    case 6:
                        message.access_log_type = 6;
                        break;
                    case "UpstreamPoolReady":
                    case 7:
                        message.access_log_type = 7;
                        break;
                    case "UpstreamPeriodic":
                    case 8:
                        message.access_log_type = 8;
                        break;
                    case "UpstreamEnd":
                    case 9:
                        message.access_log_type = 9;
                        break;
                    case "DownstreamTunnelSuccessfullyEstablished":
                    case 10:
                        message.access_log_type = 10;
                        break;
                    case "UdpTunnelUpstreamConnected":
                    case 11:
                        message.access_log_type = 11;
                        break;
                    case "UdpPeriodic":
                    case 12:
                        message.access_log_type = 12;
                        break;
                    case "UdpSessionEnd":
                    case 13:
                        message.access_log_type = 13;
                        break;
                    case "TcpConnectionStart":
                    case 14:
                        message.access_log_type = 14;
                        break;
                    default:
                        if (typeof object.access_log_type === "number" && (object.access_log_type | 0) === object.access_log_type)
                            message.access_log_type = object.access_log_type;
                    }
                return message;
            };

            /**
             * Creates a plain object from an AccessLogCommon message. Also converts values to other types if specified.
             * @function toObject
             * @memberof testdata.als.AccessLogCommon
             * @static
             * @param {testdata.als.AccessLogCommon} message AccessLogCommon
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AccessLogCommon.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults) {
                    object.filter_state_objects = {};
                    object.custom_tags = {};
                }
                if (options.defaults) {
                    object.sample_rate = 0;
                    object.downstream_remote_address = null;
                    object.downstream_local_address = null;
                    object.start_time = null;
                    object.time_to_last_rx_byte = null;
                    object.time_to_first_upstream_tx_byte = null;
                    object.time_to_last_upstream_tx_byte = null;
                    object.time_to_first_upstream_rx_byte = null;
                    object.time_to_last_upstream_rx_byte = null;
                    object.time_to_first_downstream_tx_byte = null;
                    object.time_to_last_downstream_tx_byte = null;
                    object.upstream_remote_address = null;
                    object.upstream_local_address = null;
                    object.upstream_cluster = "";
                    object.response_flags = null;
                    object.upstream_transport_failure_reason = "";
                    object.route_name = "";
                    object.downstream_direct_remote_address = null;
                    object.duration = null;
                    object.upstream_request_attempt_count = 0;
                    object.connection_termination_details = "";
                    object.stream_id = "";
                    object.intermediate_log_entry = false;
                    object.downstream_transport_failure_reason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.downstream_wire_bytes_sent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.downstream_wire_bytes_sent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.downstream_wire_bytes_received = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.downstream_wire_bytes_received = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.upstream_wire_bytes_sent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.upstream_wire_bytes_sent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.upstream_wire_bytes_received = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.upstream_wire_bytes_received = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.access_log_type = options.enums === $String ? "NotSet" : 0;
                }
                if (message.sample_rate != null && $Object.hasOwnProperty.call(message, "sample_rate"))
                    object.sample_rate = options.json && !$isFinite(message.sample_rate) ? $String(message.sample_rate) : message.sample_rate;
                if (message.downstream_remote_address != null && $Object.hasOwnProperty.call(message, "downstream_remote_address"))
                    object.downstream_remote_address = $root.testdata.als.Address.toObject(message.downstream_remote_address, options, _depth + 1);
                if (message.downstream_local_address != null && $Object.hasOwnProperty.call(message, "downstream_local_address"))
                    object.downstream_local_address = $root.testdata.als.Address.toObject(message.downstream_local_address, options, _depth + 1);
                if (message.start_time != null && $Object.hasOwnProperty.call(message, "start_time"))
                    object.start_time = $root.google.protobuf.Timestamp.toObject(message.start_time, options, _depth + 1);
                if (message.time_to_last_rx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_rx_byte"))
                    object.time_to_last_rx_byte = $root.google.protobuf.Duration.toObject(message.time_to_last_rx_byte, options, _depth + 1);
                if (message.time_to_first_upstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_first_upstream_tx_byte"))
                    object.time_to_first_upstream_tx_byte = $root.google.protobuf.Duration.toObject(message.time_to_first_upstream_tx_byte, options, _depth + 1);
                if (message.time_to_last_upstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_upstream_tx_byte"))
                    object.time_to_last_upstream_tx_byte = $root.google.protobuf.Duration.toObject(message.time_to_last_upstream_tx_byte, options, _depth + 1);
                if (message.time_to_first_upstream_rx_byte != null && $Object.hasOwnProperty.call(message, "time_to_first_upstream_rx_byte"))
                    object.time_to_first_upstream_rx_byte = $root.google.protobuf.Duration.toObject(message.time_to_first_upstream_rx_byte, options, _depth + 1);
                if (message.time_to_last_upstream_rx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_upstream_rx_byte"))
                    object.time_to_last_upstream_rx_byte = $root.google.protobuf.Duration.toObject(message.time_to_last_upstream_rx_byte, options, _depth + 1);
                if (message.time_to_first_downstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_first_downstream_tx_byte"))
                    object.time_to_first_downstream_tx_byte = $root.google.protobuf.Duration.toObject(message.time_to_first_downstream_tx_byte, options, _depth + 1);
                if (message.time_to_last_downstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_downstream_tx_byte"))
                    object.time_to_last_downstream_tx_byte = $root.google.protobuf.Duration.toObject(message.time_to_last_downstream_tx_byte, options, _depth + 1);
                if (message.upstream_remote_address != null && $Object.hasOwnProperty.call(message, "upstream_remote_address"))
                    object.upstream_remote_address = $root.testdata.als.Address.toObject(message.upstream_remote_address, options, _depth + 1);
                if (message.upstream_local_address != null && $Object.hasOwnProperty.call(message, "upstream_local_address"))
                    object.upstream_local_address = $root.testdata.als.Address.toObject(message.upstream_local_address, options, _depth + 1);
                if (message.upstream_cluster != null && $Object.hasOwnProperty.call(message, "upstream_cluster"))
                    object.upstream_cluster = message.upstream_cluster;
                if (message.response_flags != null && $Object.hasOwnProperty.call(message, "response_flags"))
                    object.response_flags = $root.testdata.als.ResponseFlags.toObject(message.response_flags, options, _depth + 1);
                if (message.upstream_transport_failure_reason != null && $Object.hasOwnProperty.call(message, "upstream_transport_failure_reason"))
                    object.upstream_transport_failure_reason = message.upstream_transport_failure_reason;
                if (message.route_name != null && $Object.hasOwnProperty.call(message, "route_name"))
                    object.route_name = message.route_name;
                if (message.downstream_direct_remote_address != null && $Object.hasOwnProperty.call(message, "downstream_direct_remote_address"))
                    object.downstream_direct_remote_address = $root.testdata.als.Address.toObject(message.downstream_direct_remote_address, options, _depth + 1);
                let keys2;
                if (message.filter_state_objects && (keys2 = $Object.keys(message.filter_state_objects)).length) {
                    object.filter_state_objects = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.filter_state_objects, keys2[j]);
                        object.filter_state_objects[keys2[j]] = $root.google.protobuf.Any.toObject(message.filter_state_objects[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.custom_tags && (keys2 = $Object.keys(message.custom_tags)).length) {
                    object.custom_tags = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.custom_tags, keys2[j]);
                        object.custom_tags[keys2[j]] = message.custom_tags[keys2[j]];
                    }
                }
                if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                    object.duration = $root.google.protobuf.Duration.toObject(message.duration, options, _depth + 1);
                if (message.upstream_request_attempt_count != null && $Object.hasOwnProperty.call(message, "upstream_request_attempt_count"))
                    object.upstream_request_attempt_count = message.upstream_request_attempt_count;
                if (message.connection_termination_details != null && $Object.hasOwnProperty.call(message, "connection_termination_details"))
                    object.connection_termination_details = message.connection_termination_details;
                if (message.stream_id != null && $Object.hasOwnProperty.call(message, "stream_id"))
                    object.stream_id = message.stream_id;
                if (message.intermediate_log_entry != null && $Object.hasOwnProperty.call(message, "intermediate_log_entry"))
                    object.intermediate_log_entry = message.intermediate_log_entry;
                if (message.downstream_transport_failure_reason != null && $Object.hasOwnProperty.call(message, "downstream_transport_failure_reason"))
                    object.downstream_transport_failure_reason = message.downstream_transport_failure_reason;
                if (message.downstream_wire_bytes_sent != null && $Object.hasOwnProperty.call(message, "downstream_wire_bytes_sent"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.downstream_wire_bytes_sent = typeof message.downstream_wire_bytes_sent === "number" ? $BigInt(message.downstream_wire_bytes_sent) : $util.Long.fromBits(message.downstream_wire_bytes_sent.low >>> 0, message.downstream_wire_bytes_sent.high >>> 0, true).toBigInt();
                    else if (typeof message.downstream_wire_bytes_sent === "number")
                        object.downstream_wire_bytes_sent = options.longs === $String ? $String(message.downstream_wire_bytes_sent) : message.downstream_wire_bytes_sent;
                    else
                        object.downstream_wire_bytes_sent = options.longs === $String ? $util.Long.prototype.toString.call(message.downstream_wire_bytes_sent) : options.longs === $Number ? new $util.LongBits(message.downstream_wire_bytes_sent.low >>> 0, message.downstream_wire_bytes_sent.high >>> 0).toNumber(true) : message.downstream_wire_bytes_sent;
                if (message.downstream_wire_bytes_received != null && $Object.hasOwnProperty.call(message, "downstream_wire_bytes_received"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.downstream_wire_bytes_received = typeof message.downstream_wire_bytes_received === "number" ? $BigInt(message.downstream_wire_bytes_received) : $util.Long.fromBits(message.downstream_wire_bytes_received.low >>> 0, message.downstream_wire_bytes_received.high >>> 0, true).toBigInt();
                    else if (typeof message.downstream_wire_bytes_received === "number")
                        object.downstream_wire_bytes_received = options.longs === $String ? $String(message.downstream_wire_bytes_received) : message.downstream_wire_bytes_received;
                    else
                        object.downstream_wire_bytes_received = options.longs === $String ? $util.Long.prototype.toString.call(message.downstream_wire_bytes_received) : options.longs === $Number ? new $util.LongBits(message.downstream_wire_bytes_received.low >>> 0, message.downstream_wire_bytes_received.high >>> 0).toNumber(true) : message.downstream_wire_bytes_received;
                if (message.upstream_wire_bytes_sent != null && $Object.hasOwnProperty.call(message, "upstream_wire_bytes_sent"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.upstream_wire_bytes_sent = typeof message.upstream_wire_bytes_sent === "number" ? $BigInt(message.upstream_wire_bytes_sent) : $util.Long.fromBits(message.upstream_wire_bytes_sent.low >>> 0, message.upstream_wire_bytes_sent.high >>> 0, true).toBigInt();
                    else if (typeof message.upstream_wire_bytes_sent === "number")
                        object.upstream_wire_bytes_sent = options.longs === $String ? $String(message.upstream_wire_bytes_sent) : message.upstream_wire_bytes_sent;
                    else
                        object.upstream_wire_bytes_sent = options.longs === $String ? $util.Long.prototype.toString.call(message.upstream_wire_bytes_sent) : options.longs === $Number ? new $util.LongBits(message.upstream_wire_bytes_sent.low >>> 0, message.upstream_wire_bytes_sent.high >>> 0).toNumber(true) : message.upstream_wire_bytes_sent;
                if (message.upstream_wire_bytes_received != null && $Object.hasOwnProperty.call(message, "upstream_wire_bytes_received"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.upstream_wire_bytes_received = typeof message.upstream_wire_bytes_received === "number" ? $BigInt(message.upstream_wire_bytes_received) : $util.Long.fromBits(message.upstream_wire_bytes_received.low >>> 0, message.upstream_wire_bytes_received.high >>> 0, true).toBigInt();
                    else if (typeof message.upstream_wire_bytes_received === "number")
                        object.upstream_wire_bytes_received = options.longs === $String ? $String(message.upstream_wire_bytes_received) : message.upstream_wire_bytes_received;
                    else
                        object.upstream_wire_bytes_received = options.longs === $String ? $util.Long.prototype.toString.call(message.upstream_wire_bytes_received) : options.longs === $Number ? new $util.LongBits(message.upstream_wire_bytes_received.low >>> 0, message.upstream_wire_bytes_received.high >>> 0).toNumber(true) : message.upstream_wire_bytes_received;
                if (message.access_log_type != null && $Object.hasOwnProperty.call(message, "access_log_type"))
                    object.access_log_type = options.enums === $String ? $root.envoy.data.accesslog.v3.AccessLogType[message.access_log_type] === $undefined ? message.access_log_type : $root.envoy.data.accesslog.v3.AccessLogType[message.access_log_type] : message.access_log_type;
                return object;
            };

            /**
             * Converts this AccessLogCommon to JSON.
             * @function toJSON
             * @memberof testdata.als.AccessLogCommon
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AccessLogCommon.prototype.toJSON = function() {
                return AccessLogCommon.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AccessLogCommon
             * @function getTypeUrl
             * @memberof testdata.als.AccessLogCommon
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AccessLogCommon.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/testdata.als.AccessLogCommon";
            };

            return AccessLogCommon;
        })();

        als.ResponseFlags = (function() {

            /**
             * Properties of a ResponseFlags.
             * @typedef {Object} testdata.als.ResponseFlags.$Properties
             * @property {boolean|null} [failed_local_healthcheck] ResponseFlags failed_local_healthcheck
             * @property {boolean|null} [no_healthy_upstream] ResponseFlags no_healthy_upstream
             * @property {boolean|null} [upstream_request_timeout] ResponseFlags upstream_request_timeout
             * @property {boolean|null} [local_reset] ResponseFlags local_reset
             * @property {boolean|null} [upstream_remote_reset] ResponseFlags upstream_remote_reset
             * @property {boolean|null} [upstream_connection_failure] ResponseFlags upstream_connection_failure
             * @property {boolean|null} [upstream_connection_termination] ResponseFlags upstream_connection_termination
             * @property {boolean|null} [upstream_overflow] ResponseFlags upstream_overflow
             * @property {boolean|null} [no_route_found] ResponseFlags no_route_found
             * @property {boolean|null} [delay_injected] ResponseFlags delay_injected
             * @property {boolean|null} [fault_injected] ResponseFlags fault_injected
             * @property {boolean|null} [rate_limited] ResponseFlags rate_limited
             * @property {testdata.als.ResponseFlags.Unauthorized.$Properties|null} [unauthorized_details] ResponseFlags unauthorized_details
             * @property {boolean|null} [rate_limit_service_error] ResponseFlags rate_limit_service_error
             * @property {boolean|null} [downstream_connection_termination] ResponseFlags downstream_connection_termination
             * @property {boolean|null} [upstream_retry_limit_exceeded] ResponseFlags upstream_retry_limit_exceeded
             * @property {boolean|null} [stream_idle_timeout] ResponseFlags stream_idle_timeout
             * @property {boolean|null} [invalid_envoy_request_headers] ResponseFlags invalid_envoy_request_headers
             * @property {boolean|null} [downstream_protocol_error] ResponseFlags downstream_protocol_error
             * @property {boolean|null} [upstream_max_stream_duration_reached] ResponseFlags upstream_max_stream_duration_reached
             * @property {boolean|null} [response_from_cache_filter] ResponseFlags response_from_cache_filter
             * @property {boolean|null} [no_filter_config_found] ResponseFlags no_filter_config_found
             * @property {boolean|null} [duration_timeout] ResponseFlags duration_timeout
             * @property {boolean|null} [upstream_protocol_error] ResponseFlags upstream_protocol_error
             * @property {boolean|null} [no_cluster_found] ResponseFlags no_cluster_found
             * @property {boolean|null} [overload_manager] ResponseFlags overload_manager
             * @property {boolean|null} [dns_resolution_failure] ResponseFlags dns_resolution_failure
             * @property {boolean|null} [downstream_remote_reset] ResponseFlags downstream_remote_reset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseFlags.
             * @memberof testdata.als
             * @interface IResponseFlags
             * @augments testdata.als.ResponseFlags.$Properties
             * @deprecated Use testdata.als.ResponseFlags.$Properties instead.
             */

            /**
             * Shape of a ResponseFlags.
             * @typedef {testdata.als.ResponseFlags.$Properties} testdata.als.ResponseFlags.$Shape
             */

            /**
             * Constructs a new ResponseFlags.
             * @memberof testdata.als
             * @classdesc Represents a ResponseFlags.
             * @constructor
             * @param {testdata.als.ResponseFlags.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseFlags = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseFlags failed_local_healthcheck.
             * @member {boolean} failed_local_healthcheck
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.failed_local_healthcheck = false;

            /**
             * ResponseFlags no_healthy_upstream.
             * @member {boolean} no_healthy_upstream
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.no_healthy_upstream = false;

            /**
             * ResponseFlags upstream_request_timeout.
             * @member {boolean} upstream_request_timeout
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.upstream_request_timeout = false;

            /**
             * ResponseFlags local_reset.
             * @member {boolean} local_reset
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.local_reset = false;

            /**
             * ResponseFlags upstream_remote_reset.
             * @member {boolean} upstream_remote_reset
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.upstream_remote_reset = false;

            /**
             * ResponseFlags upstream_connection_failure.
             * @member {boolean} upstream_connection_failure
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.upstream_connection_failure = false;

            /**
             * ResponseFlags upstream_connection_termination.
             * @member {boolean} upstream_connection_termination
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.upstream_connection_termination = false;

            /**
             * ResponseFlags upstream_overflow.
             * @member {boolean} upstream_overflow
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.upstream_overflow = false;

            /**
             * ResponseFlags no_route_found.
             * @member {boolean} no_route_found
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.no_route_found = false;

            /**
             * ResponseFlags delay_injected.
             * @member {boolean} delay_injected
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.delay_injected = false;

            /**
             * ResponseFlags fault_injected.
             * @member {boolean} fault_injected
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.fault_injected = false;

            /**
             * ResponseFlags rate_limited.
             * @member {boolean} rate_limited
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.rate_limited = false;

            /**
             * ResponseFlags unauthorized_details.
             * @member {testdata.als.ResponseFlags.Unauthorized.$Properties|null|undefined} unauthorized_details
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.unauthorized_details = null;

            /**
             * ResponseFlags rate_limit_service_error.
             * @member {boolean} rate_limit_service_error
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.rate_limit_service_error = false;

            /**
             * ResponseFlags downstream_connection_termination.
             * @member {boolean} downstream_connection_termination
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.downstream_connection_termination = false;

            /**
             * ResponseFlags upstream_retry_limit_exceeded.
             * @member {boolean} upstream_retry_limit_exceeded
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.upstream_retry_limit_exceeded = false;

            /**
             * ResponseFlags stream_idle_timeout.
             * @member {boolean} stream_idle_timeout
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.stream_idle_timeout = false;

            /**
             * ResponseFlags invalid_envoy_request_headers.
             * @member {boolean} invalid_envoy_request_headers
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.invalid_envoy_request_headers = false;

            /**
             * ResponseFlags downstream_protocol_error.
             * @member {boolean} downstream_protocol_error
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.downstream_protocol_error = false;

            /**
             * ResponseFlags upstream_max_stream_duration_reached.
             * @member {boolean} upstream_max_stream_duration_reached
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.upstream_max_stream_duration_reached = false;

            /**
             * ResponseFlags response_from_cache_filter.
             * @member {boolean} response_from_cache_filter
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.response_from_cache_filter = false;

            /**
             * ResponseFlags no_filter_config_found.
             * @member {boolean} no_filter_config_found
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.no_filter_config_found = false;

            /**
             * ResponseFlags duration_timeout.
             * @member {boolean} duration_timeout
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.duration_timeout = false;

            /**
             * ResponseFlags upstream_protocol_error.
             * @member {boolean} upstream_protocol_error
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.upstream_protocol_error = false;

            /**
             * ResponseFlags no_cluster_found.
             * @member {boolean} no_cluster_found
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.no_cluster_found = false;

            /**
             * ResponseFlags overload_manager.
             * @member {boolean} overload_manager
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.overload_manager = false;

            /**
             * ResponseFlags dns_resolution_failure.
             * @member {boolean} dns_resolution_failure
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.dns_resolution_failure = false;

            /**
             * ResponseFlags downstream_remote_reset.
             * @member {boolean} downstream_remote_reset
             * @memberof testdata.als.ResponseFlags
             * @instance
             */
            ResponseFlags.prototype.downstream_remote_reset = false;

            /**
             * Creates a new ResponseFlags instance using the specified properties.
             * @function create
             * @memberof testdata.als.ResponseFlags
             * @static
             * @param {testdata.als.ResponseFlags.$Properties=} [properties] Properties to set
             * @returns {testdata.als.ResponseFlags} ResponseFlags instance
             * @type {{
             *   (properties: testdata.als.ResponseFlags.$Shape): testdata.als.ResponseFlags & testdata.als.ResponseFlags.$Shape;
             *   (properties?: testdata.als.ResponseFlags.$Properties): testdata.als.ResponseFlags;
             * }}
             */
            ResponseFlags.create = function(properties) {
                return new ResponseFlags(properties);
            };

            /**
             * Encodes the specified ResponseFlags message. Does not implicitly {@link testdata.als.ResponseFlags.verify|verify} messages.
             * @function encode
             * @memberof testdata.als.ResponseFlags
             * @static
             * @param {testdata.als.ResponseFlags.$Properties} message ResponseFlags message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseFlags.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.failed_local_healthcheck != null && $Object.hasOwnProperty.call(message, "failed_local_healthcheck") && message.failed_local_healthcheck !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.failed_local_healthcheck);
                if (message.no_healthy_upstream != null && $Object.hasOwnProperty.call(message, "no_healthy_upstream") && message.no_healthy_upstream !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.no_healthy_upstream);
                if (message.upstream_request_timeout != null && $Object.hasOwnProperty.call(message, "upstream_request_timeout") && message.upstream_request_timeout !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.upstream_request_timeout);
                if (message.local_reset != null && $Object.hasOwnProperty.call(message, "local_reset") && message.local_reset !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.local_reset);
                if (message.upstream_remote_reset != null && $Object.hasOwnProperty.call(message, "upstream_remote_reset") && message.upstream_remote_reset !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.upstream_remote_reset);
                if (message.upstream_connection_failure != null && $Object.hasOwnProperty.call(message, "upstream_connection_failure") && message.upstream_connection_failure !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.upstream_connection_failure);
                if (message.upstream_connection_termination != null && $Object.hasOwnProperty.call(message, "upstream_connection_termination") && message.upstream_connection_termination !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.upstream_connection_termination);
                if (message.upstream_overflow != null && $Object.hasOwnProperty.call(message, "upstream_overflow") && message.upstream_overflow !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.upstream_overflow);
                if (message.no_route_found != null && $Object.hasOwnProperty.call(message, "no_route_found") && message.no_route_found !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.no_route_found);
                if (message.delay_injected != null && $Object.hasOwnProperty.call(message, "delay_injected") && message.delay_injected !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.delay_injected);
                if (message.fault_injected != null && $Object.hasOwnProperty.call(message, "fault_injected") && message.fault_injected !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.fault_injected);
                if (message.rate_limited != null && $Object.hasOwnProperty.call(message, "rate_limited") && message.rate_limited !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.rate_limited);
                if (message.unauthorized_details != null && $Object.hasOwnProperty.call(message, "unauthorized_details"))
                    $root.testdata.als.ResponseFlags.Unauthorized.encode(message.unauthorized_details, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.rate_limit_service_error != null && $Object.hasOwnProperty.call(message, "rate_limit_service_error") && message.rate_limit_service_error !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.rate_limit_service_error);
                if (message.downstream_connection_termination != null && $Object.hasOwnProperty.call(message, "downstream_connection_termination") && message.downstream_connection_termination !== false)
                    writer.uint32(/* id 15, wireType 0 =*/120).bool(message.downstream_connection_termination);
                if (message.upstream_retry_limit_exceeded != null && $Object.hasOwnProperty.call(message, "upstream_retry_limit_exceeded") && message.upstream_retry_limit_exceeded !== false)
                    writer.uint32(/* id 16, wireType 0 =*/128).bool(message.upstream_retry_limit_exceeded);
                if (message.stream_idle_timeout != null && $Object.hasOwnProperty.call(message, "stream_idle_timeout") && message.stream_idle_timeout !== false)
                    writer.uint32(/* id 17, wireType 0 =*/136).bool(message.stream_idle_timeout);
                if (message.invalid_envoy_request_headers != null && $Object.hasOwnProperty.call(message, "invalid_envoy_request_headers") && message.invalid_envoy_request_headers !== false)
                    writer.uint32(/* id 18, wireType 0 =*/144).bool(message.invalid_envoy_request_headers);
                if (message.downstream_protocol_error != null && $Object.hasOwnProperty.call(message, "downstream_protocol_error") && message.downstream_protocol_error !== false)
                    writer.uint32(/* id 19, wireType 0 =*/152).bool(message.downstream_protocol_error);
                if (message.upstream_max_stream_duration_reached != null && $Object.hasOwnProperty.call(message, "upstream_max_stream_duration_reached") && message.upstream_max_stream_duration_reached !== false)
                    writer.uint32(/* id 20, wireType 0 =*/160).bool(message.upstream_max_stream_duration_reached);
                if (message.response_from_cache_filter != null && $Object.hasOwnProperty.call(message, "response_from_cache_filter") && message.response_from_cache_filter !== false)
                    writer.uint32(/* id 21, wireType 0 =*/168).bool(message.response_from_cache_filter);
                if (message.no_filter_config_found != null && $Object.hasOwnProperty.call(message, "no_filter_config_found") && message.no_filter_config_found !== false)
                    writer.uint32(/* id 22, wireType 0 =*/176).bool(message.no_filter_config_found);
                if (message.duration_timeout != null && $Object.hasOwnProperty.call(message, "duration_timeout") && message.duration_timeout !== false)
                    writer.uint32(/* id 23, wireType 0 =*/184).bool(message.duration_timeout);
                if (message.upstream_protocol_error != null && $Object.hasOwnProperty.call(message, "upstream_protocol_error") && message.upstream_protocol_error !== false)
                    writer.uint32(/* id 24, wireType 0 =*/192).bool(message.upstream_protocol_error);
                if (message.no_cluster_found != null && $Object.hasOwnProperty.call(message, "no_cluster_found") && message.no_cluster_found !== false)
                    writer.uint32(/* id 25, wireType 0 =*/200).bool(message.no_cluster_found);
                if (message.overload_manager != null && $Object.hasOwnProperty.call(message, "overload_manager") && message.overload_manager !== false)
                    writer.uint32(/* id 26, wireType 0 =*/208).bool(message.overload_manager);
                if (message.dns_resolution_failure != null && $Object.hasOwnProperty.call(message, "dns_resolution_failure") && message.dns_resolution_failure !== false)
                    writer.uint32(/* id 27, wireType 0 =*/216).bool(message.dns_resolution_failure);
                if (message.downstream_remote_reset != null && $Object.hasOwnProperty.call(message, "downstream_remote_reset") && message.downstream_remote_reset !== false)
                    writer.uint32(/* id 28, wireType 0 =*/224).bool(message.downstream_remote_reset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ResponseFlags message, length delimited. Does not implicitly {@link testdata.als.ResponseFlags.verify|verify} messages.
             * @function encodeDelimited
             * @memberof testdata.als.ResponseFlags
             * @static
             * @param {testdata.als.ResponseFlags.$Properties} message ResponseFlags message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseFlags.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ResponseFlags message from the specified reader or buffer.
             * @function decode
             * @memberof testdata.als.ResponseFlags
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {testdata.als.ResponseFlags & testdata.als.ResponseFlags.$Shape} ResponseFlags
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseFlags.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.testdata.als.ResponseFlags();
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
                            if (value = reader.bool())
                                message.failed_local_healthcheck = value;
                            else
                                delete message.failed_local_healthcheck;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.no_healthy_upstream = value;
                            else
                                delete message.no_healthy_upstream;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.upstream_request_timeout = value;
                            else
                                delete message.upstream_request_timeout;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.local_reset = value;
                            else
                                delete message.local_reset;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.upstream_remote_reset = value;
                            else
                                delete message.upstream_remote_reset;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.upstream_connection_failure = value;
                            else
                                delete message.upstream_connection_failure;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.upstream_connection_termination = value;
                            else
                                delete message.upstream_connection_termination;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.upstream_overflow = value;
                            else
                                delete message.upstream_overflow;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.no_route_found = value;
                            else
                                delete message.no_route_found;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.delay_injected = value;
                            else
                                delete message.delay_injected;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.fault_injected = value;
                            else
                                delete message.fault_injected;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.rate_limited = value;
                            else
                                delete message.rate_limited;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.unauthorized_details = $root.testdata.als.ResponseFlags.Unauthorized.decode(reader, reader.size(), $undefined, _depth + 1, message.unauthorized_details);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.rate_limit_service_error = value;
                            else
                                delete message.rate_limit_service_error;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.downstream_connection_termination = value;
                            else
                                delete message.downstream_connection_termination;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.upstream_retry_limit_exceeded = value;
                            else
                                delete message.upstream_retry_limit_exceeded;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.stream_idle_timeout = value;
                            else
                                delete message.stream_idle_timeout;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.invalid_envoy_request_headers = value;
                            else
                                delete message.invalid_envoy_request_headers;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.downstream_protocol_error = value;
                            else
                                delete message.downstream_protocol_error;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.upstream_max_stream_duration_reached = value;
                            else
                                delete message.upstream_max_stream_duration_reached;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.response_from_cache_filter = value;
                            else
                                delete message.response_from_cache_filter;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.no_filter_config_found = value;
                            else
                                delete message.no_filter_config_found;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.duration_timeout = value;
                            else
                                delete message.duration_timeout;
                            continue;
                        }
                    case 24: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.upstream_protocol_error = value;
                            else
                                delete message.upstream_protocol_error;
                            continue;
                        }
                    case 25: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.no_cluster_found = value;
                            else
                                delete message.no_cluster_found;
                            continue;
                        }
                    case 26: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.overload_manager = value;
                            else
                                delete message.overload_manager;
                            continue;
                        }
                    case 27: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dns_resolution_failure = value;
                            else
                                delete message.dns_resolution_failure;
                            continue;
                        }
                    case 28: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.downstream_remote_reset = value;
                            else
                                delete message.downstream_remote_reset;
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
             * Decodes a ResponseFlags message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof testdata.als.ResponseFlags
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {testdata.als.ResponseFlags & testdata.als.ResponseFlags.$Shape} ResponseFlags
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseFlags.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ResponseFlags message.
             * @function verify
             * @memberof testdata.als.ResponseFlags
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ResponseFlags.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.failed_local_healthcheck != null && $Object.hasOwnProperty.call(message, "failed_local_healthcheck"))
                    if (typeof message.failed_local_healthcheck !== "boolean")
                        return "failed_local_healthcheck: boolean expected";
                if (message.no_healthy_upstream != null && $Object.hasOwnProperty.call(message, "no_healthy_upstream"))
                    if (typeof message.no_healthy_upstream !== "boolean")
                        return "no_healthy_upstream: boolean expected";
                if (message.upstream_request_timeout != null && $Object.hasOwnProperty.call(message, "upstream_request_timeout"))
                    if (typeof message.upstream_request_timeout !== "boolean")
                        return "upstream_request_timeout: boolean expected";
                if (message.local_reset != null && $Object.hasOwnProperty.call(message, "local_reset"))
                    if (typeof message.local_reset !== "boolean")
                        return "local_reset: boolean expected";
                if (message.upstream_remote_reset != null && $Object.hasOwnProperty.call(message, "upstream_remote_reset"))
                    if (typeof message.upstream_remote_reset !== "boolean")
                        return "upstream_remote_reset: boolean expected";
                if (message.upstream_connection_failure != null && $Object.hasOwnProperty.call(message, "upstream_connection_failure"))
                    if (typeof message.upstream_connection_failure !== "boolean")
                        return "upstream_connection_failure: boolean expected";
                if (message.upstream_connection_termination != null && $Object.hasOwnProperty.call(message, "upstream_connection_termination"))
                    if (typeof message.upstream_connection_termination !== "boolean")
                        return "upstream_connection_termination: boolean expected";
                if (message.upstream_overflow != null && $Object.hasOwnProperty.call(message, "upstream_overflow"))
                    if (typeof message.upstream_overflow !== "boolean")
                        return "upstream_overflow: boolean expected";
                if (message.no_route_found != null && $Object.hasOwnProperty.call(message, "no_route_found"))
                    if (typeof message.no_route_found !== "boolean")
                        return "no_route_found: boolean expected";
                if (message.delay_injected != null && $Object.hasOwnProperty.call(message, "delay_injected"))
                    if (typeof message.delay_injected !== "boolean")
                        return "delay_injected: boolean expected";
                if (message.fault_injected != null && $Object.hasOwnProperty.call(message, "fault_injected"))
                    if (typeof message.fault_injected !== "boolean")
                        return "fault_injected: boolean expected";
                if (message.rate_limited != null && $Object.hasOwnProperty.call(message, "rate_limited"))
                    if (typeof message.rate_limited !== "boolean")
                        return "rate_limited: boolean expected";
                if (message.unauthorized_details != null && $Object.hasOwnProperty.call(message, "unauthorized_details")) {
                    let error = $root.testdata.als.ResponseFlags.Unauthorized.verify(message.unauthorized_details, _depth + 1);
                    if (error)
                        return "unauthorized_details." + error;
                }
                if (message.rate_limit_service_error != null && $Object.hasOwnProperty.call(message, "rate_limit_service_error"))
                    if (typeof message.rate_limit_service_error !== "boolean")
                        return "rate_limit_service_error: boolean expected";
                if (message.downstream_connection_termination != null && $Object.hasOwnProperty.call(message, "downstream_connection_termination"))
                    if (typeof message.downstream_connection_termination !== "boolean")
                        return "downstream_connection_termination: boolean expected";
                if (message.upstream_retry_limit_exceeded != null && $Object.hasOwnProperty.call(message, "upstream_retry_limit_exceeded"))
                    if (typeof message.upstream_retry_limit_exceeded !== "boolean")
                        return "upstream_retry_limit_exceeded: boolean expected";
                if (message.stream_idle_timeout != null && $Object.hasOwnProperty.call(message, "stream_idle_timeout"))
                    if (typeof message.stream_idle_timeout !== "boolean")
                        return "stream_idle_timeout: boolean expected";
                if (message.invalid_envoy_request_headers != null && $Object.hasOwnProperty.call(message, "invalid_envoy_request_headers"))
                    if (typeof message.invalid_envoy_request_headers !== "boolean")
                        return "invalid_envoy_request_headers: boolean expected";
                if (message.downstream_protocol_error != null && $Object.hasOwnProperty.call(message, "downstream_protocol_error"))
                    if (typeof message.downstream_protocol_error !== "boolean")
                        return "downstream_protocol_error: boolean expected";
                if (message.upstream_max_stream_duration_reached != null && $Object.hasOwnProperty.call(message, "upstream_max_stream_duration_reached"))
                    if (typeof message.upstream_max_stream_duration_reached !== "boolean")
                        return "upstream_max_stream_duration_reached: boolean expected";
                if (message.response_from_cache_filter != null && $Object.hasOwnProperty.call(message, "response_from_cache_filter"))
                    if (typeof message.response_from_cache_filter !== "boolean")
                        return "response_from_cache_filter: boolean expected";
                if (message.no_filter_config_found != null && $Object.hasOwnProperty.call(message, "no_filter_config_found"))
                    if (typeof message.no_filter_config_found !== "boolean")
                        return "no_filter_config_found: boolean expected";
                if (message.duration_timeout != null && $Object.hasOwnProperty.call(message, "duration_timeout"))
                    if (typeof message.duration_timeout !== "boolean")
                        return "duration_timeout: boolean expected";
                if (message.upstream_protocol_error != null && $Object.hasOwnProperty.call(message, "upstream_protocol_error"))
                    if (typeof message.upstream_protocol_error !== "boolean")
                        return "upstream_protocol_error: boolean expected";
                if (message.no_cluster_found != null && $Object.hasOwnProperty.call(message, "no_cluster_found"))
                    if (typeof message.no_cluster_found !== "boolean")
                        return "no_cluster_found: boolean expected";
                if (message.overload_manager != null && $Object.hasOwnProperty.call(message, "overload_manager"))
                    if (typeof message.overload_manager !== "boolean")
                        return "overload_manager: boolean expected";
                if (message.dns_resolution_failure != null && $Object.hasOwnProperty.call(message, "dns_resolution_failure"))
                    if (typeof message.dns_resolution_failure !== "boolean")
                        return "dns_resolution_failure: boolean expected";
                if (message.downstream_remote_reset != null && $Object.hasOwnProperty.call(message, "downstream_remote_reset"))
                    if (typeof message.downstream_remote_reset !== "boolean")
                        return "downstream_remote_reset: boolean expected";
                return null;
            };

            /**
             * Creates a ResponseFlags message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof testdata.als.ResponseFlags
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {testdata.als.ResponseFlags} ResponseFlags
             */
            ResponseFlags.fromObject = function (object, _depth) {
                if (object instanceof $root.testdata.als.ResponseFlags)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".testdata.als.ResponseFlags: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.testdata.als.ResponseFlags();
                if (object.failed_local_healthcheck != null)
                    if (object.failed_local_healthcheck)
                        message.failed_local_healthcheck = $Boolean(object.failed_local_healthcheck);
                if (object.no_healthy_upstream != null)
                    if (object.no_healthy_upstream)
                        message.no_healthy_upstream = $Boolean(object.no_healthy_upstream);
                if (object.upstream_request_timeout != null)
                    if (object.upstream_request_timeout)
                        message.upstream_request_timeout = $Boolean(object.upstream_request_timeout);
                if (object.local_reset != null)
                    if (object.local_reset)
                        message.local_reset = $Boolean(object.local_reset);
                if (object.upstream_remote_reset != null)
                    if (object.upstream_remote_reset)
                        message.upstream_remote_reset = $Boolean(object.upstream_remote_reset);
                if (object.upstream_connection_failure != null)
                    if (object.upstream_connection_failure)
                        message.upstream_connection_failure = $Boolean(object.upstream_connection_failure);
                if (object.upstream_connection_termination != null)
                    if (object.upstream_connection_termination)
                        message.upstream_connection_termination = $Boolean(object.upstream_connection_termination);
                if (object.upstream_overflow != null)
                    if (object.upstream_overflow)
                        message.upstream_overflow = $Boolean(object.upstream_overflow);
                if (object.no_route_found != null)
                    if (object.no_route_found)
                        message.no_route_found = $Boolean(object.no_route_found);
                if (object.delay_injected != null)
                    if (object.delay_injected)
                        message.delay_injected = $Boolean(object.delay_injected);
                if (object.fault_injected != null)
                    if (object.fault_injected)
                        message.fault_injected = $Boolean(object.fault_injected);
                if (object.rate_limited != null)
                    if (object.rate_limited)
                        message.rate_limited = $Boolean(object.rate_limited);
                if (object.unauthorized_details != null) {
                    if (!$util.isObject(object.unauthorized_details))
                        throw $TypeError(".testdata.als.ResponseFlags.unauthorized_details: object expected");
                    message.unauthorized_details = $root.testdata.als.ResponseFlags.Unauthorized.fromObject(object.unauthorized_details, _depth + 1);
                }
                if (object.rate_limit_service_error != null)
                    if (object.rate_limit_service_error)
                        message.rate_limit_service_error = $Boolean(object.rate_limit_service_error);
                if (object.downstream_connection_termination != null)
                    if (object.downstream_connection_termination)
                        message.downstream_connection_termination = $Boolean(object.downstream_connection_termination);
                if (object.upstream_retry_limit_exceeded != null)
                    if (object.upstream_retry_limit_exceeded)
                        message.upstream_retry_limit_exceeded = $Boolean(object.upstream_retry_limit_exceeded);
                if (object.stream_idle_timeout != null)
                    if (object.stream_idle_timeout)
                        message.stream_idle_timeout = $Boolean(object.stream_idle_timeout);
                if (object.invalid_envoy_request_headers != null)
                    if (object.invalid_envoy_request_headers)
                        message.invalid_envoy_request_headers = $Boolean(object.invalid_envoy_request_headers);
                if (object.downstream_protocol_error != null)
                    if (object.downstream_protocol_error)
                        message.downstream_protocol_error = $Boolean(object.downstream_protocol_error);
                if (object.upstream_max_stream_duration_reached != null)
                    if (object.upstream_max_stream_duration_reached)
                        message.upstream_max_stream_duration_reached = $Boolean(object.upstream_max_stream_duration_reached);
                if (object.response_from_cache_filter != null)
                    if (object.response_from_cache_filter)
                        message.response_from_cache_filter = $Boolean(object.response_from_cache_filter);
                if (object.no_filter_config_found != null)
                    if (object.no_filter_config_found)
                        message.no_filter_config_found = $Boolean(object.no_filter_config_found);
                if (object.duration_timeout != null)
                    if (object.duration_timeout)
                        message.duration_timeout = $Boolean(object.duration_timeout);
                if (object.upstream_protocol_error != null)
                    if (object.upstream_protocol_error)
                        message.upstream_protocol_error = $Boolean(object.upstream_protocol_error);
                if (object.no_cluster_found != null)
                    if (object.no_cluster_found)
                        message.no_cluster_found = $Boolean(object.no_cluster_found);
                if (object.overload_manager != null)
                    if (object.overload_manager)
                        message.overload_manager = $Boolean(object.overload_manager);
                if (object.dns_resolution_failure != null)
                    if (object.dns_resolution_failure)
                        message.dns_resolution_failure = $Boolean(object.dns_resolution_failure);
                if (object.downstream_remote_reset != null)
                    if (object.downstream_remote_reset)
                        message.downstream_remote_reset = $Boolean(object.downstream_remote_reset);
                return message;
            };

            /**
             * Creates a plain object from a ResponseFlags message. Also converts values to other types if specified.
             * @function toObject
             * @memberof testdata.als.ResponseFlags
             * @static
             * @param {testdata.als.ResponseFlags} message ResponseFlags
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseFlags.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.failed_local_healthcheck = false;
                    object.no_healthy_upstream = false;
                    object.upstream_request_timeout = false;
                    object.local_reset = false;
                    object.upstream_remote_reset = false;
                    object.upstream_connection_failure = false;
                    object.upstream_connection_termination = false;
                    object.upstream_overflow = false;
                    object.no_route_found = false;
                    object.delay_injected = false;
                    object.fault_injected = false;
                    object.rate_limited = false;
                    object.unauthorized_details = null;
                    object.rate_limit_service_error = false;
                    object.downstream_connection_termination = false;
                    object.upstream_retry_limit_exceeded = false;
                    object.stream_idle_timeout = false;
                    object.invalid_envoy_request_headers = false;
                    object.downstream_protocol_error = false;
                    object.upstream_max_stream_duration_reached = false;
                    object.response_from_cache_filter = false;
                    object.no_filter_config_found = false;
                    object.duration_timeout = false;
                    object.upstream_protocol_error = false;
                    object.no_cluster_found = false;
                    object.overload_manager = false;
                    object.dns_resolution_failure = false;
                    object.downstream_remote_reset = false;
                }
                if (message.failed_local_healthcheck != null && $Object.hasOwnProperty.call(message, "failed_local_healthcheck"))
                    object.failed_local_healthcheck = message.failed_local_healthcheck;
                if (message.no_healthy_upstream != null && $Object.hasOwnProperty.call(message, "no_healthy_upstream"))
                    object.no_healthy_upstream = message.no_healthy_upstream;
                if (message.upstream_request_timeout != null && $Object.hasOwnProperty.call(message, "upstream_request_timeout"))
                    object.upstream_request_timeout = message.upstream_request_timeout;
                if (message.local_reset != null && $Object.hasOwnProperty.call(message, "local_reset"))
                    object.local_reset = message.local_reset;
                if (message.upstream_remote_reset != null && $Object.hasOwnProperty.call(message, "upstream_remote_reset"))
                    object.upstream_remote_reset = message.upstream_remote_reset;
                if (message.upstream_connection_failure != null && $Object.hasOwnProperty.call(message, "upstream_connection_failure"))
                    object.upstream_connection_failure = message.upstream_connection_failure;
                if (message.upstream_connection_termination != null && $Object.hasOwnProperty.call(message, "upstream_connection_termination"))
                    object.upstream_connection_termination = message.upstream_connection_termination;
                if (message.upstream_overflow != null && $Object.hasOwnProperty.call(message, "upstream_overflow"))
                    object.upstream_overflow = message.upstream_overflow;
                if (message.no_route_found != null && $Object.hasOwnProperty.call(message, "no_route_found"))
                    object.no_route_found = message.no_route_found;
                if (message.delay_injected != null && $Object.hasOwnProperty.call(message, "delay_injected"))
                    object.delay_injected = message.delay_injected;
                if (message.fault_injected != null && $Object.hasOwnProperty.call(message, "fault_injected"))
                    object.fault_injected = message.fault_injected;
                if (message.rate_limited != null && $Object.hasOwnProperty.call(message, "rate_limited"))
                    object.rate_limited = message.rate_limited;
                if (message.unauthorized_details != null && $Object.hasOwnProperty.call(message, "unauthorized_details"))
                    object.unauthorized_details = $root.testdata.als.ResponseFlags.Unauthorized.toObject(message.unauthorized_details, options, _depth + 1);
                if (message.rate_limit_service_error != null && $Object.hasOwnProperty.call(message, "rate_limit_service_error"))
                    object.rate_limit_service_error = message.rate_limit_service_error;
                if (message.downstream_connection_termination != null && $Object.hasOwnProperty.call(message, "downstream_connection_termination"))
                    object.downstream_connection_termination = message.downstream_connection_termination;
                if (message.upstream_retry_limit_exceeded != null && $Object.hasOwnProperty.call(message, "upstream_retry_limit_exceeded"))
                    object.upstream_retry_limit_exceeded = message.upstream_retry_limit_exceeded;
                if (message.stream_idle_timeout != null && $Object.hasOwnProperty.call(message, "stream_idle_timeout"))
                    object.stream_idle_timeout = message.stream_idle_timeout;
                if (message.invalid_envoy_request_headers != null && $Object.hasOwnProperty.call(message, "invalid_envoy_request_headers"))
                    object.invalid_envoy_request_headers = message.invalid_envoy_request_headers;
                if (message.downstream_protocol_error != null && $Object.hasOwnProperty.call(message, "downstream_protocol_error"))
                    object.downstream_protocol_error = message.downstream_protocol_error;
                if (message.upstream_max_stream_duration_reached != null && $Object.hasOwnProperty.call(message, "upstream_max_stream_duration_reached"))
                    object.upstream_max_stream_duration_reached = message.upstream_max_stream_duration_reached;
                if (message.response_from_cache_filter != null && $Object.hasOwnProperty.call(message, "response_from_cache_filter"))
                    object.response_from_cache_filter = message.response_from_cache_filter;
                if (message.no_filter_config_found != null && $Object.hasOwnProperty.call(message, "no_filter_config_found"))
                    object.no_filter_config_found = message.no_filter_config_found;
                if (message.duration_timeout != null && $Object.hasOwnProperty.call(message, "duration_timeout"))
                    object.duration_timeout = message.duration_timeout;
                if (message.upstream_protocol_error != null && $Object.hasOwnProperty.call(message, "upstream_protocol_error"))
                    object.upstream_protocol_error = message.upstream_protocol_error;
                if (message.no_cluster_found != null && $Object.hasOwnProperty.call(message, "no_cluster_found"))
                    object.no_cluster_found = message.no_cluster_found;
                if (message.overload_manager != null && $Object.hasOwnProperty.call(message, "overload_manager"))
                    object.overload_manager = message.overload_manager;
                if (message.dns_resolution_failure != null && $Object.hasOwnProperty.call(message, "dns_resolution_failure"))
                    object.dns_resolution_failure = message.dns_resolution_failure;
                if (message.downstream_remote_reset != null && $Object.hasOwnProperty.call(message, "downstream_remote_reset"))
                    object.downstream_remote_reset = message.downstream_remote_reset;
                return object;
            };

            /**
             * Converts this ResponseFlags to JSON.
             * @function toJSON
             * @memberof testdata.als.ResponseFlags
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseFlags.prototype.toJSON = function() {
                return ResponseFlags.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseFlags
             * @function getTypeUrl
             * @memberof testdata.als.ResponseFlags
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseFlags.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/testdata.als.ResponseFlags";
            };

            ResponseFlags.Unauthorized = (function() {

                /**
                 * Properties of an Unauthorized.
                 * @typedef {Object} testdata.als.ResponseFlags.Unauthorized.$Properties
                 * @property {testdata.als.ResponseFlags.Unauthorized.Reason|null} [reason] Unauthorized reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Unauthorized.
                 * @memberof testdata.als.ResponseFlags
                 * @interface IUnauthorized
                 * @augments testdata.als.ResponseFlags.Unauthorized.$Properties
                 * @deprecated Use testdata.als.ResponseFlags.Unauthorized.$Properties instead.
                 */

                /**
                 * Shape of an Unauthorized.
                 * @typedef {testdata.als.ResponseFlags.Unauthorized.$Properties} testdata.als.ResponseFlags.Unauthorized.$Shape
                 */

                /**
                 * Constructs a new Unauthorized.
                 * @memberof testdata.als.ResponseFlags
                 * @classdesc Represents an Unauthorized.
                 * @constructor
                 * @param {testdata.als.ResponseFlags.Unauthorized.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Unauthorized = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Unauthorized reason.
                 * @member {testdata.als.ResponseFlags.Unauthorized.Reason} reason
                 * @memberof testdata.als.ResponseFlags.Unauthorized
                 * @instance
                 */
                Unauthorized.prototype.reason = 0;

                /**
                 * Creates a new Unauthorized instance using the specified properties.
                 * @function create
                 * @memberof testdata.als.ResponseFlags.Unauthorized
                 * @static
                 * @param {testdata.als.ResponseFlags.Unauthorized.$Properties=} [properties] Properties to set
                 * @returns {testdata.als.ResponseFlags.Unauthorized} Unauthorized instance
                 * @type {{
                 *   (properties: testdata.als.ResponseFlags.Unauthorized.$Shape): testdata.als.ResponseFlags.Unauthorized & testdata.als.ResponseFlags.Unauthorized.$Shape;
                 *   (properties?: testdata.als.ResponseFlags.Unauthorized.$Properties): testdata.als.ResponseFlags.Unauthorized;
                 * }}
                 */
                Unauthorized.create = function(properties) {
                    return new Unauthorized(properties);
                };

                /**
                 * Encodes the specified Unauthorized message. Does not implicitly {@link testdata.als.ResponseFlags.Unauthorized.verify|verify} messages.
                 * @function encode
                 * @memberof testdata.als.ResponseFlags.Unauthorized
                 * @static
                 * @param {testdata.als.ResponseFlags.Unauthorized.$Properties} message Unauthorized message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Unauthorized.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Unauthorized message, length delimited. Does not implicitly {@link testdata.als.ResponseFlags.Unauthorized.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof testdata.als.ResponseFlags.Unauthorized
                 * @static
                 * @param {testdata.als.ResponseFlags.Unauthorized.$Properties} message Unauthorized message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Unauthorized.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Unauthorized message from the specified reader or buffer.
                 * @function decode
                 * @memberof testdata.als.ResponseFlags.Unauthorized
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {testdata.als.ResponseFlags.Unauthorized & testdata.als.ResponseFlags.Unauthorized.$Shape} Unauthorized
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Unauthorized.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.testdata.als.ResponseFlags.Unauthorized();
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
                                    message.reason = value;
                                else
                                    delete message.reason;
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
                 * Decodes an Unauthorized message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof testdata.als.ResponseFlags.Unauthorized
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {testdata.als.ResponseFlags.Unauthorized & testdata.als.ResponseFlags.Unauthorized.$Shape} Unauthorized
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Unauthorized.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Unauthorized message.
                 * @function verify
                 * @memberof testdata.als.ResponseFlags.Unauthorized
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Unauthorized.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (typeof message.reason !== "number" || (message.reason | 0) !== message.reason)
                            return "reason: enum value expected";
                    return null;
                };

                /**
                 * Creates an Unauthorized message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof testdata.als.ResponseFlags.Unauthorized
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {testdata.als.ResponseFlags.Unauthorized} Unauthorized
                 */
                Unauthorized.fromObject = function (object, _depth) {
                    if (object instanceof $root.testdata.als.ResponseFlags.Unauthorized)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".testdata.als.ResponseFlags.Unauthorized: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.testdata.als.ResponseFlags.Unauthorized();
                    if (object.reason !== 0 && (typeof object.reason !== "string" || $root.testdata.als.ResponseFlags.Unauthorized.Reason[object.reason] !== 0))
                        switch (object.reason) {
                        case "REASON_UNSPECIFIED":
                        case 0:
                            message.reason = 0;
                            break;
                        case "EXTERNAL_SERVICE":
                        case 1:
                            message.reason = 1;
                            break;
                        default:
                            if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                                message.reason = object.reason;
                        }
                    return message;
                };

                /**
                 * Creates a plain object from an Unauthorized message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof testdata.als.ResponseFlags.Unauthorized
                 * @static
                 * @param {testdata.als.ResponseFlags.Unauthorized} message Unauthorized
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Unauthorized.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.reason = options.enums === $String ? "REASON_UNSPECIFIED" : 0;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = options.enums === $String ? $root.testdata.als.ResponseFlags.Unauthorized.Reason[message.reason] === $undefined ? message.reason : $root.testdata.als.ResponseFlags.Unauthorized.Reason[message.reason] : message.reason;
                    return object;
                };

                /**
                 * Converts this Unauthorized to JSON.
                 * @function toJSON
                 * @memberof testdata.als.ResponseFlags.Unauthorized
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Unauthorized.prototype.toJSON = function() {
                    return Unauthorized.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Unauthorized
                 * @function getTypeUrl
                 * @memberof testdata.als.ResponseFlags.Unauthorized
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Unauthorized.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/testdata.als.ResponseFlags.Unauthorized";
                };

                /**
                 * Reason enum.
                 * @name testdata.als.ResponseFlags.Unauthorized.Reason
                 * @enum {number}
                 * @property {number} REASON_UNSPECIFIED=0 REASON_UNSPECIFIED value
                 * @property {number} EXTERNAL_SERVICE=1 EXTERNAL_SERVICE value
                 */
                Unauthorized.Reason = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "REASON_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "EXTERNAL_SERVICE"] = 1;
                    return values;
                })();

                return Unauthorized;
            })();

            return ResponseFlags;
        })();

        als.HTTPRequestProperties = (function() {

            /**
             * Properties of a HTTPRequestProperties.
             * @typedef {Object} testdata.als.HTTPRequestProperties.$Properties
             * @property {envoy.config.core.v3.RequestMethod|null} [request_method] HTTPRequestProperties request_method
             * @property {string|null} [scheme] HTTPRequestProperties scheme
             * @property {string|null} [authority] HTTPRequestProperties authority
             * @property {google.protobuf.UInt32Value.$Properties|null} [port] HTTPRequestProperties port
             * @property {string|null} [path] HTTPRequestProperties path
             * @property {string|null} [user_agent] HTTPRequestProperties user_agent
             * @property {string|null} [referer] HTTPRequestProperties referer
             * @property {string|null} [forwarded_for] HTTPRequestProperties forwarded_for
             * @property {string|null} [request_id] HTTPRequestProperties request_id
             * @property {string|null} [original_path] HTTPRequestProperties original_path
             * @property {number|Long|null} [request_headers_bytes] HTTPRequestProperties request_headers_bytes
             * @property {number|Long|null} [request_body_bytes] HTTPRequestProperties request_body_bytes
             * @property {Object.<string,string>|null} [request_headers] HTTPRequestProperties request_headers
             * @property {number|Long|null} [upstream_header_bytes_sent] HTTPRequestProperties upstream_header_bytes_sent
             * @property {number|Long|null} [downstream_header_bytes_received] HTTPRequestProperties downstream_header_bytes_received
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HTTPRequestProperties.
             * @memberof testdata.als
             * @interface IHTTPRequestProperties
             * @augments testdata.als.HTTPRequestProperties.$Properties
             * @deprecated Use testdata.als.HTTPRequestProperties.$Properties instead.
             */

            /**
             * Shape of a HTTPRequestProperties.
             * @typedef {testdata.als.HTTPRequestProperties.$Properties} testdata.als.HTTPRequestProperties.$Shape
             */

            /**
             * Constructs a new HTTPRequestProperties.
             * @memberof testdata.als
             * @classdesc Represents a HTTPRequestProperties.
             * @constructor
             * @param {testdata.als.HTTPRequestProperties.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HTTPRequestProperties = function (properties) {
                this.request_headers = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HTTPRequestProperties request_method.
             * @member {envoy.config.core.v3.RequestMethod} request_method
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             */
            HTTPRequestProperties.prototype.request_method = 0;

            /**
             * HTTPRequestProperties scheme.
             * @member {string} scheme
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             */
            HTTPRequestProperties.prototype.scheme = "";

            /**
             * HTTPRequestProperties authority.
             * @member {string} authority
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             */
            HTTPRequestProperties.prototype.authority = "";

            /**
             * HTTPRequestProperties port.
             * @member {google.protobuf.UInt32Value.$Properties|null|undefined} port
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             */
            HTTPRequestProperties.prototype.port = null;

            /**
             * HTTPRequestProperties path.
             * @member {string} path
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             */
            HTTPRequestProperties.prototype.path = "";

            /**
             * HTTPRequestProperties user_agent.
             * @member {string} user_agent
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             */
            HTTPRequestProperties.prototype.user_agent = "";

            /**
             * HTTPRequestProperties referer.
             * @member {string} referer
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             */
            HTTPRequestProperties.prototype.referer = "";

            /**
             * HTTPRequestProperties forwarded_for.
             * @member {string} forwarded_for
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             */
            HTTPRequestProperties.prototype.forwarded_for = "";

            /**
             * HTTPRequestProperties request_id.
             * @member {string} request_id
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             */
            HTTPRequestProperties.prototype.request_id = "";

            /**
             * HTTPRequestProperties original_path.
             * @member {string} original_path
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             */
            HTTPRequestProperties.prototype.original_path = "";

            /**
             * HTTPRequestProperties request_headers_bytes.
             * @member {number|Long} request_headers_bytes
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             */
            HTTPRequestProperties.prototype.request_headers_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HTTPRequestProperties request_body_bytes.
             * @member {number|Long} request_body_bytes
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             */
            HTTPRequestProperties.prototype.request_body_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HTTPRequestProperties request_headers.
             * @member {Object.<string,string>} request_headers
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             */
            HTTPRequestProperties.prototype.request_headers = $util.emptyObject;

            /**
             * HTTPRequestProperties upstream_header_bytes_sent.
             * @member {number|Long} upstream_header_bytes_sent
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             */
            HTTPRequestProperties.prototype.upstream_header_bytes_sent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HTTPRequestProperties downstream_header_bytes_received.
             * @member {number|Long} downstream_header_bytes_received
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             */
            HTTPRequestProperties.prototype.downstream_header_bytes_received = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HTTPRequestProperties instance using the specified properties.
             * @function create
             * @memberof testdata.als.HTTPRequestProperties
             * @static
             * @param {testdata.als.HTTPRequestProperties.$Properties=} [properties] Properties to set
             * @returns {testdata.als.HTTPRequestProperties} HTTPRequestProperties instance
             * @type {{
             *   (properties: testdata.als.HTTPRequestProperties.$Shape): testdata.als.HTTPRequestProperties & testdata.als.HTTPRequestProperties.$Shape;
             *   (properties?: testdata.als.HTTPRequestProperties.$Properties): testdata.als.HTTPRequestProperties;
             * }}
             */
            HTTPRequestProperties.create = function(properties) {
                return new HTTPRequestProperties(properties);
            };

            /**
             * Encodes the specified HTTPRequestProperties message. Does not implicitly {@link testdata.als.HTTPRequestProperties.verify|verify} messages.
             * @function encode
             * @memberof testdata.als.HTTPRequestProperties
             * @static
             * @param {testdata.als.HTTPRequestProperties.$Properties} message HTTPRequestProperties message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HTTPRequestProperties.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request_method != null && $Object.hasOwnProperty.call(message, "request_method") && message.request_method !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.request_method);
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme") && message.scheme !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.scheme);
                if (message.authority != null && $Object.hasOwnProperty.call(message, "authority") && message.authority !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.authority);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    $root.google.protobuf.UInt32Value.encode(message.port, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.path);
                if (message.user_agent != null && $Object.hasOwnProperty.call(message, "user_agent") && message.user_agent !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.user_agent);
                if (message.referer != null && $Object.hasOwnProperty.call(message, "referer") && message.referer !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.referer);
                if (message.forwarded_for != null && $Object.hasOwnProperty.call(message, "forwarded_for") && message.forwarded_for !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.forwarded_for);
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && message.request_id !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.request_id);
                if (message.original_path != null && $Object.hasOwnProperty.call(message, "original_path") && message.original_path !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.original_path);
                if (message.request_headers_bytes != null && $Object.hasOwnProperty.call(message, "request_headers_bytes") && (typeof message.request_headers_bytes === "object" ? message.request_headers_bytes.low || message.request_headers_bytes.high : message.request_headers_bytes !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.request_headers_bytes);
                if (message.request_body_bytes != null && $Object.hasOwnProperty.call(message, "request_body_bytes") && (typeof message.request_body_bytes === "object" ? message.request_body_bytes.low || message.request_body_bytes.high : message.request_body_bytes !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.request_body_bytes);
                if (message.request_headers != null && $Object.hasOwnProperty.call(message, "request_headers"))
                    for (let keys = $Object.keys(message.request_headers), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 13, wireType 2 =*/106).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.request_headers[keys[i]]).ldelim();
                if (message.upstream_header_bytes_sent != null && $Object.hasOwnProperty.call(message, "upstream_header_bytes_sent") && (typeof message.upstream_header_bytes_sent === "object" ? message.upstream_header_bytes_sent.low || message.upstream_header_bytes_sent.high : message.upstream_header_bytes_sent !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.upstream_header_bytes_sent);
                if (message.downstream_header_bytes_received != null && $Object.hasOwnProperty.call(message, "downstream_header_bytes_received") && (typeof message.downstream_header_bytes_received === "object" ? message.downstream_header_bytes_received.low || message.downstream_header_bytes_received.high : message.downstream_header_bytes_received !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.downstream_header_bytes_received);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HTTPRequestProperties message, length delimited. Does not implicitly {@link testdata.als.HTTPRequestProperties.verify|verify} messages.
             * @function encodeDelimited
             * @memberof testdata.als.HTTPRequestProperties
             * @static
             * @param {testdata.als.HTTPRequestProperties.$Properties} message HTTPRequestProperties message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HTTPRequestProperties.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HTTPRequestProperties message from the specified reader or buffer.
             * @function decode
             * @memberof testdata.als.HTTPRequestProperties
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {testdata.als.HTTPRequestProperties & testdata.als.HTTPRequestProperties.$Shape} HTTPRequestProperties
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HTTPRequestProperties.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.testdata.als.HTTPRequestProperties();
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
                                message.request_method = value;
                            else
                                delete message.request_method;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.scheme = value;
                            else
                                delete message.scheme;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.authority = value;
                            else
                                delete message.authority;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.port = $root.google.protobuf.UInt32Value.decode(reader, reader.size(), $undefined, _depth + 1, message.port);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user_agent = value;
                            else
                                delete message.user_agent;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.referer = value;
                            else
                                delete message.referer;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.forwarded_for = value;
                            else
                                delete message.forwarded_for;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.original_path = value;
                            else
                                delete message.original_path;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.request_headers_bytes = value;
                            else
                                delete message.request_headers_bytes;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.request_body_bytes = value;
                            else
                                delete message.request_body_bytes;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (message.request_headers === $util.emptyObject)
                                message.request_headers = {};
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
                                $util.makeProp(message.request_headers, key);
                            message.request_headers[key] = value;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.upstream_header_bytes_sent = value;
                            else
                                delete message.upstream_header_bytes_sent;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.downstream_header_bytes_received = value;
                            else
                                delete message.downstream_header_bytes_received;
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
             * Decodes a HTTPRequestProperties message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof testdata.als.HTTPRequestProperties
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {testdata.als.HTTPRequestProperties & testdata.als.HTTPRequestProperties.$Shape} HTTPRequestProperties
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HTTPRequestProperties.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HTTPRequestProperties message.
             * @function verify
             * @memberof testdata.als.HTTPRequestProperties
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HTTPRequestProperties.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.request_method != null && $Object.hasOwnProperty.call(message, "request_method"))
                    if (typeof message.request_method !== "number" || (message.request_method | 0) !== message.request_method)
                        return "request_method: enum value expected";
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme"))
                    if (!$util.isString(message.scheme))
                        return "scheme: string expected";
                if (message.authority != null && $Object.hasOwnProperty.call(message, "authority"))
                    if (!$util.isString(message.authority))
                        return "authority: string expected";
                if (message.port != null && $Object.hasOwnProperty.call(message, "port")) {
                    let error = $root.google.protobuf.UInt32Value.verify(message.port, _depth + 1);
                    if (error)
                        return "port." + error;
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.user_agent != null && $Object.hasOwnProperty.call(message, "user_agent"))
                    if (!$util.isString(message.user_agent))
                        return "user_agent: string expected";
                if (message.referer != null && $Object.hasOwnProperty.call(message, "referer"))
                    if (!$util.isString(message.referer))
                        return "referer: string expected";
                if (message.forwarded_for != null && $Object.hasOwnProperty.call(message, "forwarded_for"))
                    if (!$util.isString(message.forwarded_for))
                        return "forwarded_for: string expected";
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    if (!$util.isString(message.request_id))
                        return "request_id: string expected";
                if (message.original_path != null && $Object.hasOwnProperty.call(message, "original_path"))
                    if (!$util.isString(message.original_path))
                        return "original_path: string expected";
                if (message.request_headers_bytes != null && $Object.hasOwnProperty.call(message, "request_headers_bytes"))
                    if (!$util.isInteger(message.request_headers_bytes) && !(message.request_headers_bytes && $util.isInteger(message.request_headers_bytes.low) && $util.isInteger(message.request_headers_bytes.high)))
                        return "request_headers_bytes: integer|Long expected";
                if (message.request_body_bytes != null && $Object.hasOwnProperty.call(message, "request_body_bytes"))
                    if (!$util.isInteger(message.request_body_bytes) && !(message.request_body_bytes && $util.isInteger(message.request_body_bytes.low) && $util.isInteger(message.request_body_bytes.high)))
                        return "request_body_bytes: integer|Long expected";
                if (message.request_headers != null && $Object.hasOwnProperty.call(message, "request_headers")) {
                    if (!$util.isObject(message.request_headers))
                        return "request_headers: object expected";
                    let key = $Object.keys(message.request_headers);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.request_headers[key[i]]))
                            return "request_headers: string{k:string} expected";
                }
                if (message.upstream_header_bytes_sent != null && $Object.hasOwnProperty.call(message, "upstream_header_bytes_sent"))
                    if (!$util.isInteger(message.upstream_header_bytes_sent) && !(message.upstream_header_bytes_sent && $util.isInteger(message.upstream_header_bytes_sent.low) && $util.isInteger(message.upstream_header_bytes_sent.high)))
                        return "upstream_header_bytes_sent: integer|Long expected";
                if (message.downstream_header_bytes_received != null && $Object.hasOwnProperty.call(message, "downstream_header_bytes_received"))
                    if (!$util.isInteger(message.downstream_header_bytes_received) && !(message.downstream_header_bytes_received && $util.isInteger(message.downstream_header_bytes_received.low) && $util.isInteger(message.downstream_header_bytes_received.high)))
                        return "downstream_header_bytes_received: integer|Long expected";
                return null;
            };

            /**
             * Creates a HTTPRequestProperties message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof testdata.als.HTTPRequestProperties
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {testdata.als.HTTPRequestProperties} HTTPRequestProperties
             */
            HTTPRequestProperties.fromObject = function (object, _depth) {
                if (object instanceof $root.testdata.als.HTTPRequestProperties)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".testdata.als.HTTPRequestProperties: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.testdata.als.HTTPRequestProperties();
                if (object.request_method !== 0 && (typeof object.request_method !== "string" || $root.envoy.config.core.v3.RequestMethod[object.request_method] !== 0))
                    switch (object.request_method) {
                    case "METHOD_UNSPECIFIED":
                    case 0:
                        message.request_method = 0;
                        break;
                    case "GET":
                    case 1:
                        message.request_method = 1;
                        break;
                    case "HEAD":
                    case 2:
                        message.request_method = 2;
                        break;
                    case "POST":
                    case 3:
                        message.request_method = 3;
                        break;
                    case "PUT":
                    case 4:
                        message.request_method = 4;
                        break;
                    case "DELETE":
                    case 5:
                        message.request_method = 5;
                        break;
                    case "CONNECT":
                    case 6:
                        message.request_method = 6;
                        break;
                    case "OPTIONS":
                    case 7:
                        message.request_method = 7;
                        break;
                    case "TRACE":
                    case 8:
                        message.request_method = 8;
                        break;
                    case "PATCH":
                    case 9:
                        message.request_method = 9;
                        break;
                    default:
                        if (typeof object.request_method === "number" && (object.request_method | 0) === object.request_method)
                            message.request_method = object.request_method;
                    }
                if (object.scheme != null)
                    if (typeof object.scheme !== "string" || object.scheme.length)
                        message.scheme = $String(object.scheme);
                if (object.authority != null)
                    if (typeof object.authority !== "string" || object.authority.length)
                        message.authority = $String(object.authority);
                if (object.port != null) {
                    if (!$util.isObject(object.port))
                        throw $TypeError(".testdata.als.HTTPRequestProperties.port: object expected");
                    message.port = $root.google.protobuf.UInt32Value.fromObject(object.port, _depth + 1);
                }
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.user_agent != null)
                    if (typeof object.user_agent !== "string" || object.user_agent.length)
                        message.user_agent = $String(object.user_agent);
                if (object.referer != null)
                    if (typeof object.referer !== "string" || object.referer.length)
                        message.referer = $String(object.referer);
                if (object.forwarded_for != null)
                    if (typeof object.forwarded_for !== "string" || object.forwarded_for.length)
                        message.forwarded_for = $String(object.forwarded_for);
                if (object.request_id != null)
                    if (typeof object.request_id !== "string" || object.request_id.length)
                        message.request_id = $String(object.request_id);
                if (object.original_path != null)
                    if (typeof object.original_path !== "string" || object.original_path.length)
                        message.original_path = $String(object.original_path);
                if (object.request_headers_bytes != null)
                    if (typeof object.request_headers_bytes === "object" ? object.request_headers_bytes.low || object.request_headers_bytes.high : $Number(object.request_headers_bytes) !== 0)
                        if ($util.Long)
                            message.request_headers_bytes = $util.Long.fromValue(object.request_headers_bytes, true);
                        else if (typeof object.request_headers_bytes === "string")
                            message.request_headers_bytes = $parseInt(object.request_headers_bytes, 10);
                        else if (typeof object.request_headers_bytes === "number")
                            message.request_headers_bytes = object.request_headers_bytes;
                        else if (typeof object.request_headers_bytes === "object")
                            message.request_headers_bytes = new $util.LongBits(object.request_headers_bytes.low >>> 0, object.request_headers_bytes.high >>> 0).toNumber(true);
                if (object.request_body_bytes != null)
                    if (typeof object.request_body_bytes === "object" ? object.request_body_bytes.low || object.request_body_bytes.high : $Number(object.request_body_bytes) !== 0)
                        if ($util.Long)
                            message.request_body_bytes = $util.Long.fromValue(object.request_body_bytes, true);
                        else if (typeof object.request_body_bytes === "string")
                            message.request_body_bytes = $parseInt(object.request_body_bytes, 10);
                        else if (typeof object.request_body_bytes === "number")
                            message.request_body_bytes = object.request_body_bytes;
                        else if (typeof object.request_body_bytes === "object")
                            message.request_body_bytes = new $util.LongBits(object.request_body_bytes.low >>> 0, object.request_body_bytes.high >>> 0).toNumber(true);
                if (object.request_headers) {
                    if (!$util.isObject(object.request_headers))
                        throw $TypeError(".testdata.als.HTTPRequestProperties.request_headers: object expected");
                    message.request_headers = {};
                    for (let keys = $Object.keys(object.request_headers), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.request_headers, keys[i]);
                        message.request_headers[keys[i]] = $String(object.request_headers[keys[i]]);
                    }
                }
                if (object.upstream_header_bytes_sent != null)
                    if (typeof object.upstream_header_bytes_sent === "object" ? object.upstream_header_bytes_sent.low || object.upstream_header_bytes_sent.high : $Number(object.upstream_header_bytes_sent) !== 0)
                        if ($util.Long)
                            message.upstream_header_bytes_sent = $util.Long.fromValue(object.upstream_header_bytes_sent, true);
                        else if (typeof object.upstream_header_bytes_sent === "string")
                            message.upstream_header_bytes_sent = $parseInt(object.upstream_header_bytes_sent, 10);
                        else if (typeof object.upstream_header_bytes_sent === "number")
                            message.upstream_header_bytes_sent = object.upstream_header_bytes_sent;
                        else if (typeof object.upstream_header_bytes_sent === "object")
                            message.upstream_header_bytes_sent = new $util.LongBits(object.upstream_header_bytes_sent.low >>> 0, object.upstream_header_bytes_sent.high >>> 0).toNumber(true);
                if (object.downstream_header_bytes_received != null)
                    if (typeof object.downstream_header_bytes_received === "object" ? object.downstream_header_bytes_received.low || object.downstream_header_bytes_received.high : $Number(object.downstream_header_bytes_received) !== 0)
                        if ($util.Long)
                            message.downstream_header_bytes_received = $util.Long.fromValue(object.downstream_header_bytes_received, true);
                        else if (typeof object.downstream_header_bytes_received === "string")
                            message.downstream_header_bytes_received = $parseInt(object.downstream_header_bytes_received, 10);
                        else if (typeof object.downstream_header_bytes_received === "number")
                            message.downstream_header_bytes_received = object.downstream_header_bytes_received;
                        else if (typeof object.downstream_header_bytes_received === "object")
                            message.downstream_header_bytes_received = new $util.LongBits(object.downstream_header_bytes_received.low >>> 0, object.downstream_header_bytes_received.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a HTTPRequestProperties message. Also converts values to other types if specified.
             * @function toObject
             * @memberof testdata.als.HTTPRequestProperties
             * @static
             * @param {testdata.als.HTTPRequestProperties} message HTTPRequestProperties
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HTTPRequestProperties.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.request_headers = {};
                if (options.defaults) {
                    object.request_method = options.enums === $String ? "METHOD_UNSPECIFIED" : 0;
                    object.scheme = "";
                    object.authority = "";
                    object.port = null;
                    object.path = "";
                    object.user_agent = "";
                    object.referer = "";
                    object.forwarded_for = "";
                    object.request_id = "";
                    object.original_path = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.request_headers_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.request_headers_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.request_body_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.request_body_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.upstream_header_bytes_sent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.upstream_header_bytes_sent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.downstream_header_bytes_received = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.downstream_header_bytes_received = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.request_method != null && $Object.hasOwnProperty.call(message, "request_method"))
                    object.request_method = options.enums === $String ? $root.envoy.config.core.v3.RequestMethod[message.request_method] === $undefined ? message.request_method : $root.envoy.config.core.v3.RequestMethod[message.request_method] : message.request_method;
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme"))
                    object.scheme = message.scheme;
                if (message.authority != null && $Object.hasOwnProperty.call(message, "authority"))
                    object.authority = message.authority;
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    object.port = $root.google.protobuf.UInt32Value.toObject(message.port, options, _depth + 1);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.user_agent != null && $Object.hasOwnProperty.call(message, "user_agent"))
                    object.user_agent = message.user_agent;
                if (message.referer != null && $Object.hasOwnProperty.call(message, "referer"))
                    object.referer = message.referer;
                if (message.forwarded_for != null && $Object.hasOwnProperty.call(message, "forwarded_for"))
                    object.forwarded_for = message.forwarded_for;
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    object.request_id = message.request_id;
                if (message.original_path != null && $Object.hasOwnProperty.call(message, "original_path"))
                    object.original_path = message.original_path;
                if (message.request_headers_bytes != null && $Object.hasOwnProperty.call(message, "request_headers_bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.request_headers_bytes = typeof message.request_headers_bytes === "number" ? $BigInt(message.request_headers_bytes) : $util.Long.fromBits(message.request_headers_bytes.low >>> 0, message.request_headers_bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.request_headers_bytes === "number")
                        object.request_headers_bytes = options.longs === $String ? $String(message.request_headers_bytes) : message.request_headers_bytes;
                    else
                        object.request_headers_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.request_headers_bytes) : options.longs === $Number ? new $util.LongBits(message.request_headers_bytes.low >>> 0, message.request_headers_bytes.high >>> 0).toNumber(true) : message.request_headers_bytes;
                if (message.request_body_bytes != null && $Object.hasOwnProperty.call(message, "request_body_bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.request_body_bytes = typeof message.request_body_bytes === "number" ? $BigInt(message.request_body_bytes) : $util.Long.fromBits(message.request_body_bytes.low >>> 0, message.request_body_bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.request_body_bytes === "number")
                        object.request_body_bytes = options.longs === $String ? $String(message.request_body_bytes) : message.request_body_bytes;
                    else
                        object.request_body_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.request_body_bytes) : options.longs === $Number ? new $util.LongBits(message.request_body_bytes.low >>> 0, message.request_body_bytes.high >>> 0).toNumber(true) : message.request_body_bytes;
                let keys2;
                if (message.request_headers && (keys2 = $Object.keys(message.request_headers)).length) {
                    object.request_headers = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.request_headers, keys2[j]);
                        object.request_headers[keys2[j]] = message.request_headers[keys2[j]];
                    }
                }
                if (message.upstream_header_bytes_sent != null && $Object.hasOwnProperty.call(message, "upstream_header_bytes_sent"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.upstream_header_bytes_sent = typeof message.upstream_header_bytes_sent === "number" ? $BigInt(message.upstream_header_bytes_sent) : $util.Long.fromBits(message.upstream_header_bytes_sent.low >>> 0, message.upstream_header_bytes_sent.high >>> 0, true).toBigInt();
                    else if (typeof message.upstream_header_bytes_sent === "number")
                        object.upstream_header_bytes_sent = options.longs === $String ? $String(message.upstream_header_bytes_sent) : message.upstream_header_bytes_sent;
                    else
                        object.upstream_header_bytes_sent = options.longs === $String ? $util.Long.prototype.toString.call(message.upstream_header_bytes_sent) : options.longs === $Number ? new $util.LongBits(message.upstream_header_bytes_sent.low >>> 0, message.upstream_header_bytes_sent.high >>> 0).toNumber(true) : message.upstream_header_bytes_sent;
                if (message.downstream_header_bytes_received != null && $Object.hasOwnProperty.call(message, "downstream_header_bytes_received"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.downstream_header_bytes_received = typeof message.downstream_header_bytes_received === "number" ? $BigInt(message.downstream_header_bytes_received) : $util.Long.fromBits(message.downstream_header_bytes_received.low >>> 0, message.downstream_header_bytes_received.high >>> 0, true).toBigInt();
                    else if (typeof message.downstream_header_bytes_received === "number")
                        object.downstream_header_bytes_received = options.longs === $String ? $String(message.downstream_header_bytes_received) : message.downstream_header_bytes_received;
                    else
                        object.downstream_header_bytes_received = options.longs === $String ? $util.Long.prototype.toString.call(message.downstream_header_bytes_received) : options.longs === $Number ? new $util.LongBits(message.downstream_header_bytes_received.low >>> 0, message.downstream_header_bytes_received.high >>> 0).toNumber(true) : message.downstream_header_bytes_received;
                return object;
            };

            /**
             * Converts this HTTPRequestProperties to JSON.
             * @function toJSON
             * @memberof testdata.als.HTTPRequestProperties
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HTTPRequestProperties.prototype.toJSON = function() {
                return HTTPRequestProperties.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HTTPRequestProperties
             * @function getTypeUrl
             * @memberof testdata.als.HTTPRequestProperties
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HTTPRequestProperties.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/testdata.als.HTTPRequestProperties";
            };

            return HTTPRequestProperties;
        })();

        als.HTTPResponseProperties = (function() {

            /**
             * Properties of a HTTPResponseProperties.
             * @typedef {Object} testdata.als.HTTPResponseProperties.$Properties
             * @property {google.protobuf.UInt32Value.$Properties|null} [response_code] HTTPResponseProperties response_code
             * @property {number|Long|null} [response_headers_bytes] HTTPResponseProperties response_headers_bytes
             * @property {number|Long|null} [response_body_bytes] HTTPResponseProperties response_body_bytes
             * @property {Object.<string,string>|null} [response_headers] HTTPResponseProperties response_headers
             * @property {string|null} [response_code_details] HTTPResponseProperties response_code_details
             * @property {number|Long|null} [upstream_header_bytes_received] HTTPResponseProperties upstream_header_bytes_received
             * @property {number|Long|null} [downstream_header_bytes_sent] HTTPResponseProperties downstream_header_bytes_sent
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HTTPResponseProperties.
             * @memberof testdata.als
             * @interface IHTTPResponseProperties
             * @augments testdata.als.HTTPResponseProperties.$Properties
             * @deprecated Use testdata.als.HTTPResponseProperties.$Properties instead.
             */

            /**
             * Shape of a HTTPResponseProperties.
             * @typedef {testdata.als.HTTPResponseProperties.$Properties} testdata.als.HTTPResponseProperties.$Shape
             */

            /**
             * Constructs a new HTTPResponseProperties.
             * @memberof testdata.als
             * @classdesc Represents a HTTPResponseProperties.
             * @constructor
             * @param {testdata.als.HTTPResponseProperties.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HTTPResponseProperties = function (properties) {
                this.response_headers = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HTTPResponseProperties response_code.
             * @member {google.protobuf.UInt32Value.$Properties|null|undefined} response_code
             * @memberof testdata.als.HTTPResponseProperties
             * @instance
             */
            HTTPResponseProperties.prototype.response_code = null;

            /**
             * HTTPResponseProperties response_headers_bytes.
             * @member {number|Long} response_headers_bytes
             * @memberof testdata.als.HTTPResponseProperties
             * @instance
             */
            HTTPResponseProperties.prototype.response_headers_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HTTPResponseProperties response_body_bytes.
             * @member {number|Long} response_body_bytes
             * @memberof testdata.als.HTTPResponseProperties
             * @instance
             */
            HTTPResponseProperties.prototype.response_body_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HTTPResponseProperties response_headers.
             * @member {Object.<string,string>} response_headers
             * @memberof testdata.als.HTTPResponseProperties
             * @instance
             */
            HTTPResponseProperties.prototype.response_headers = $util.emptyObject;

            /**
             * HTTPResponseProperties response_code_details.
             * @member {string} response_code_details
             * @memberof testdata.als.HTTPResponseProperties
             * @instance
             */
            HTTPResponseProperties.prototype.response_code_details = "";

            /**
             * HTTPResponseProperties upstream_header_bytes_received.
             * @member {number|Long} upstream_header_bytes_received
             * @memberof testdata.als.HTTPResponseProperties
             * @instance
             */
            HTTPResponseProperties.prototype.upstream_header_bytes_received = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HTTPResponseProperties downstream_header_bytes_sent.
             * @member {number|Long} downstream_header_bytes_sent
             * @memberof testdata.als.HTTPResponseProperties
             * @instance
             */
            HTTPResponseProperties.prototype.downstream_header_bytes_sent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HTTPResponseProperties instance using the specified properties.
             * @function create
             * @memberof testdata.als.HTTPResponseProperties
             * @static
             * @param {testdata.als.HTTPResponseProperties.$Properties=} [properties] Properties to set
             * @returns {testdata.als.HTTPResponseProperties} HTTPResponseProperties instance
             * @type {{
             *   (properties: testdata.als.HTTPResponseProperties.$Shape): testdata.als.HTTPResponseProperties & testdata.als.HTTPResponseProperties.$Shape;
             *   (properties?: testdata.als.HTTPResponseProperties.$Properties): testdata.als.HTTPResponseProperties;
             * }}
             */
            HTTPResponseProperties.create = function(properties) {
                return new HTTPResponseProperties(properties);
            };

            /**
             * Encodes the specified HTTPResponseProperties message. Does not implicitly {@link testdata.als.HTTPResponseProperties.verify|verify} messages.
             * @function encode
             * @memberof testdata.als.HTTPResponseProperties
             * @static
             * @param {testdata.als.HTTPResponseProperties.$Properties} message HTTPResponseProperties message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HTTPResponseProperties.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.response_code != null && $Object.hasOwnProperty.call(message, "response_code"))
                    $root.google.protobuf.UInt32Value.encode(message.response_code, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.response_headers_bytes != null && $Object.hasOwnProperty.call(message, "response_headers_bytes") && (typeof message.response_headers_bytes === "object" ? message.response_headers_bytes.low || message.response_headers_bytes.high : message.response_headers_bytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.response_headers_bytes);
                if (message.response_body_bytes != null && $Object.hasOwnProperty.call(message, "response_body_bytes") && (typeof message.response_body_bytes === "object" ? message.response_body_bytes.low || message.response_body_bytes.high : message.response_body_bytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.response_body_bytes);
                if (message.response_headers != null && $Object.hasOwnProperty.call(message, "response_headers"))
                    for (let keys = $Object.keys(message.response_headers), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.response_headers[keys[i]]).ldelim();
                if (message.response_code_details != null && $Object.hasOwnProperty.call(message, "response_code_details") && message.response_code_details !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.response_code_details);
                if (message.upstream_header_bytes_received != null && $Object.hasOwnProperty.call(message, "upstream_header_bytes_received") && (typeof message.upstream_header_bytes_received === "object" ? message.upstream_header_bytes_received.low || message.upstream_header_bytes_received.high : message.upstream_header_bytes_received !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.upstream_header_bytes_received);
                if (message.downstream_header_bytes_sent != null && $Object.hasOwnProperty.call(message, "downstream_header_bytes_sent") && (typeof message.downstream_header_bytes_sent === "object" ? message.downstream_header_bytes_sent.low || message.downstream_header_bytes_sent.high : message.downstream_header_bytes_sent !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.downstream_header_bytes_sent);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HTTPResponseProperties message, length delimited. Does not implicitly {@link testdata.als.HTTPResponseProperties.verify|verify} messages.
             * @function encodeDelimited
             * @memberof testdata.als.HTTPResponseProperties
             * @static
             * @param {testdata.als.HTTPResponseProperties.$Properties} message HTTPResponseProperties message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HTTPResponseProperties.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HTTPResponseProperties message from the specified reader or buffer.
             * @function decode
             * @memberof testdata.als.HTTPResponseProperties
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {testdata.als.HTTPResponseProperties & testdata.als.HTTPResponseProperties.$Shape} HTTPResponseProperties
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HTTPResponseProperties.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.testdata.als.HTTPResponseProperties();
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
                            message.response_code = $root.google.protobuf.UInt32Value.decode(reader, reader.size(), $undefined, _depth + 1, message.response_code);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.response_headers_bytes = value;
                            else
                                delete message.response_headers_bytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.response_body_bytes = value;
                            else
                                delete message.response_body_bytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.response_headers === $util.emptyObject)
                                message.response_headers = {};
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
                                $util.makeProp(message.response_headers, key);
                            message.response_headers[key] = value;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.response_code_details = value;
                            else
                                delete message.response_code_details;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.upstream_header_bytes_received = value;
                            else
                                delete message.upstream_header_bytes_received;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.downstream_header_bytes_sent = value;
                            else
                                delete message.downstream_header_bytes_sent;
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
             * Decodes a HTTPResponseProperties message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof testdata.als.HTTPResponseProperties
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {testdata.als.HTTPResponseProperties & testdata.als.HTTPResponseProperties.$Shape} HTTPResponseProperties
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HTTPResponseProperties.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HTTPResponseProperties message.
             * @function verify
             * @memberof testdata.als.HTTPResponseProperties
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HTTPResponseProperties.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.response_code != null && $Object.hasOwnProperty.call(message, "response_code")) {
                    let error = $root.google.protobuf.UInt32Value.verify(message.response_code, _depth + 1);
                    if (error)
                        return "response_code." + error;
                }
                if (message.response_headers_bytes != null && $Object.hasOwnProperty.call(message, "response_headers_bytes"))
                    if (!$util.isInteger(message.response_headers_bytes) && !(message.response_headers_bytes && $util.isInteger(message.response_headers_bytes.low) && $util.isInteger(message.response_headers_bytes.high)))
                        return "response_headers_bytes: integer|Long expected";
                if (message.response_body_bytes != null && $Object.hasOwnProperty.call(message, "response_body_bytes"))
                    if (!$util.isInteger(message.response_body_bytes) && !(message.response_body_bytes && $util.isInteger(message.response_body_bytes.low) && $util.isInteger(message.response_body_bytes.high)))
                        return "response_body_bytes: integer|Long expected";
                if (message.response_headers != null && $Object.hasOwnProperty.call(message, "response_headers")) {
                    if (!$util.isObject(message.response_headers))
                        return "response_headers: object expected";
                    let key = $Object.keys(message.response_headers);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.response_headers[key[i]]))
                            return "response_headers: string{k:string} expected";
                }
                if (message.response_code_details != null && $Object.hasOwnProperty.call(message, "response_code_details"))
                    if (!$util.isString(message.response_code_details))
                        return "response_code_details: string expected";
                if (message.upstream_header_bytes_received != null && $Object.hasOwnProperty.call(message, "upstream_header_bytes_received"))
                    if (!$util.isInteger(message.upstream_header_bytes_received) && !(message.upstream_header_bytes_received && $util.isInteger(message.upstream_header_bytes_received.low) && $util.isInteger(message.upstream_header_bytes_received.high)))
                        return "upstream_header_bytes_received: integer|Long expected";
                if (message.downstream_header_bytes_sent != null && $Object.hasOwnProperty.call(message, "downstream_header_bytes_sent"))
                    if (!$util.isInteger(message.downstream_header_bytes_sent) && !(message.downstream_header_bytes_sent && $util.isInteger(message.downstream_header_bytes_sent.low) && $util.isInteger(message.downstream_header_bytes_sent.high)))
                        return "downstream_header_bytes_sent: integer|Long expected";
                return null;
            };

            /**
             * Creates a HTTPResponseProperties message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof testdata.als.HTTPResponseProperties
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {testdata.als.HTTPResponseProperties} HTTPResponseProperties
             */
            HTTPResponseProperties.fromObject = function (object, _depth) {
                if (object instanceof $root.testdata.als.HTTPResponseProperties)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".testdata.als.HTTPResponseProperties: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.testdata.als.HTTPResponseProperties();
                if (object.response_code != null) {
                    if (!$util.isObject(object.response_code))
                        throw $TypeError(".testdata.als.HTTPResponseProperties.response_code: object expected");
                    message.response_code = $root.google.protobuf.UInt32Value.fromObject(object.response_code, _depth + 1);
                }
                if (object.response_headers_bytes != null)
                    if (typeof object.response_headers_bytes === "object" ? object.response_headers_bytes.low || object.response_headers_bytes.high : $Number(object.response_headers_bytes) !== 0)
                        if ($util.Long)
                            message.response_headers_bytes = $util.Long.fromValue(object.response_headers_bytes, true);
                        else if (typeof object.response_headers_bytes === "string")
                            message.response_headers_bytes = $parseInt(object.response_headers_bytes, 10);
                        else if (typeof object.response_headers_bytes === "number")
                            message.response_headers_bytes = object.response_headers_bytes;
                        else if (typeof object.response_headers_bytes === "object")
                            message.response_headers_bytes = new $util.LongBits(object.response_headers_bytes.low >>> 0, object.response_headers_bytes.high >>> 0).toNumber(true);
                if (object.response_body_bytes != null)
                    if (typeof object.response_body_bytes === "object" ? object.response_body_bytes.low || object.response_body_bytes.high : $Number(object.response_body_bytes) !== 0)
                        if ($util.Long)
                            message.response_body_bytes = $util.Long.fromValue(object.response_body_bytes, true);
                        else if (typeof object.response_body_bytes === "string")
                            message.response_body_bytes = $parseInt(object.response_body_bytes, 10);
                        else if (typeof object.response_body_bytes === "number")
                            message.response_body_bytes = object.response_body_bytes;
                        else if (typeof object.response_body_bytes === "object")
                            message.response_body_bytes = new $util.LongBits(object.response_body_bytes.low >>> 0, object.response_body_bytes.high >>> 0).toNumber(true);
                if (object.response_headers) {
                    if (!$util.isObject(object.response_headers))
                        throw $TypeError(".testdata.als.HTTPResponseProperties.response_headers: object expected");
                    message.response_headers = {};
                    for (let keys = $Object.keys(object.response_headers), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.response_headers, keys[i]);
                        message.response_headers[keys[i]] = $String(object.response_headers[keys[i]]);
                    }
                }
                if (object.response_code_details != null)
                    if (typeof object.response_code_details !== "string" || object.response_code_details.length)
                        message.response_code_details = $String(object.response_code_details);
                if (object.upstream_header_bytes_received != null)
                    if (typeof object.upstream_header_bytes_received === "object" ? object.upstream_header_bytes_received.low || object.upstream_header_bytes_received.high : $Number(object.upstream_header_bytes_received) !== 0)
                        if ($util.Long)
                            message.upstream_header_bytes_received = $util.Long.fromValue(object.upstream_header_bytes_received, true);
                        else if (typeof object.upstream_header_bytes_received === "string")
                            message.upstream_header_bytes_received = $parseInt(object.upstream_header_bytes_received, 10);
                        else if (typeof object.upstream_header_bytes_received === "number")
                            message.upstream_header_bytes_received = object.upstream_header_bytes_received;
                        else if (typeof object.upstream_header_bytes_received === "object")
                            message.upstream_header_bytes_received = new $util.LongBits(object.upstream_header_bytes_received.low >>> 0, object.upstream_header_bytes_received.high >>> 0).toNumber(true);
                if (object.downstream_header_bytes_sent != null)
                    if (typeof object.downstream_header_bytes_sent === "object" ? object.downstream_header_bytes_sent.low || object.downstream_header_bytes_sent.high : $Number(object.downstream_header_bytes_sent) !== 0)
                        if ($util.Long)
                            message.downstream_header_bytes_sent = $util.Long.fromValue(object.downstream_header_bytes_sent, true);
                        else if (typeof object.downstream_header_bytes_sent === "string")
                            message.downstream_header_bytes_sent = $parseInt(object.downstream_header_bytes_sent, 10);
                        else if (typeof object.downstream_header_bytes_sent === "number")
                            message.downstream_header_bytes_sent = object.downstream_header_bytes_sent;
                        else if (typeof object.downstream_header_bytes_sent === "object")
                            message.downstream_header_bytes_sent = new $util.LongBits(object.downstream_header_bytes_sent.low >>> 0, object.downstream_header_bytes_sent.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a HTTPResponseProperties message. Also converts values to other types if specified.
             * @function toObject
             * @memberof testdata.als.HTTPResponseProperties
             * @static
             * @param {testdata.als.HTTPResponseProperties} message HTTPResponseProperties
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HTTPResponseProperties.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.response_headers = {};
                if (options.defaults) {
                    object.response_code = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.response_headers_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.response_headers_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.response_body_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.response_body_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.response_code_details = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.upstream_header_bytes_received = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.upstream_header_bytes_received = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.downstream_header_bytes_sent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.downstream_header_bytes_sent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.response_code != null && $Object.hasOwnProperty.call(message, "response_code"))
                    object.response_code = $root.google.protobuf.UInt32Value.toObject(message.response_code, options, _depth + 1);
                if (message.response_headers_bytes != null && $Object.hasOwnProperty.call(message, "response_headers_bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.response_headers_bytes = typeof message.response_headers_bytes === "number" ? $BigInt(message.response_headers_bytes) : $util.Long.fromBits(message.response_headers_bytes.low >>> 0, message.response_headers_bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.response_headers_bytes === "number")
                        object.response_headers_bytes = options.longs === $String ? $String(message.response_headers_bytes) : message.response_headers_bytes;
                    else
                        object.response_headers_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.response_headers_bytes) : options.longs === $Number ? new $util.LongBits(message.response_headers_bytes.low >>> 0, message.response_headers_bytes.high >>> 0).toNumber(true) : message.response_headers_bytes;
                if (message.response_body_bytes != null && $Object.hasOwnProperty.call(message, "response_body_bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.response_body_bytes = typeof message.response_body_bytes === "number" ? $BigInt(message.response_body_bytes) : $util.Long.fromBits(message.response_body_bytes.low >>> 0, message.response_body_bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.response_body_bytes === "number")
                        object.response_body_bytes = options.longs === $String ? $String(message.response_body_bytes) : message.response_body_bytes;
                    else
                        object.response_body_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.response_body_bytes) : options.longs === $Number ? new $util.LongBits(message.response_body_bytes.low >>> 0, message.response_body_bytes.high >>> 0).toNumber(true) : message.response_body_bytes;
                let keys2;
                if (message.response_headers && (keys2 = $Object.keys(message.response_headers)).length) {
                    object.response_headers = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.response_headers, keys2[j]);
                        object.response_headers[keys2[j]] = message.response_headers[keys2[j]];
                    }
                }
                if (message.response_code_details != null && $Object.hasOwnProperty.call(message, "response_code_details"))
                    object.response_code_details = message.response_code_details;
                if (message.upstream_header_bytes_received != null && $Object.hasOwnProperty.call(message, "upstream_header_bytes_received"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.upstream_header_bytes_received = typeof message.upstream_header_bytes_received === "number" ? $BigInt(message.upstream_header_bytes_received) : $util.Long.fromBits(message.upstream_header_bytes_received.low >>> 0, message.upstream_header_bytes_received.high >>> 0, true).toBigInt();
                    else if (typeof message.upstream_header_bytes_received === "number")
                        object.upstream_header_bytes_received = options.longs === $String ? $String(message.upstream_header_bytes_received) : message.upstream_header_bytes_received;
                    else
                        object.upstream_header_bytes_received = options.longs === $String ? $util.Long.prototype.toString.call(message.upstream_header_bytes_received) : options.longs === $Number ? new $util.LongBits(message.upstream_header_bytes_received.low >>> 0, message.upstream_header_bytes_received.high >>> 0).toNumber(true) : message.upstream_header_bytes_received;
                if (message.downstream_header_bytes_sent != null && $Object.hasOwnProperty.call(message, "downstream_header_bytes_sent"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.downstream_header_bytes_sent = typeof message.downstream_header_bytes_sent === "number" ? $BigInt(message.downstream_header_bytes_sent) : $util.Long.fromBits(message.downstream_header_bytes_sent.low >>> 0, message.downstream_header_bytes_sent.high >>> 0, true).toBigInt();
                    else if (typeof message.downstream_header_bytes_sent === "number")
                        object.downstream_header_bytes_sent = options.longs === $String ? $String(message.downstream_header_bytes_sent) : message.downstream_header_bytes_sent;
                    else
                        object.downstream_header_bytes_sent = options.longs === $String ? $util.Long.prototype.toString.call(message.downstream_header_bytes_sent) : options.longs === $Number ? new $util.LongBits(message.downstream_header_bytes_sent.low >>> 0, message.downstream_header_bytes_sent.high >>> 0).toNumber(true) : message.downstream_header_bytes_sent;
                return object;
            };

            /**
             * Converts this HTTPResponseProperties to JSON.
             * @function toJSON
             * @memberof testdata.als.HTTPResponseProperties
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HTTPResponseProperties.prototype.toJSON = function() {
                return HTTPResponseProperties.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HTTPResponseProperties
             * @function getTypeUrl
             * @memberof testdata.als.HTTPResponseProperties
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HTTPResponseProperties.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/testdata.als.HTTPResponseProperties";
            };

            return HTTPResponseProperties;
        })();

        return als;
    })();

    return testdata;
})();

export const envoy = $root.envoy = (() => {

    /**
     * Namespace envoy.
     * @exports envoy
     * @namespace
     */
    const envoy = {};

    envoy.config = (function() {

        /**
         * Namespace config.
         * @memberof envoy
         * @namespace
         */
        const config = {};

        config.core = (function() {

            /**
             * Namespace core.
             * @memberof envoy.config
             * @namespace
             */
            const core = {};

            core.v3 = (function() {

                /**
                 * Namespace v3.
                 * @memberof envoy.config.core
                 * @namespace
                 */
                const v3 = {};

                v3.Node = (function() {

                    /**
                     * Properties of a Node.
                     * @typedef {Object} envoy.config.core.v3.Node.$Properties
                     * @property {string|null} [id] Node id
                     * @property {string|null} [cluster] Node cluster
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Node.
                     * @memberof envoy.config.core.v3
                     * @interface INode
                     * @augments envoy.config.core.v3.Node.$Properties
                     * @deprecated Use envoy.config.core.v3.Node.$Properties instead.
                     */

                    /**
                     * Shape of a Node.
                     * @typedef {envoy.config.core.v3.Node.$Properties} envoy.config.core.v3.Node.$Shape
                     */

                    /**
                     * Constructs a new Node.
                     * @memberof envoy.config.core.v3
                     * @classdesc Represents a Node.
                     * @constructor
                     * @param {envoy.config.core.v3.Node.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Node = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Node id.
                     * @member {string} id
                     * @memberof envoy.config.core.v3.Node
                     * @instance
                     */
                    Node.prototype.id = "";

                    /**
                     * Node cluster.
                     * @member {string} cluster
                     * @memberof envoy.config.core.v3.Node
                     * @instance
                     */
                    Node.prototype.cluster = "";

                    /**
                     * Creates a new Node instance using the specified properties.
                     * @function create
                     * @memberof envoy.config.core.v3.Node
                     * @static
                     * @param {envoy.config.core.v3.Node.$Properties=} [properties] Properties to set
                     * @returns {envoy.config.core.v3.Node} Node instance
                     * @type {{
                     *   (properties: envoy.config.core.v3.Node.$Shape): envoy.config.core.v3.Node & envoy.config.core.v3.Node.$Shape;
                     *   (properties?: envoy.config.core.v3.Node.$Properties): envoy.config.core.v3.Node;
                     * }}
                     */
                    Node.create = function(properties) {
                        return new Node(properties);
                    };

                    /**
                     * Encodes the specified Node message. Does not implicitly {@link envoy.config.core.v3.Node.verify|verify} messages.
                     * @function encode
                     * @memberof envoy.config.core.v3.Node
                     * @static
                     * @param {envoy.config.core.v3.Node.$Properties} message Node message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Node.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                        if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster") && message.cluster !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.cluster);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified Node message, length delimited. Does not implicitly {@link envoy.config.core.v3.Node.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof envoy.config.core.v3.Node
                     * @static
                     * @param {envoy.config.core.v3.Node.$Properties} message Node message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Node.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a Node message from the specified reader or buffer.
                     * @function decode
                     * @memberof envoy.config.core.v3.Node
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {envoy.config.core.v3.Node & envoy.config.core.v3.Node.$Shape} Node
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Node.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.envoy.config.core.v3.Node();
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
                                        message.id = value;
                                    else
                                        delete message.id;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.cluster = value;
                                    else
                                        delete message.cluster;
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
                     * Decodes a Node message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof envoy.config.core.v3.Node
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {envoy.config.core.v3.Node & envoy.config.core.v3.Node.$Shape} Node
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Node.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a Node message.
                     * @function verify
                     * @memberof envoy.config.core.v3.Node
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Node.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            if (!$util.isString(message.id))
                                return "id: string expected";
                        if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster"))
                            if (!$util.isString(message.cluster))
                                return "cluster: string expected";
                        return null;
                    };

                    /**
                     * Creates a Node message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof envoy.config.core.v3.Node
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {envoy.config.core.v3.Node} Node
                     */
                    Node.fromObject = function (object, _depth) {
                        if (object instanceof $root.envoy.config.core.v3.Node)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".envoy.config.core.v3.Node: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.envoy.config.core.v3.Node();
                        if (object.id != null)
                            if (typeof object.id !== "string" || object.id.length)
                                message.id = $String(object.id);
                        if (object.cluster != null)
                            if (typeof object.cluster !== "string" || object.cluster.length)
                                message.cluster = $String(object.cluster);
                        return message;
                    };

                    /**
                     * Creates a plain object from a Node message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof envoy.config.core.v3.Node
                     * @static
                     * @param {envoy.config.core.v3.Node} message Node
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Node.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.id = "";
                            object.cluster = "";
                        }
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            object.id = message.id;
                        if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster"))
                            object.cluster = message.cluster;
                        return object;
                    };

                    /**
                     * Converts this Node to JSON.
                     * @function toJSON
                     * @memberof envoy.config.core.v3.Node
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Node.prototype.toJSON = function() {
                        return Node.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Node
                     * @function getTypeUrl
                     * @memberof envoy.config.core.v3.Node
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Node.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/envoy.config.core.v3.Node";
                    };

                    return Node;
                })();

                /**
                 * RequestMethod enum.
                 * @name envoy.config.core.v3.RequestMethod
                 * @enum {number}
                 * @property {number} METHOD_UNSPECIFIED=0 METHOD_UNSPECIFIED value
                 * @property {number} GET=1 GET value
                 * @property {number} HEAD=2 HEAD value
                 * @property {number} POST=3 POST value
                 * @property {number} PUT=4 PUT value
                 * @property {number} DELETE=5 DELETE value
                 * @property {number} CONNECT=6 CONNECT value
                 * @property {number} OPTIONS=7 OPTIONS value
                 * @property {number} TRACE=8 TRACE value
                 * @property {number} PATCH=9 PATCH value
                 */
                v3.RequestMethod = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "METHOD_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "GET"] = 1;
                    values[valuesById[2] = "HEAD"] = 2;
                    values[valuesById[3] = "POST"] = 3;
                    values[valuesById[4] = "PUT"] = 4;
                    values[valuesById[5] = "DELETE"] = 5;
                    values[valuesById[6] = "CONNECT"] = 6;
                    values[valuesById[7] = "OPTIONS"] = 7;
                    values[valuesById[8] = "TRACE"] = 8;
                    values[valuesById[9] = "PATCH"] = 9;
                    return values;
                })();

                return v3;
            })();

            return core;
        })();

        return config;
    })();

    envoy.data = (function() {

        /**
         * Namespace data.
         * @memberof envoy
         * @namespace
         */
        const data = {};

        data.accesslog = (function() {

            /**
             * Namespace accesslog.
             * @memberof envoy.data
             * @namespace
             */
            const accesslog = {};

            accesslog.v3 = (function() {

                /**
                 * Namespace v3.
                 * @memberof envoy.data.accesslog
                 * @namespace
                 */
                const v3 = {};

                v3.TCPAccessLogEntry = (function() {

                    /**
                     * Properties of a TCPAccessLogEntry.
                     * @typedef {Object} envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties
                     * @property {envoy.data.accesslog.v3.AccessLogCommon.$Properties|null} [common_properties] TCPAccessLogEntry common_properties
                     * @property {envoy.data.accesslog.v3.ConnectionProperties.$Properties|null} [connection_properties] TCPAccessLogEntry connection_properties
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a TCPAccessLogEntry.
                     * @memberof envoy.data.accesslog.v3
                     * @interface ITCPAccessLogEntry
                     * @augments envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties
                     * @deprecated Use envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties instead.
                     */

                    /**
                     * Shape of a TCPAccessLogEntry.
                     * @typedef {envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties} envoy.data.accesslog.v3.TCPAccessLogEntry.$Shape
                     */

                    /**
                     * Constructs a new TCPAccessLogEntry.
                     * @memberof envoy.data.accesslog.v3
                     * @classdesc Represents a TCPAccessLogEntry.
                     * @constructor
                     * @param {envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const TCPAccessLogEntry = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * TCPAccessLogEntry common_properties.
                     * @member {envoy.data.accesslog.v3.AccessLogCommon.$Properties|null|undefined} common_properties
                     * @memberof envoy.data.accesslog.v3.TCPAccessLogEntry
                     * @instance
                     */
                    TCPAccessLogEntry.prototype.common_properties = null;

                    /**
                     * TCPAccessLogEntry connection_properties.
                     * @member {envoy.data.accesslog.v3.ConnectionProperties.$Properties|null|undefined} connection_properties
                     * @memberof envoy.data.accesslog.v3.TCPAccessLogEntry
                     * @instance
                     */
                    TCPAccessLogEntry.prototype.connection_properties = null;

                    /**
                     * Creates a new TCPAccessLogEntry instance using the specified properties.
                     * @function create
                     * @memberof envoy.data.accesslog.v3.TCPAccessLogEntry
                     * @static
                     * @param {envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties=} [properties] Properties to set
                     * @returns {envoy.data.accesslog.v3.TCPAccessLogEntry} TCPAccessLogEntry instance
                     * @type {{
                     *   (properties: envoy.data.accesslog.v3.TCPAccessLogEntry.$Shape): envoy.data.accesslog.v3.TCPAccessLogEntry & envoy.data.accesslog.v3.TCPAccessLogEntry.$Shape;
                     *   (properties?: envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties): envoy.data.accesslog.v3.TCPAccessLogEntry;
                     * }}
                     */
                    TCPAccessLogEntry.create = function(properties) {
                        return new TCPAccessLogEntry(properties);
                    };

                    /**
                     * Encodes the specified TCPAccessLogEntry message. Does not implicitly {@link envoy.data.accesslog.v3.TCPAccessLogEntry.verify|verify} messages.
                     * @function encode
                     * @memberof envoy.data.accesslog.v3.TCPAccessLogEntry
                     * @static
                     * @param {envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties} message TCPAccessLogEntry message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    TCPAccessLogEntry.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.common_properties != null && $Object.hasOwnProperty.call(message, "common_properties"))
                            $root.envoy.data.accesslog.v3.AccessLogCommon.encode(message.common_properties, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.connection_properties != null && $Object.hasOwnProperty.call(message, "connection_properties"))
                            $root.envoy.data.accesslog.v3.ConnectionProperties.encode(message.connection_properties, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified TCPAccessLogEntry message, length delimited. Does not implicitly {@link envoy.data.accesslog.v3.TCPAccessLogEntry.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof envoy.data.accesslog.v3.TCPAccessLogEntry
                     * @static
                     * @param {envoy.data.accesslog.v3.TCPAccessLogEntry.$Properties} message TCPAccessLogEntry message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    TCPAccessLogEntry.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a TCPAccessLogEntry message from the specified reader or buffer.
                     * @function decode
                     * @memberof envoy.data.accesslog.v3.TCPAccessLogEntry
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {envoy.data.accesslog.v3.TCPAccessLogEntry & envoy.data.accesslog.v3.TCPAccessLogEntry.$Shape} TCPAccessLogEntry
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    TCPAccessLogEntry.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.envoy.data.accesslog.v3.TCPAccessLogEntry();
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
                                    message.common_properties = $root.envoy.data.accesslog.v3.AccessLogCommon.decode(reader, reader.size(), $undefined, _depth + 1, message.common_properties);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.connection_properties = $root.envoy.data.accesslog.v3.ConnectionProperties.decode(reader, reader.size(), $undefined, _depth + 1, message.connection_properties);
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
                     * Decodes a TCPAccessLogEntry message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof envoy.data.accesslog.v3.TCPAccessLogEntry
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {envoy.data.accesslog.v3.TCPAccessLogEntry & envoy.data.accesslog.v3.TCPAccessLogEntry.$Shape} TCPAccessLogEntry
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    TCPAccessLogEntry.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a TCPAccessLogEntry message.
                     * @function verify
                     * @memberof envoy.data.accesslog.v3.TCPAccessLogEntry
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    TCPAccessLogEntry.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.common_properties != null && $Object.hasOwnProperty.call(message, "common_properties")) {
                            let error = $root.envoy.data.accesslog.v3.AccessLogCommon.verify(message.common_properties, _depth + 1);
                            if (error)
                                return "common_properties." + error;
                        }
                        if (message.connection_properties != null && $Object.hasOwnProperty.call(message, "connection_properties")) {
                            let error = $root.envoy.data.accesslog.v3.ConnectionProperties.verify(message.connection_properties, _depth + 1);
                            if (error)
                                return "connection_properties." + error;
                        }
                        return null;
                    };

                    /**
                     * Creates a TCPAccessLogEntry message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof envoy.data.accesslog.v3.TCPAccessLogEntry
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {envoy.data.accesslog.v3.TCPAccessLogEntry} TCPAccessLogEntry
                     */
                    TCPAccessLogEntry.fromObject = function (object, _depth) {
                        if (object instanceof $root.envoy.data.accesslog.v3.TCPAccessLogEntry)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".envoy.data.accesslog.v3.TCPAccessLogEntry: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.envoy.data.accesslog.v3.TCPAccessLogEntry();
                        if (object.common_properties != null) {
                            if (!$util.isObject(object.common_properties))
                                throw $TypeError(".envoy.data.accesslog.v3.TCPAccessLogEntry.common_properties: object expected");
                            message.common_properties = $root.envoy.data.accesslog.v3.AccessLogCommon.fromObject(object.common_properties, _depth + 1);
                        }
                        if (object.connection_properties != null) {
                            if (!$util.isObject(object.connection_properties))
                                throw $TypeError(".envoy.data.accesslog.v3.TCPAccessLogEntry.connection_properties: object expected");
                            message.connection_properties = $root.envoy.data.accesslog.v3.ConnectionProperties.fromObject(object.connection_properties, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a TCPAccessLogEntry message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof envoy.data.accesslog.v3.TCPAccessLogEntry
                     * @static
                     * @param {envoy.data.accesslog.v3.TCPAccessLogEntry} message TCPAccessLogEntry
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    TCPAccessLogEntry.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.common_properties = null;
                            object.connection_properties = null;
                        }
                        if (message.common_properties != null && $Object.hasOwnProperty.call(message, "common_properties"))
                            object.common_properties = $root.envoy.data.accesslog.v3.AccessLogCommon.toObject(message.common_properties, options, _depth + 1);
                        if (message.connection_properties != null && $Object.hasOwnProperty.call(message, "connection_properties"))
                            object.connection_properties = $root.envoy.data.accesslog.v3.ConnectionProperties.toObject(message.connection_properties, options, _depth + 1);
                        return object;
                    };

                    /**
                     * Converts this TCPAccessLogEntry to JSON.
                     * @function toJSON
                     * @memberof envoy.data.accesslog.v3.TCPAccessLogEntry
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    TCPAccessLogEntry.prototype.toJSON = function() {
                        return TCPAccessLogEntry.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for TCPAccessLogEntry
                     * @function getTypeUrl
                     * @memberof envoy.data.accesslog.v3.TCPAccessLogEntry
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    TCPAccessLogEntry.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/envoy.data.accesslog.v3.TCPAccessLogEntry";
                    };

                    return TCPAccessLogEntry;
                })();

                v3.HTTPAccessLogEntry = (function() {

                    /**
                     * Properties of a HTTPAccessLogEntry.
                     * @typedef {Object} envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties
                     * @property {envoy.data.accesslog.v3.AccessLogCommon.$Properties|null} [common_properties] HTTPAccessLogEntry common_properties
                     * @property {envoy.data.accesslog.v3.HTTPRequestProperties.$Properties|null} [request] HTTPAccessLogEntry request
                     * @property {envoy.data.accesslog.v3.HTTPResponseProperties.$Properties|null} [response] HTTPAccessLogEntry response
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a HTTPAccessLogEntry.
                     * @memberof envoy.data.accesslog.v3
                     * @interface IHTTPAccessLogEntry
                     * @augments envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties
                     * @deprecated Use envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties instead.
                     */

                    /**
                     * Shape of a HTTPAccessLogEntry.
                     * @typedef {envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties} envoy.data.accesslog.v3.HTTPAccessLogEntry.$Shape
                     */

                    /**
                     * Constructs a new HTTPAccessLogEntry.
                     * @memberof envoy.data.accesslog.v3
                     * @classdesc Represents a HTTPAccessLogEntry.
                     * @constructor
                     * @param {envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const HTTPAccessLogEntry = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * HTTPAccessLogEntry common_properties.
                     * @member {envoy.data.accesslog.v3.AccessLogCommon.$Properties|null|undefined} common_properties
                     * @memberof envoy.data.accesslog.v3.HTTPAccessLogEntry
                     * @instance
                     */
                    HTTPAccessLogEntry.prototype.common_properties = null;

                    /**
                     * HTTPAccessLogEntry request.
                     * @member {envoy.data.accesslog.v3.HTTPRequestProperties.$Properties|null|undefined} request
                     * @memberof envoy.data.accesslog.v3.HTTPAccessLogEntry
                     * @instance
                     */
                    HTTPAccessLogEntry.prototype.request = null;

                    /**
                     * HTTPAccessLogEntry response.
                     * @member {envoy.data.accesslog.v3.HTTPResponseProperties.$Properties|null|undefined} response
                     * @memberof envoy.data.accesslog.v3.HTTPAccessLogEntry
                     * @instance
                     */
                    HTTPAccessLogEntry.prototype.response = null;

                    /**
                     * Creates a new HTTPAccessLogEntry instance using the specified properties.
                     * @function create
                     * @memberof envoy.data.accesslog.v3.HTTPAccessLogEntry
                     * @static
                     * @param {envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties=} [properties] Properties to set
                     * @returns {envoy.data.accesslog.v3.HTTPAccessLogEntry} HTTPAccessLogEntry instance
                     * @type {{
                     *   (properties: envoy.data.accesslog.v3.HTTPAccessLogEntry.$Shape): envoy.data.accesslog.v3.HTTPAccessLogEntry & envoy.data.accesslog.v3.HTTPAccessLogEntry.$Shape;
                     *   (properties?: envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties): envoy.data.accesslog.v3.HTTPAccessLogEntry;
                     * }}
                     */
                    HTTPAccessLogEntry.create = function(properties) {
                        return new HTTPAccessLogEntry(properties);
                    };

                    /**
                     * Encodes the specified HTTPAccessLogEntry message. Does not implicitly {@link envoy.data.accesslog.v3.HTTPAccessLogEntry.verify|verify} messages.
                     * @function encode
                     * @memberof envoy.data.accesslog.v3.HTTPAccessLogEntry
                     * @static
                     * @param {envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties} message HTTPAccessLogEntry message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    HTTPAccessLogEntry.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.common_properties != null && $Object.hasOwnProperty.call(message, "common_properties"))
                            $root.envoy.data.accesslog.v3.AccessLogCommon.encode(message.common_properties, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                            $root.envoy.data.accesslog.v3.HTTPRequestProperties.encode(message.request, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                        if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                            $root.envoy.data.accesslog.v3.HTTPResponseProperties.encode(message.response, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified HTTPAccessLogEntry message, length delimited. Does not implicitly {@link envoy.data.accesslog.v3.HTTPAccessLogEntry.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof envoy.data.accesslog.v3.HTTPAccessLogEntry
                     * @static
                     * @param {envoy.data.accesslog.v3.HTTPAccessLogEntry.$Properties} message HTTPAccessLogEntry message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    HTTPAccessLogEntry.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a HTTPAccessLogEntry message from the specified reader or buffer.
                     * @function decode
                     * @memberof envoy.data.accesslog.v3.HTTPAccessLogEntry
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {envoy.data.accesslog.v3.HTTPAccessLogEntry & envoy.data.accesslog.v3.HTTPAccessLogEntry.$Shape} HTTPAccessLogEntry
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    HTTPAccessLogEntry.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.envoy.data.accesslog.v3.HTTPAccessLogEntry();
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
                                    message.common_properties = $root.envoy.data.accesslog.v3.AccessLogCommon.decode(reader, reader.size(), $undefined, _depth + 1, message.common_properties);
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.request = $root.envoy.data.accesslog.v3.HTTPRequestProperties.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.response = $root.envoy.data.accesslog.v3.HTTPResponseProperties.decode(reader, reader.size(), $undefined, _depth + 1, message.response);
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
                     * Decodes a HTTPAccessLogEntry message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof envoy.data.accesslog.v3.HTTPAccessLogEntry
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {envoy.data.accesslog.v3.HTTPAccessLogEntry & envoy.data.accesslog.v3.HTTPAccessLogEntry.$Shape} HTTPAccessLogEntry
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    HTTPAccessLogEntry.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a HTTPAccessLogEntry message.
                     * @function verify
                     * @memberof envoy.data.accesslog.v3.HTTPAccessLogEntry
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    HTTPAccessLogEntry.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.common_properties != null && $Object.hasOwnProperty.call(message, "common_properties")) {
                            let error = $root.envoy.data.accesslog.v3.AccessLogCommon.verify(message.common_properties, _depth + 1);
                            if (error)
                                return "common_properties." + error;
                        }
                        if (message.request != null && $Object.hasOwnProperty.call(message, "request")) {
                            let error = $root.envoy.data.accesslog.v3.HTTPRequestProperties.verify(message.request, _depth + 1);
                            if (error)
                                return "request." + error;
                        }
                        if (message.response != null && $Object.hasOwnProperty.call(message, "response")) {
                            let error = $root.envoy.data.accesslog.v3.HTTPResponseProperties.verify(message.response, _depth + 1);
                            if (error)
                                return "response." + error;
                        }
                        return null;
                    };

                    /**
                     * Creates a HTTPAccessLogEntry message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof envoy.data.accesslog.v3.HTTPAccessLogEntry
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {envoy.data.accesslog.v3.HTTPAccessLogEntry} HTTPAccessLogEntry
                     */
                    HTTPAccessLogEntry.fromObject = function (object, _depth) {
                        if (object instanceof $root.envoy.data.accesslog.v3.HTTPAccessLogEntry)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".envoy.data.accesslog.v3.HTTPAccessLogEntry: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.envoy.data.accesslog.v3.HTTPAccessLogEntry();
                        if (object.common_properties != null) {
                            if (!$util.isObject(object.common_properties))
                                throw $TypeError(".envoy.data.accesslog.v3.HTTPAccessLogEntry.common_properties: object expected");
                            message.common_properties = $root.envoy.data.accesslog.v3.AccessLogCommon.fromObject(object.common_properties, _depth + 1);
                        }
                        if (object.request != null) {
                            if (!$util.isObject(object.request))
                                throw $TypeError(".envoy.data.accesslog.v3.HTTPAccessLogEntry.request: object expected");
                            message.request = $root.envoy.data.accesslog.v3.HTTPRequestProperties.fromObject(object.request, _depth + 1);
                        }
                        if (object.response != null) {
                            if (!$util.isObject(object.response))
                                throw $TypeError(".envoy.data.accesslog.v3.HTTPAccessLogEntry.response: object expected");
                            message.response = $root.envoy.data.accesslog.v3.HTTPResponseProperties.fromObject(object.response, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a HTTPAccessLogEntry message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof envoy.data.accesslog.v3.HTTPAccessLogEntry
                     * @static
                     * @param {envoy.data.accesslog.v3.HTTPAccessLogEntry} message HTTPAccessLogEntry
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    HTTPAccessLogEntry.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.common_properties = null;
                            object.request = null;
                            object.response = null;
                        }
                        if (message.common_properties != null && $Object.hasOwnProperty.call(message, "common_properties"))
                            object.common_properties = $root.envoy.data.accesslog.v3.AccessLogCommon.toObject(message.common_properties, options, _depth + 1);
                        if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                            object.request = $root.envoy.data.accesslog.v3.HTTPRequestProperties.toObject(message.request, options, _depth + 1);
                        if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                            object.response = $root.envoy.data.accesslog.v3.HTTPResponseProperties.toObject(message.response, options, _depth + 1);
                        return object;
                    };

                    /**
                     * Converts this HTTPAccessLogEntry to JSON.
                     * @function toJSON
                     * @memberof envoy.data.accesslog.v3.HTTPAccessLogEntry
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    HTTPAccessLogEntry.prototype.toJSON = function() {
                        return HTTPAccessLogEntry.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for HTTPAccessLogEntry
                     * @function getTypeUrl
                     * @memberof envoy.data.accesslog.v3.HTTPAccessLogEntry
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    HTTPAccessLogEntry.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/envoy.data.accesslog.v3.HTTPAccessLogEntry";
                    };

                    return HTTPAccessLogEntry;
                })();

                v3.ConnectionProperties = (function() {

                    /**
                     * Properties of a ConnectionProperties.
                     * @typedef {Object} envoy.data.accesslog.v3.ConnectionProperties.$Properties
                     * @property {number|Long|null} [received_bytes] ConnectionProperties received_bytes
                     * @property {number|Long|null} [sent_bytes] ConnectionProperties sent_bytes
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ConnectionProperties.
                     * @memberof envoy.data.accesslog.v3
                     * @interface IConnectionProperties
                     * @augments envoy.data.accesslog.v3.ConnectionProperties.$Properties
                     * @deprecated Use envoy.data.accesslog.v3.ConnectionProperties.$Properties instead.
                     */

                    /**
                     * Shape of a ConnectionProperties.
                     * @typedef {envoy.data.accesslog.v3.ConnectionProperties.$Properties} envoy.data.accesslog.v3.ConnectionProperties.$Shape
                     */

                    /**
                     * Constructs a new ConnectionProperties.
                     * @memberof envoy.data.accesslog.v3
                     * @classdesc Represents a ConnectionProperties.
                     * @constructor
                     * @param {envoy.data.accesslog.v3.ConnectionProperties.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ConnectionProperties = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ConnectionProperties received_bytes.
                     * @member {number|Long} received_bytes
                     * @memberof envoy.data.accesslog.v3.ConnectionProperties
                     * @instance
                     */
                    ConnectionProperties.prototype.received_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * ConnectionProperties sent_bytes.
                     * @member {number|Long} sent_bytes
                     * @memberof envoy.data.accesslog.v3.ConnectionProperties
                     * @instance
                     */
                    ConnectionProperties.prototype.sent_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Creates a new ConnectionProperties instance using the specified properties.
                     * @function create
                     * @memberof envoy.data.accesslog.v3.ConnectionProperties
                     * @static
                     * @param {envoy.data.accesslog.v3.ConnectionProperties.$Properties=} [properties] Properties to set
                     * @returns {envoy.data.accesslog.v3.ConnectionProperties} ConnectionProperties instance
                     * @type {{
                     *   (properties: envoy.data.accesslog.v3.ConnectionProperties.$Shape): envoy.data.accesslog.v3.ConnectionProperties & envoy.data.accesslog.v3.ConnectionProperties.$Shape;
                     *   (properties?: envoy.data.accesslog.v3.ConnectionProperties.$Properties): envoy.data.accesslog.v3.ConnectionProperties;
                     * }}
                     */
                    ConnectionProperties.create = function(properties) {
                        return new ConnectionProperties(properties);
                    };

                    /**
                     * Encodes the specified ConnectionProperties message. Does not implicitly {@link envoy.data.accesslog.v3.ConnectionProperties.verify|verify} messages.
                     * @function encode
                     * @memberof envoy.data.accesslog.v3.ConnectionProperties
                     * @static
                     * @param {envoy.data.accesslog.v3.ConnectionProperties.$Properties} message ConnectionProperties message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ConnectionProperties.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.received_bytes != null && $Object.hasOwnProperty.call(message, "received_bytes") && (typeof message.received_bytes === "object" ? message.received_bytes.low || message.received_bytes.high : message.received_bytes !== 0))
                            writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.received_bytes);
                        if (message.sent_bytes != null && $Object.hasOwnProperty.call(message, "sent_bytes") && (typeof message.sent_bytes === "object" ? message.sent_bytes.low || message.sent_bytes.high : message.sent_bytes !== 0))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sent_bytes);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified ConnectionProperties message, length delimited. Does not implicitly {@link envoy.data.accesslog.v3.ConnectionProperties.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof envoy.data.accesslog.v3.ConnectionProperties
                     * @static
                     * @param {envoy.data.accesslog.v3.ConnectionProperties.$Properties} message ConnectionProperties message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ConnectionProperties.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a ConnectionProperties message from the specified reader or buffer.
                     * @function decode
                     * @memberof envoy.data.accesslog.v3.ConnectionProperties
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {envoy.data.accesslog.v3.ConnectionProperties & envoy.data.accesslog.v3.ConnectionProperties.$Shape} ConnectionProperties
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ConnectionProperties.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.envoy.data.accesslog.v3.ConnectionProperties();
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
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.received_bytes = value;
                                    else
                                        delete message.received_bytes;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.sent_bytes = value;
                                    else
                                        delete message.sent_bytes;
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
                     * Decodes a ConnectionProperties message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof envoy.data.accesslog.v3.ConnectionProperties
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {envoy.data.accesslog.v3.ConnectionProperties & envoy.data.accesslog.v3.ConnectionProperties.$Shape} ConnectionProperties
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ConnectionProperties.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a ConnectionProperties message.
                     * @function verify
                     * @memberof envoy.data.accesslog.v3.ConnectionProperties
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ConnectionProperties.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.received_bytes != null && $Object.hasOwnProperty.call(message, "received_bytes"))
                            if (!$util.isInteger(message.received_bytes) && !(message.received_bytes && $util.isInteger(message.received_bytes.low) && $util.isInteger(message.received_bytes.high)))
                                return "received_bytes: integer|Long expected";
                        if (message.sent_bytes != null && $Object.hasOwnProperty.call(message, "sent_bytes"))
                            if (!$util.isInteger(message.sent_bytes) && !(message.sent_bytes && $util.isInteger(message.sent_bytes.low) && $util.isInteger(message.sent_bytes.high)))
                                return "sent_bytes: integer|Long expected";
                        return null;
                    };

                    /**
                     * Creates a ConnectionProperties message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof envoy.data.accesslog.v3.ConnectionProperties
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {envoy.data.accesslog.v3.ConnectionProperties} ConnectionProperties
                     */
                    ConnectionProperties.fromObject = function (object, _depth) {
                        if (object instanceof $root.envoy.data.accesslog.v3.ConnectionProperties)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".envoy.data.accesslog.v3.ConnectionProperties: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.envoy.data.accesslog.v3.ConnectionProperties();
                        if (object.received_bytes != null)
                            if (typeof object.received_bytes === "object" ? object.received_bytes.low || object.received_bytes.high : $Number(object.received_bytes) !== 0)
                                if ($util.Long)
                                    message.received_bytes = $util.Long.fromValue(object.received_bytes, true);
                                else if (typeof object.received_bytes === "string")
                                    message.received_bytes = $parseInt(object.received_bytes, 10);
                                else if (typeof object.received_bytes === "number")
                                    message.received_bytes = object.received_bytes;
                                else if (typeof object.received_bytes === "object")
                                    message.received_bytes = new $util.LongBits(object.received_bytes.low >>> 0, object.received_bytes.high >>> 0).toNumber(true);
                        if (object.sent_bytes != null)
                            if (typeof object.sent_bytes === "object" ? object.sent_bytes.low || object.sent_bytes.high : $Number(object.sent_bytes) !== 0)
                                if ($util.Long)
                                    message.sent_bytes = $util.Long.fromValue(object.sent_bytes, true);
                                else if (typeof object.sent_bytes === "string")
                                    message.sent_bytes = $parseInt(object.sent_bytes, 10);
                                else if (typeof object.sent_bytes === "number")
                                    message.sent_bytes = object.sent_bytes;
                                else if (typeof object.sent_bytes === "object")
                                    message.sent_bytes = new $util.LongBits(object.sent_bytes.low >>> 0, object.sent_bytes.high >>> 0).toNumber(true);
                        return message;
                    };

                    /**
                     * Creates a plain object from a ConnectionProperties message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof envoy.data.accesslog.v3.ConnectionProperties
                     * @static
                     * @param {envoy.data.accesslog.v3.ConnectionProperties} message ConnectionProperties
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ConnectionProperties.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.received_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.received_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.sent_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.sent_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.received_bytes != null && $Object.hasOwnProperty.call(message, "received_bytes"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.received_bytes = typeof message.received_bytes === "number" ? $BigInt(message.received_bytes) : $util.Long.fromBits(message.received_bytes.low >>> 0, message.received_bytes.high >>> 0, true).toBigInt();
                            else if (typeof message.received_bytes === "number")
                                object.received_bytes = options.longs === $String ? $String(message.received_bytes) : message.received_bytes;
                            else
                                object.received_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.received_bytes) : options.longs === $Number ? new $util.LongBits(message.received_bytes.low >>> 0, message.received_bytes.high >>> 0).toNumber(true) : message.received_bytes;
                        if (message.sent_bytes != null && $Object.hasOwnProperty.call(message, "sent_bytes"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.sent_bytes = typeof message.sent_bytes === "number" ? $BigInt(message.sent_bytes) : $util.Long.fromBits(message.sent_bytes.low >>> 0, message.sent_bytes.high >>> 0, true).toBigInt();
                            else if (typeof message.sent_bytes === "number")
                                object.sent_bytes = options.longs === $String ? $String(message.sent_bytes) : message.sent_bytes;
                            else
                                object.sent_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sent_bytes) : options.longs === $Number ? new $util.LongBits(message.sent_bytes.low >>> 0, message.sent_bytes.high >>> 0).toNumber(true) : message.sent_bytes;
                        return object;
                    };

                    /**
                     * Converts this ConnectionProperties to JSON.
                     * @function toJSON
                     * @memberof envoy.data.accesslog.v3.ConnectionProperties
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ConnectionProperties.prototype.toJSON = function() {
                        return ConnectionProperties.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ConnectionProperties
                     * @function getTypeUrl
                     * @memberof envoy.data.accesslog.v3.ConnectionProperties
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ConnectionProperties.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/envoy.data.accesslog.v3.ConnectionProperties";
                    };

                    return ConnectionProperties;
                })();

                /**
                 * AccessLogType enum.
                 * @name envoy.data.accesslog.v3.AccessLogType
                 * @enum {number}
                 * @property {number} NotSet=0 NotSet value
                 * @property {number} TcpUpstreamConnected=1 TcpUpstreamConnected value
                 * @property {number} TcpPeriodic=2 TcpPeriodic value
                 * @property {number} TcpConnectionEnd=3 TcpConnectionEnd value
                 * @property {number} DownstreamStart=4 DownstreamStart value
                 * @property {number} DownstreamPeriodic=5 DownstreamPeriodic value
                 * @property {number} DownstreamEnd=6 DownstreamEnd value
                 * @property {number} UpstreamPoolReady=7 UpstreamPoolReady value
                 * @property {number} UpstreamPeriodic=8 UpstreamPeriodic value
                 * @property {number} UpstreamEnd=9 UpstreamEnd value
                 * @property {number} DownstreamTunnelSuccessfullyEstablished=10 DownstreamTunnelSuccessfullyEstablished value
                 * @property {number} UdpTunnelUpstreamConnected=11 UdpTunnelUpstreamConnected value
                 * @property {number} UdpPeriodic=12 UdpPeriodic value
                 * @property {number} UdpSessionEnd=13 UdpSessionEnd value
                 * @property {number} TcpConnectionStart=14 TcpConnectionStart value
                 */
                v3.AccessLogType = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "NotSet"] = 0;
                    values[valuesById[1] = "TcpUpstreamConnected"] = 1;
                    values[valuesById[2] = "TcpPeriodic"] = 2;
                    values[valuesById[3] = "TcpConnectionEnd"] = 3;
                    values[valuesById[4] = "DownstreamStart"] = 4;
                    values[valuesById[5] = "DownstreamPeriodic"] = 5;
                    values[valuesById[6] = "DownstreamEnd"] = 6;
                    values[valuesById[7] = "UpstreamPoolReady"] = 7;
                    values[valuesById[8] = "UpstreamPeriodic"] = 8;
                    values[valuesById[9] = "UpstreamEnd"] = 9;
                    values[valuesById[10] = "DownstreamTunnelSuccessfullyEstablished"] = 10;
                    values[valuesById[11] = "UdpTunnelUpstreamConnected"] = 11;
                    values[valuesById[12] = "UdpPeriodic"] = 12;
                    values[valuesById[13] = "UdpSessionEnd"] = 13;
                    values[valuesById[14] = "TcpConnectionStart"] = 14;
                    return values;
                })();

                v3.AccessLogCommon = (function() {

                    /**
                     * Properties of an AccessLogCommon.
                     * @typedef {Object} envoy.data.accesslog.v3.AccessLogCommon.$Properties
                     * @property {google.protobuf.Duration.$Properties|null} [time_to_last_upstream_tx_byte] AccessLogCommon time_to_last_upstream_tx_byte
                     * @property {google.protobuf.Duration.$Properties|null} [time_to_first_upstream_rx_byte] AccessLogCommon time_to_first_upstream_rx_byte
                     * @property {google.protobuf.Duration.$Properties|null} [time_to_last_downstream_tx_byte] AccessLogCommon time_to_last_downstream_tx_byte
                     * @property {string|null} [upstream_cluster] AccessLogCommon upstream_cluster
                     * @property {envoy.data.accesslog.v3.ResponseFlags.$Properties|null} [response_flags] AccessLogCommon response_flags
                     * @property {string|null} [route_name] AccessLogCommon route_name
                     * @property {google.protobuf.Duration.$Properties|null} [duration] AccessLogCommon duration
                     * @property {boolean|null} [intermediate_log_entry] AccessLogCommon intermediate_log_entry
                     * @property {envoy.data.accesslog.v3.AccessLogType|null} [access_log_type] AccessLogCommon access_log_type
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an AccessLogCommon.
                     * @memberof envoy.data.accesslog.v3
                     * @interface IAccessLogCommon
                     * @augments envoy.data.accesslog.v3.AccessLogCommon.$Properties
                     * @deprecated Use envoy.data.accesslog.v3.AccessLogCommon.$Properties instead.
                     */

                    /**
                     * Shape of an AccessLogCommon.
                     * @typedef {envoy.data.accesslog.v3.AccessLogCommon.$Properties} envoy.data.accesslog.v3.AccessLogCommon.$Shape
                     */

                    /**
                     * Constructs a new AccessLogCommon.
                     * @memberof envoy.data.accesslog.v3
                     * @classdesc Represents an AccessLogCommon.
                     * @constructor
                     * @param {envoy.data.accesslog.v3.AccessLogCommon.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const AccessLogCommon = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * AccessLogCommon time_to_last_upstream_tx_byte.
                     * @member {google.protobuf.Duration.$Properties|null|undefined} time_to_last_upstream_tx_byte
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @instance
                     */
                    AccessLogCommon.prototype.time_to_last_upstream_tx_byte = null;

                    /**
                     * AccessLogCommon time_to_first_upstream_rx_byte.
                     * @member {google.protobuf.Duration.$Properties|null|undefined} time_to_first_upstream_rx_byte
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @instance
                     */
                    AccessLogCommon.prototype.time_to_first_upstream_rx_byte = null;

                    /**
                     * AccessLogCommon time_to_last_downstream_tx_byte.
                     * @member {google.protobuf.Duration.$Properties|null|undefined} time_to_last_downstream_tx_byte
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @instance
                     */
                    AccessLogCommon.prototype.time_to_last_downstream_tx_byte = null;

                    /**
                     * AccessLogCommon upstream_cluster.
                     * @member {string} upstream_cluster
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @instance
                     */
                    AccessLogCommon.prototype.upstream_cluster = "";

                    /**
                     * AccessLogCommon response_flags.
                     * @member {envoy.data.accesslog.v3.ResponseFlags.$Properties|null|undefined} response_flags
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @instance
                     */
                    AccessLogCommon.prototype.response_flags = null;

                    /**
                     * AccessLogCommon route_name.
                     * @member {string} route_name
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @instance
                     */
                    AccessLogCommon.prototype.route_name = "";

                    /**
                     * AccessLogCommon duration.
                     * @member {google.protobuf.Duration.$Properties|null|undefined} duration
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @instance
                     */
                    AccessLogCommon.prototype.duration = null;

                    /**
                     * AccessLogCommon intermediate_log_entry.
                     * @member {boolean} intermediate_log_entry
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @instance
                     */
                    AccessLogCommon.prototype.intermediate_log_entry = false;

                    /**
                     * AccessLogCommon access_log_type.
                     * @member {envoy.data.accesslog.v3.AccessLogType} access_log_type
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @instance
                     */
                    AccessLogCommon.prototype.access_log_type = 0;

                    /**
                     * Creates a new AccessLogCommon instance using the specified properties.
                     * @function create
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @static
                     * @param {envoy.data.accesslog.v3.AccessLogCommon.$Properties=} [properties] Properties to set
                     * @returns {envoy.data.accesslog.v3.AccessLogCommon} AccessLogCommon instance
                     * @type {{
                     *   (properties: envoy.data.accesslog.v3.AccessLogCommon.$Shape): envoy.data.accesslog.v3.AccessLogCommon & envoy.data.accesslog.v3.AccessLogCommon.$Shape;
                     *   (properties?: envoy.data.accesslog.v3.AccessLogCommon.$Properties): envoy.data.accesslog.v3.AccessLogCommon;
                     * }}
                     */
                    AccessLogCommon.create = function(properties) {
                        return new AccessLogCommon(properties);
                    };

                    /**
                     * Encodes the specified AccessLogCommon message. Does not implicitly {@link envoy.data.accesslog.v3.AccessLogCommon.verify|verify} messages.
                     * @function encode
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @static
                     * @param {envoy.data.accesslog.v3.AccessLogCommon.$Properties} message AccessLogCommon message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    AccessLogCommon.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.time_to_last_upstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_upstream_tx_byte"))
                            $root.google.protobuf.Duration.encode(message.time_to_last_upstream_tx_byte, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                        if (message.time_to_first_upstream_rx_byte != null && $Object.hasOwnProperty.call(message, "time_to_first_upstream_rx_byte"))
                            $root.google.protobuf.Duration.encode(message.time_to_first_upstream_rx_byte, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                        if (message.time_to_last_downstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_downstream_tx_byte"))
                            $root.google.protobuf.Duration.encode(message.time_to_last_downstream_tx_byte, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                        if (message.upstream_cluster != null && $Object.hasOwnProperty.call(message, "upstream_cluster") && message.upstream_cluster !== "")
                            writer.uint32(/* id 15, wireType 2 =*/122).string(message.upstream_cluster);
                        if (message.response_flags != null && $Object.hasOwnProperty.call(message, "response_flags"))
                            $root.envoy.data.accesslog.v3.ResponseFlags.encode(message.response_flags, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                        if (message.route_name != null && $Object.hasOwnProperty.call(message, "route_name") && message.route_name !== "")
                            writer.uint32(/* id 19, wireType 2 =*/154).string(message.route_name);
                        if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                            $root.google.protobuf.Duration.encode(message.duration, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                        if (message.intermediate_log_entry != null && $Object.hasOwnProperty.call(message, "intermediate_log_entry") && message.intermediate_log_entry !== false)
                            writer.uint32(/* id 27, wireType 0 =*/216).bool(message.intermediate_log_entry);
                        if (message.access_log_type != null && $Object.hasOwnProperty.call(message, "access_log_type") && message.access_log_type !== 0)
                            writer.uint32(/* id 33, wireType 0 =*/264).int32(message.access_log_type);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified AccessLogCommon message, length delimited. Does not implicitly {@link envoy.data.accesslog.v3.AccessLogCommon.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @static
                     * @param {envoy.data.accesslog.v3.AccessLogCommon.$Properties} message AccessLogCommon message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    AccessLogCommon.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes an AccessLogCommon message from the specified reader or buffer.
                     * @function decode
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {envoy.data.accesslog.v3.AccessLogCommon & envoy.data.accesslog.v3.AccessLogCommon.$Shape} AccessLogCommon
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    AccessLogCommon.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.envoy.data.accesslog.v3.AccessLogCommon();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 8: {
                                    if (wireType !== 2)
                                        break;
                                    message.time_to_last_upstream_tx_byte = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.time_to_last_upstream_tx_byte);
                                    continue;
                                }
                            case 9: {
                                    if (wireType !== 2)
                                        break;
                                    message.time_to_first_upstream_rx_byte = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.time_to_first_upstream_rx_byte);
                                    continue;
                                }
                            case 12: {
                                    if (wireType !== 2)
                                        break;
                                    message.time_to_last_downstream_tx_byte = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.time_to_last_downstream_tx_byte);
                                    continue;
                                }
                            case 15: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.upstream_cluster = value;
                                    else
                                        delete message.upstream_cluster;
                                    continue;
                                }
                            case 16: {
                                    if (wireType !== 2)
                                        break;
                                    message.response_flags = $root.envoy.data.accesslog.v3.ResponseFlags.decode(reader, reader.size(), $undefined, _depth + 1, message.response_flags);
                                    continue;
                                }
                            case 19: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.route_name = value;
                                    else
                                        delete message.route_name;
                                    continue;
                                }
                            case 23: {
                                    if (wireType !== 2)
                                        break;
                                    message.duration = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.duration);
                                    continue;
                                }
                            case 27: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.intermediate_log_entry = value;
                                    else
                                        delete message.intermediate_log_entry;
                                    continue;
                                }
                            case 33: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.access_log_type = value;
                                    else
                                        delete message.access_log_type;
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
                     * Decodes an AccessLogCommon message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {envoy.data.accesslog.v3.AccessLogCommon & envoy.data.accesslog.v3.AccessLogCommon.$Shape} AccessLogCommon
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    AccessLogCommon.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies an AccessLogCommon message.
                     * @function verify
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    AccessLogCommon.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.time_to_last_upstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_upstream_tx_byte")) {
                            let error = $root.google.protobuf.Duration.verify(message.time_to_last_upstream_tx_byte, _depth + 1);
                            if (error)
                                return "time_to_last_upstream_tx_byte." + error;
                        }
                        if (message.time_to_first_upstream_rx_byte != null && $Object.hasOwnProperty.call(message, "time_to_first_upstream_rx_byte")) {
                            let error = $root.google.protobuf.Duration.verify(message.time_to_first_upstream_rx_byte, _depth + 1);
                            if (error)
                                return "time_to_first_upstream_rx_byte." + error;
                        }
                        if (message.time_to_last_downstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_downstream_tx_byte")) {
                            let error = $root.google.protobuf.Duration.verify(message.time_to_last_downstream_tx_byte, _depth + 1);
                            if (error)
                                return "time_to_last_downstream_tx_byte." + error;
                        }
                        if (message.upstream_cluster != null && $Object.hasOwnProperty.call(message, "upstream_cluster"))
                            if (!$util.isString(message.upstream_cluster))
                                return "upstream_cluster: string expected";
                        if (message.response_flags != null && $Object.hasOwnProperty.call(message, "response_flags")) {
                            let error = $root.envoy.data.accesslog.v3.ResponseFlags.verify(message.response_flags, _depth + 1);
                            if (error)
                                return "response_flags." + error;
                        }
                        if (message.route_name != null && $Object.hasOwnProperty.call(message, "route_name"))
                            if (!$util.isString(message.route_name))
                                return "route_name: string expected";
                        if (message.duration != null && $Object.hasOwnProperty.call(message, "duration")) {
                            let error = $root.google.protobuf.Duration.verify(message.duration, _depth + 1);
                            if (error)
                                return "duration." + error;
                        }
                        if (message.intermediate_log_entry != null && $Object.hasOwnProperty.call(message, "intermediate_log_entry"))
                            if (typeof message.intermediate_log_entry !== "boolean")
                                return "intermediate_log_entry: boolean expected";
                        if (message.access_log_type != null && $Object.hasOwnProperty.call(message, "access_log_type"))
                            if (typeof message.access_log_type !== "number" || (message.access_log_type | 0) !== message.access_log_type)
                                return "access_log_type: enum value expected";
                        return null;
                    };

                    /**
                     * Creates an AccessLogCommon message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {envoy.data.accesslog.v3.AccessLogCommon} AccessLogCommon
                     */
                    AccessLogCommon.fromObject = function (object, _depth) {
                        if (object instanceof $root.envoy.data.accesslog.v3.AccessLogCommon)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".envoy.data.accesslog.v3.AccessLogCommon: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.envoy.data.accesslog.v3.AccessLogCommon();
                        if (object.time_to_last_upstream_tx_byte != null) {
                            if (!$util.isObject(object.time_to_last_upstream_tx_byte))
                                throw $TypeError(".envoy.data.accesslog.v3.AccessLogCommon.time_to_last_upstream_tx_byte: object expected");
                            message.time_to_last_upstream_tx_byte = $root.google.protobuf.Duration.fromObject(object.time_to_last_upstream_tx_byte, _depth + 1);
                        }
                        if (object.time_to_first_upstream_rx_byte != null) {
                            if (!$util.isObject(object.time_to_first_upstream_rx_byte))
                                throw $TypeError(".envoy.data.accesslog.v3.AccessLogCommon.time_to_first_upstream_rx_byte: object expected");
                            message.time_to_first_upstream_rx_byte = $root.google.protobuf.Duration.fromObject(object.time_to_first_upstream_rx_byte, _depth + 1);
                        }
                        if (object.time_to_last_downstream_tx_byte != null) {
                            if (!$util.isObject(object.time_to_last_downstream_tx_byte))
                                throw $TypeError(".envoy.data.accesslog.v3.AccessLogCommon.time_to_last_downstream_tx_byte: object expected");
                            message.time_to_last_downstream_tx_byte = $root.google.protobuf.Duration.fromObject(object.time_to_last_downstream_tx_byte, _depth + 1);
                        }
                        if (object.upstream_cluster != null)
                            if (typeof object.upstream_cluster !== "string" || object.upstream_cluster.length)
                                message.upstream_cluster = $String(object.upstream_cluster);
                        if (object.response_flags != null) {
                            if (!$util.isObject(object.response_flags))
                                throw $TypeError(".envoy.data.accesslog.v3.AccessLogCommon.response_flags: object expected");
                            message.response_flags = $root.envoy.data.accesslog.v3.ResponseFlags.fromObject(object.response_flags, _depth + 1);
                        }
                        if (object.route_name != null)
                            if (typeof object.route_name !== "string" || object.route_name.length)
                                message.route_name = $String(object.route_name);
                        if (object.duration != null) {
                            if (!$util.isObject(object.duration))
                                throw $TypeError(".envoy.data.accesslog.v3.AccessLogCommon.duration: object expected");
                            message.duration = $root.google.protobuf.Duration.fromObject(object.duration, _depth + 1);
                        }
                        if (object.intermediate_log_entry != null)
                            if (object.intermediate_log_entry)
                                message.intermediate_log_entry = $Boolean(object.intermediate_log_entry);
                        if (object.access_log_type !== 0 && (typeof object.access_log_type !== "string" || $root.envoy.data.accesslog.v3.AccessLogType[object.access_log_type] !== 0))
                            switch (object.access_log_type) {
                            case "NotSet":
                            case 0:
                                message.access_log_type = 0;
                                break;
                            case "TcpUpstreamConnected":
                            case 1:
                                message.access_log_type = 1;
                                break;
                            case "TcpPeriodic":
                            case 2:
                                message.access_log_type = 2;
                                break;
                            case "TcpConnectionEnd":
                            case 3:
                                message.access_log_type = 3;
                                break;
                            case "DownstreamStart":
                            case 4:
                                message.access_log_type = 4;
                                break;
                            case "DownstreamPeriodic":
                            case 5:
                                message.access_log_type = 5;
                                break;
                            case "DownstreamEnd":
                            case 6:
                                message.access_log_type = 6;
                                break;
                            case "UpstreamPoolReady":
                            case 7:
                                message.access_log_type = 7;
                                break;
                            case "UpstreamPeriodic":
                            case 8:
                                message.access_log_type = 8;
                                break;
                            case "UpstreamEnd":
                            case 9:
                                message.access_log_type = 9;
                                break;
                            case "DownstreamTunnelSuccessfullyEstablished":
                            case 10:
                                message.access_log_type = 10;
                                break;
                            case "UdpTunnelUpstreamConnected":
                            case 11:
                                message.access_log_type = 11;
                                break;
                            case "UdpPeriodic":
                            case 12:
                                message.access_log_type = 12;
                                break;
                            case "UdpSessionEnd":
                            case 13:
                                message.access_log_type = 13;
                                break;
                            case "TcpConnectionStart":
                            case 14:
                                message.access_log_type = 14;
                                break;
                            default:
                                if (typeof object.access_log_type === "number" && (object.access_log_type | 0) === object.access_log_type)
                                    message.access_log_type = object.access_log_type;
                            }
                        return message;
                    };

                    /**
                     * Creates a plain object from an AccessLogCommon message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @static
                     * @param {envoy.data.accesslog.v3.AccessLogCommon} message AccessLogCommon
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    AccessLogCommon.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.time_to_last_upstream_tx_byte = null;
                            object.time_to_first_upstream_rx_byte = null;
                            object.time_to_last_downstream_tx_byte = null;
                            object.upstream_cluster = "";
                            object.response_flags = null;
                            object.route_name = "";
                            object.duration = null;
                            object.intermediate_log_entry = false;
                            object.access_log_type = options.enums === $String ? "NotSet" : 0;
                        }
                        if (message.time_to_last_upstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_upstream_tx_byte"))
                            object.time_to_last_upstream_tx_byte = $root.google.protobuf.Duration.toObject(message.time_to_last_upstream_tx_byte, options, _depth + 1);
                        if (message.time_to_first_upstream_rx_byte != null && $Object.hasOwnProperty.call(message, "time_to_first_upstream_rx_byte"))
                            object.time_to_first_upstream_rx_byte = $root.google.protobuf.Duration.toObject(message.time_to_first_upstream_rx_byte, options, _depth + 1);
                        if (message.time_to_last_downstream_tx_byte != null && $Object.hasOwnProperty.call(message, "time_to_last_downstream_tx_byte"))
                            object.time_to_last_downstream_tx_byte = $root.google.protobuf.Duration.toObject(message.time_to_last_downstream_tx_byte, options, _depth + 1);
                        if (message.upstream_cluster != null && $Object.hasOwnProperty.call(message, "upstream_cluster"))
                            object.upstream_cluster = message.upstream_cluster;
                        if (message.response_flags != null && $Object.hasOwnProperty.call(message, "response_flags"))
                            object.response_flags = $root.envoy.data.accesslog.v3.ResponseFlags.toObject(message.response_flags, options, _depth + 1);
                        if (message.route_name != null && $Object.hasOwnProperty.call(message, "route_name"))
                            object.route_name = message.route_name;
                        if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                            object.duration = $root.google.protobuf.Duration.toObject(message.duration, options, _depth + 1);
                        if (message.intermediate_log_entry != null && $Object.hasOwnProperty.call(message, "intermediate_log_entry"))
                            object.intermediate_log_entry = message.intermediate_log_entry;
                        if (message.access_log_type != null && $Object.hasOwnProperty.call(message, "access_log_type"))
                            object.access_log_type = options.enums === $String ? $root.envoy.data.accesslog.v3.AccessLogType[message.access_log_type] === $undefined ? message.access_log_type : $root.envoy.data.accesslog.v3.AccessLogType[message.access_log_type] : message.access_log_type;
                        return object;
                    };

                    /**
                     * Converts this AccessLogCommon to JSON.
                     * @function toJSON
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    AccessLogCommon.prototype.toJSON = function() {
                        return AccessLogCommon.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for AccessLogCommon
                     * @function getTypeUrl
                     * @memberof envoy.data.accesslog.v3.AccessLogCommon
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    AccessLogCommon.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/envoy.data.accesslog.v3.AccessLogCommon";
                    };

                    return AccessLogCommon;
                })();

                v3.ResponseFlags = (function() {

                    /**
                     * Properties of a ResponseFlags.
                     * @typedef {Object} envoy.data.accesslog.v3.ResponseFlags.$Properties
                     * @property {boolean|null} [failed_local_healthcheck] ResponseFlags failed_local_healthcheck
                     * @property {boolean|null} [no_healthy_upstream] ResponseFlags no_healthy_upstream
                     * @property {boolean|null} [upstream_request_timeout] ResponseFlags upstream_request_timeout
                     * @property {boolean|null} [local_reset] ResponseFlags local_reset
                     * @property {boolean|null} [upstream_remote_reset] ResponseFlags upstream_remote_reset
                     * @property {boolean|null} [upstream_connection_failure] ResponseFlags upstream_connection_failure
                     * @property {boolean|null} [upstream_connection_termination] ResponseFlags upstream_connection_termination
                     * @property {boolean|null} [upstream_overflow] ResponseFlags upstream_overflow
                     * @property {boolean|null} [no_route_found] ResponseFlags no_route_found
                     * @property {boolean|null} [delay_injected] ResponseFlags delay_injected
                     * @property {boolean|null} [fault_injected] ResponseFlags fault_injected
                     * @property {boolean|null} [rate_limited] ResponseFlags rate_limited
                     * @property {envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties|null} [unauthorized_details] ResponseFlags unauthorized_details
                     * @property {boolean|null} [rate_limit_service_error] ResponseFlags rate_limit_service_error
                     * @property {boolean|null} [downstream_connection_termination] ResponseFlags downstream_connection_termination
                     * @property {boolean|null} [upstream_retry_limit_exceeded] ResponseFlags upstream_retry_limit_exceeded
                     * @property {boolean|null} [stream_idle_timeout] ResponseFlags stream_idle_timeout
                     * @property {boolean|null} [invalid_envoy_request_headers] ResponseFlags invalid_envoy_request_headers
                     * @property {boolean|null} [downstream_protocol_error] ResponseFlags downstream_protocol_error
                     * @property {boolean|null} [upstream_max_stream_duration_reached] ResponseFlags upstream_max_stream_duration_reached
                     * @property {boolean|null} [response_from_cache_filter] ResponseFlags response_from_cache_filter
                     * @property {boolean|null} [no_filter_config_found] ResponseFlags no_filter_config_found
                     * @property {boolean|null} [duration_timeout] ResponseFlags duration_timeout
                     * @property {boolean|null} [upstream_protocol_error] ResponseFlags upstream_protocol_error
                     * @property {boolean|null} [no_cluster_found] ResponseFlags no_cluster_found
                     * @property {boolean|null} [overload_manager] ResponseFlags overload_manager
                     * @property {boolean|null} [dns_resolution_failure] ResponseFlags dns_resolution_failure
                     * @property {boolean|null} [downstream_remote_reset] ResponseFlags downstream_remote_reset
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ResponseFlags.
                     * @memberof envoy.data.accesslog.v3
                     * @interface IResponseFlags
                     * @augments envoy.data.accesslog.v3.ResponseFlags.$Properties
                     * @deprecated Use envoy.data.accesslog.v3.ResponseFlags.$Properties instead.
                     */

                    /**
                     * Shape of a ResponseFlags.
                     * @typedef {envoy.data.accesslog.v3.ResponseFlags.$Properties} envoy.data.accesslog.v3.ResponseFlags.$Shape
                     */

                    /**
                     * Constructs a new ResponseFlags.
                     * @memberof envoy.data.accesslog.v3
                     * @classdesc Represents a ResponseFlags.
                     * @constructor
                     * @param {envoy.data.accesslog.v3.ResponseFlags.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ResponseFlags = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ResponseFlags failed_local_healthcheck.
                     * @member {boolean} failed_local_healthcheck
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.failed_local_healthcheck = false;

                    /**
                     * ResponseFlags no_healthy_upstream.
                     * @member {boolean} no_healthy_upstream
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.no_healthy_upstream = false;

                    /**
                     * ResponseFlags upstream_request_timeout.
                     * @member {boolean} upstream_request_timeout
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.upstream_request_timeout = false;

                    /**
                     * ResponseFlags local_reset.
                     * @member {boolean} local_reset
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.local_reset = false;

                    /**
                     * ResponseFlags upstream_remote_reset.
                     * @member {boolean} upstream_remote_reset
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.upstream_remote_reset = false;

                    /**
                     * ResponseFlags upstream_connection_failure.
                     * @member {boolean} upstream_connection_failure
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.upstream_connection_failure = false;

                    /**
                     * ResponseFlags upstream_connection_termination.
                     * @member {boolean} upstream_connection_termination
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.upstream_connection_termination = false;

                    /**
                     * ResponseFlags upstream_overflow.
                     * @member {boolean} upstream_overflow
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.upstream_overflow = false;

                    /**
                     * ResponseFlags no_route_found.
                     * @member {boolean} no_route_found
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.no_route_found = false;

                    /**
                     * ResponseFlags delay_injected.
                     * @member {boolean} delay_injected
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.delay_injected = false;

                    /**
                     * ResponseFlags fault_injected.
                     * @member {boolean} fault_injected
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.fault_injected = false;

                    /**
                     * ResponseFlags rate_limited.
                     * @member {boolean} rate_limited
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.rate_limited = false;

                    /**
                     * ResponseFlags unauthorized_details.
                     * @member {envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties|null|undefined} unauthorized_details
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.unauthorized_details = null;

                    /**
                     * ResponseFlags rate_limit_service_error.
                     * @member {boolean} rate_limit_service_error
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.rate_limit_service_error = false;

                    /**
                     * ResponseFlags downstream_connection_termination.
                     * @member {boolean} downstream_connection_termination
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.downstream_connection_termination = false;

                    /**
                     * ResponseFlags upstream_retry_limit_exceeded.
                     * @member {boolean} upstream_retry_limit_exceeded
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.upstream_retry_limit_exceeded = false;

                    /**
                     * ResponseFlags stream_idle_timeout.
                     * @member {boolean} stream_idle_timeout
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.stream_idle_timeout = false;

                    /**
                     * ResponseFlags invalid_envoy_request_headers.
                     * @member {boolean} invalid_envoy_request_headers
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.invalid_envoy_request_headers = false;

                    /**
                     * ResponseFlags downstream_protocol_error.
                     * @member {boolean} downstream_protocol_error
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.downstream_protocol_error = false;

                    /**
                     * ResponseFlags upstream_max_stream_duration_reached.
                     * @member {boolean} upstream_max_stream_duration_reached
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.upstream_max_stream_duration_reached = false;

                    /**
                     * ResponseFlags response_from_cache_filter.
                     * @member {boolean} response_from_cache_filter
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.response_from_cache_filter = false;

                    /**
                     * ResponseFlags no_filter_config_found.
                     * @member {boolean} no_filter_config_found
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.no_filter_config_found = false;

                    /**
                     * ResponseFlags duration_timeout.
                     * @member {boolean} duration_timeout
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.duration_timeout = false;

                    /**
                     * ResponseFlags upstream_protocol_error.
                     * @member {boolean} upstream_protocol_error
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.upstream_protocol_error = false;

                    /**
                     * ResponseFlags no_cluster_found.
                     * @member {boolean} no_cluster_found
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.no_cluster_found = false;

                    /**
                     * ResponseFlags overload_manager.
                     * @member {boolean} overload_manager
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.overload_manager = false;

                    /**
                     * ResponseFlags dns_resolution_failure.
                     * @member {boolean} dns_resolution_failure
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.dns_resolution_failure = false;

                    /**
                     * ResponseFlags downstream_remote_reset.
                     * @member {boolean} downstream_remote_reset
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     */
                    ResponseFlags.prototype.downstream_remote_reset = false;

                    /**
                     * Creates a new ResponseFlags instance using the specified properties.
                     * @function create
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @static
                     * @param {envoy.data.accesslog.v3.ResponseFlags.$Properties=} [properties] Properties to set
                     * @returns {envoy.data.accesslog.v3.ResponseFlags} ResponseFlags instance
                     * @type {{
                     *   (properties: envoy.data.accesslog.v3.ResponseFlags.$Shape): envoy.data.accesslog.v3.ResponseFlags & envoy.data.accesslog.v3.ResponseFlags.$Shape;
                     *   (properties?: envoy.data.accesslog.v3.ResponseFlags.$Properties): envoy.data.accesslog.v3.ResponseFlags;
                     * }}
                     */
                    ResponseFlags.create = function(properties) {
                        return new ResponseFlags(properties);
                    };

                    /**
                     * Encodes the specified ResponseFlags message. Does not implicitly {@link envoy.data.accesslog.v3.ResponseFlags.verify|verify} messages.
                     * @function encode
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @static
                     * @param {envoy.data.accesslog.v3.ResponseFlags.$Properties} message ResponseFlags message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResponseFlags.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.failed_local_healthcheck != null && $Object.hasOwnProperty.call(message, "failed_local_healthcheck") && message.failed_local_healthcheck !== false)
                            writer.uint32(/* id 1, wireType 0 =*/8).bool(message.failed_local_healthcheck);
                        if (message.no_healthy_upstream != null && $Object.hasOwnProperty.call(message, "no_healthy_upstream") && message.no_healthy_upstream !== false)
                            writer.uint32(/* id 2, wireType 0 =*/16).bool(message.no_healthy_upstream);
                        if (message.upstream_request_timeout != null && $Object.hasOwnProperty.call(message, "upstream_request_timeout") && message.upstream_request_timeout !== false)
                            writer.uint32(/* id 3, wireType 0 =*/24).bool(message.upstream_request_timeout);
                        if (message.local_reset != null && $Object.hasOwnProperty.call(message, "local_reset") && message.local_reset !== false)
                            writer.uint32(/* id 4, wireType 0 =*/32).bool(message.local_reset);
                        if (message.upstream_remote_reset != null && $Object.hasOwnProperty.call(message, "upstream_remote_reset") && message.upstream_remote_reset !== false)
                            writer.uint32(/* id 5, wireType 0 =*/40).bool(message.upstream_remote_reset);
                        if (message.upstream_connection_failure != null && $Object.hasOwnProperty.call(message, "upstream_connection_failure") && message.upstream_connection_failure !== false)
                            writer.uint32(/* id 6, wireType 0 =*/48).bool(message.upstream_connection_failure);
                        if (message.upstream_connection_termination != null && $Object.hasOwnProperty.call(message, "upstream_connection_termination") && message.upstream_connection_termination !== false)
                            writer.uint32(/* id 7, wireType 0 =*/56).bool(message.upstream_connection_termination);
                        if (message.upstream_overflow != null && $Object.hasOwnProperty.call(message, "upstream_overflow") && message.upstream_overflow !== false)
                            writer.uint32(/* id 8, wireType 0 =*/64).bool(message.upstream_overflow);
                        if (message.no_route_found != null && $Object.hasOwnProperty.call(message, "no_route_found") && message.no_route_found !== false)
                            writer.uint32(/* id 9, wireType 0 =*/72).bool(message.no_route_found);
                        if (message.delay_injected != null && $Object.hasOwnProperty.call(message, "delay_injected") && message.delay_injected !== false)
                            writer.uint32(/* id 10, wireType 0 =*/80).bool(message.delay_injected);
                        if (message.fault_injected != null && $Object.hasOwnProperty.call(message, "fault_injected") && message.fault_injected !== false)
                            writer.uint32(/* id 11, wireType 0 =*/88).bool(message.fault_injected);
                        if (message.rate_limited != null && $Object.hasOwnProperty.call(message, "rate_limited") && message.rate_limited !== false)
                            writer.uint32(/* id 12, wireType 0 =*/96).bool(message.rate_limited);
                        if (message.unauthorized_details != null && $Object.hasOwnProperty.call(message, "unauthorized_details"))
                            $root.envoy.data.accesslog.v3.ResponseFlags.Unauthorized.encode(message.unauthorized_details, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                        if (message.rate_limit_service_error != null && $Object.hasOwnProperty.call(message, "rate_limit_service_error") && message.rate_limit_service_error !== false)
                            writer.uint32(/* id 14, wireType 0 =*/112).bool(message.rate_limit_service_error);
                        if (message.downstream_connection_termination != null && $Object.hasOwnProperty.call(message, "downstream_connection_termination") && message.downstream_connection_termination !== false)
                            writer.uint32(/* id 15, wireType 0 =*/120).bool(message.downstream_connection_termination);
                        if (message.upstream_retry_limit_exceeded != null && $Object.hasOwnProperty.call(message, "upstream_retry_limit_exceeded") && message.upstream_retry_limit_exceeded !== false)
                            writer.uint32(/* id 16, wireType 0 =*/128).bool(message.upstream_retry_limit_exceeded);
                        if (message.stream_idle_timeout != null && $Object.hasOwnProperty.call(message, "stream_idle_timeout") && message.stream_idle_timeout !== false)
                            writer.uint32(/* id 17, wireType 0 =*/136).bool(message.stream_idle_timeout);
                        if (message.invalid_envoy_request_headers != null && $Object.hasOwnProperty.call(message, "invalid_envoy_request_headers") && message.invalid_envoy_request_headers !== false)
                            writer.uint32(/* id 18, wireType 0 =*/144).bool(message.invalid_envoy_request_headers);
                        if (message.downstream_protocol_error != null && $Object.hasOwnProperty.call(message, "downstream_protocol_error") && message.downstream_protocol_error !== false)
                            writer.uint32(/* id 19, wireType 0 =*/152).bool(message.downstream_protocol_error);
                        if (message.upstream_max_stream_duration_reached != null && $Object.hasOwnProperty.call(message, "upstream_max_stream_duration_reached") && message.upstream_max_stream_duration_reached !== false)
                            writer.uint32(/* id 20, wireType 0 =*/160).bool(message.upstream_max_stream_duration_reached);
                        if (message.response_from_cache_filter != null && $Object.hasOwnProperty.call(message, "response_from_cache_filter") && message.response_from_cache_filter !== false)
                            writer.uint32(/* id 21, wireType 0 =*/168).bool(message.response_from_cache_filter);
                        if (message.no_filter_config_found != null && $Object.hasOwnProperty.call(message, "no_filter_config_found") && message.no_filter_config_found !== false)
                            writer.uint32(/* id 22, wireType 0 =*/176).bool(message.no_filter_config_found);
                        if (message.duration_timeout != null && $Object.hasOwnProperty.call(message, "duration_timeout") && message.duration_timeout !== false)
                            writer.uint32(/* id 23, wireType 0 =*/184).bool(message.duration_timeout);
                        if (message.upstream_protocol_error != null && $Object.hasOwnProperty.call(message, "upstream_protocol_error") && message.upstream_protocol_error !== false)
                            writer.uint32(/* id 24, wireType 0 =*/192).bool(message.upstream_protocol_error);
                        if (message.no_cluster_found != null && $Object.hasOwnProperty.call(message, "no_cluster_found") && message.no_cluster_found !== false)
                            writer.uint32(/* id 25, wireType 0 =*/200).bool(message.no_cluster_found);
                        if (message.overload_manager != null && $Object.hasOwnProperty.call(message, "overload_manager") && message.overload_manager !== false)
                            writer.uint32(/* id 26, wireType 0 =*/208).bool(message.overload_manager);
                        if (message.dns_resolution_failure != null && $Object.hasOwnProperty.call(message, "dns_resolution_failure") && message.dns_resolution_failure !== false)
                            writer.uint32(/* id 27, wireType 0 =*/216).bool(message.dns_resolution_failure);
                        if (message.downstream_remote_reset != null && $Object.hasOwnProperty.call(message, "downstream_remote_reset") && message.downstream_remote_reset !== false)
                            writer.uint32(/* id 28, wireType 0 =*/224).bool(message.downstream_remote_reset);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified ResponseFlags message, length delimited. Does not implicitly {@link envoy.data.accesslog.v3.ResponseFlags.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @static
                     * @param {envoy.data.accesslog.v3.ResponseFlags.$Properties} message ResponseFlags message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResponseFlags.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a ResponseFlags message from the specified reader or buffer.
                     * @function decode
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {envoy.data.accesslog.v3.ResponseFlags & envoy.data.accesslog.v3.ResponseFlags.$Shape} ResponseFlags
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResponseFlags.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.envoy.data.accesslog.v3.ResponseFlags();
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
                                    if (value = reader.bool())
                                        message.failed_local_healthcheck = value;
                                    else
                                        delete message.failed_local_healthcheck;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.no_healthy_upstream = value;
                                    else
                                        delete message.no_healthy_upstream;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.upstream_request_timeout = value;
                                    else
                                        delete message.upstream_request_timeout;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.local_reset = value;
                                    else
                                        delete message.local_reset;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.upstream_remote_reset = value;
                                    else
                                        delete message.upstream_remote_reset;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.upstream_connection_failure = value;
                                    else
                                        delete message.upstream_connection_failure;
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.upstream_connection_termination = value;
                                    else
                                        delete message.upstream_connection_termination;
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.upstream_overflow = value;
                                    else
                                        delete message.upstream_overflow;
                                    continue;
                                }
                            case 9: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.no_route_found = value;
                                    else
                                        delete message.no_route_found;
                                    continue;
                                }
                            case 10: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.delay_injected = value;
                                    else
                                        delete message.delay_injected;
                                    continue;
                                }
                            case 11: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.fault_injected = value;
                                    else
                                        delete message.fault_injected;
                                    continue;
                                }
                            case 12: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.rate_limited = value;
                                    else
                                        delete message.rate_limited;
                                    continue;
                                }
                            case 13: {
                                    if (wireType !== 2)
                                        break;
                                    message.unauthorized_details = $root.envoy.data.accesslog.v3.ResponseFlags.Unauthorized.decode(reader, reader.size(), $undefined, _depth + 1, message.unauthorized_details);
                                    continue;
                                }
                            case 14: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.rate_limit_service_error = value;
                                    else
                                        delete message.rate_limit_service_error;
                                    continue;
                                }
                            case 15: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.downstream_connection_termination = value;
                                    else
                                        delete message.downstream_connection_termination;
                                    continue;
                                }
                            case 16: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.upstream_retry_limit_exceeded = value;
                                    else
                                        delete message.upstream_retry_limit_exceeded;
                                    continue;
                                }
                            case 17: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.stream_idle_timeout = value;
                                    else
                                        delete message.stream_idle_timeout;
                                    continue;
                                }
                            case 18: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.invalid_envoy_request_headers = value;
                                    else
                                        delete message.invalid_envoy_request_headers;
                                    continue;
                                }
                            case 19: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.downstream_protocol_error = value;
                                    else
                                        delete message.downstream_protocol_error;
                                    continue;
                                }
                            case 20: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.upstream_max_stream_duration_reached = value;
                                    else
                                        delete message.upstream_max_stream_duration_reached;
                                    continue;
                                }
                            case 21: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.response_from_cache_filter = value;
                                    else
                                        delete message.response_from_cache_filter;
                                    continue;
                                }
                            case 22: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.no_filter_config_found = value;
                                    else
                                        delete message.no_filter_config_found;
                                    continue;
                                }
                            case 23: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.duration_timeout = value;
                                    else
                                        delete message.duration_timeout;
                                    continue;
                                }
                            case 24: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.upstream_protocol_error = value;
                                    else
                                        delete message.upstream_protocol_error;
                                    continue;
                                }
                            case 25: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.no_cluster_found = value;
                                    else
                                        delete message.no_cluster_found;
                                    continue;
                                }
                            case 26: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.overload_manager = value;
                                    else
                                        delete message.overload_manager;
                                    continue;
                                }
                            case 27: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.dns_resolution_failure = value;
                                    else
                                        delete message.dns_resolution_failure;
                                    continue;
                                }
                            case 28: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.downstream_remote_reset = value;
                                    else
                                        delete message.downstream_remote_reset;
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
                     * Decodes a ResponseFlags message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {envoy.data.accesslog.v3.ResponseFlags & envoy.data.accesslog.v3.ResponseFlags.$Shape} ResponseFlags
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResponseFlags.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a ResponseFlags message.
                     * @function verify
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ResponseFlags.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.failed_local_healthcheck != null && $Object.hasOwnProperty.call(message, "failed_local_healthcheck"))
                            if (typeof message.failed_local_healthcheck !== "boolean")
                                return "failed_local_healthcheck: boolean expected";
                        if (message.no_healthy_upstream != null && $Object.hasOwnProperty.call(message, "no_healthy_upstream"))
                            if (typeof message.no_healthy_upstream !== "boolean")
                                return "no_healthy_upstream: boolean expected";
                        if (message.upstream_request_timeout != null && $Object.hasOwnProperty.call(message, "upstream_request_timeout"))
                            if (typeof message.upstream_request_timeout !== "boolean")
                                return "upstream_request_timeout: boolean expected";
                        if (message.local_reset != null && $Object.hasOwnProperty.call(message, "local_reset"))
                            if (typeof message.local_reset !== "boolean")
                                return "local_reset: boolean expected";
                        if (message.upstream_remote_reset != null && $Object.hasOwnProperty.call(message, "upstream_remote_reset"))
                            if (typeof message.upstream_remote_reset !== "boolean")
                                return "upstream_remote_reset: boolean expected";
                        if (message.upstream_connection_failure != null && $Object.hasOwnProperty.call(message, "upstream_connection_failure"))
                            if (typeof message.upstream_connection_failure !== "boolean")
                                return "upstream_connection_failure: boolean expected";
                        if (message.upstream_connection_termination != null && $Object.hasOwnProperty.call(message, "upstream_connection_termination"))
                            if (typeof message.upstream_connection_termination !== "boolean")
                                return "upstream_connection_termination: boolean expected";
                        if (message.upstream_overflow != null && $Object.hasOwnProperty.call(message, "upstream_overflow"))
                            if (typeof message.upstream_overflow !== "boolean")
                                return "upstream_overflow: boolean expected";
                        if (message.no_route_found != null && $Object.hasOwnProperty.call(message, "no_route_found"))
                            if (typeof message.no_route_found !== "boolean")
                                return "no_route_found: boolean expected";
                        if (message.delay_injected != null && $Object.hasOwnProperty.call(message, "delay_injected"))
                            if (typeof message.delay_injected !== "boolean")
                                return "delay_injected: boolean expected";
                        if (message.fault_injected != null && $Object.hasOwnProperty.call(message, "fault_injected"))
                            if (typeof message.fault_injected !== "boolean")
                                return "fault_injected: boolean expected";
                        if (message.rate_limited != null && $Object.hasOwnProperty.call(message, "rate_limited"))
                            if (typeof message.rate_limited !== "boolean")
                                return "rate_limited: boolean expected";
                        if (message.unauthorized_details != null && $Object.hasOwnProperty.call(message, "unauthorized_details")) {
                            let error = $root.envoy.data.accesslog.v3.ResponseFlags.Unauthorized.verify(message.unauthorized_details, _depth + 1);
                            if (error)
                                return "unauthorized_details." + error;
                        }
                        if (message.rate_limit_service_error != null && $Object.hasOwnProperty.call(message, "rate_limit_service_error"))
                            if (typeof message.rate_limit_service_error !== "boolean")
                                return "rate_limit_service_error: boolean expected";
                        if (message.downstream_connection_termination != null && $Object.hasOwnProperty.call(message, "downstream_connection_termination"))
                            if (typeof message.downstream_connection_termination !== "boolean")
                                return "downstream_connection_termination: boolean expected";
                        if (message.upstream_retry_limit_exceeded != null && $Object.hasOwnProperty.call(message, "upstream_retry_limit_exceeded"))
                            if (typeof message.upstream_retry_limit_exceeded !== "boolean")
                                return "upstream_retry_limit_exceeded: boolean expected";
                        if (message.stream_idle_timeout != null && $Object.hasOwnProperty.call(message, "stream_idle_timeout"))
                            if (typeof message.stream_idle_timeout !== "boolean")
                                return "stream_idle_timeout: boolean expected";
                        if (message.invalid_envoy_request_headers != null && $Object.hasOwnProperty.call(message, "invalid_envoy_request_headers"))
                            if (typeof message.invalid_envoy_request_headers !== "boolean")
                                return "invalid_envoy_request_headers: boolean expected";
                        if (message.downstream_protocol_error != null && $Object.hasOwnProperty.call(message, "downstream_protocol_error"))
                            if (typeof message.downstream_protocol_error !== "boolean")
                                return "downstream_protocol_error: boolean expected";
                        if (message.upstream_max_stream_duration_reached != null && $Object.hasOwnProperty.call(message, "upstream_max_stream_duration_reached"))
                            if (typeof message.upstream_max_stream_duration_reached !== "boolean")
                                return "upstream_max_stream_duration_reached: boolean expected";
                        if (message.response_from_cache_filter != null && $Object.hasOwnProperty.call(message, "response_from_cache_filter"))
                            if (typeof message.response_from_cache_filter !== "boolean")
                                return "response_from_cache_filter: boolean expected";
                        if (message.no_filter_config_found != null && $Object.hasOwnProperty.call(message, "no_filter_config_found"))
                            if (typeof message.no_filter_config_found !== "boolean")
                                return "no_filter_config_found: boolean expected";
                        if (message.duration_timeout != null && $Object.hasOwnProperty.call(message, "duration_timeout"))
                            if (typeof message.duration_timeout !== "boolean")
                                return "duration_timeout: boolean expected";
                        if (message.upstream_protocol_error != null && $Object.hasOwnProperty.call(message, "upstream_protocol_error"))
                            if (typeof message.upstream_protocol_error !== "boolean")
                                return "upstream_protocol_error: boolean expected";
                        if (message.no_cluster_found != null && $Object.hasOwnProperty.call(message, "no_cluster_found"))
                            if (typeof message.no_cluster_found !== "boolean")
                                return "no_cluster_found: boolean expected";
                        if (message.overload_manager != null && $Object.hasOwnProperty.call(message, "overload_manager"))
                            if (typeof message.overload_manager !== "boolean")
                                return "overload_manager: boolean expected";
                        if (message.dns_resolution_failure != null && $Object.hasOwnProperty.call(message, "dns_resolution_failure"))
                            if (typeof message.dns_resolution_failure !== "boolean")
                                return "dns_resolution_failure: boolean expected";
                        if (message.downstream_remote_reset != null && $Object.hasOwnProperty.call(message, "downstream_remote_reset"))
                            if (typeof message.downstream_remote_reset !== "boolean")
                                return "downstream_remote_reset: boolean expected";
                        return null;
                    };

                    /**
                     * Creates a ResponseFlags message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {envoy.data.accesslog.v3.ResponseFlags} ResponseFlags
                     */
                    ResponseFlags.fromObject = function (object, _depth) {
                        if (object instanceof $root.envoy.data.accesslog.v3.ResponseFlags)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".envoy.data.accesslog.v3.ResponseFlags: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.envoy.data.accesslog.v3.ResponseFlags();
                        if (object.failed_local_healthcheck != null)
                            if (object.failed_local_healthcheck)
                                message.failed_local_healthcheck = $Boolean(object.failed_local_healthcheck);
                        if (object.no_healthy_upstream != null)
                            if (object.no_healthy_upstream)
                                message.no_healthy_upstream = $Boolean(object.no_healthy_upstream);
                        if (object.upstream_request_timeout != null)
                            if (object.upstream_request_timeout)
                                message.upstream_request_timeout = $Boolean(object.upstream_request_timeout);
                        if (object.local_reset != null)
                            if (object.local_reset)
                                message.local_reset = $Boolean(object.local_reset);
                        if (object.upstream_remote_reset != null)
                            if (object.upstream_remote_reset)
                                message.upstream_remote_reset = $Boolean(object.upstream_remote_reset);
                        if (object.upstream_connection_failure != null)
                            if (object.upstream_connection_failure)
                                message.upstream_connection_failure = $Boolean(object.upstream_connection_failure);
                        if (object.upstream_connection_termination != null)
                            if (object.upstream_connection_termination)
                                message.upstream_connection_termination = $Boolean(object.upstream_connection_termination);
                        if (object.upstream_overflow != null)
                            if (object.upstream_overflow)
                                message.upstream_overflow = $Boolean(object.upstream_overflow);
                        if (object.no_route_found != null)
                            if (object.no_route_found)
                                message.no_route_found = $Boolean(object.no_route_found);
                        if (object.delay_injected != null)
                            if (object.delay_injected)
                                message.delay_injected = $Boolean(object.delay_injected);
                        if (object.fault_injected != null)
                            if (object.fault_injected)
                                message.fault_injected = $Boolean(object.fault_injected);
                        if (object.rate_limited != null)
                            if (object.rate_limited)
                                message.rate_limited = $Boolean(object.rate_limited);
                        if (object.unauthorized_details != null) {
                            if (!$util.isObject(object.unauthorized_details))
                                throw $TypeError(".envoy.data.accesslog.v3.ResponseFlags.unauthorized_details: object expected");
                            message.unauthorized_details = $root.envoy.data.accesslog.v3.ResponseFlags.Unauthorized.fromObject(object.unauthorized_details, _depth + 1);
                        }
                        if (object.rate_limit_service_error != null)
                            if (object.rate_limit_service_error)
                                message.rate_limit_service_error = $Boolean(object.rate_limit_service_error);
                        if (object.downstream_connection_termination != null)
                            if (object.downstream_connection_termination)
                                message.downstream_connection_termination = $Boolean(object.downstream_connection_termination);
                        if (object.upstream_retry_limit_exceeded != null)
                            if (object.upstream_retry_limit_exceeded)
                                message.upstream_retry_limit_exceeded = $Boolean(object.upstream_retry_limit_exceeded);
                        if (object.stream_idle_timeout != null)
                            if (object.stream_idle_timeout)
                                message.stream_idle_timeout = $Boolean(object.stream_idle_timeout);
                        if (object.invalid_envoy_request_headers != null)
                            if (object.invalid_envoy_request_headers)
                                message.invalid_envoy_request_headers = $Boolean(object.invalid_envoy_request_headers);
                        if (object.downstream_protocol_error != null)
                            if (object.downstream_protocol_error)
                                message.downstream_protocol_error = $Boolean(object.downstream_protocol_error);
                        if (object.upstream_max_stream_duration_reached != null)
                            if (object.upstream_max_stream_duration_reached)
                                message.upstream_max_stream_duration_reached = $Boolean(object.upstream_max_stream_duration_reached);
                        if (object.response_from_cache_filter != null)
                            if (object.response_from_cache_filter)
                                message.response_from_cache_filter = $Boolean(object.response_from_cache_filter);
                        if (object.no_filter_config_found != null)
                            if (object.no_filter_config_found)
                                message.no_filter_config_found = $Boolean(object.no_filter_config_found);
                        if (object.duration_timeout != null)
                            if (object.duration_timeout)
                                message.duration_timeout = $Boolean(object.duration_timeout);
                        if (object.upstream_protocol_error != null)
                            if (object.upstream_protocol_error)
                                message.upstream_protocol_error = $Boolean(object.upstream_protocol_error);
                        if (object.no_cluster_found != null)
                            if (object.no_cluster_found)
                                message.no_cluster_found = $Boolean(object.no_cluster_found);
                        if (object.overload_manager != null)
                            if (object.overload_manager)
                                message.overload_manager = $Boolean(object.overload_manager);
                        if (object.dns_resolution_failure != null)
                            if (object.dns_resolution_failure)
                                message.dns_resolution_failure = $Boolean(object.dns_resolution_failure);
                        if (object.downstream_remote_reset != null)
                            if (object.downstream_remote_reset)
                                message.downstream_remote_reset = $Boolean(object.downstream_remote_reset);
                        return message;
                    };

                    /**
                     * Creates a plain object from a ResponseFlags message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @static
                     * @param {envoy.data.accesslog.v3.ResponseFlags} message ResponseFlags
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ResponseFlags.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.failed_local_healthcheck = false;
                            object.no_healthy_upstream = false;
                            object.upstream_request_timeout = false;
                            object.local_reset = false;
                            object.upstream_remote_reset = false;
                            object.upstream_connection_failure = false;
                            object.upstream_connection_termination = false;
                            object.upstream_overflow = false;
                            object.no_route_found = false;
                            object.delay_injected = false;
                            object.fault_injected = false;
                            object.rate_limited = false;
                            object.unauthorized_details = null;
                            object.rate_limit_service_error = false;
                            object.downstream_connection_termination = false;
                            object.upstream_retry_limit_exceeded = false;
                            object.stream_idle_timeout = false;
                            object.invalid_envoy_request_headers = false;
                            object.downstream_protocol_error = false;
                            object.upstream_max_stream_duration_reached = false;
                            object.response_from_cache_filter = false;
                            object.no_filter_config_found = false;
                            object.duration_timeout = false;
                            object.upstream_protocol_error = false;
                            object.no_cluster_found = false;
                            object.overload_manager = false;
                            object.dns_resolution_failure = false;
                            object.downstream_remote_reset = false;
                        }
                        if (message.failed_local_healthcheck != null && $Object.hasOwnProperty.call(message, "failed_local_healthcheck"))
                            object.failed_local_healthcheck = message.failed_local_healthcheck;
                        if (message.no_healthy_upstream != null && $Object.hasOwnProperty.call(message, "no_healthy_upstream"))
                            object.no_healthy_upstream = message.no_healthy_upstream;
                        if (message.upstream_request_timeout != null && $Object.hasOwnProperty.call(message, "upstream_request_timeout"))
                            object.upstream_request_timeout = message.upstream_request_timeout;
                        if (message.local_reset != null && $Object.hasOwnProperty.call(message, "local_reset"))
                            object.local_reset = message.local_reset;
                        if (message.upstream_remote_reset != null && $Object.hasOwnProperty.call(message, "upstream_remote_reset"))
                            object.upstream_remote_reset = message.upstream_remote_reset;
                        if (message.upstream_connection_failure != null && $Object.hasOwnProperty.call(message, "upstream_connection_failure"))
                            object.upstream_connection_failure = message.upstream_connection_failure;
                        if (message.upstream_connection_termination != null && $Object.hasOwnProperty.call(message, "upstream_connection_termination"))
                            object.upstream_connection_termination = message.upstream_connection_termination;
                        if (message.upstream_overflow != null && $Object.hasOwnProperty.call(message, "upstream_overflow"))
                            object.upstream_overflow = message.upstream_overflow;
                        if (message.no_route_found != null && $Object.hasOwnProperty.call(message, "no_route_found"))
                            object.no_route_found = message.no_route_found;
                        if (message.delay_injected != null && $Object.hasOwnProperty.call(message, "delay_injected"))
                            object.delay_injected = message.delay_injected;
                        if (message.fault_injected != null && $Object.hasOwnProperty.call(message, "fault_injected"))
                            object.fault_injected = message.fault_injected;
                        if (message.rate_limited != null && $Object.hasOwnProperty.call(message, "rate_limited"))
                            object.rate_limited = message.rate_limited;
                        if (message.unauthorized_details != null && $Object.hasOwnProperty.call(message, "unauthorized_details"))
                            object.unauthorized_details = $root.envoy.data.accesslog.v3.ResponseFlags.Unauthorized.toObject(message.unauthorized_details, options, _depth + 1);
                        if (message.rate_limit_service_error != null && $Object.hasOwnProperty.call(message, "rate_limit_service_error"))
                            object.rate_limit_service_error = message.rate_limit_service_error;
                        if (message.downstream_connection_termination != null && $Object.hasOwnProperty.call(message, "downstream_connection_termination"))
                            object.downstream_connection_termination = message.downstream_connection_termination;
                        if (message.upstream_retry_limit_exceeded != null && $Object.hasOwnProperty.call(message, "upstream_retry_limit_exceeded"))
                            object.upstream_retry_limit_exceeded = message.upstream_retry_limit_exceeded;
                        if (message.stream_idle_timeout != null && $Object.hasOwnProperty.call(message, "stream_idle_timeout"))
                            object.stream_idle_timeout = message.stream_idle_timeout;
                        if (message.invalid_envoy_request_headers != null && $Object.hasOwnProperty.call(message, "invalid_envoy_request_headers"))
                            object.invalid_envoy_request_headers = message.invalid_envoy_request_headers;
                        if (message.downstream_protocol_error != null && $Object.hasOwnProperty.call(message, "downstream_protocol_error"))
                            object.downstream_protocol_error = message.downstream_protocol_error;
                        if (message.upstream_max_stream_duration_reached != null && $Object.hasOwnProperty.call(message, "upstream_max_stream_duration_reached"))
                            object.upstream_max_stream_duration_reached = message.upstream_max_stream_duration_reached;
                        if (message.response_from_cache_filter != null && $Object.hasOwnProperty.call(message, "response_from_cache_filter"))
                            object.response_from_cache_filter = message.response_from_cache_filter;
                        if (message.no_filter_config_found != null && $Object.hasOwnProperty.call(message, "no_filter_config_found"))
                            object.no_filter_config_found = message.no_filter_config_found;
                        if (message.duration_timeout != null && $Object.hasOwnProperty.call(message, "duration_timeout"))
                            object.duration_timeout = message.duration_timeout;
                        if (message.upstream_protocol_error != null && $Object.hasOwnProperty.call(message, "upstream_protocol_error"))
                            object.upstream_protocol_error = message.upstream_protocol_error;
                        if (message.no_cluster_found != null && $Object.hasOwnProperty.call(message, "no_cluster_found"))
                            object.no_cluster_found = message.no_cluster_found;
                        if (message.overload_manager != null && $Object.hasOwnProperty.call(message, "overload_manager"))
                            object.overload_manager = message.overload_manager;
                        if (message.dns_resolution_failure != null && $Object.hasOwnProperty.call(message, "dns_resolution_failure"))
                            object.dns_resolution_failure = message.dns_resolution_failure;
                        if (message.downstream_remote_reset != null && $Object.hasOwnProperty.call(message, "downstream_remote_reset"))
                            object.downstream_remote_reset = message.downstream_remote_reset;
                        return object;
                    };

                    /**
                     * Converts this ResponseFlags to JSON.
                     * @function toJSON
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ResponseFlags.prototype.toJSON = function() {
                        return ResponseFlags.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ResponseFlags
                     * @function getTypeUrl
                     * @memberof envoy.data.accesslog.v3.ResponseFlags
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ResponseFlags.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/envoy.data.accesslog.v3.ResponseFlags";
                    };

                    ResponseFlags.Unauthorized = (function() {

                        /**
                         * Properties of an Unauthorized.
                         * @typedef {Object} envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an Unauthorized.
                         * @memberof envoy.data.accesslog.v3.ResponseFlags
                         * @interface IUnauthorized
                         * @augments envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties
                         * @deprecated Use envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties instead.
                         */

                        /**
                         * Shape of an Unauthorized.
                         * @typedef {envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties} envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Shape
                         */

                        /**
                         * Constructs a new Unauthorized.
                         * @memberof envoy.data.accesslog.v3.ResponseFlags
                         * @classdesc Represents an Unauthorized.
                         * @constructor
                         * @param {envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const Unauthorized = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * Creates a new Unauthorized instance using the specified properties.
                         * @function create
                         * @memberof envoy.data.accesslog.v3.ResponseFlags.Unauthorized
                         * @static
                         * @param {envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties=} [properties] Properties to set
                         * @returns {envoy.data.accesslog.v3.ResponseFlags.Unauthorized} Unauthorized instance
                         * @type {{
                         *   (properties: envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Shape): envoy.data.accesslog.v3.ResponseFlags.Unauthorized & envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Shape;
                         *   (properties?: envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties): envoy.data.accesslog.v3.ResponseFlags.Unauthorized;
                         * }}
                         */
                        Unauthorized.create = function(properties) {
                            return new Unauthorized(properties);
                        };

                        /**
                         * Encodes the specified Unauthorized message. Does not implicitly {@link envoy.data.accesslog.v3.ResponseFlags.Unauthorized.verify|verify} messages.
                         * @function encode
                         * @memberof envoy.data.accesslog.v3.ResponseFlags.Unauthorized
                         * @static
                         * @param {envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties} message Unauthorized message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Unauthorized.encode = function (message, writer, _depth) {
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
                         * Encodes the specified Unauthorized message, length delimited. Does not implicitly {@link envoy.data.accesslog.v3.ResponseFlags.Unauthorized.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof envoy.data.accesslog.v3.ResponseFlags.Unauthorized
                         * @static
                         * @param {envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Properties} message Unauthorized message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Unauthorized.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an Unauthorized message from the specified reader or buffer.
                         * @function decode
                         * @memberof envoy.data.accesslog.v3.ResponseFlags.Unauthorized
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {envoy.data.accesslog.v3.ResponseFlags.Unauthorized & envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Shape} Unauthorized
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Unauthorized.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.envoy.data.accesslog.v3.ResponseFlags.Unauthorized();
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
                         * Decodes an Unauthorized message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof envoy.data.accesslog.v3.ResponseFlags.Unauthorized
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {envoy.data.accesslog.v3.ResponseFlags.Unauthorized & envoy.data.accesslog.v3.ResponseFlags.Unauthorized.$Shape} Unauthorized
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Unauthorized.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an Unauthorized message.
                         * @function verify
                         * @memberof envoy.data.accesslog.v3.ResponseFlags.Unauthorized
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        Unauthorized.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            return null;
                        };

                        /**
                         * Creates an Unauthorized message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof envoy.data.accesslog.v3.ResponseFlags.Unauthorized
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {envoy.data.accesslog.v3.ResponseFlags.Unauthorized} Unauthorized
                         */
                        Unauthorized.fromObject = function (object, _depth) {
                            if (object instanceof $root.envoy.data.accesslog.v3.ResponseFlags.Unauthorized)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".envoy.data.accesslog.v3.ResponseFlags.Unauthorized: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            return new $root.envoy.data.accesslog.v3.ResponseFlags.Unauthorized();
                        };

                        /**
                         * Creates a plain object from an Unauthorized message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof envoy.data.accesslog.v3.ResponseFlags.Unauthorized
                         * @static
                         * @param {envoy.data.accesslog.v3.ResponseFlags.Unauthorized} message Unauthorized
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        Unauthorized.toObject = function () {
                            return {};
                        };

                        /**
                         * Converts this Unauthorized to JSON.
                         * @function toJSON
                         * @memberof envoy.data.accesslog.v3.ResponseFlags.Unauthorized
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        Unauthorized.prototype.toJSON = function() {
                            return Unauthorized.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for Unauthorized
                         * @function getTypeUrl
                         * @memberof envoy.data.accesslog.v3.ResponseFlags.Unauthorized
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Unauthorized.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/envoy.data.accesslog.v3.ResponseFlags.Unauthorized";
                        };

                        return Unauthorized;
                    })();

                    return ResponseFlags;
                })();

                v3.HTTPRequestProperties = (function() {

                    /**
                     * Properties of a HTTPRequestProperties.
                     * @typedef {Object} envoy.data.accesslog.v3.HTTPRequestProperties.$Properties
                     * @property {envoy.config.core.v3.RequestMethod|null} [request_method] HTTPRequestProperties request_method
                     * @property {string|null} [authority] HTTPRequestProperties authority
                     * @property {string|null} [path] HTTPRequestProperties path
                     * @property {string|null} [original_path] HTTPRequestProperties original_path
                     * @property {number|Long|null} [request_body_bytes] HTTPRequestProperties request_body_bytes
                     * @property {Object.<string,string>|null} [request_headers] HTTPRequestProperties request_headers
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a HTTPRequestProperties.
                     * @memberof envoy.data.accesslog.v3
                     * @interface IHTTPRequestProperties
                     * @augments envoy.data.accesslog.v3.HTTPRequestProperties.$Properties
                     * @deprecated Use envoy.data.accesslog.v3.HTTPRequestProperties.$Properties instead.
                     */

                    /**
                     * Shape of a HTTPRequestProperties.
                     * @typedef {envoy.data.accesslog.v3.HTTPRequestProperties.$Properties} envoy.data.accesslog.v3.HTTPRequestProperties.$Shape
                     */

                    /**
                     * Constructs a new HTTPRequestProperties.
                     * @memberof envoy.data.accesslog.v3
                     * @classdesc Represents a HTTPRequestProperties.
                     * @constructor
                     * @param {envoy.data.accesslog.v3.HTTPRequestProperties.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const HTTPRequestProperties = function (properties) {
                        this.request_headers = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * HTTPRequestProperties request_method.
                     * @member {envoy.config.core.v3.RequestMethod} request_method
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @instance
                     */
                    HTTPRequestProperties.prototype.request_method = 0;

                    /**
                     * HTTPRequestProperties authority.
                     * @member {string} authority
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @instance
                     */
                    HTTPRequestProperties.prototype.authority = "";

                    /**
                     * HTTPRequestProperties path.
                     * @member {string} path
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @instance
                     */
                    HTTPRequestProperties.prototype.path = "";

                    /**
                     * HTTPRequestProperties original_path.
                     * @member {string} original_path
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @instance
                     */
                    HTTPRequestProperties.prototype.original_path = "";

                    /**
                     * HTTPRequestProperties request_body_bytes.
                     * @member {number|Long} request_body_bytes
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @instance
                     */
                    HTTPRequestProperties.prototype.request_body_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * HTTPRequestProperties request_headers.
                     * @member {Object.<string,string>} request_headers
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @instance
                     */
                    HTTPRequestProperties.prototype.request_headers = $util.emptyObject;

                    /**
                     * Creates a new HTTPRequestProperties instance using the specified properties.
                     * @function create
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @static
                     * @param {envoy.data.accesslog.v3.HTTPRequestProperties.$Properties=} [properties] Properties to set
                     * @returns {envoy.data.accesslog.v3.HTTPRequestProperties} HTTPRequestProperties instance
                     * @type {{
                     *   (properties: envoy.data.accesslog.v3.HTTPRequestProperties.$Shape): envoy.data.accesslog.v3.HTTPRequestProperties & envoy.data.accesslog.v3.HTTPRequestProperties.$Shape;
                     *   (properties?: envoy.data.accesslog.v3.HTTPRequestProperties.$Properties): envoy.data.accesslog.v3.HTTPRequestProperties;
                     * }}
                     */
                    HTTPRequestProperties.create = function(properties) {
                        return new HTTPRequestProperties(properties);
                    };

                    /**
                     * Encodes the specified HTTPRequestProperties message. Does not implicitly {@link envoy.data.accesslog.v3.HTTPRequestProperties.verify|verify} messages.
                     * @function encode
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @static
                     * @param {envoy.data.accesslog.v3.HTTPRequestProperties.$Properties} message HTTPRequestProperties message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    HTTPRequestProperties.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.request_method != null && $Object.hasOwnProperty.call(message, "request_method") && message.request_method !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.request_method);
                        if (message.authority != null && $Object.hasOwnProperty.call(message, "authority") && message.authority !== "")
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.authority);
                        if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.path);
                        if (message.original_path != null && $Object.hasOwnProperty.call(message, "original_path") && message.original_path !== "")
                            writer.uint32(/* id 10, wireType 2 =*/82).string(message.original_path);
                        if (message.request_body_bytes != null && $Object.hasOwnProperty.call(message, "request_body_bytes") && (typeof message.request_body_bytes === "object" ? message.request_body_bytes.low || message.request_body_bytes.high : message.request_body_bytes !== 0))
                            writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.request_body_bytes);
                        if (message.request_headers != null && $Object.hasOwnProperty.call(message, "request_headers"))
                            for (let keys = $Object.keys(message.request_headers), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 13, wireType 2 =*/106).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.request_headers[keys[i]]).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified HTTPRequestProperties message, length delimited. Does not implicitly {@link envoy.data.accesslog.v3.HTTPRequestProperties.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @static
                     * @param {envoy.data.accesslog.v3.HTTPRequestProperties.$Properties} message HTTPRequestProperties message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    HTTPRequestProperties.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a HTTPRequestProperties message from the specified reader or buffer.
                     * @function decode
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {envoy.data.accesslog.v3.HTTPRequestProperties & envoy.data.accesslog.v3.HTTPRequestProperties.$Shape} HTTPRequestProperties
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    HTTPRequestProperties.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.envoy.data.accesslog.v3.HTTPRequestProperties();
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
                                        message.request_method = value;
                                    else
                                        delete message.request_method;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.authority = value;
                                    else
                                        delete message.authority;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.path = value;
                                    else
                                        delete message.path;
                                    continue;
                                }
                            case 10: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.original_path = value;
                                    else
                                        delete message.original_path;
                                    continue;
                                }
                            case 12: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.request_body_bytes = value;
                                    else
                                        delete message.request_body_bytes;
                                    continue;
                                }
                            case 13: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.request_headers === $util.emptyObject)
                                        message.request_headers = {};
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
                                        $util.makeProp(message.request_headers, key);
                                    message.request_headers[key] = value;
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
                     * Decodes a HTTPRequestProperties message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {envoy.data.accesslog.v3.HTTPRequestProperties & envoy.data.accesslog.v3.HTTPRequestProperties.$Shape} HTTPRequestProperties
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    HTTPRequestProperties.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a HTTPRequestProperties message.
                     * @function verify
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    HTTPRequestProperties.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.request_method != null && $Object.hasOwnProperty.call(message, "request_method"))
                            if (typeof message.request_method !== "number" || (message.request_method | 0) !== message.request_method)
                                return "request_method: enum value expected";
                        if (message.authority != null && $Object.hasOwnProperty.call(message, "authority"))
                            if (!$util.isString(message.authority))
                                return "authority: string expected";
                        if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                            if (!$util.isString(message.path))
                                return "path: string expected";
                        if (message.original_path != null && $Object.hasOwnProperty.call(message, "original_path"))
                            if (!$util.isString(message.original_path))
                                return "original_path: string expected";
                        if (message.request_body_bytes != null && $Object.hasOwnProperty.call(message, "request_body_bytes"))
                            if (!$util.isInteger(message.request_body_bytes) && !(message.request_body_bytes && $util.isInteger(message.request_body_bytes.low) && $util.isInteger(message.request_body_bytes.high)))
                                return "request_body_bytes: integer|Long expected";
                        if (message.request_headers != null && $Object.hasOwnProperty.call(message, "request_headers")) {
                            if (!$util.isObject(message.request_headers))
                                return "request_headers: object expected";
                            let key = $Object.keys(message.request_headers);
                            for (let i = 0; i < key.length; ++i)
                                if (!$util.isString(message.request_headers[key[i]]))
                                    return "request_headers: string{k:string} expected";
                        }
                        return null;
                    };

                    /**
                     * Creates a HTTPRequestProperties message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {envoy.data.accesslog.v3.HTTPRequestProperties} HTTPRequestProperties
                     */
                    HTTPRequestProperties.fromObject = function (object, _depth) {
                        if (object instanceof $root.envoy.data.accesslog.v3.HTTPRequestProperties)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".envoy.data.accesslog.v3.HTTPRequestProperties: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.envoy.data.accesslog.v3.HTTPRequestProperties();
                        if (object.request_method !== 0 && (typeof object.request_method !== "string" || $root.envoy.config.core.v3.RequestMethod[object.request_method] !== 0))
                            switch (object.request_method) {
                            case "METHOD_UNSPECIFIED":
                            case 0:
                                message.request_method = 0;
                                break;
                            case "GET":
                            case 1:
                                message.request_method = 1;
                                break;
                            case "HEAD":
                            case 2:
                                message.request_method = 2;
                                break;
                            case "POST":
                            case 3:
                                message.request_method = 3;
                                break;
                            case "PUT":
                            case 4:
                                message.request_method = 4;
                                break;
                            case "DELETE":
                            case 5:
                                message.request_method = 5;
                                break;
                            case "CONNECT":
                            case 6:
                                message.request_method = 6;
                                break;
                            case "OPTIONS":
                            case 7:
                                message.request_method = 7;
                                break;
                            case "TRACE":
                            case 8:
                                message.request_method = 8;
                                break;
                            case "PATCH":
                            case 9:
                                message.request_method = 9;
                                break;
                            default:
                                if (typeof object.request_method === "number" && (object.request_method | 0) === object.request_method)
                                    message.request_method = object.request_method;
                            }
                        if (object.authority != null)
                            if (typeof object.authority !== "string" || object.authority.length)
                                message.authority = $String(object.authority);
                        if (object.path != null)
                            if (typeof object.path !== "string" || object.path.length)
                                message.path = $String(object.path);
                        if (object.original_path != null)
                            if (typeof object.original_path !== "string" || object.original_path.length)
                                message.original_path = $String(object.original_path);
                        if (object.request_body_bytes != null)
                            if (typeof object.request_body_bytes === "object" ? object.request_body_bytes.low || object.request_body_bytes.high : $Number(object.request_body_bytes) !== 0)
                                if ($util.Long)
                                    message.request_body_bytes = $util.Long.fromValue(object.request_body_bytes, true);
                                else if (typeof object.request_body_bytes === "string")
                                    message.request_body_bytes = $parseInt(object.request_body_bytes, 10);
                                else if (typeof object.request_body_bytes === "number")
                                    message.request_body_bytes = object.request_body_bytes;
                                else if (typeof object.request_body_bytes === "object")
                                    message.request_body_bytes = new $util.LongBits(object.request_body_bytes.low >>> 0, object.request_body_bytes.high >>> 0).toNumber(true);
                        if (object.request_headers) {
                            if (!$util.isObject(object.request_headers))
                                throw $TypeError(".envoy.data.accesslog.v3.HTTPRequestProperties.request_headers: object expected");
                            message.request_headers = {};
                            for (let keys = $Object.keys(object.request_headers), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.request_headers, keys[i]);
                                message.request_headers[keys[i]] = $String(object.request_headers[keys[i]]);
                            }
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a HTTPRequestProperties message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @static
                     * @param {envoy.data.accesslog.v3.HTTPRequestProperties} message HTTPRequestProperties
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    HTTPRequestProperties.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.objects || options.defaults)
                            object.request_headers = {};
                        if (options.defaults) {
                            object.request_method = options.enums === $String ? "METHOD_UNSPECIFIED" : 0;
                            object.authority = "";
                            object.path = "";
                            object.original_path = "";
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.request_body_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.request_body_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.request_method != null && $Object.hasOwnProperty.call(message, "request_method"))
                            object.request_method = options.enums === $String ? $root.envoy.config.core.v3.RequestMethod[message.request_method] === $undefined ? message.request_method : $root.envoy.config.core.v3.RequestMethod[message.request_method] : message.request_method;
                        if (message.authority != null && $Object.hasOwnProperty.call(message, "authority"))
                            object.authority = message.authority;
                        if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                            object.path = message.path;
                        if (message.original_path != null && $Object.hasOwnProperty.call(message, "original_path"))
                            object.original_path = message.original_path;
                        if (message.request_body_bytes != null && $Object.hasOwnProperty.call(message, "request_body_bytes"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.request_body_bytes = typeof message.request_body_bytes === "number" ? $BigInt(message.request_body_bytes) : $util.Long.fromBits(message.request_body_bytes.low >>> 0, message.request_body_bytes.high >>> 0, true).toBigInt();
                            else if (typeof message.request_body_bytes === "number")
                                object.request_body_bytes = options.longs === $String ? $String(message.request_body_bytes) : message.request_body_bytes;
                            else
                                object.request_body_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.request_body_bytes) : options.longs === $Number ? new $util.LongBits(message.request_body_bytes.low >>> 0, message.request_body_bytes.high >>> 0).toNumber(true) : message.request_body_bytes;
                        let keys2;
                        if (message.request_headers && (keys2 = $Object.keys(message.request_headers)).length) {
                            object.request_headers = {};
                            for (let j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.request_headers, keys2[j]);
                                object.request_headers[keys2[j]] = message.request_headers[keys2[j]];
                            }
                        }
                        return object;
                    };

                    /**
                     * Converts this HTTPRequestProperties to JSON.
                     * @function toJSON
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    HTTPRequestProperties.prototype.toJSON = function() {
                        return HTTPRequestProperties.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for HTTPRequestProperties
                     * @function getTypeUrl
                     * @memberof envoy.data.accesslog.v3.HTTPRequestProperties
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    HTTPRequestProperties.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/envoy.data.accesslog.v3.HTTPRequestProperties";
                    };

                    return HTTPRequestProperties;
                })();

                v3.HTTPResponseProperties = (function() {

                    /**
                     * Properties of a HTTPResponseProperties.
                     * @typedef {Object} envoy.data.accesslog.v3.HTTPResponseProperties.$Properties
                     * @property {google.protobuf.UInt32Value.$Properties|null} [response_code] HTTPResponseProperties response_code
                     * @property {number|Long|null} [response_body_bytes] HTTPResponseProperties response_body_bytes
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a HTTPResponseProperties.
                     * @memberof envoy.data.accesslog.v3
                     * @interface IHTTPResponseProperties
                     * @augments envoy.data.accesslog.v3.HTTPResponseProperties.$Properties
                     * @deprecated Use envoy.data.accesslog.v3.HTTPResponseProperties.$Properties instead.
                     */

                    /**
                     * Shape of a HTTPResponseProperties.
                     * @typedef {envoy.data.accesslog.v3.HTTPResponseProperties.$Properties} envoy.data.accesslog.v3.HTTPResponseProperties.$Shape
                     */

                    /**
                     * Constructs a new HTTPResponseProperties.
                     * @memberof envoy.data.accesslog.v3
                     * @classdesc Represents a HTTPResponseProperties.
                     * @constructor
                     * @param {envoy.data.accesslog.v3.HTTPResponseProperties.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const HTTPResponseProperties = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * HTTPResponseProperties response_code.
                     * @member {google.protobuf.UInt32Value.$Properties|null|undefined} response_code
                     * @memberof envoy.data.accesslog.v3.HTTPResponseProperties
                     * @instance
                     */
                    HTTPResponseProperties.prototype.response_code = null;

                    /**
                     * HTTPResponseProperties response_body_bytes.
                     * @member {number|Long} response_body_bytes
                     * @memberof envoy.data.accesslog.v3.HTTPResponseProperties
                     * @instance
                     */
                    HTTPResponseProperties.prototype.response_body_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Creates a new HTTPResponseProperties instance using the specified properties.
                     * @function create
                     * @memberof envoy.data.accesslog.v3.HTTPResponseProperties
                     * @static
                     * @param {envoy.data.accesslog.v3.HTTPResponseProperties.$Properties=} [properties] Properties to set
                     * @returns {envoy.data.accesslog.v3.HTTPResponseProperties} HTTPResponseProperties instance
                     * @type {{
                     *   (properties: envoy.data.accesslog.v3.HTTPResponseProperties.$Shape): envoy.data.accesslog.v3.HTTPResponseProperties & envoy.data.accesslog.v3.HTTPResponseProperties.$Shape;
                     *   (properties?: envoy.data.accesslog.v3.HTTPResponseProperties.$Properties): envoy.data.accesslog.v3.HTTPResponseProperties;
                     * }}
                     */
                    HTTPResponseProperties.create = function(properties) {
                        return new HTTPResponseProperties(properties);
                    };

                    /**
                     * Encodes the specified HTTPResponseProperties message. Does not implicitly {@link envoy.data.accesslog.v3.HTTPResponseProperties.verify|verify} messages.
                     * @function encode
                     * @memberof envoy.data.accesslog.v3.HTTPResponseProperties
                     * @static
                     * @param {envoy.data.accesslog.v3.HTTPResponseProperties.$Properties} message HTTPResponseProperties message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    HTTPResponseProperties.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.response_code != null && $Object.hasOwnProperty.call(message, "response_code"))
                            $root.google.protobuf.UInt32Value.encode(message.response_code, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.response_body_bytes != null && $Object.hasOwnProperty.call(message, "response_body_bytes") && (typeof message.response_body_bytes === "object" ? message.response_body_bytes.low || message.response_body_bytes.high : message.response_body_bytes !== 0))
                            writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.response_body_bytes);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified HTTPResponseProperties message, length delimited. Does not implicitly {@link envoy.data.accesslog.v3.HTTPResponseProperties.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof envoy.data.accesslog.v3.HTTPResponseProperties
                     * @static
                     * @param {envoy.data.accesslog.v3.HTTPResponseProperties.$Properties} message HTTPResponseProperties message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    HTTPResponseProperties.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a HTTPResponseProperties message from the specified reader or buffer.
                     * @function decode
                     * @memberof envoy.data.accesslog.v3.HTTPResponseProperties
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {envoy.data.accesslog.v3.HTTPResponseProperties & envoy.data.accesslog.v3.HTTPResponseProperties.$Shape} HTTPResponseProperties
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    HTTPResponseProperties.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.envoy.data.accesslog.v3.HTTPResponseProperties();
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
                                    message.response_code = $root.google.protobuf.UInt32Value.decode(reader, reader.size(), $undefined, _depth + 1, message.response_code);
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.response_body_bytes = value;
                                    else
                                        delete message.response_body_bytes;
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
                     * Decodes a HTTPResponseProperties message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof envoy.data.accesslog.v3.HTTPResponseProperties
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {envoy.data.accesslog.v3.HTTPResponseProperties & envoy.data.accesslog.v3.HTTPResponseProperties.$Shape} HTTPResponseProperties
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    HTTPResponseProperties.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a HTTPResponseProperties message.
                     * @function verify
                     * @memberof envoy.data.accesslog.v3.HTTPResponseProperties
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    HTTPResponseProperties.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.response_code != null && $Object.hasOwnProperty.call(message, "response_code")) {
                            let error = $root.google.protobuf.UInt32Value.verify(message.response_code, _depth + 1);
                            if (error)
                                return "response_code." + error;
                        }
                        if (message.response_body_bytes != null && $Object.hasOwnProperty.call(message, "response_body_bytes"))
                            if (!$util.isInteger(message.response_body_bytes) && !(message.response_body_bytes && $util.isInteger(message.response_body_bytes.low) && $util.isInteger(message.response_body_bytes.high)))
                                return "response_body_bytes: integer|Long expected";
                        return null;
                    };

                    /**
                     * Creates a HTTPResponseProperties message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof envoy.data.accesslog.v3.HTTPResponseProperties
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {envoy.data.accesslog.v3.HTTPResponseProperties} HTTPResponseProperties
                     */
                    HTTPResponseProperties.fromObject = function (object, _depth) {
                        if (object instanceof $root.envoy.data.accesslog.v3.HTTPResponseProperties)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".envoy.data.accesslog.v3.HTTPResponseProperties: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.envoy.data.accesslog.v3.HTTPResponseProperties();
                        if (object.response_code != null) {
                            if (!$util.isObject(object.response_code))
                                throw $TypeError(".envoy.data.accesslog.v3.HTTPResponseProperties.response_code: object expected");
                            message.response_code = $root.google.protobuf.UInt32Value.fromObject(object.response_code, _depth + 1);
                        }
                        if (object.response_body_bytes != null)
                            if (typeof object.response_body_bytes === "object" ? object.response_body_bytes.low || object.response_body_bytes.high : $Number(object.response_body_bytes) !== 0)
                                if ($util.Long)
                                    message.response_body_bytes = $util.Long.fromValue(object.response_body_bytes, true);
                                else if (typeof object.response_body_bytes === "string")
                                    message.response_body_bytes = $parseInt(object.response_body_bytes, 10);
                                else if (typeof object.response_body_bytes === "number")
                                    message.response_body_bytes = object.response_body_bytes;
                                else if (typeof object.response_body_bytes === "object")
                                    message.response_body_bytes = new $util.LongBits(object.response_body_bytes.low >>> 0, object.response_body_bytes.high >>> 0).toNumber(true);
                        return message;
                    };

                    /**
                     * Creates a plain object from a HTTPResponseProperties message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof envoy.data.accesslog.v3.HTTPResponseProperties
                     * @static
                     * @param {envoy.data.accesslog.v3.HTTPResponseProperties} message HTTPResponseProperties
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    HTTPResponseProperties.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.response_code = null;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.response_body_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.response_body_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.response_code != null && $Object.hasOwnProperty.call(message, "response_code"))
                            object.response_code = $root.google.protobuf.UInt32Value.toObject(message.response_code, options, _depth + 1);
                        if (message.response_body_bytes != null && $Object.hasOwnProperty.call(message, "response_body_bytes"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.response_body_bytes = typeof message.response_body_bytes === "number" ? $BigInt(message.response_body_bytes) : $util.Long.fromBits(message.response_body_bytes.low >>> 0, message.response_body_bytes.high >>> 0, true).toBigInt();
                            else if (typeof message.response_body_bytes === "number")
                                object.response_body_bytes = options.longs === $String ? $String(message.response_body_bytes) : message.response_body_bytes;
                            else
                                object.response_body_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.response_body_bytes) : options.longs === $Number ? new $util.LongBits(message.response_body_bytes.low >>> 0, message.response_body_bytes.high >>> 0).toNumber(true) : message.response_body_bytes;
                        return object;
                    };

                    /**
                     * Converts this HTTPResponseProperties to JSON.
                     * @function toJSON
                     * @memberof envoy.data.accesslog.v3.HTTPResponseProperties
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    HTTPResponseProperties.prototype.toJSON = function() {
                        return HTTPResponseProperties.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for HTTPResponseProperties
                     * @function getTypeUrl
                     * @memberof envoy.data.accesslog.v3.HTTPResponseProperties
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    HTTPResponseProperties.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/envoy.data.accesslog.v3.HTTPResponseProperties";
                    };

                    return HTTPResponseProperties;
                })();

                return v3;
            })();

            return accesslog;
        })();

        return data;
    })();

    return envoy;
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

        protobuf.DoubleValue = (function() {

            /**
             * Properties of a DoubleValue.
             * @typedef {Object} google.protobuf.DoubleValue.$Properties
             * @property {number|null} [value] DoubleValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DoubleValue.
             * @memberof google.protobuf
             * @interface IDoubleValue
             * @augments google.protobuf.DoubleValue.$Properties
             * @deprecated Use google.protobuf.DoubleValue.$Properties instead.
             */

            /**
             * Shape of a DoubleValue.
             * @typedef {google.protobuf.DoubleValue.$Properties} google.protobuf.DoubleValue.$Shape
             */

            /**
             * Constructs a new DoubleValue.
             * @memberof google.protobuf
             * @classdesc Represents a DoubleValue.
             * @constructor
             * @param {google.protobuf.DoubleValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DoubleValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DoubleValue value.
             * @member {number} value
             * @memberof google.protobuf.DoubleValue
             * @instance
             */
            DoubleValue.prototype.value = 0;

            /**
             * Creates a new DoubleValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {google.protobuf.DoubleValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.DoubleValue} DoubleValue instance
             * @type {{
             *   (properties: google.protobuf.DoubleValue.$Shape): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;
             *   (properties?: google.protobuf.DoubleValue.$Properties): google.protobuf.DoubleValue;
             * }}
             */
            DoubleValue.create = function(properties) {
                return new DoubleValue(properties);
            };

            /**
             * Encodes the specified DoubleValue message. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {google.protobuf.DoubleValue.$Properties} message DoubleValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DoubleValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DoubleValue message, length delimited. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {google.protobuf.DoubleValue.$Properties} message DoubleValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DoubleValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DoubleValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape} DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DoubleValue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.DoubleValue();
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
                            if (!$Object.is(value = reader.double(), 0))
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
             * Decodes a DoubleValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape} DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DoubleValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DoubleValue message.
             * @function verify
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DoubleValue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof message.value !== "number")
                        return "value: number expected";
                return null;
            };

            /**
             * Creates a DoubleValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.DoubleValue} DoubleValue
             */
            DoubleValue.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.DoubleValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.DoubleValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.DoubleValue();
                if (object.value != null)
                    if (!$Object.is($Number(object.value), 0))
                        message.value = $Number(object.value);
                return message;
            };

            /**
             * Creates a plain object from a DoubleValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {google.protobuf.DoubleValue} message DoubleValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DoubleValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = 0;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                return object;
            };

            /**
             * Converts this DoubleValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.DoubleValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DoubleValue.prototype.toJSON = function() {
                return DoubleValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DoubleValue
             * @function getTypeUrl
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DoubleValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.DoubleValue";
            };

            return DoubleValue;
        })();

        protobuf.FloatValue = (function() {

            /**
             * Properties of a FloatValue.
             * @typedef {Object} google.protobuf.FloatValue.$Properties
             * @property {number|null} [value] FloatValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FloatValue.
             * @memberof google.protobuf
             * @interface IFloatValue
             * @augments google.protobuf.FloatValue.$Properties
             * @deprecated Use google.protobuf.FloatValue.$Properties instead.
             */

            /**
             * Shape of a FloatValue.
             * @typedef {google.protobuf.FloatValue.$Properties} google.protobuf.FloatValue.$Shape
             */

            /**
             * Constructs a new FloatValue.
             * @memberof google.protobuf
             * @classdesc Represents a FloatValue.
             * @constructor
             * @param {google.protobuf.FloatValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FloatValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FloatValue value.
             * @member {number} value
             * @memberof google.protobuf.FloatValue
             * @instance
             */
            FloatValue.prototype.value = 0;

            /**
             * Creates a new FloatValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {google.protobuf.FloatValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.FloatValue} FloatValue instance
             * @type {{
             *   (properties: google.protobuf.FloatValue.$Shape): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;
             *   (properties?: google.protobuf.FloatValue.$Properties): google.protobuf.FloatValue;
             * }}
             */
            FloatValue.create = function(properties) {
                return new FloatValue(properties);
            };

            /**
             * Encodes the specified FloatValue message. Does not implicitly {@link google.protobuf.FloatValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {google.protobuf.FloatValue.$Properties} message FloatValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FloatValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FloatValue message, length delimited. Does not implicitly {@link google.protobuf.FloatValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {google.protobuf.FloatValue.$Properties} message FloatValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FloatValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FloatValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape} FloatValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FloatValue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.FloatValue();
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
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
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
             * Decodes a FloatValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape} FloatValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FloatValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FloatValue message.
             * @function verify
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FloatValue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof message.value !== "number")
                        return "value: number expected";
                return null;
            };

            /**
             * Creates a FloatValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.FloatValue} FloatValue
             */
            FloatValue.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.FloatValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.FloatValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.FloatValue();
                if (object.value != null)
                    if (!$Object.is($Number(object.value), 0))
                        message.value = $Number(object.value);
                return message;
            };

            /**
             * Creates a plain object from a FloatValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {google.protobuf.FloatValue} message FloatValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FloatValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = 0;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                return object;
            };

            /**
             * Converts this FloatValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.FloatValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FloatValue.prototype.toJSON = function() {
                return FloatValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FloatValue
             * @function getTypeUrl
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FloatValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.FloatValue";
            };

            return FloatValue;
        })();

        protobuf.Int64Value = (function() {

            /**
             * Properties of an Int64Value.
             * @typedef {Object} google.protobuf.Int64Value.$Properties
             * @property {number|Long|null} [value] Int64Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Int64Value.
             * @memberof google.protobuf
             * @interface IInt64Value
             * @augments google.protobuf.Int64Value.$Properties
             * @deprecated Use google.protobuf.Int64Value.$Properties instead.
             */

            /**
             * Shape of an Int64Value.
             * @typedef {google.protobuf.Int64Value.$Properties} google.protobuf.Int64Value.$Shape
             */

            /**
             * Constructs a new Int64Value.
             * @memberof google.protobuf
             * @classdesc Represents an Int64Value.
             * @constructor
             * @param {google.protobuf.Int64Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Int64Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Int64Value value.
             * @member {number|Long} value
             * @memberof google.protobuf.Int64Value
             * @instance
             */
            Int64Value.prototype.value = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Int64Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {google.protobuf.Int64Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Int64Value} Int64Value instance
             * @type {{
             *   (properties: google.protobuf.Int64Value.$Shape): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;
             *   (properties?: google.protobuf.Int64Value.$Properties): google.protobuf.Int64Value;
             * }}
             */
            Int64Value.create = function(properties) {
                return new Int64Value(properties);
            };

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {google.protobuf.Int64Value.$Properties} message Int64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int64Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Int64Value message, length delimited. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {google.protobuf.Int64Value.$Properties} message Int64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int64Value.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int64Value.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.Int64Value();
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
             * Decodes an Int64Value message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int64Value.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Int64Value message.
             * @function verify
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Int64Value.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isInteger(message.value) && !(message.value && $util.isInteger(message.value.low) && $util.isInteger(message.value.high)))
                        return "value: integer|Long expected";
                return null;
            };

            /**
             * Creates an Int64Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Int64Value} Int64Value
             */
            Int64Value.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Int64Value)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Int64Value: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Int64Value();
                if (object.value != null)
                    if (typeof object.value === "object" ? object.value.low || object.value.high : $Number(object.value) !== 0)
                        if ($util.Long)
                            message.value = $util.Long.fromValue(object.value, false);
                        else if (typeof object.value === "string")
                            message.value = $parseInt(object.value, 10);
                        else if (typeof object.value === "number")
                            message.value = object.value;
                        else if (typeof object.value === "object")
                            message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from an Int64Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {google.protobuf.Int64Value} message Int64Value
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Int64Value.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.value = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.value = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.value = typeof message.value === "number" ? $BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, false).toBigInt();
                    else if (typeof message.value === "number")
                        object.value = options.longs === $String ? $String(message.value) : message.value;
                    else
                        object.value = options.longs === $String ? $util.Long.prototype.toString.call(message.value) : options.longs === $Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber() : message.value;
                return object;
            };

            /**
             * Converts this Int64Value to JSON.
             * @function toJSON
             * @memberof google.protobuf.Int64Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Int64Value.prototype.toJSON = function() {
                return Int64Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Int64Value
             * @function getTypeUrl
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Int64Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Int64Value";
            };

            return Int64Value;
        })();

        protobuf.UInt64Value = (function() {

            /**
             * Properties of a UInt64Value.
             * @typedef {Object} google.protobuf.UInt64Value.$Properties
             * @property {number|Long|null} [value] UInt64Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UInt64Value.
             * @memberof google.protobuf
             * @interface IUInt64Value
             * @augments google.protobuf.UInt64Value.$Properties
             * @deprecated Use google.protobuf.UInt64Value.$Properties instead.
             */

            /**
             * Shape of a UInt64Value.
             * @typedef {google.protobuf.UInt64Value.$Properties} google.protobuf.UInt64Value.$Shape
             */

            /**
             * Constructs a new UInt64Value.
             * @memberof google.protobuf
             * @classdesc Represents a UInt64Value.
             * @constructor
             * @param {google.protobuf.UInt64Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UInt64Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UInt64Value value.
             * @member {number|Long} value
             * @memberof google.protobuf.UInt64Value
             * @instance
             */
            UInt64Value.prototype.value = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new UInt64Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {google.protobuf.UInt64Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.UInt64Value} UInt64Value instance
             * @type {{
             *   (properties: google.protobuf.UInt64Value.$Shape): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;
             *   (properties?: google.protobuf.UInt64Value.$Properties): google.protobuf.UInt64Value;
             * }}
             */
            UInt64Value.create = function(properties) {
                return new UInt64Value(properties);
            };

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {google.protobuf.UInt64Value.$Properties} message UInt64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt64Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UInt64Value message, length delimited. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {google.protobuf.UInt64Value.$Properties} message UInt64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt64Value.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt64Value.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.UInt64Value();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
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
             * Decodes a UInt64Value message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt64Value.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a UInt64Value message.
             * @function verify
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UInt64Value.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isInteger(message.value) && !(message.value && $util.isInteger(message.value.low) && $util.isInteger(message.value.high)))
                        return "value: integer|Long expected";
                return null;
            };

            /**
             * Creates a UInt64Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.UInt64Value} UInt64Value
             */
            UInt64Value.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.UInt64Value)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.UInt64Value: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.UInt64Value();
                if (object.value != null)
                    if (typeof object.value === "object" ? object.value.low || object.value.high : $Number(object.value) !== 0)
                        if ($util.Long)
                            message.value = $util.Long.fromValue(object.value, true);
                        else if (typeof object.value === "string")
                            message.value = $parseInt(object.value, 10);
                        else if (typeof object.value === "number")
                            message.value = object.value;
                        else if (typeof object.value === "object")
                            message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a UInt64Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {google.protobuf.UInt64Value} message UInt64Value
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UInt64Value.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.value = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.value = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.value = typeof message.value === "number" ? $BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, true).toBigInt();
                    else if (typeof message.value === "number")
                        object.value = options.longs === $String ? $String(message.value) : message.value;
                    else
                        object.value = options.longs === $String ? $util.Long.prototype.toString.call(message.value) : options.longs === $Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber(true) : message.value;
                return object;
            };

            /**
             * Converts this UInt64Value to JSON.
             * @function toJSON
             * @memberof google.protobuf.UInt64Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UInt64Value.prototype.toJSON = function() {
                return UInt64Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UInt64Value
             * @function getTypeUrl
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UInt64Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.UInt64Value";
            };

            return UInt64Value;
        })();

        protobuf.Int32Value = (function() {

            /**
             * Properties of an Int32Value.
             * @typedef {Object} google.protobuf.Int32Value.$Properties
             * @property {number|null} [value] Int32Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Int32Value.
             * @memberof google.protobuf
             * @interface IInt32Value
             * @augments google.protobuf.Int32Value.$Properties
             * @deprecated Use google.protobuf.Int32Value.$Properties instead.
             */

            /**
             * Shape of an Int32Value.
             * @typedef {google.protobuf.Int32Value.$Properties} google.protobuf.Int32Value.$Shape
             */

            /**
             * Constructs a new Int32Value.
             * @memberof google.protobuf
             * @classdesc Represents an Int32Value.
             * @constructor
             * @param {google.protobuf.Int32Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Int32Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Int32Value value.
             * @member {number} value
             * @memberof google.protobuf.Int32Value
             * @instance
             */
            Int32Value.prototype.value = 0;

            /**
             * Creates a new Int32Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {google.protobuf.Int32Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Int32Value} Int32Value instance
             * @type {{
             *   (properties: google.protobuf.Int32Value.$Shape): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;
             *   (properties?: google.protobuf.Int32Value.$Properties): google.protobuf.Int32Value;
             * }}
             */
            Int32Value.create = function(properties) {
                return new Int32Value(properties);
            };

            /**
             * Encodes the specified Int32Value message. Does not implicitly {@link google.protobuf.Int32Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {google.protobuf.Int32Value.$Properties} message Int32Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int32Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Int32Value message, length delimited. Does not implicitly {@link google.protobuf.Int32Value.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {google.protobuf.Int32Value.$Properties} message Int32Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int32Value.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Int32Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape} Int32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int32Value.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.Int32Value();
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
             * Decodes an Int32Value message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape} Int32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int32Value.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Int32Value message.
             * @function verify
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Int32Value.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isInteger(message.value))
                        return "value: integer expected";
                return null;
            };

            /**
             * Creates an Int32Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Int32Value} Int32Value
             */
            Int32Value.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Int32Value)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Int32Value: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Int32Value();
                if (object.value != null)
                    if ($Number(object.value) !== 0)
                        message.value = object.value | 0;
                return message;
            };

            /**
             * Creates a plain object from an Int32Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {google.protobuf.Int32Value} message Int32Value
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Int32Value.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = 0;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this Int32Value to JSON.
             * @function toJSON
             * @memberof google.protobuf.Int32Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Int32Value.prototype.toJSON = function() {
                return Int32Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Int32Value
             * @function getTypeUrl
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Int32Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Int32Value";
            };

            return Int32Value;
        })();

        protobuf.UInt32Value = (function() {

            /**
             * Properties of a UInt32Value.
             * @typedef {Object} google.protobuf.UInt32Value.$Properties
             * @property {number|null} [value] UInt32Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UInt32Value.
             * @memberof google.protobuf
             * @interface IUInt32Value
             * @augments google.protobuf.UInt32Value.$Properties
             * @deprecated Use google.protobuf.UInt32Value.$Properties instead.
             */

            /**
             * Shape of a UInt32Value.
             * @typedef {google.protobuf.UInt32Value.$Properties} google.protobuf.UInt32Value.$Shape
             */

            /**
             * Constructs a new UInt32Value.
             * @memberof google.protobuf
             * @classdesc Represents a UInt32Value.
             * @constructor
             * @param {google.protobuf.UInt32Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UInt32Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UInt32Value value.
             * @member {number} value
             * @memberof google.protobuf.UInt32Value
             * @instance
             */
            UInt32Value.prototype.value = 0;

            /**
             * Creates a new UInt32Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {google.protobuf.UInt32Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.UInt32Value} UInt32Value instance
             * @type {{
             *   (properties: google.protobuf.UInt32Value.$Shape): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;
             *   (properties?: google.protobuf.UInt32Value.$Properties): google.protobuf.UInt32Value;
             * }}
             */
            UInt32Value.create = function(properties) {
                return new UInt32Value(properties);
            };

            /**
             * Encodes the specified UInt32Value message. Does not implicitly {@link google.protobuf.UInt32Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {google.protobuf.UInt32Value.$Properties} message UInt32Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt32Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UInt32Value message, length delimited. Does not implicitly {@link google.protobuf.UInt32Value.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {google.protobuf.UInt32Value.$Properties} message UInt32Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt32Value.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a UInt32Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape} UInt32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt32Value.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.UInt32Value();
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
                            if (value = reader.uint32())
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
             * Decodes a UInt32Value message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape} UInt32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt32Value.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a UInt32Value message.
             * @function verify
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UInt32Value.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isInteger(message.value))
                        return "value: integer expected";
                return null;
            };

            /**
             * Creates a UInt32Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.UInt32Value} UInt32Value
             */
            UInt32Value.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.UInt32Value)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.UInt32Value: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.UInt32Value();
                if (object.value != null)
                    if ($Number(object.value) !== 0)
                        message.value = object.value >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a UInt32Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {google.protobuf.UInt32Value} message UInt32Value
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UInt32Value.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = 0;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this UInt32Value to JSON.
             * @function toJSON
             * @memberof google.protobuf.UInt32Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UInt32Value.prototype.toJSON = function() {
                return UInt32Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UInt32Value
             * @function getTypeUrl
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UInt32Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.UInt32Value";
            };

            return UInt32Value;
        })();

        protobuf.BoolValue = (function() {

            /**
             * Properties of a BoolValue.
             * @typedef {Object} google.protobuf.BoolValue.$Properties
             * @property {boolean|null} [value] BoolValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BoolValue.
             * @memberof google.protobuf
             * @interface IBoolValue
             * @augments google.protobuf.BoolValue.$Properties
             * @deprecated Use google.protobuf.BoolValue.$Properties instead.
             */

            /**
             * Shape of a BoolValue.
             * @typedef {google.protobuf.BoolValue.$Properties} google.protobuf.BoolValue.$Shape
             */

            /**
             * Constructs a new BoolValue.
             * @memberof google.protobuf
             * @classdesc Represents a BoolValue.
             * @constructor
             * @param {google.protobuf.BoolValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BoolValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BoolValue value.
             * @member {boolean} value
             * @memberof google.protobuf.BoolValue
             * @instance
             */
            BoolValue.prototype.value = false;

            /**
             * Creates a new BoolValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {google.protobuf.BoolValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.BoolValue} BoolValue instance
             * @type {{
             *   (properties: google.protobuf.BoolValue.$Shape): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;
             *   (properties?: google.protobuf.BoolValue.$Properties): google.protobuf.BoolValue;
             * }}
             */
            BoolValue.create = function(properties) {
                return new BoolValue(properties);
            };

            /**
             * Encodes the specified BoolValue message. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {google.protobuf.BoolValue.$Properties} message BoolValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BoolValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BoolValue message, length delimited. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {google.protobuf.BoolValue.$Properties} message BoolValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BoolValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BoolValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape} BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BoolValue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.BoolValue();
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
                            if (value = reader.bool())
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
             * Decodes a BoolValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape} BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BoolValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BoolValue message.
             * @function verify
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BoolValue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof message.value !== "boolean")
                        return "value: boolean expected";
                return null;
            };

            /**
             * Creates a BoolValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.BoolValue} BoolValue
             */
            BoolValue.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.BoolValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.BoolValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.BoolValue();
                if (object.value != null)
                    if (object.value)
                        message.value = $Boolean(object.value);
                return message;
            };

            /**
             * Creates a plain object from a BoolValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {google.protobuf.BoolValue} message BoolValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BoolValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = false;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this BoolValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.BoolValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BoolValue.prototype.toJSON = function() {
                return BoolValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BoolValue
             * @function getTypeUrl
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BoolValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.BoolValue";
            };

            return BoolValue;
        })();

        protobuf.StringValue = (function() {

            /**
             * Properties of a StringValue.
             * @typedef {Object} google.protobuf.StringValue.$Properties
             * @property {string|null} [value] StringValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StringValue.
             * @memberof google.protobuf
             * @interface IStringValue
             * @augments google.protobuf.StringValue.$Properties
             * @deprecated Use google.protobuf.StringValue.$Properties instead.
             */

            /**
             * Shape of a StringValue.
             * @typedef {google.protobuf.StringValue.$Properties} google.protobuf.StringValue.$Shape
             */

            /**
             * Constructs a new StringValue.
             * @memberof google.protobuf
             * @classdesc Represents a StringValue.
             * @constructor
             * @param {google.protobuf.StringValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StringValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StringValue value.
             * @member {string} value
             * @memberof google.protobuf.StringValue
             * @instance
             */
            StringValue.prototype.value = "";

            /**
             * Creates a new StringValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.StringValue
             * @static
             * @param {google.protobuf.StringValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.StringValue} StringValue instance
             * @type {{
             *   (properties: google.protobuf.StringValue.$Shape): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;
             *   (properties?: google.protobuf.StringValue.$Properties): google.protobuf.StringValue;
             * }}
             */
            StringValue.create = function(properties) {
                return new StringValue(properties);
            };

            /**
             * Encodes the specified StringValue message. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.StringValue
             * @static
             * @param {google.protobuf.StringValue.$Properties} message StringValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringValue.encode = function (message, writer, _depth) {
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
             * Encodes the specified StringValue message, length delimited. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.StringValue
             * @static
             * @param {google.protobuf.StringValue.$Properties} message StringValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StringValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.StringValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.StringValue & google.protobuf.StringValue.$Shape} StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringValue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.StringValue();
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
             * Decodes a StringValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.StringValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.StringValue & google.protobuf.StringValue.$Shape} StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StringValue message.
             * @function verify
             * @memberof google.protobuf.StringValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StringValue.verify = function (message, _depth) {
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
             * Creates a StringValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.StringValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.StringValue} StringValue
             */
            StringValue.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.StringValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.StringValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.StringValue();
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            /**
             * Creates a plain object from a StringValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.StringValue
             * @static
             * @param {google.protobuf.StringValue} message StringValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StringValue.toObject = function (message, options, _depth) {
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
             * Converts this StringValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.StringValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StringValue.prototype.toJSON = function() {
                return StringValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StringValue
             * @function getTypeUrl
             * @memberof google.protobuf.StringValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StringValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.StringValue";
            };

            return StringValue;
        })();

        protobuf.BytesValue = (function() {

            /**
             * Properties of a BytesValue.
             * @typedef {Object} google.protobuf.BytesValue.$Properties
             * @property {Uint8Array|null} [value] BytesValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BytesValue.
             * @memberof google.protobuf
             * @interface IBytesValue
             * @augments google.protobuf.BytesValue.$Properties
             * @deprecated Use google.protobuf.BytesValue.$Properties instead.
             */

            /**
             * Shape of a BytesValue.
             * @typedef {google.protobuf.BytesValue.$Properties} google.protobuf.BytesValue.$Shape
             */

            /**
             * Constructs a new BytesValue.
             * @memberof google.protobuf
             * @classdesc Represents a BytesValue.
             * @constructor
             * @param {google.protobuf.BytesValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BytesValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BytesValue value.
             * @member {Uint8Array} value
             * @memberof google.protobuf.BytesValue
             * @instance
             */
            BytesValue.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new BytesValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {google.protobuf.BytesValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.BytesValue} BytesValue instance
             * @type {{
             *   (properties: google.protobuf.BytesValue.$Shape): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;
             *   (properties?: google.protobuf.BytesValue.$Properties): google.protobuf.BytesValue;
             * }}
             */
            BytesValue.create = function(properties) {
                return new BytesValue(properties);
            };

            /**
             * Encodes the specified BytesValue message. Does not implicitly {@link google.protobuf.BytesValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {google.protobuf.BytesValue.$Properties} message BytesValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BytesValue.encode = function (message, writer, _depth) {
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
             * Encodes the specified BytesValue message, length delimited. Does not implicitly {@link google.protobuf.BytesValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {google.protobuf.BytesValue.$Properties} message BytesValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BytesValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BytesValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape} BytesValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BytesValue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.BytesValue();
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
             * Decodes a BytesValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape} BytesValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BytesValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BytesValue message.
             * @function verify
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BytesValue.verify = function (message, _depth) {
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
             * Creates a BytesValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.BytesValue} BytesValue
             */
            BytesValue.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.BytesValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.BytesValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.BytesValue();
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                return message;
            };

            /**
             * Creates a plain object from a BytesValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {google.protobuf.BytesValue} message BytesValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BytesValue.toObject = function (message, options, _depth) {
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
             * Converts this BytesValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.BytesValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BytesValue.prototype.toJSON = function() {
                return BytesValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BytesValue
             * @function getTypeUrl
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BytesValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.BytesValue";
            };

            return BytesValue;
        })();

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

        protobuf.Struct = (function() {

            /**
             * Properties of a Struct.
             * @typedef {Object} google.protobuf.Struct.$Properties
             * @property {Object.<string,google.protobuf.Value.$Properties>|null} [fields] Struct fields
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Struct.
             * @memberof google.protobuf
             * @interface IStruct
             * @augments google.protobuf.Struct.$Properties
             * @deprecated Use google.protobuf.Struct.$Properties instead.
             */

            /**
             * Shape of a Struct.
             * @typedef {{
             *   fields?: Object.<string,google.protobuf.Value.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} google.protobuf.Struct.$Shape
             */

            /**
             * Constructs a new Struct.
             * @memberof google.protobuf
             * @classdesc Represents a Struct.
             * @constructor
             * @param {google.protobuf.Struct.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Struct = function (properties) {
                this.fields = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Struct fields.
             * @member {Object.<string,google.protobuf.Value.$Properties>} fields
             * @memberof google.protobuf.Struct
             * @instance
             */
            Struct.prototype.fields = $util.emptyObject;

            /**
             * Creates a new Struct instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Struct} Struct instance
             * @type {{
             *   (properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
             *   (properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;
             * }}
             */
            Struct.create = function(properties) {
                return new Struct(properties);
            };

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties} message Struct message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Struct.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fields != null && $Object.hasOwnProperty.call(message, "fields"))
                    for (let keys = $Object.keys(message.fields), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.google.protobuf.Value.encode(message.fields[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Struct message, length delimited. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties} message Struct message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Struct.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Struct
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Struct.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.Struct();
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
                            if (message.fields === $util.emptyObject)
                                message.fields = {};
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
                                    value = $root.google.protobuf.Value.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.fields, key);
                            message.fields[key] = value || new $root.google.protobuf.Value();
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
             * Decodes a Struct message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Struct
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Struct.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Struct message.
             * @function verify
             * @memberof google.protobuf.Struct
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Struct.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.fields != null && $Object.hasOwnProperty.call(message, "fields")) {
                    if (!$util.isObject(message.fields))
                        return "fields: object expected";
                    let key = $Object.keys(message.fields);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.google.protobuf.Value.verify(message.fields[key[i]], _depth + 1);
                        if (error)
                            return "fields." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Struct message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Struct
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Struct} Struct
             */
            Struct.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Struct)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Struct: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Struct();
                if (object.fields) {
                    if (!$util.isObject(object.fields))
                        throw $TypeError(".google.protobuf.Struct.fields: object expected");
                    message.fields = {};
                    for (let keys = $Object.keys(object.fields), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.fields, keys[i]);
                        if (!$util.isObject(object.fields[keys[i]]))
                            throw $TypeError(".google.protobuf.Struct.fields: object expected");
                        message.fields[keys[i]] = $root.google.protobuf.Value.fromObject(object.fields[keys[i]], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Struct message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct} message Struct
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Struct.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.fields = {};
                let keys2;
                if (message.fields && (keys2 = $Object.keys(message.fields)).length) {
                    object.fields = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.fields, keys2[j]);
                        object.fields[keys2[j]] = $root.google.protobuf.Value.toObject(message.fields[keys2[j]], options, _depth + 1);
                    }
                }
                return object;
            };

            /**
             * Converts this Struct to JSON.
             * @function toJSON
             * @memberof google.protobuf.Struct
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Struct.prototype.toJSON = function() {
                return Struct.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Struct
             * @function getTypeUrl
             * @memberof google.protobuf.Struct
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Struct.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Struct";
            };

            return Struct;
        })();

        protobuf.Value = (function() {

            /**
             * Properties of a Value.
             * @typedef {Object} google.protobuf.Value.$Properties
             * @property {google.protobuf.NullValue|null} [nullValue] Value nullValue
             * @property {number|null} [numberValue] Value numberValue
             * @property {string|null} [stringValue] Value stringValue
             * @property {boolean|null} [boolValue] Value boolValue
             * @property {google.protobuf.Struct.$Properties|null} [structValue] Value structValue
             * @property {google.protobuf.ListValue.$Properties|null} [listValue] Value listValue
             * @property {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"} [kind] Value kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Value.
             * @memberof google.protobuf
             * @interface IValue
             * @augments google.protobuf.Value.$Properties
             * @deprecated Use google.protobuf.Value.$Properties instead.
             */

            /**
             * Narrowed shape of a Value.
             * @typedef {{
             *   nullValue?: google.protobuf.NullValue|null;
             *   numberValue?: number|null;
             *   stringValue?: string|null;
             *   boolValue?: boolean|null;
             *   structValue?: google.protobuf.Struct.$Shape|null;
             *   listValue?: google.protobuf.ListValue.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "nullValue"; nullValue: google.protobuf.NullValue; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "numberValue"; nullValue?: null; numberValue: number; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "stringValue"; nullValue?: null; numberValue?: null; stringValue: string; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "boolValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue: boolean; structValue?: null; listValue?: null }|{ kind?: "structValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue: google.protobuf.Struct.$Shape; listValue?: null }|{ kind?: "listValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue: google.protobuf.ListValue.$Shape })
             * )} google.protobuf.Value.$Shape
             */

            /**
             * Constructs a new Value.
             * @memberof google.protobuf
             * @classdesc Represents a Value.
             * @constructor
             * @param {google.protobuf.Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Value nullValue.
             * @member {google.protobuf.NullValue|null|undefined} nullValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.nullValue = null;

            /**
             * Value numberValue.
             * @member {number|null|undefined} numberValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.numberValue = null;

            /**
             * Value stringValue.
             * @member {string|null|undefined} stringValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.stringValue = null;

            /**
             * Value boolValue.
             * @member {boolean|null|undefined} boolValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.boolValue = null;

            /**
             * Value structValue.
             * @member {google.protobuf.Struct.$Properties|null|undefined} structValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.structValue = null;

            /**
             * Value listValue.
             * @member {google.protobuf.ListValue.$Properties|null|undefined} listValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.listValue = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Value kind.
             * @member {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"|undefined} kind
             * @memberof google.protobuf.Value
             * @instance
             */
            $Object.defineProperty(Value.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["nullValue", "numberValue", "stringValue", "boolValue", "structValue", "listValue"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Value} Value instance
             * @type {{
             *   (properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
             *   (properties?: google.protobuf.Value.$Properties): google.protobuf.Value;
             * }}
             */
            Value.create = function(properties) {
                return new Value(properties);
            };

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties} message Value message or plain object to encode
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
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.nullValue);
                if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.numberValue);
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.stringValue);
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.boolValue);
                if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue"))
                    $root.google.protobuf.Struct.encode(message.structValue, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue"))
                    $root.google.protobuf.ListValue.encode(message.listValue, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Value message, length delimited. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties} message Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
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
                message = _target || new $root.google.protobuf.Value();
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
                            message.nullValue = reader.int32();
                            message.kind = "nullValue";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.numberValue = reader.double();
                            message.kind = "numberValue";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.stringValue = reader.stringVerify();
                            message.kind = "stringValue";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.boolValue = reader.bool();
                            message.kind = "boolValue";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.structValue = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.structValue);
                            message.kind = "structValue";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.listValue = $root.google.protobuf.ListValue.decode(reader, reader.size(), $undefined, _depth + 1, message.listValue);
                            message.kind = "listValue";
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
             * @memberof google.protobuf.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
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
             * @memberof google.protobuf.Value
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
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue")) {
                    properties.kind = 1;
                    if (typeof message.nullValue !== "number" || (message.nullValue | 0) !== message.nullValue)
                        return "nullValue: enum value expected";
                }
                if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (typeof message.numberValue !== "number")
                        return "numberValue: number expected";
                }
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (!$util.isString(message.stringValue))
                        return "stringValue: string expected";
                }
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (typeof message.boolValue !== "boolean")
                        return "boolValue: boolean expected";
                }
                if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.google.protobuf.Struct.verify(message.structValue, _depth + 1);
                        if (error)
                            return "structValue." + error;
                    }
                }
                if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.google.protobuf.ListValue.verify(message.listValue, _depth + 1);
                        if (error)
                            return "listValue." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Value} Value
             */
            Value.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Value)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Value: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Value();
                switch (object.nullValue) {
                case "NULL_VALUE":
                case 0:
                    message.nullValue = 0;
                    break;
                default:
                    if (typeof object.nullValue === "number" && (object.nullValue | 0) === object.nullValue)
                        message.nullValue = object.nullValue;
                }
                if (object.numberValue != null)
                    message.numberValue = $Number(object.numberValue);
                if (object.stringValue != null)
                    message.stringValue = $String(object.stringValue);
                if (object.boolValue != null)
                    message.boolValue = $Boolean(object.boolValue);
                if (object.structValue != null) {
                    if (!$util.isObject(object.structValue))
                        throw $TypeError(".google.protobuf.Value.structValue: object expected");
                    message.structValue = $root.google.protobuf.Struct.fromObject(object.structValue, _depth + 1);
                }
                if (object.listValue != null) {
                    if (!$util.isObject(object.listValue))
                        throw $TypeError(".google.protobuf.Value.listValue: object expected");
                    message.listValue = $root.google.protobuf.ListValue.fromObject(object.listValue, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value} message Value
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
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue")) {
                    object.nullValue = options.enums === $String ? $root.google.protobuf.NullValue[message.nullValue] === $undefined ? message.nullValue : $root.google.protobuf.NullValue[message.nullValue] : message.nullValue;
                    if (options.oneofs)
                        object.kind = "nullValue";
                }
                if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue")) {
                    object.numberValue = options.json && !$isFinite(message.numberValue) ? $String(message.numberValue) : message.numberValue;
                    if (options.oneofs)
                        object.kind = "numberValue";
                }
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                    object.stringValue = message.stringValue;
                    if (options.oneofs)
                        object.kind = "stringValue";
                }
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
                    object.boolValue = message.boolValue;
                    if (options.oneofs)
                        object.kind = "boolValue";
                }
                if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue")) {
                    object.structValue = $root.google.protobuf.Struct.toObject(message.structValue, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "structValue";
                }
                if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue")) {
                    object.listValue = $root.google.protobuf.ListValue.toObject(message.listValue, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "listValue";
                }
                return object;
            };

            /**
             * Converts this Value to JSON.
             * @function toJSON
             * @memberof google.protobuf.Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Value.prototype.toJSON = function() {
                return Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Value
             * @function getTypeUrl
             * @memberof google.protobuf.Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Value";
            };

            return Value;
        })();

        /**
         * NullValue enum.
         * @name google.protobuf.NullValue
         * @enum {number}
         * @property {number} NULL_VALUE=0 NULL_VALUE value
         */
        protobuf.NullValue = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NULL_VALUE"] = 0;
            return values;
        })();

        protobuf.ListValue = (function() {

            /**
             * Properties of a ListValue.
             * @typedef {Object} google.protobuf.ListValue.$Properties
             * @property {Array.<google.protobuf.Value.$Properties>|null} [values] ListValue values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListValue.
             * @memberof google.protobuf
             * @interface IListValue
             * @augments google.protobuf.ListValue.$Properties
             * @deprecated Use google.protobuf.ListValue.$Properties instead.
             */

            /**
             * Shape of a ListValue.
             * @typedef {{
             *   values?: Array.<google.protobuf.Value.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} google.protobuf.ListValue.$Shape
             */

            /**
             * Constructs a new ListValue.
             * @memberof google.protobuf
             * @classdesc Represents a ListValue.
             * @constructor
             * @param {google.protobuf.ListValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListValue = function (properties) {
                this.values = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListValue values.
             * @member {Array.<google.protobuf.Value.$Properties>} values
             * @memberof google.protobuf.ListValue
             * @instance
             */
            ListValue.prototype.values = $util.emptyArray;

            /**
             * Creates a new ListValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.ListValue} ListValue instance
             * @type {{
             *   (properties: google.protobuf.ListValue.$Shape): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
             *   (properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;
             * }}
             */
            ListValue.create = function(properties) {
                return new ListValue(properties);
            };

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties} message ListValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    for (let i = 0; i < message.values.length; ++i)
                        $root.google.protobuf.Value.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListValue message, length delimited. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties} message ListValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListValue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.ListValue();
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
                            message.values.push($root.google.protobuf.Value.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Decodes a ListValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.ListValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListValue message.
             * @function verify
             * @memberof google.protobuf.ListValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListValue.verify = function (message, _depth) {
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
                        let error = $root.google.protobuf.Value.verify(message.values[i], _depth + 1);
                        if (error)
                            return "values." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.ListValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.ListValue} ListValue
             */
            ListValue.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.ListValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.ListValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.ListValue();
                if (object.values) {
                    if (!$Array.isArray(object.values))
                        throw $TypeError(".google.protobuf.ListValue.values: array expected");
                    message.values = $Array(object.values.length);
                    for (let i = 0; i < object.values.length; ++i) {
                        if (!$util.isObject(object.values[i]))
                            throw $TypeError(".google.protobuf.ListValue.values: object expected");
                        message.values[i] = $root.google.protobuf.Value.fromObject(object.values[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue} message ListValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListValue.toObject = function (message, options, _depth) {
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
                        object.values[j] = $root.google.protobuf.Value.toObject(message.values[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ListValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.ListValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListValue.prototype.toJSON = function() {
                return ListValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListValue
             * @function getTypeUrl
             * @memberof google.protobuf.ListValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.ListValue";
            };

            return ListValue;
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

export {
  $root as default
};
