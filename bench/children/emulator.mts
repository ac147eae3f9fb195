import { readFileSync } from "node:fs";
import { startFauxqs } from "fauxqs";
import type { EmulatorMessage, EmulatorRequest } from "../e2e/emulator-protocol.js";
import { SnsLatencyProxy } from "../support/sns-latency-proxy.js";

// The fauxqs emulator alone in a process of its own (its own event loop, so its own core when one
// is free), as SNS and SQS are remote services in AWS. Started with `fork` by
// bench/e2e/emulator-process.ts: it reports its endpoint over IPC, answers setup and inspection
// requests there, and exits when told to stop or when its parent goes away.
// With BENCH_SNS_RTT_MS set, an SNS latency proxy (bench/support/sns-latency-proxy.ts) runs in
// front of it in this process, away from the measured handler's event loop.

function send(message: EmulatorMessage, then?: () => void): void {
  process.send?.(message, undefined, {}, () => then?.());
}

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

async function main(): Promise<void> {
  if (!process.send) {
    throw new Error("bench/children/emulator.mts needs an IPC channel: start it with fork()");
  }
  const server = await startFauxqs({ port: 0, logger: false, defaultRegion: "us-east-1" });
  const endpoint = `http://127.0.0.1:${server.port}`;
  const rtt = process.env.BENCH_SNS_RTT_MS;
  const proxy =
    rtt === undefined ? undefined : await SnsLatencyProxy.start(endpoint, { rttMs: Number(rtt) });
  // Parent gone (finished, crashed or killed): nobody can stop us any more, so stop now.
  process.on("disconnect", () => process.exit(0));

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
  process.on("message", (request: EmulatorRequest) => {
    answer(request).then(
      (value) => {
        // After a stop, leave once the reply is written: the parent then sees the exit.
        send({ kind: "reply", id: request.id, ok: true, value }, () => {
          if (request.op === "stop") process.exit(0);
        });
      },
      (error: unknown) =>
        send({
          kind: "reply",
          id: request.id,
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
  });
  send({
    kind: "ready",
    endpoint,
    pid: process.pid,
    ...(proxy ? { snsEndpoint: proxy.endpoint } : {}),
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
