// Peak resident memory per worst-case message (test/helpers/worst-case.ts): one adapter process per
// method, on the image's environment, the cases sent one after another; for each, RSS before, the
// peak while it was handled (VmHWM, reset before the call), and RSS a few seconds after.
import * as grpc from "@grpc/grpc-js";
import { newClient } from "../../test/helpers/grpc-client.ts";
import type { BenchContext, Section, SectionResult } from "../lib/section.ts";
import { startOursFromSource } from "../lib/servers.ts";
import { bytes, ms, table } from "../lib/table.ts";
import { METHODS, peakOf, resetPeak, rssOf, send, worstCases } from "../../test/helpers/worst-case.ts";

/** How long after a call RSS is read again (GC runs and the allocator returns freed pages). */
const SETTLE_MS = 3000;

export const worstcaseSection: Section = {
  name: "worstcase",
  title: `Worst-case messages (4 MiB each): resident memory before, peak while handled, ${SETTLE_MS / 1000} s after; one adapter per method`,
  async run(ctx: BenchContext): Promise<SectionResult> {
    const rows: string[][] = [];
    for (const m of METHODS) {
      const server = await startOursFromSource(m.source);
      const client = newClient(server.grpcPort);
      const pid = server.proc.pid;
      try {
        await Bun.sleep(1000);
        const idle = rssOf(pid);
        rows.push([`${m.label}: idle`, "", bytes(idle), "", "", ""]);
        for (const c of worstCases(m)) {
          ctx.progress(`worstcase: ${c.name}`);
          const before = rssOf(pid);
          resetPeak(pid);
          const t0 = performance.now();
          const status = await send(client, c);
          const took = performance.now() - t0;
          const peak = peakOf(pid);
          await Bun.sleep(SETTLE_MS);
          const after = rssOf(pid);
          rows.push([c.name, grpc.status[status], bytes(before), bytes(peak), bytes(after), ms(took)]);
        }
      } finally {
        client.close();
        await server.stop();
      }
    }
    const text = table(["case", "status", "RSS before", "peak RSS", `RSS ${SETTLE_MS / 1000} s after`, "call took"], rows);
    return { text, targets: [] };
  },
};
