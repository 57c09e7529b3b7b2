// The standard process_* metrics, read from the OS at scrape time.
import { readdirSync, readFileSync } from "node:fs";
import { type Registry, type ScalarFamily, register } from "../store/registry.ts";
import { internSeries, newSeriesTable } from "../store/series.ts";
import { newVector, vectorSet } from "../store/vector.ts";

function single(reg: Registry, name: string, help: string, type: "counter" | "gauge", created: number): ScalarFamily {
  const table = newSeriesTable([]);
  table.created[internSeries(table, [])] = created;
  return register(reg, { name, help, type, table, values: newVector() });
}

function readOr<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

export function registerProcessMetrics(reg: Registry): void {
  const startTime = Math.round((Date.now() / 1000 - process.uptime()) * 1000) / 1000;
  const cpu = single(reg, "process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", "counter", startTime);
  const rss = single(reg, "process_resident_memory_bytes", "Resident memory size in bytes.", "gauge", startTime);
  const vsz = single(reg, "process_virtual_memory_bytes", "Virtual memory size in bytes.", "gauge", startTime);
  const start = single(reg, "process_start_time_seconds", "Start time of the process since unix epoch in seconds.", "gauge", startTime);
  const fds = single(reg, "process_open_fds", "Number of open file descriptors.", "gauge", startTime);
  const maxFds = single(reg, "process_max_fds", "Maximum number of open file descriptors.", "gauge", startTime);
  const limit = readOr(() => {
    const m = /^Max open files\s+(\d+)/m.exec(readFileSync("/proc/self/limits", "utf8"));
    return m ? Number(m[1]) : NaN;
  }, NaN);
  reg.collectors.push(() => {
    const u = process.cpuUsage();
    vectorSet(cpu.values, 0, (u.user + u.system) / 1e6);
    vectorSet(rss.values, 0, process.memoryUsage.rss());
    vectorSet(vsz.values, 0, readOr(() => Number(readFileSync("/proc/self/statm", "utf8").split(" ")[0]) * 4096, NaN));
    vectorSet(start.values, 0, startTime);
    vectorSet(fds.values, 0, readOr(() => readdirSync("/proc/self/fd").length, NaN));
    vectorSet(maxFds.values, 0, limit);
  });
}
