#!/usr/bin/env bash
# Builds the single executable dist/gatewaymetric (bun build --compile), version and commit embedded.
set -euo pipefail
cd "$(dirname "$0")/.."
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit-dirty"; fi
mkdir -p dist
node_modules/.bin/bun build src/main.ts --compile --minify --sourcemap=none \
  --define "GATEWAYMETRIC_COMMIT=\"$commit\"" --outfile dist/gatewaymetric
echo "built dist/gatewaymetric ($(du -h dist/gatewaymetric | cut -f1), commit $commit)"
