// Secrets (tokens, passwords, TLS certificates and keys) live in files so Kubernetes can mount and
// rotate them: each is re-read periodically and the new value takes effect without a restart.
// Contents are never logged.
import * as grpc from "@grpc/grpc-js";
import { readFileSync } from "node:fs";
import { log } from "../log.ts";

export interface Secret {
  readonly path: string;
  /** The current value; null when the file could not be read (requests then fail closed). */
  get(): string | null;
  stop(): void;
}

export function watchSecret(path: string, refreshMs: number, what: string): Secret {
  let value: string | null = null;
  const read = (first: boolean) => {
    let next: string | null;
    try {
      next = readFileSync(path, "utf8").replace(/\r?\n$/, "");
    } catch (e) {
      next = null;
      if (value !== null || first) log("error", "cannot read secret file", { what, path, error: (e as Error).message });
    }
    if (next !== value && !first && next !== null) log("info", "secret file changed; using the new value", { what, path });
    value = next;
  };
  read(true);
  const timer = setInterval(() => read(false), refreshMs);
  timer.unref();
  return { path, get: () => value, stop: () => clearInterval(timer) };
}

/** Compares without leaking, through timing, how much of the secret matched. */
export function safeEqual(a: string, b: string): boolean {
  const x = new Bun.CryptoHasher("sha256").update(a).digest();
  const y = new Bun.CryptoHasher("sha256").update(b).digest();
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0 && a.length === b.length;
}

function mustRead(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`${what} ${path}: ${(e as Error).message}`);
  }
}

/**
 * gRPC server credentials: plaintext without a certificate; TLS with one; mutual TLS when a client
 * CA is given. grpc-js re-reads the files every refreshMs and applies them to new connections.
 */
export function grpcCredentials(t: TlsPaths & { clientCaFile: string }, refreshMs: number): grpc.ServerCredentials {
  if (!t.certFile) return grpc.ServerCredentials.createInsecure();
  mustRead(t.certFile, "grpcTls.certFile");
  mustRead(t.keyFile, "grpcTls.keyFile");
  if (t.clientCaFile) mustRead(t.clientCaFile, "grpcTls.clientCaFile");
  const provider = new grpc.experimental.FileWatcherCertificateProvider({
    certificateFile: t.certFile,
    privateKeyFile: t.keyFile,
    caCertificateFile: t.clientCaFile || undefined,
    refreshIntervalMs: refreshMs,
  });
  // grpc-js takes the identity provider first, then the CA provider (its parameter names say otherwise).
  return grpc.experimental.createCertificateProviderServerCredentials(provider, t.clientCaFile ? provider : null, !!t.clientCaFile);
}

export type TlsFiles = { cert: string; key: string };
export type TlsPaths = { certFile: string; keyFile: string };

/** The HTTP port's certificate and key; undefined (plaintext) without a certificate file. */
export function readTls(t: TlsPaths): TlsFiles | undefined {
  if (!t.certFile) return undefined;
  return { cert: mustRead(t.certFile, "httpTls.certFile"), key: mustRead(t.keyFile, "httpTls.keyFile") };
}

/** Calls onChange with the new material whenever either file's content changes; returns a stop function. */
export function watchTls(t: TlsPaths, refreshMs: number, onChange: (tls: TlsFiles) => void): () => void {
  if (!t.certFile) return () => {};
  let last = readTls(t)!;
  const timer = setInterval(() => {
    let next: TlsFiles;
    try {
      next = readTls(t)!;
    } catch {
      return; // being replaced: the next round reads the new files
    }
    if (next.cert === last.cert && next.key === last.key) return;
    last = next;
    try {
      onChange(next);
      log("info", "TLS certificate files changed; reloaded", { cert_file: t.certFile });
    } catch (e) {
      log("error", "cannot reload TLS certificate files; keeping the previous ones", { error: (e as Error).message });
    }
  }, refreshMs);
  timer.unref();
  return () => clearInterval(timer);
}
