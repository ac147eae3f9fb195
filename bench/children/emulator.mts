import { readFileSync } from "node:fs";
import { startFauxqs } from "fauxqs";
import type { EmulatorMessage, EmulatorRequest } from "../e2e/emulator-protocol.js";

// The fauxqs emulator alone in a process of its own (its own event loop, so its own core when one
// is free), as SNS and SQS are remote services in AWS. Started with `fork` by
// bench/e2e/emulator-process.ts: it reports its endpoint over IPC, answers setup and inspection
// requests there, and exits when told to stop or when its parent goes away.

function send(message: EmulatorMessage, then?: () => void): void {
  process.send?.(message, undefined, {}, () => then?.());
}

async function main(): Promise<void> {
  if (!process.send) {
    throw new Error("bench/children/emulator.mts needs an IPC channel: start it with fork()");
  }
  const server = await startFauxqs({ port: 0, logger: false, defaultRegion: "us-east-1" });
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
      case "stop":
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
  send({ kind: "ready", endpoint: `http://127.0.0.1:${server.port}`, pid: process.pid });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
