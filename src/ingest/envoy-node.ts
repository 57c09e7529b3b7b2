// Envoy node identities as Istio writes them (ALS identifier, OTLP resource attributes).

// Kubernetes generates name suffixes from this alphabet (no vowels, no 0/1/3), so a suffix drawn
// from it is almost never a word that belongs to the workload's name.
const POD_SUFFIX = /-[bcdfghjklmnpqrstvwxz2456789]{5}$/;
// A Deployment pod's pod-template-hash: the same alphabet, or decimal in Kubernetes before 1.11.
const POD_TEMPLATE_HASH = /-(?:[bcdfghjklmnpqrstvwxz2456789]{6,10}|[0-9]{6,10})$/;

/**
 * Istio's node id is `<type>~<ip>~<pod>.<namespace>~<namespace>.svc.<domain>`; the pod loses its generated
 * suffixes so every replica and rollout of a gateway share one name (`istio-ingressgateway.istio-system`).
 * Any other id (a plain Envoy's operator-chosen id) is used as it is.
 */
export function gatewayFromNodeId(id: string): string {
  const parts = id.split("~");
  if (parts.length !== 4 || parts[2] === "") return id;
  const dot = parts[2].indexOf(".");
  const pod = dot < 0 ? parts[2] : parts[2].slice(0, dot);
  const workload = workloadOfPod(pod);
  return dot < 0 ? workload : workload + parts[2].slice(dot);
}

/** `istio-ingressgateway-7d9f8c6b5-x2k4p` → `istio-ingressgateway`; `gw-x2k4p` (DaemonSet) → `gw`. */
export function workloadOfPod(pod: string): string {
  if (!POD_SUFFIX.test(pod)) return pod;
  const owner = pod.slice(0, -6);
  return POD_TEMPLATE_HASH.test(owner) ? owner.replace(POD_TEMPLATE_HASH, "") : owner;
}
