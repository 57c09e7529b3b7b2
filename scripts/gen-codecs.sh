#!/usr/bin/env bash
# Regenerates the protobufjs static codecs in src/generated/ from proto/*.proto.
# Never edit src/generated/ by hand: change a .proto and run `npm run gen`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/generated
mkdir -p "$out"
bin=node_modules/.bin
gen() { # gen <name> <protobuf.roots name> <protos...>
  local name=$1 root=$2
  shift 2
  # Each module gets its own protobufjs root: a shared one would let one module's namespaces
  # (envoy, google) replace the other's, which the generated decoders look their types up in.
  "$bin/pbjs" -t static-module -w es6 --keep-case -r "$root" -p proto -o "$out/$name.js" "$@"
  "$bin/pbts" --no-comments -o "$out/$name.d.ts" "$out/$name.js"
  # pbjs writes a bare "protobufjs/minimal" import; Bun resolves it, and the explicit .js keeps Node ESM happy too.
  sed -i 's#from "protobufjs/minimal"#from "protobufjs/minimal.js"#' "$out/$name.js"
  echo "generated $out/$name.js and $out/$name.d.ts from: $*"
}
# The decode protos: what the adapter ships.
gen codecs default $(find proto -name "*.proto" -not -path "proto/testdata/*" | LC_ALL=C sort)
# Messages that only tests and benchmarks encode (complete Istio-shaped entries), kept out of the above.
gen fixture-codecs fixtures $(find proto/testdata -name "*.proto" | LC_ALL=C sort)
