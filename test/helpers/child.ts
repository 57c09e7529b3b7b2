// A gatewaymetric process started from source, for tests of what only a whole process shows
// (signals, reload, exit codes, two processes on one address).
import { join } from "node:path";

const MAIN = join(import.meta.dir, "..", "..", "src", "main.ts");

/** A `bun src/main.ts` child whose JSON log lines are collected as they arrive. */
export class Child {
  readonly lines: Record<string, unknown>[] = [];
  readonly proc;
  constructor(args: string[]) {
    this.proc = Bun.spawn([process.execPath, MAIN, ...args], { stderr: "pipe", stdout: "ignore", env: { ...process.env } });
    void this.read();
  }
  private async read(): Promise<void> {
    const decoder = new TextDecoder();
    let buf = "";
    for await (const chunk of this.proc.stderr) {
      buf += decoder.decode(chunk);
      let nl: number;
      while ((nl = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        try {
          this.lines.push(JSON.parse(line));
        } catch {
          this.lines.push({ msg: line });
        }
      }
    }
  }
  async waitFor(msg: string, after = 0, timeoutMs = 20_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.lines.slice(after).find((l) => l.msg === msg);
      if (found) return found;
      await Bun.sleep(50);
    }
    throw new Error(`no log line "${msg}" within ${timeoutMs} ms; got: ${JSON.stringify(this.lines)}`);
  }
}
