import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ProcessorConfig } from "../../../functions/processor/config";
import { defaultRulesConfig } from "../../../functions/processor/core";
import type {
  ProcessorLogger,
  ProcessorMetricName,
  ProcessorMetrics,
} from "../../../functions/processor/telemetry";
import type { OrderMessage, SqsEvent, SqsRecord } from "../../../generated/types";
import { awsSamplesDir } from "../../support/paths";

/** A real AWS sample, parsed (the BOM some .NET fixtures start with is stripped). */
export function awsSample<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(join(awsSamplesDir, file), "utf8").replace(/^\uFEFF/, "")) as T;
}

/** The AWS documentation's standard-queue event (2 records, bodies "Test message."). */
export const AWS_DOCS_SQS_EVENT = "sqs-event--aws-docs--standard-queue-2-records.json";

/** Processing time of the unit tests; orders are submitted an hour before. */
export const NOW = new Date("2026-03-01T12:00:00.000Z");

/** A valid order that every default rule accepts (total 2 × 1250 + 1 × 990 = 3490 EUR cents). */
export function validOrder(overrides: Partial<OrderMessage> = {}): OrderMessage {
  return {
    schema_version: "1",
    order_id: "ORD-1001",
    customer_id: "CUST-42",
    currency: "EUR",
    line_items: [
      { sku: "SKU-RED-1", quantity: 2, unit_price_minor: 1250 },
      { sku: "SKU-BLUE-2", quantity: 1, unit_price_minor: 990 },
    ],
    submitted_at: "2026-03-01T11:00:00Z",
    correlation_id: "req-7f3a",
    ...overrides,
  };
}

/** `count` lines of one SKU each, every one distinct. */
export function lines(
  count: number,
  quantity = 1,
  unitPriceMinor = 100,
): OrderMessage["line_items"] {
  return Array.from({ length: count }, (_, i) => ({
    sku: `SKU-${i}`,
    quantity,
    unit_price_minor: unitPriceMinor,
  })) as OrderMessage["line_items"];
}

/** Test configuration with fauxqs-shaped topic ARNs. */
export const TEST_CONFIG: ProcessorConfig = {
  successTopicArn: "arn:aws:sns:us-east-1:000000000000:order-success",
  failureTopicArn: "arn:aws:sns:us-east-1:000000000000:order-failure",
  rules: defaultRulesConfig,
};

/**
 * An SQS record built on the AWS documentation's real record: same shape and attributes, with this
 * body, a message id (default `msg-<index>`), and md5OfBody recomputed as SQS would.
 */
export function sqsRecord(
  body: string,
  options: { messageId?: string; receiveCount?: number; queueArn?: string } = {},
): SqsRecord {
  const template = awsSample<SqsEvent>(AWS_DOCS_SQS_EVENT).Records[0];
  return {
    ...template,
    messageId: options.messageId ?? template.messageId,
    body,
    md5OfBody: createHash("md5").update(body, "utf8").digest("hex"),
    eventSourceARN: options.queueArn ?? template.eventSourceARN,
    attributes: {
      ...template.attributes,
      ApproximateReceiveCount: String(options.receiveCount ?? 1),
    },
  };
}

/** An SQS event with one record per body; message ids `msg-0`, `msg-1`, … unless given. */
export function sqsEvent(
  bodies: readonly string[],
  options: { queueArn?: string; receiveCount?: number; messageIds?: readonly string[] } = {},
): SqsEvent {
  const records = bodies.map((body, i) =>
    sqsRecord(body, {
      messageId: options.messageIds?.[i] ?? `msg-${i}`,
      ...(options.receiveCount === undefined ? {} : { receiveCount: options.receiveCount }),
      ...(options.queueArn === undefined ? {} : { queueArn: options.queueArn }),
    }),
  );
  if (records.length === 0) throw new Error("an SQS event has at least one record");
  return { Records: records as SqsEvent["Records"] };
}

/** A logger that keeps every line, for asserting on what was logged. */
export function recordingLogger(): ProcessorLogger & {
  lines: { level: string; message: string; attributes: Record<string, unknown> }[];
} {
  const lines: { level: string; message: string; attributes: Record<string, unknown> }[] = [];
  const at =
    (level: string) =>
    (message: string, attributes: Record<string, unknown> = {}) =>
      lines.push({ level, message, attributes });
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** Metrics that keep every count. */
export function recordingMetrics(): ProcessorMetrics & {
  counts: { name: ProcessorMetricName; value: number; dimensions?: Record<string, string> }[];
  total(name: ProcessorMetricName): number;
} {
  const counts: {
    name: ProcessorMetricName;
    value: number;
    dimensions?: Record<string, string>;
  }[] = [];
  return {
    counts,
    count(name, value, dimensions) {
      counts.push({ name, value, ...(dimensions ? { dimensions } : {}) });
    },
    total: (name) =>
      counts.filter((c) => c.name === name && !c.dimensions).reduce((s, c) => s + c.value, 0),
  };
}
