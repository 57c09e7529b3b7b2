// Config reload on SIGHUP and when the config file changes. The file is polled (stat once a
// second) rather than watched with inotify: Kubernetes updates a mounted ConfigMap by swapping a
// symlink, which an inotify watch on the old file never sees. A reload that fails validation is
// logged and the running configuration stays.
import { unwatchFile, watchFile } from "node:fs";
import { type Config, keepRestartOptions, type LoadInput, loadConfig } from "../config/config.ts";
import { log } from "../log.ts";
import type { Adapter } from "./adapter.ts";

export const CONFIG_POLL_MS = 1000;
/** Quiet time after a change is seen before the file is read. */
export const CONFIG_SETTLE_MS = 300;

/** Re-reads the configuration and applies it (invalid or not applicable: nothing changes). */
function reloadConfig(adapter: Adapter, input: LoadInput, current: { config: Config }, reason: string): void {
  let error = "";
  try {
    const r = loadConfig(input);
    if (r.kind !== "run") return;
    // Options marked `restart` keep their running values, so `r.config` is exactly what is in force.
    const ignored = keepRestartOptions(current.config, r.config);
    adapter.reload(r.config);
    current.config = r.config;
    if (ignored.length > 0) log("warn", "changed options not applied: they need a restart; the running values stay", { options: ignored });
    log("info", "configuration reloaded", { reason });
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
    log("error", "configuration reload failed; the running configuration stays", { reason, error });
  }
  // The outcome, for the status page.
  const r = Object.assign(adapter.reloads, { lastAt: Date.now() / 1000, lastReason: reason, lastOk: error === "", lastError: error });
  if (error === "") r.reloads++;
  else r.failures++;
}

/** Reloads on SIGHUP and on changes of `configFile`; returns a function that stops both. */
export function watchConfig(adapter: Adapter, input: LoadInput, config: Config, configFile: string | null): () => void {
  const current = { config };
  adapter.reloads.configFile = configFile;
  const onHup = () => reloadConfig(adapter, input, current, "SIGHUP");
  process.on("SIGHUP", onHup);
  let settle: ReturnType<typeof setTimeout> | undefined;
  if (configFile) {
    watchFile(configFile, { interval: CONFIG_POLL_MS, persistent: false }, (cur, prev) => {
      if (cur.mtimeMs === prev.mtimeMs && cur.size === prev.size && cur.ino === prev.ino) return;
      if (cur.nlink === 0 && cur.size === 0) return; // removed for the moment (an editor's rename dance)
      // A poll can land in the middle of a write: reload once the file has been still for a moment.
      clearTimeout(settle);
      settle = setTimeout(() => reloadConfig(adapter, input, current, "config file changed"), CONFIG_SETTLE_MS);
    });
  }
  return () => {
    process.off("SIGHUP", onHup);
    clearTimeout(settle);
    if (configFile) unwatchFile(configFile);
  };
}
