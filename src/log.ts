// Structured logs: one JSON object per line on stderr (time, level, msg, then fields).
import type { LogLevel } from "./config/config.ts";

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
let threshold = RANK.info;

export function setLogLevel(level: LogLevel): void {
  threshold = RANK[level];
}

export function log(level: LogLevel, msg: string, fields?: Record<string, unknown>): void {
  if (RANK[level] < threshold) return;
  const line: Record<string, unknown> = { time: new Date().toISOString(), level, msg };
  if (fields) for (const k in fields) if (!(k in line)) line[k] = fields[k];
  let text: string;
  try {
    text = JSON.stringify(line);
  } catch {
    text = JSON.stringify({ time: line.time, level, msg, fields_error: "unserializable fields" });
  }
  process.stderr.write(text + "\n");
}
