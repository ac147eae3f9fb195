import { readFileSync } from "node:fs";
import { startFauxqs } from "fauxqs";
import type { EmulatorEvent, EmulatorRequest } from "../e2e/emulator-protocol.js";
import { runAsChild } from "../lib/child-main.js";
import { SnsLatencyProxy } from "../support/sns-latency-proxy.js";

// The fauxqs emulator alone in a process of its own (its own event loop, so its own core when one
// is free), as SNS and SQS are remote services in AWS. Started by bench/e2e/emulator-process.ts: it
// reports its endpoint, answers setup and inspection requests, and ends when told to stop (or when
// its parent goes away).
// With BENCH_SNS_RTT_MS set, an SNS latency proxy (bench/support/sns-latency-proxy.ts) runs in
// front of it in this process, away from the measured handler's event loop.

/** The `message_id` of an outcome (ours or the seed's), raw or inside an SNS envelope. */
function outcomeMessageId(body: string): string | undefined {
  try {
    let value = JSON.parse(body) as { message_id?: unknown; Type?: unknown; Message?: unknown };
    if (value.Type === "Notification" && typeof value.Message === "string") {
      value = JSON.parse(value.Message) as typeof value;
    }
    return typeof value.message_id === "string" ? value.message_id : undefined;
  } catch {
    return undefined;
  }
}

runAsChild<boolean, EmulatorEvent, EmulatorRequest>(async (child) => {
  child.doing("starting fauxqs");
  const server = await startFauxqs({ port: 0, logger: false, defaultRegion: "us-east-1" });
  const endpoint = `http://127.0.0.1:${server.port}`;
  const rtt = process.env.BENCH_SNS_RTT_MS;
  child.doing("starting the SNS latency proxy");
  const proxy =
    rtt === undefined ? undefined : await SnsLatencyProxy.start(endpoint, { rttMs: Number(rtt) });

  const answer = async (request: EmulatorRequest): Promise<unknown> => {
    switch (request.op) {
      case "load": {
        const bodies = JSON.parse(readFileSync(request.file, "utf8")) as string[];
        for (const body of bodies) server.sendMessage(request.queue, body);
        return bodies.length;
      }
      case "depths":
        return Object.fromEntries(
          request.queues.map((q) => [q, server.inspectQueue(q)?.messages.ready.length ?? 0]),
        );
      case "cpu": {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      }
      case "sns-stats":
        if (!proxy) throw new Error("no SNS latency proxy runs: start with BENCH_SNS_RTT_MS");
        return proxy.stats;
      case "arrivals":
        return Object.fromEntries(
          request.queues.map((q) => [
            q,
            (server.inspectQueue(q)?.messages.ready ?? []).flatMap((m) => {
              const id = outcomeMessageId(m.body);
              return id === undefined ? [] : [[id, m.sentTimestamp]];
            }),
          ]),
        );
      case "stop":
        await proxy?.stop();
        await server.stop();
        return true;
    }
  };
  return new Promise<boolean>((stopped) => {
    child.onRequest((request) => {
      child.doing(`answering ${request.op}`);
      answer(request).then(
        (value) => {
          if (request.op === "stop") stopped(true);
          else child.send({ kind: "reply", id: request.id, ok: true, value });
          child.doing("serving");
        },
        (error: unknown) =>
          child.send({
            kind: "reply",
            id: request.id,
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          }),
      );
    });
    child.doing("serving");
    child.send({
      kind: "ready",
      endpoint,
      pid: process.pid,
      ...(proxy ? { snsEndpoint: proxy.endpoint } : {}),
    });
  });
});
