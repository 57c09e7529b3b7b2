// Mutated messages through the real gRPC interface: every answer must be OK or INVALID_ARGUMENT
// (RESOURCE_EXHAUSTED past the size limit), every INVALID_ARGUMENT counted once in
// gatewaymetric_messages_rejected_total, the exposition valid with nothing counted going down, and
// the adapter still serving afterwards.
import * as grpc from "@grpc/grpc-js";
import { startTestAdapter } from "../helpers/adapter.ts";
import { V2_PATH, V3_PATH } from "../helpers/als-fixtures.ts";
import { promtoolParseErrors, promtoolPath, scrape, total } from "../helpers/exposition.ts";
import { type CallResult, clientStream, newClient, unary } from "../helpers/grpc-client.ts";
import { seedRequest } from "../helpers/mixer-fixtures.ts";
import { caseSeed, newRng } from "./prng.ts";
import { checkExposition, DECODERS, type DecoderTarget } from "./targets.ts";

const PATHS: Record<string, string> = {
  mixer: "/logentry.HandleLogEntryService/HandleLogEntry",
  mixer_metric: "/metric.HandleMetricService/HandleMetric",
  otlp: "/opentelemetry.proto.collector.logs.v1.LogsService/Export",
};

export interface GrpcFuzzResult {
  calls: number;
  codes: Record<string, number>;
  failures: string[];
}

/** `perTarget` mutated messages for each decoder target, over one real adapter. */
export async function fuzzOverGrpc(seed: number, perTarget: number, maxLen: number): Promise<GrpcFuzzResult> {
  const a = await startTestAdapter();
  const client = newClient(a.grpcPort);
  const out: GrpcFuzzResult = { calls: 0, codes: {}, failures: [] };
  const refusedCount = async () => total(await scrape(a.httpPort), "gatewaymetric_messages_rejected_total");
  try {
    let snapshot = checkExposition((await scrape(a.httpPort)).text, null);
    let invalid = 0;
    const refused0 = await refusedCount();
    const send = async (t: DecoderTarget, i: number): Promise<CallResult> => {
      const rng = newRng(caseSeed(seed, `grpc/${t.name}`, i));
      if (t.source === "als") {
        // One to four mutated messages on one stream; the first refused one ends it.
        const bodies = Array.from({ length: rng.range(1, 4) }, () => t.body(t.input(rng, maxLen)));
        return clientStream(client, i % 2 ? V2_PATH : V3_PATH, bodies);
      }
      return unary(client, PATHS[t.source], t.body(t.input(rng, maxLen)));
    };
    for (const t of DECODERS) {
      for (let i = 0; i < perTarget; i++) {
        const r = await send(t, i);
        out.calls++;
        const name = grpc.status[r.code];
        out.codes[name] = (out.codes[name] ?? 0) + 1;
        if (r.code === grpc.status.INVALID_ARGUMENT) invalid++;
        else if (r.code !== grpc.status.OK && r.code !== grpc.status.RESOURCE_EXHAUSTED) {
          out.failures.push(`${t.name} case ${i} (seed ${seed}): answered ${name}: ${r.details}`);
        }
      }
      try {
        snapshot = checkExposition((await scrape(a.httpPort)).text, snapshot);
      } catch (e) {
        out.failures.push(`after ${t.name}: ${(e as Error).message}`);
      }
    }
    const refused = (await refusedCount()) - refused0;
    if (refused !== invalid) out.failures.push(`${invalid} calls answered INVALID_ARGUMENT, ${refused} counted in gatewaymetric_messages_rejected_total`);
    const text = (await scrape(a.httpPort)).text;
    if (promtoolPath) {
      // Mixer metric families carry whatever names the (mutated) handler params gave them.
      const complaint = promtoolParseErrors(text);
      if (complaint !== "") out.failures.push(`promtool: ${complaint.slice(0, 2000)}`);
    }
    const still = await unary(client, PATHS.mixer, seedRequest());
    if (still.code !== grpc.status.OK) out.failures.push(`a valid call afterwards was answered ${grpc.status[still.code]}`);
  } finally {
    client.close();
    await a.shutdown();
  }
  return out;
}
