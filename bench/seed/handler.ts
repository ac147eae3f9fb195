import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { processorSettings } from "../../lib/processor-settings";
import {
  createSeedHandler,
  SEED_FAILURE_TOPIC_ARN,
  SEED_SUCCESS_TOPIC_ARN,
  type SeedRecord,
  type SeedResult,
} from "./seed-handler";

// The seed's Lambda entry, bundled like ours for the cold-start and end-to-end benchmarks. The
// client is made at import, as `boto3.client('sns')` is. The benchmark points the topics at the
// emulator's through the same variables our processor reads; unset, the seed's own ARNs apply.
const snsClient = new SNSClient({});
const topics = processorSettings.topics;

const seedHandler = createSeedHandler({
  publish: (input) => snsClient.send(new PublishCommand(input)),
  print: (line) => console.log(line),
  successTopicArn: process.env[topics.successTopicArn.variable] ?? SEED_SUCCESS_TOPIC_ARN,
  failureTopicArn: process.env[topics.failureTopicArn.variable] ?? SEED_FAILURE_TOPIC_ARN,
});

/**
 * The seed baseline as a Lambda handler.
 *
 * @example const result = await handler({ Records: [{ messageId: "1", body: "{}" }] });
 */
export function handler(event: { Records: SeedRecord[] }): Promise<SeedResult> {
  return seedHandler(event);
}
