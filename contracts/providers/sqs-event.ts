import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SqsEvent, SqsRecord } from "../../generated/types";

/** The AWS documentation's SQS event (standard queue): the template of every record built here. */
const TEMPLATE_FILE = join(
  __dirname,
  "..",
  "..",
  "tests",
  "fixtures",
  "aws-samples",
  "sqs-event--aws-docs--standard-queue-2-records.json",
);

/** What varies between the records the processor's contract messages come from. */
export interface SqsRecordInput {
  body: string;
  messageId: string;
  /** The queue's ARN: the record's eventSourceARN (its region is the record's awsRegion). */
  queueArn: string;
  /** ApproximateReceiveCount as SQS sends it, a string of digits (default "1"). */
  approximateReceiveCount?: string;
}

/**
 * One record shaped exactly as AWS's documented SQS event: every field of the AWS sample, with the
 * given body, message id, queue and receive count (and the body's real MD5, as SQS computes it).
 */
export function sqsRecord(input: SqsRecordInput): SqsRecord {
  const template = (JSON.parse(readFileSync(TEMPLATE_FILE, "utf8")) as SqsEvent).Records[0];
  const region = input.queueArn.split(":")[3];
  if (!region) throw new Error(`"${input.queueArn}" is not an SQS queue ARN`);
  return {
    ...template,
    messageId: input.messageId,
    body: input.body,
    md5OfBody: createHash("md5").update(input.body, "utf8").digest("hex"),
    attributes: {
      ...template.attributes,
      ApproximateReceiveCount: input.approximateReceiveCount ?? "1",
    },
    eventSourceARN: input.queueArn,
    awsRegion: region,
  };
}

/**
 * An SQS event of one record per input, as the event source mapping invokes the processor with.
 *
 * @example await handler(sqsEvent([{ body, messageId, queueArn }]))
 */
export function sqsEvent(inputs: readonly SqsRecordInput[]): SqsEvent {
  const [first, ...rest] = inputs.map(sqsRecord);
  if (!first) throw new Error("an SQS event holds at least one record");
  return { Records: [first, ...rest] };
}
