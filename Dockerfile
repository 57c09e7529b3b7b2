# The gatewaymetric image: nothing but the single executable and what it needs to start.
# `npm run image` (scripts/image.sh) first assembles dist/rootfs: the executable, the dynamic loader and
# the shared libraries ldd reports for it, /etc/passwd and /etc/group with nobody (65534), an empty /tmp
# (1777); then builds this file with buildah. With Docker instead:
#   npm run image -- --rootfs-only && docker build -t gatewaymetric .
FROM scratch
COPY dist/rootfs/ /
USER 65534:65534
# Bun's allocator (mimalloc) returns freed pages to the kernel 10 ms after they are freed by default.
# Every received gRPC message is copied into a fresh Buffer (grpc-js), freed in batches by each
# garbage collection a few ms apart, so the pages went back and were faulted in again: ~60 minor
# faults and ~180 µs of kernel time per 170 KB request. Keeping them for a second removes that;
# idle RSS is the same (see bench/README.md). The executable sets this for itself when it is absent
# (src/allocator-env.ts, by re-executing); setting it here spares that re-exec.
ENV MIMALLOC_PURGE_DELAY=1000
# 9145: HTTP /metrics, /healthz, /readyz; 41543: gRPC for every sender (Mixer, Envoy ALS, OTLP).
EXPOSE 9145 41543
ENTRYPOINT ["/gatewaymetric"]
