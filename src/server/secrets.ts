// Secrets (tokens, passwords) live in files so Kubernetes can mount and rotate them: each is re-read
// periodically and the new value takes effect without a restart. Contents are never logged.
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
