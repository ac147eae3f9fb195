import kitData from "../../generated/pact-kit.json";
import type { JsonValue, SnsNotification, SqsRecord } from "../../generated/types";
import {
  buildDeliveredRecord,
  type DeliveredRecordOptions,
  type DeliveryTemplates,
} from "./delivered-record";
import {
  type MessageTypes,
  PROCESSOR_MESSAGES,
  PROCESSOR_PACTICIPANT,
  type ProcessorMessageKind,
  type ProcessorMessageName,
} from "./messages";
import { reify } from "./reify";

export type { DeliveredRecordOptions } from "./delivered-record";
export {
  type MessageTypes,
  PROCESSOR_MESSAGES,
  PROCESSOR_PACTICIPANT,
  type ProcessorMessageKind,
  type ProcessorMessageName,
} from "./messages";

/**
 * One message kind ready for a consumer's Pact test: the interaction's `description` and
 * `providerState` (the ones the processor's verification knows), the `example` (a schema case,
 * valid by construction), the `content` to expect (the example with Pact V3 matchers derived from
 * the schema: types, patterns, enums, formats; the kind's `pinned` fields exactly), and the
 * `metadata` (the SNS message attributes an outcome is published with; none for a destination record).
 *
 * @example
 * const m = pactMessages.unsupportedCurrencyFailure;
 * pact.addAsynchronousInteraction().given(m.providerState).expectsToReceive(m.description, withMessage(m))
 */
export type PactMessage<K extends ProcessorMessageKind> = K & {
  readonly provider: typeof PROCESSOR_PACTICIPANT;
  readonly example: MessageTypes[K["schema"]];
  readonly content: JsonValue;
  readonly metadata: Readonly<Record<string, string>>;
};

/** Every message kind of `PROCESSOR_MESSAGES`, ready for a Pact test (see `PactMessage`). */
export type PactMessages = {
  readonly [N in ProcessorMessageName]: PactMessage<(typeof PROCESSOR_MESSAGES)[N]>;
};

/** The kit's generated part (`generated/pact-kit.json`), written by gen from the schemas and cases. */
interface KitData {
  messages: Record<ProcessorMessageName, { content: JsonValue; metadata: Record<string, string> }>;
  attributeDataTypes: Record<string, string>;
  templates: { sqsRecord: SqsRecord; snsNotification: SnsNotification };
}
const kit = kitData as unknown as KitData;

/**
 * The processor's messages, one per kind a consumer of its topics can put in its pact.
 *
 * @example pactMessages.successOutcome.example.order.order_id // "ORD-1001"
 */
export const pactMessages = Object.fromEntries(
  Object.entries(PROCESSOR_MESSAGES).map(([name, kind]) => [
    name,
    Object.freeze({
      ...kind,
      provider: PROCESSOR_PACTICIPANT,
      ...kit.messages[name as ProcessorMessageName],
      example: reify(kit.messages[name as ProcessorMessageName].content),
    }),
  ]),
) as unknown as PactMessages;

/** What `withMessage` calls on Pact's message builder (`V4AsynchronousMessageBuilder` fits). */
export interface PactMessageBuilder {
  withJSONContent(content: unknown): PactMessageBuilder;
  withMetadata(metadata: Readonly<Record<string, string>>): PactMessageBuilder;
}

/**
 * The builder step of a Pact interaction expecting `m`: its content, and its metadata when it has
 * any (Pact refuses empty metadata, and a destination record carries none).
 *
 * @example
 * pact.addAsynchronousInteraction().given(m.providerState).expectsToReceive(m.description, withMessage(m))
 */
export function withMessage(m: {
  readonly content: unknown;
  readonly metadata: Readonly<Record<string, string>>;
}): (builder: PactMessageBuilder) => void {
  return (builder) => {
    const withContent = builder.withJSONContent(m.content);
    if (Object.keys(m.metadata).length > 0) withContent.withMetadata(m.metadata);
  };
}

/** A message as Pact hands it to a consumer test (`executeTest(async (message) => …)`). */
export interface PactTestMessage {
  readonly contents: { readonly content: unknown };
  readonly metadata?: Readonly<Record<string, unknown>>;
}

const templates: DeliveryTemplates = {
  sqsRecord: kit.templates.sqsRecord,
  snsNotification: kit.templates.snsNotification,
  attributeDataTypes: kit.attributeDataTypes,
};

/** The message attributes among Pact metadata (Pact adds its own, such as `contentType`). */
function attributesOf(metadata: Readonly<Record<string, unknown>> | undefined) {
  return Object.fromEntries(
    Object.entries(metadata ?? {}).filter(
      (entry): entry is [string, string] =>
        entry[0] in templates.attributeDataTypes && typeof entry[1] === "string",
    ),
  );
}

/**
 * The SQS record your subscription queue receives for a message: raw (`delivery: "raw"`, the
 * attributes as the record's `messageAttributes`) or in the SNS envelope (`"sns-envelope"`), with
 * every other field as AWS sends it and `md5OfBody` / `md5OfMessageAttributes` computed as SQS
 * does. Give it the message Pact passes to your test, or a `pactMessages` entry (its example).
 * The record is typed as the package's `SqsRecord` (with the `null`s AWS sends): pass
 * `toAwsLambdaSqsEvent({ Records: [record] })` where an `SQSEvent` is expected.
 *
 * @example
 * .executeTest(async (message) => handler(toAwsLambdaSqsEvent({ Records: [deliveredRecord(message, { delivery: "sns-envelope" })] })))
 */
export function deliveredRecord(
  message: PactTestMessage | PactMessage<ProcessorMessageKind>,
  options: DeliveredRecordOptions,
): SqsRecord {
  const deliverable =
    "contents" in message
      ? { content: message.contents.content, attributes: attributesOf(message.metadata) }
      : { content: message.example, attributes: message.metadata };
  return buildDeliveredRecord(deliverable, options, templates);
}
