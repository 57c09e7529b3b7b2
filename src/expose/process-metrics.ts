// The standard process_* metrics, read from the OS at scrape time.
import { readdirSync, readFileSync } from "node:fs";
import { type Registry, register } from "../store/registry.ts";
import { internSeries, newSeriesTable } from "../store/series.ts";
import { newVector, vectorSet } from "../store/vector.ts";

/** NaN where the OS does not tell (no /proc). */
function orNaN(read: () => number): number {
  try {
    return read();
  } catch {
    return NaN;
  }
}

export function registerProcessMetrics(reg: Registry): void {
  const startTime = Math.round((Date.now() / 1000 - process.uptime()) * 1000) / 1000;
  const limit = orNaN(() => Number(/^Max open files\s+(\d+)/m.exec(readFileSync("/proc/self/limits", "utf8"))?.[1] ?? NaN));
  const metrics: [string, string, "counter" | "gauge", () => number][] = [
    ["process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", "counter", () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1e6;
    }],
    ["process_resident_memory_bytes", "Resident memory size in bytes.", "gauge", () => process.memoryUsage.rss()],
    ["process_virtual_memory_bytes", "Virtual memory size in bytes.", "gauge",
      () => orNaN(() => Number(readFileSync("/proc/self/statm", "utf8").split(" ")[0]) * 4096)],
    ["process_start_time_seconds", "Start time of the process since unix epoch in seconds.", "gauge", () => startTime],
    ["process_open_fds", "Number of open file descriptors.", "gauge", () => orNaN(() => readdirSync("/proc/self/fd").length)],
    ["process_max_fds", "Maximum number of open file descriptors.", "gauge", () => limit],
  ];
  for (const [name, help, type, read] of metrics) {
    const table = newSeriesTable([]);
    table.created[internSeries(table, [])] = startTime;
    const values = newVector();
    register(reg, { name, help, type, table, values });
    reg.collectors.push(() => vectorSet(values, 0, read()));
  }
}
