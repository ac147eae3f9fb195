// The whole local pipeline (fauxqs, the real handler modules, dynalite for the consumers' tables):
// an outcome the success and failure topics carry again, long after the consumer handled it (SNS is
// at-least-once), makes no second fulfilment request and no second alert.
import { PublishCommand } from "@aws-sdk/client-sns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectedEnding } from "../../local/demo/traffic";
import type { ConsumerSummary } from "../../local/observe/consumers";
import { LocalPipeline } from "../../local/pipeline";
import { buildOrderMessage } from "../../local/producer";

let pipeline: LocalPipeline;
const now = new Date();

beforeAll(async () => {
  pipeline = await LocalPipeline.start();
}, 30_000);
afterAll(() => pipeline?.stop());

const consumer = async (key: string): Promise<ConsumerSummary> => {
  const found = (await pipeline.summary()).consumers.find((c) => c.consumer === key);
  if (!found) throw new Error(`no consumer ${key} in the summary`);
  return found;
};

describe("the local pipeline's consumers across invocations", () => {
  it("handle each outcome once, and skip the copies SNS delivers again in later batches", async () => {
    const inputs = (["valid", "duplicate-sku"] as const).map((variant, i) => {
      const message = buildOrderMessage(variant, { seed: 40 + i, now });
      return { body: message.body, kind: variant, expected: expectedEnding(message) };
    });
    await pipeline.send(inputs);
    expect(await pipeline.waitUntilQuiet({ timeoutMs: 20_000 })).toBe(true);
    const before = {
      fulfilment: await consumer("fulfilment"),
      alerts: await consumer("failure-alerts"),
    };

    // SNS delivers each outcome again (same message, new SQS message): publish what the topics carried.
    for (const message of [...pipeline.tapped]) {
      await pipeline.clients.sns.send(
        new PublishCommand({
          TopicArn: pipeline.rendered.topic(message.topic).arn,
          Message: message.text,
          MessageAttributes: message.attributes,
        }),
      );
    }
    expect(await pipeline.waitUntilQuiet({ timeoutMs: 20_000 })).toBe(true);
    const fulfilment = await consumer("fulfilment");
    const alerts = await consumer("failure-alerts");

    expect(before.fulfilment).toMatchObject({ handled: 1, duplicates_skipped: 0, rejected: 0 });
    expect(before.alerts).toMatchObject({ handled: 1, duplicates_skipped: 0, rejected: 0 });
    expect(fulfilment).toMatchObject({ deliveries: 2, handled: 1, duplicates_skipped: 1 });
    expect(alerts).toMatchObject({ deliveries: 2, handled: 1, duplicates_skipped: 1 });
    expect(fulfilment.work).toEqual(before.fulfilment.work);
    expect(alerts.work).toEqual(before.alerts.work);
  });
});
