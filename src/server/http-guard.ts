// Authentication for the HTTP endpoints that expose data (/metrics, /debug/*). Probes stay open so
// kubelet needs no credentials.
import { safeEqual, type Secret } from "./secrets.ts";

export interface HttpAuth {
  bearer: Secret | null;
  basicUser: string;
  basicPassword: Secret | null;
}

/** True if no auth is configured or the request carries any of the accepted credentials. */
export function authorized(a: HttpAuth, header: string | null): boolean {
  if (a.bearer === null && a.basicPassword === null) return true;
  if (!header) return false;
  if (a.bearer && header.startsWith("Bearer ")) {
    const want = a.bearer.get();
    return want !== null && safeEqual(header.slice(7), want);
  }
  if (a.basicPassword && header.startsWith("Basic ")) {
    const want = a.basicPassword.get();
    let decoded: string;
    try {
      decoded = atob(header.slice(6).trim());
    } catch {
      return false;
    }
    const colon = decoded.indexOf(":");
    if (colon < 0 || want === null) return false;
    const userOk = safeEqual(decoded.slice(0, colon), a.basicUser);
    const passOk = safeEqual(decoded.slice(colon + 1), want);
    return userOk && passOk;
  }
  return false;
}

export function unauthorized(a: HttpAuth): Response {
  const challenges: string[] = [];
  if (a.basicPassword) challenges.push('Basic realm="gatewaymetric"');
  if (a.bearer) challenges.push('Bearer realm="gatewaymetric"');
  return new Response("unauthorized\n", { status: 401, headers: { "www-authenticate": challenges.join(", ") } });
}
