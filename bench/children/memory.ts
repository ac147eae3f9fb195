import { readFileSync } from "node:fs";
import type { SqsEvent } from "../../generated/types";
import { runAsChild } from "../lib/child-main";
import { countingPublisher, processorWithTransport } from "../lib/processor-wiring";
import { createSeedHandler } from "../seed/seed-handler";

// Peak memory of one process handling one 10,000-record batch (the event source mapping's largest),
// the event arriving as JSON text as the Lambda runtime receives it. Modes:
//   ours   the processor with an in-process transport
//   seed   the seed baseline with an in-process Publish
//   event  parse the event and nothing else: the floor any handler starts from

type Mode = "ours" | "seed" | "event";

runAsChild(async (child) => {
  const [mode, eventFile] = process.argv.slice(2) as [Mode, string];
  child.doing(`reading the event ${eventFile}`);
  const event = JSON.parse(readFileSync(eventFile, "utf8")) as SqsEvent;
  let published = 0;
  child.doing(`handling the event (${mode})`);
  if (mode === "ours") {
    const publisher = countingPublisher();
    const response = (await processorWithTransport(process.env, publisher)(event)) as {
      batchItemFailures: unknown[];
    };
    if (response.batchItemFailures.length > 0)
      throw new Error("memory: records were not processed");
    published = publisher.entries;
  } else if (mode === "seed") {
    const handler = createSeedHandler({
      publish: async () => {
        published++;
        return { MessageId: "m" };
      },
      print: (line) => console.log(line),
    });
    await handler(event as unknown as { Records: Record<string, unknown>[] });
  } else {
    published = event.Records.length;
  }
  if (published !== event.Records.length) {
    throw new Error(`memory: ${published} outcomes for ${event.Records.length} records`);
  }
  // maxRSS is in kilobytes (KiB) on Linux.
  return {
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    records: event.Records.length,
  };
});
