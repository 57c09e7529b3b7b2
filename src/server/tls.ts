// TLS material from files, re-read when the files change (Kubernetes rotates mounted secrets).
import * as grpc from "@grpc/grpc-js";
import { readFileSync, statSync } from "node:fs";
import { log } from "../log.ts";

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
export function grpcCredentials(t: { certFile: string; keyFile: string; clientCaFile: string }, refreshMs: number): grpc.ServerCredentials | undefined {
  if (!t.certFile) return undefined;
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

export interface TlsFiles {
  cert: string;
  key: string;
}

/** The HTTP port's certificate and key; undefined (plaintext) without a certificate file. */
export function readTls(t: { certFile: string; keyFile: string }): TlsFiles | undefined {
  if (!t.certFile) return undefined;
  return { cert: mustRead(t.certFile, "httpTls.certFile"), key: mustRead(t.keyFile, "httpTls.keyFile") };
}

/**
 * Calls onChange with fresh material whenever either file's modification time or size changes (never
 * without a certificate file); returns a function that stops watching.
 */
export function watchTls(t: { certFile: string; keyFile: string }, refreshMs: number, onChange: (tls: TlsFiles) => void): () => void {
  if (!t.certFile) return () => {};
  const stamp = () => {
    try {
      const a = statSync(t.certFile);
      const b = statSync(t.keyFile);
      return `${a.mtimeMs}:${a.size}:${b.mtimeMs}:${b.size}`;
    } catch {
      return "";
    }
  };
  let last = stamp();
  const timer = setInterval(() => {
    const now = stamp();
    if (now === last || now === "") return;
    last = now;
    try {
      onChange(readTls(t)!);
      log("info", "TLS certificate files changed; reloaded", { cert_file: t.certFile });
    } catch (e) {
      log("error", "cannot reload TLS certificate files; keeping the previous ones", { error: (e as Error).message });
    }
  }, refreshMs);
  timer.unref();
  return () => clearInterval(timer);
}
