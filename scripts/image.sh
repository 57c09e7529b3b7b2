#!/usr/bin/env bash
# Builds the FROM scratch container image with buildah (no daemon needed).
#
# A Bun executable is dynamically linked against glibc, so the image holds, next to the binary, the
# dynamic loader and the shared libraries that `ldd` reports for this very binary (nothing hard-coded),
# /etc/passwd and /etc/group with nobody (65534), and an empty /tmp (1777). That tree goes to dist/rootfs,
# which the Dockerfile copies as the one and only layer.
#
#   npm run image                     build dist/gatewaymetric if needed, then the image
#   npm run image -- --rootfs-only    stop after dist/rootfs (then e.g. `docker build -t localhost/gatewaymetric:0.1.0 .`)
#   npm run image -- --name           print the image name it builds (what k8s/ deploys) and stop
#
# Environment (all optional):
#   IMAGE          image name, default localhost/gatewaymetric:<package version> (also tagged :latest)
#   BUILDAH_OPTS   global buildah options, default "--storage-driver vfs" (add --root/--runroot to use
#                  another store)
#   IMAGE_ARCHIVE  also write the image to this file (oci-archive), e.g. for `kind load image-archive`
#   SOURCE_DATE_EPOCH  image and file timestamps; default: the commit time (same commit, same layer)
set -euo pipefail
cd "$(dirname "$0")/.."

# package.json's version, which the executable's --version reports too.
version=$(node -p 'require("./package.json").version')
image=${IMAGE:-localhost/gatewaymetric:$version}

rootfs_only=false
for a in "$@"; do
  case "$a" in
    --rootfs-only) rootfs_only=true ;;
    --name) echo "$image"; exit 0 ;;
    *) echo "image.sh: unknown argument $a (known: --rootfs-only, --name)" >&2; exit 2 ;;
  esac
done

bin=dist/gatewaymetric
rootfs=dist/rootfs
if [ ! -x node_modules/.bin/bun ]; then
  echo "image.sh: node_modules is missing: run npm ci first" >&2
  exit 1
fi

# Rebuild unless the binary exists, embeds the current commit and is newer than every source file.
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit-dirty"; fi
if [ ! -x "$bin" ] || ! "$bin" --version 2>/dev/null | grep -qF "(commit $commit)" \
  || [ -n "$(find src package.json -newer "$bin" -print -quit)" ]; then
  bash scripts/build.sh
fi

echo "assembling $rootfs"
rm -rf "$rootfs"
mkdir -p "$rootfs/etc" "$rootfs/tmp"
cp "$bin" "$rootfs/gatewaymetric"

# ldd lists what the dynamic loader would map: "name => /path (addr)" for libraries, "/path (addr)" for
# the loader itself (PT_INTERP), and the kernel's vdso without a path. Each file goes to the same path
# in the image, symlinks resolved, so the loader's default search path finds it without ld.so.cache.
libs=()
if ldd_out=$(ldd "$bin" 2>&1); then
  if grep -q "not found" <<<"$ldd_out"; then
    echo "image.sh: $bin needs libraries this machine lacks:" >&2
    echo "$ldd_out" >&2
    exit 1
  fi
  while read -r path; do libs+=("$path"); done < <(awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' <<<"$ldd_out")
elif ! grep -q "not a dynamic executable" <<<"$ldd_out"; then
  echo "image.sh: ldd $bin failed: $ldd_out" >&2
  exit 1
fi
for lib in "${libs[@]}"; do
  mkdir -p "$rootfs$(dirname "$lib")"
  cp -L "$lib" "$rootfs$lib"
done

echo "nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin" >"$rootfs/etc/passwd"
echo "nobody:x:65534:" >"$rootfs/etc/group"
chmod 0644 "$rootfs/etc/passwd" "$rootfs/etc/group"
chmod 0755 "$rootfs" "$rootfs/etc" "$rootfs/gatewaymetric"
chmod 1777 "$rootfs/tmp"

epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
find "$rootfs" -exec touch -h -d "@$epoch" {} +
echo "rootfs: /gatewaymetric, ${#libs[@]} from ldd (${libs[*]}), /etc/passwd, /etc/group, /tmp"
$rootfs_only && exit 0

if ! command -v buildah >/dev/null; then
  echo "image.sh: buildah not found (Debian/Ubuntu: apt-get install buildah)." >&2
  echo "With Docker instead: npm run image -- --rootfs-only && docker build -t $image ." >&2
  exit 1
fi
read -r -a opts <<<"${BUILDAH_OPTS:---storage-driver vfs}"
start=$(date +%s%N)
buildah "${opts[@]}" bud --isolation chroot --layers=false --timestamp "$epoch" \
  --label org.opencontainers.image.title=gatewaymetric \
  --label org.opencontainers.image.version="$version" \
  --label org.opencontainers.image.revision="$commit" \
  --label org.opencontainers.image.licenses=Apache-2.0 \
  -f Dockerfile -t "$image" .
if [ -z "${IMAGE:-}" ]; then buildah "${opts[@]}" tag "$image" localhost/gatewaymetric:latest; fi
ms=$((($(date +%s%N) - start) / 1000000))
size=$(buildah "${opts[@]}" images --format '{{.Size}}' --filter "reference=$image" | head -1)
if [ -n "${IMAGE_ARCHIVE:-}" ]; then
  rm -f "$IMAGE_ARCHIVE"
  buildah "${opts[@]}" push "$image" "oci-archive:$IMAGE_ARCHIVE:$image"
  echo "wrote $IMAGE_ARCHIVE"
fi
echo "built image $image ($size, one layer, in $((ms / 1000)).$(printf %03d $((ms % 1000)))s)"
