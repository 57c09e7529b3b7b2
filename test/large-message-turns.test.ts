// A large message is counted in slices of batches with the event loop free between them: while a
// worst-case Mixer logentry call (4 MiB of distinct hosts, test/helpers/worst-case.ts) is being
// counted, real scrapes of /metrics and /healthz probes are answered, and a scrape taken meanwhile
// sees part of the message counted; the call's counts come out exact, and calls after it wait for it.
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { promtoolParseErrors, promtoolPath, scrape, total } from "./helpers/exposition.ts";
import { len, METHODS, send, worstCases } from "./helpers/worst-case.ts";
import { unary } from "./helpers/grpc-client.ts";
import { useAdapter } from "./helpers/suite.ts";

// 400k new hosts take seconds on a loaded 2-core machine.
setDefaultTimeout(120_000);

const mixer = METHODS.find((m) => m.source === "mixer")!;
const hosts = worstCases(mixer).find((c) => c.name.includes("distinct short hosts"))!;

describe("a worst-case message is counted while scrapes and probes answer", () => {
  const t = useAdapter();

  test("Mixer logentry, 4 MiB of distinct hosts", async () => {
    const requests = (e: Awaited<ReturnType<typeof scrape>>) => total(e, "gateway_requests_total");
    const before = await scrape(t.a.httpPort);
    let done = false;
    const call = send(t.client, hosts).then((code) => {
      done = true;
      return code;
    });
    // Scrape until one shows the message partly counted (only possible while it is mid-way), then probe.
    let midway: number | null = null;
    let probe: number | null = null;
    let scrapes = 0;
    while (!done && probe === null) {
      const e = await scrape(t.a.httpPort);
      scrapes++;
      const seen = requests(e) - requests(before);
      if (!done && seen > 0 && seen < hosts.accepted) {
        midway = seen;
        if (promtoolPath) expect(promtoolParseErrors(e.text)).toBe("");
        const res = await fetch(`http://127.0.0.1:${t.a.httpPort}/healthz`);
        if (!done) probe = res.status;
      }
    }
    // A call arriving meanwhile waits for the large one: counted after it, exactly.
    const small = unary(t.client, hosts.path, mixerCall("after-the-large-one"));
    expect(await call).toBe(grpc.status.OK);
    expect((await small).code).toBe(grpc.status.OK);
    console.log(`large-message-turns: ${scrapes} scrapes answered during the call, first partial count ${midway} of ${hosts.accepted}`);
    expect(midway).not.toBeNull();
    expect(probe).toBe(200);
    const after = await scrape(t.a.httpPort);
    expect(requests(after) - requests(before)).toBe(hosts.accepted + 1);
    expect(total(after, "gatewaymetric_entries_total", { source: "mixer", outcome: "accepted" }) - total(before, "gatewaymetric_entries_total", { source: "mixer", outcome: "accepted" })).toBe(hosts.entries + 1);
  });
});

/** A logentry call of one instance with this host (instances #1, variables #1 map<string, Value{string_value #1}>). */
function mixerCall(host: string): Uint8Array {
  return len(1, len(1, len(1, "host"), len(2, len(1, host))));
}
