# The gatewaymetric image: nothing but the single executable and what it needs to start.
# `npm run image` (scripts/image.sh) first assembles dist/rootfs: the executable, the dynamic loader and
# the shared libraries ldd reports for it, /etc/passwd and /etc/group with nobody (65534), an empty /tmp
# (1777); then builds this file with buildah. With Docker instead:
#   npm run image -- --rootfs-only && docker build -t gatewaymetric .
FROM scratch
COPY dist/rootfs/ /
USER 65534:65534
# 9145: HTTP /metrics, /healthz, /readyz; 41543: gRPC for every sender (Mixer, Envoy ALS, OTLP).
EXPOSE 9145 41543
ENTRYPOINT ["/gatewaymetric"]
