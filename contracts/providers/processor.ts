import { isDeepStrictEqual } from "node:util";
import {
  defaultRulesConfig,
  outcomeAttributes,
  processOrderBody,
  type RulesConfig,
} from "../../functions/processor/core";
import {
  createProcessorHandler,
  type ProcessorHandler,
} from "../../functions/processor/create-handler";
import { createInMemoryOutcomePublisher } from "../../functions/processor/in-memory-publisher";
import type { OutcomePublisher } from "../../functions/processor/publisher";
import type { OrderOutcome } from "../../generated/types";
import { PROCESSOR_MESSAGES, type ProcessorMessageName } from "../../lib/pact/messages";
import { type AsyncHandler, invokeAsyncWithDestinations } from "../../local/destinations";
import { buildOrderMessage, type OrderVariant } from "../../local/producer";
import { PACTICIPANTS } from "../participants";
import {
  type MessageWithMetadata,
  type ProviderDefinition,
  ScenarioSlot,
  stateHandlersFor,
} from "./provider-definition";
import { sqsRecord } from "./sqs-event";

/** Fixed inputs of the contract messages (deterministic builders need a clock and ids). */
export const PROCESSOR_CONTRACT_INPUT = {
  now: new Date("2026-11-26T10:15:01.123Z"),
  seed: 20261126,
  sqsMessageId: "059f36b4-87a3-44ab-83d2-661975830a7d",
  queueArn: "arn:aws:sqs:us-east-2:123456789012:orders",
  requestId: "c6af9ac6-7b61-11e6-9a41-93e812345678",
  functionArn: "arn:aws:lambda:us-east-2:123456789012:function:processor",
  successTopicArn: "arn:aws:sns:us-east-2:123456789012:order-success",
  failureTopicArn: "arn:aws:sns:us-east-2:123456789012:order-failure",
} as const;

/**
 * The processor code that makes what it publishes. Verification uses the real code; the
 * breaking-change test swaps a builder for a broken copy to prove verification notices.
 * - `sqsHandler`: the processor's handler as the SQS event source mapping runs it; what it
 *   publishes (through `publisher`) is what the success and failure topics carry.
 * - `processOrderBody` / `outcomeAttributes`: the core that handler builds each outcome and its
 *   attributes with. Verification rebuilds the handler's outcome from the facts the handler read off
 *   the record and checks that the real core gives exactly what the handler published.
 * - `asyncHandler`: the handler as the asynchronous path runs it.
 */
export interface ProcessorBuilders {
  sqsHandler: (
    rules: RulesConfig,
    now: () => Date,
    publisher: OutcomePublisher,
  ) => ProcessorHandler;
  processOrderBody: typeof processOrderBody;
  outcomeAttributes: typeof outcomeAttributes;
  asyncHandler: (rules: RulesConfig, now: () => Date) => AsyncHandler;
}

const handlerFor = (rules: RulesConfig, now: () => Date, publisher: OutcomePublisher) =>
  createProcessorHandler({
    config: {
      successTopicArn: PROCESSOR_CONTRACT_INPUT.successTopicArn,
      failureTopicArn: PROCESSOR_CONTRACT_INPUT.failureTopicArn,
      rules,
    },
    publisher,
    now,
  });

export const realProcessorBuilders: ProcessorBuilders = {
  sqsHandler: handlerFor,
  processOrderBody,
  outcomeAttributes,
  // The asynchronous path publishes nothing itself; Lambda Destinations deliver its result.
  asyncHandler: (rules, now) => handlerFor(rules, now, createInMemoryOutcomePublisher()),
};

/**
 * Rules whose accepted-currency list cannot be read (as when a configuration store is down): the
 * processor meets an unexpected error in the middle of its rules, its INTERNAL_ERROR path.
 */
function unreadableCurrencyRules(): RulesConfig {
  return new Proxy(defaultRulesConfig, {
    get(target, property, receiver) {
      if (property === "acceptedCurrencies") throw new Error("accepted currencies unavailable");
      return Reflect.get(target, property, receiver);
    },
  });
}

type Scenario =
  | { path: "sqs"; variant: OrderVariant }
  | {
      path: "async";
      variant: OrderVariant;
      maximumRetryAttempts: number;
      expiresAfterAttempts?: number;
      rules?: () => RulesConfig;
    };

/**
 * What the processor is given for each message kind of the Pact kit (PROCESSOR_MESSAGES), so that it
 * sends exactly that message: the order (a `local/producer` variant) and the path. Keyed by every
 * kind, so a kind added to the kit cannot be left without a way to make it.
 */
const SCENARIOS: Readonly<Record<ProcessorMessageName, Scenario>> = {
  successOutcome: { path: "sqs", variant: "valid" },
  invalidJsonFailure: { path: "sqs", variant: "invalid-json" },
  bodyTooLargeFailure: { path: "sqs", variant: "body-too-large" },
  schemaViolationFailure: { path: "sqs", variant: "schema-violation" },
  unsupportedCurrencyFailure: { path: "sqs", variant: "unsupported-currency" },
  duplicateSkuFailure: { path: "sqs", variant: "duplicate-sku" },
  tooManyItemsFailure: { path: "sqs", variant: "too-many-items" },
  quantityLimitFailure: { path: "sqs", variant: "quantity-limit-exceeded" },
  orderTotalFailure: { path: "sqs", variant: "order-total-limit-exceeded" },
  submittedInFutureFailure: { path: "sqs", variant: "submitted-in-future" },
  successRecord: { path: "async", variant: "valid", maximumRetryAttempts: 2 },
  retriesExhaustedRecord: {
    path: "async",
    variant: "unsupported-currency",
    maximumRetryAttempts: 2,
  },
  eventAgeExceededRecord: {
    path: "async",
    variant: "unsupported-currency",
    maximumRetryAttempts: 2,
    expiresAfterAttempts: 1,
  },
  internalErrorRecord: {
    path: "async",
    variant: "valid",
    maximumRetryAttempts: 2,
    rules: unreadableCurrencyRules,
  },
};

const MESSAGE_NAMES = Object.keys(SCENARIOS) as ProcessorMessageName[];

/** SNS message attributes flattened to strings, as Pact message metadata holds them. */
function attributesAsMetadata(attributes: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributes).flatMap(([name, attribute]) => {
      const value = (attribute as { StringValue?: unknown } | undefined)?.StringValue;
      return typeof value === "string" ? [[name, value]] : [];
    }),
  );
}

/** The top-level fields whose values differ between two outcomes. */
function differingFields(a: object, b: object): string[] {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return [...new Set([...Object.keys(x), ...Object.keys(y)])]
    .filter((k) => !isDeepStrictEqual(x[k], y[k]))
    .sort();
}

/** What the SQS path published for one record: the message on its topic, and its attributes. */
interface Published {
  topicArn: string;
  outcome: OrderOutcome;
  attributes: Record<string, string>;
}

/**
 * Runs the processor's SQS handler on one record shaped as AWS sends it, with an in-memory
 * publisher, and returns what it published for that record. Fails, saying why, when the handler
 * published nothing (it retries the record instead) or more than one message.
 */
async function publishFromQueue(
  builders: ProcessorBuilders,
  record: ReturnType<typeof sqsRecord>,
  rules: RulesConfig,
  now: Date,
): Promise<Published> {
  const publisher = createInMemoryOutcomePublisher();
  const response = await builders.sqsHandler(rules, () => now, publisher)({ Records: [record] });
  const published = publisher.published;
  if (published.length !== 1 || !published[0]) {
    throw new Error(
      `the SQS handler published ${published.length} messages for one record (response ${JSON.stringify(response)}); a contract message must be one the processor really publishes`,
    );
  }
  const { topicArn, entry } = published[0];
  return {
    topicArn,
    outcome: JSON.parse(entry.message) as OrderOutcome,
    attributes: attributesAsMetadata(entry.attributes),
  };
}

/**
 * The processor as a Pact provider of the success and failure topics. Each provider state picks an
 * input (made by `local/producer`) and a path:
 * - SQS path: the real handler runs on an SQS event shaped as AWS sends it (queue ARN, message id,
 *   ApproximateReceiveCount), with an in-memory publisher. The message verified is the outcome it
 *   published, with the attributes it published as metadata, so the fields the handler fills in
 *   (`message_id`, `source.queue_arn`, `source.receive_count`) are under contract too.
 * - Asynchronous path: the processor's real handler runs under `invokeAsyncWithDestinations`, which
 *   turns what it returned or threw into the destination record Lambda would deliver.
 *
 * @example await verifyProvider(processorProvider(), await pactSourceFromEnvironment());
 */
export function processorProvider(
  builders: ProcessorBuilders = realProcessorBuilders,
): ProviderDefinition {
  const input = PROCESSOR_CONTRACT_INPUT;
  const byState = Object.fromEntries(
    MESSAGE_NAMES.map((name) => [PROCESSOR_MESSAGES[name].providerState, SCENARIOS[name]]),
  );
  const slot = new ScenarioSlot<Scenario>(Object.keys(byState));
  const produce = (variant: OrderVariant) =>
    buildOrderMessage(variant, { seed: input.seed, now: input.now });

  const outcomeMessage = (description: string) => async (): Promise<MessageWithMetadata> => {
    try {
      return await outcomeFromQueue(description);
    } catch (error) {
      // Pact only sees an empty message; say why where the person running verification reads.
      process.stderr.write(`contracts: "${description}": ${(error as Error).message}\n`);
      throw error;
    }
  };

  const outcomeFromQueue = async (description: string): Promise<MessageWithMetadata> => {
    const scenario = slot.take(description);
    if (scenario.path !== "sqs") {
      throw new Error(
        `"${description}" is an outcome of the SQS path, but its state set up the ${scenario.path} path`,
      );
    }
    const rules = defaultRulesConfig;
    const record = sqsRecord({
      body: produce(scenario.variant).body,
      messageId: input.sqsMessageId,
      queueArn: input.queueArn,
    });
    const published = await publishFromQueue(builders, record, rules, input.now);
    const expectedTopic =
      published.outcome.status === "SUCCESS" ? input.successTopicArn : input.failureTopicArn;
    if (published.topicArn !== expectedTopic)
      throw new Error(
        `the ${published.outcome.status} outcome went to ${published.topicArn}, not ${expectedTopic}`,
      );
    // The core rebuilds the outcome from what the handler read off the record. The real core must
    // give exactly what the handler published; a broken builder gives a broken message.
    const facts = {
      messageId: published.outcome.message_id,
      source: published.outcome.source,
      now: new Date(published.outcome.processed_at),
    };
    const real = realProcessorBuilders.processOrderBody(record.body, facts, rules);
    if (!isDeepStrictEqual(real, published.outcome))
      throw new Error(
        `the SQS handler published an outcome the processor's core does not build (fields that differ: ${differingFields(real, published.outcome).join(", ")})`,
      );
    const realAttributes = attributesAsMetadata(realProcessorBuilders.outcomeAttributes(real));
    if (!isDeepStrictEqual(realAttributes, published.attributes))
      throw new Error(
        `the SQS handler published attributes ${JSON.stringify(published.attributes)}, the core builds ${JSON.stringify(realAttributes)}`,
      );
    const outcome = builders.processOrderBody(record.body, facts, rules);
    return {
      __pactMessageMetadata: attributesAsMetadata(builders.outcomeAttributes(outcome)),
      message: outcome,
    };
  };

  const destinationRecord = (description: string) => async (): Promise<unknown> => {
    const scenario = slot.take(description);
    if (scenario.path !== "async") {
      throw new Error(
        `"${description}" is a destination record, but its state set up the ${scenario.path} path`,
      );
    }
    const result = await invokeAsyncWithDestinations(
      builders.asyncHandler(scenario.rules?.() ?? defaultRulesConfig, () => input.now),
      produce(scenario.variant).body,
      {
        functionArn: input.functionArn,
        requestId: input.requestId,
        maximumRetryAttempts: scenario.maximumRetryAttempts,
        ...(scenario.expiresAfterAttempts === undefined
          ? {}
          : { expiresAfterAttempts: scenario.expiresAfterAttempts }),
        now: () => new Date(input.now.getTime() + 1445),
      },
    );
    // The record is published as text; verify exactly that text, parsed.
    return JSON.parse(result.json) as unknown;
  };

  return {
    provider: PACTICIPANTS.processor,
    stateHandlers: stateHandlersFor(byState, slot),
    messageProviders: Object.fromEntries(
      MESSAGE_NAMES.map((name) => {
        const { description } = PROCESSOR_MESSAGES[name];
        const build = SCENARIOS[name].path === "sqs" ? outcomeMessage : destinationRecord;
        return [description, build(description)];
      }),
    ),
  };
}
