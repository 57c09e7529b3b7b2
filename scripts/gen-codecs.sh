#!/usr/bin/env bash
# Regenerates the protobufjs static codecs in src/generated/ from proto/*.proto.
# Never edit src/generated/ by hand: change a .proto and run `npm run gen`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/generated
mkdir -p "$out"
bin=node_modules/.bin
protos=$(find proto -name "*.proto" | LC_ALL=C sort)
"$bin/pbjs" -t static-module -w es6 --keep-case -p proto -o "$out/codecs.js" $protos
"$bin/pbts" --no-comments -o "$out/codecs.d.ts" "$out/codecs.js"
# pbjs writes a bare "protobufjs/minimal" import; Bun resolves it, and the explicit .js keeps Node ESM happy too.
sed -i 's#from "protobufjs/minimal"#from "protobufjs/minimal.js"#' "$out/codecs.js"
echo "generated $out/codecs.js and $out/codecs.d.ts from: $(echo $protos | tr '\n' ' ')"
