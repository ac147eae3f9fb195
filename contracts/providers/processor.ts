import {
  defaultRulesConfig,
  outcomeAttributes,
  processOrderBody,
  type RulesConfig,
} from "../../functions/processor/core";
import { createProcessorHandler } from "../../functions/processor/create-handler";
import { createInMemoryOutcomePublisher } from "../../functions/processor/in-memory-publisher";
import type { OutcomeMessageAttributes } from "../../generated/types";
import { type AsyncHandler, invokeAsyncWithDestinations } from "../../lib/destinations";
import { buildOrderMessage, type OrderVariant } from "../../lib/producer";
import { MESSAGES, PACTICIPANTS, STATES } from "../participants";
import {
  type MessageWithMetadata,
  type ProviderDefinition,
  ScenarioSlot,
  stateHandlersFor,
} from "./provider-definition";

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
 * The processor code that builds what it publishes. Verification uses the real functions; the
 * breaking-change test swaps one for a broken copy to prove verification notices.
 */
export interface ProcessorBuilders {
  processOrderBody: typeof processOrderBody;
  outcomeAttributes: typeof outcomeAttributes;
  /** The processor's handler as the asynchronous path runs it. */
  asyncHandler: (rules: RulesConfig, now: () => Date) => AsyncHandler;
}

export const realProcessorBuilders: ProcessorBuilders = {
  processOrderBody,
  outcomeAttributes,
  asyncHandler: (rules, now) =>
    createProcessorHandler({
      config: {
        successTopicArn: PROCESSOR_CONTRACT_INPUT.successTopicArn,
        failureTopicArn: PROCESSOR_CONTRACT_INPUT.failureTopicArn,
        rules,
      },
      // The asynchronous path publishes nothing itself; Lambda Destinations deliver its result.
      publisher: createInMemoryOutcomePublisher(),
      now,
    }),
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
  | { path: "sqs"; variant: OrderVariant; rules: () => RulesConfig }
  | {
      path: "async";
      variant: OrderVariant;
      maximumRetryAttempts: number;
      expiresAfterAttempts?: number;
    };

const SCENARIOS: Readonly<Record<string, Scenario>> = {
  [STATES.orderAcceptedFromQueue]: {
    path: "sqs",
    variant: "valid",
    rules: () => defaultRulesConfig,
  },
  [STATES.notJsonOnQueue]: {
    path: "sqs",
    variant: "invalid-json",
    rules: () => defaultRulesConfig,
  },
  [STATES.notAnOrderOnQueue]: {
    path: "sqs",
    variant: "schema-violation",
    rules: () => defaultRulesConfig,
  },
  [STATES.oversizedOnQueue]: {
    path: "sqs",
    variant: "body-too-large",
    rules: () => defaultRulesConfig,
  },
  [STATES.unacceptedCurrencyOnQueue]: {
    path: "sqs",
    variant: "unsupported-currency",
    rules: () => defaultRulesConfig,
  },
  [STATES.overTotalOnQueue]: {
    path: "sqs",
    variant: "order-total-limit-exceeded",
    rules: () => defaultRulesConfig,
  },
  [STATES.processorBroken]: { path: "sqs", variant: "valid", rules: unreadableCurrencyRules },
  [STATES.orderAcceptedAsync]: { path: "async", variant: "valid", maximumRetryAttempts: 2 },
  [STATES.unacceptedCurrencyAsyncRetried]: {
    path: "async",
    variant: "unsupported-currency",
    maximumRetryAttempts: 2,
  },
  [STATES.unacceptedCurrencyAsyncExpired]: {
    path: "async",
    variant: "unsupported-currency",
    maximumRetryAttempts: 2,
    expiresAfterAttempts: 1,
  },
};

/** SNS message attributes flattened to strings, as Pact message metadata holds them. */
function attributesAsMetadata(attributes: OutcomeMessageAttributes): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributes).flatMap(([name, attribute]) =>
      attribute ? [[name, attribute.StringValue]] : [],
    ),
  );
}

/**
 * The processor as a Pact provider of the success and failure topics. Each provider state picks an
 * input (made by `lib/producer`) and a path:
 * - SQS path: the outcome is `processOrderBody(body, …)` and its metadata `outcomeAttributes(outcome)`,
 *   the functions whose results the SQS path publishes.
 * - Asynchronous path: the processor's real handler runs under `invokeAsyncWithDestinations`, which
 *   turns what it returned or threw into the destination record Lambda would deliver.
 *
 * @example await verifyProvider(processorProvider(), await pactSourceFromEnvironment());
 */
export function processorProvider(
  builders: ProcessorBuilders = realProcessorBuilders,
): ProviderDefinition {
  const input = PROCESSOR_CONTRACT_INPUT;
  const slot = new ScenarioSlot<Scenario>(Object.keys(SCENARIOS));
  const produce = (variant: OrderVariant) =>
    buildOrderMessage(variant, { seed: input.seed, now: input.now });

  const outcomeMessage = (description: string) => async (): Promise<MessageWithMetadata> => {
    const scenario = slot.take(description);
    if (scenario.path !== "sqs") {
      throw new Error(
        `"${description}" is an outcome of the SQS path, but its state set up the ${scenario.path} path`,
      );
    }
    const outcome = builders.processOrderBody(
      produce(scenario.variant).body,
      {
        messageId: input.sqsMessageId,
        source: { kind: "sqs", queue_arn: input.queueArn, receive_count: 1 },
        now: input.now,
      },
      scenario.rules(),
    );
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
      builders.asyncHandler(defaultRulesConfig, () => input.now),
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

  const outcomes = [
    MESSAGES.successOutcome,
    MESSAGES.invalidJsonFailure,
    MESSAGES.schemaViolationFailure,
    MESSAGES.bodyTooLargeFailure,
    MESSAGES.unsupportedCurrencyFailure,
    MESSAGES.orderTotalFailure,
    MESSAGES.internalErrorFailure,
  ];
  const records = [
    MESSAGES.successRecord,
    MESSAGES.retriesExhaustedRecord,
    MESSAGES.eventAgeExceededRecord,
  ];
  return {
    provider: PACTICIPANTS.processor,
    stateHandlers: stateHandlersFor(SCENARIOS, slot),
    messageProviders: Object.fromEntries([
      ...outcomes.map((d) => [d, outcomeMessage(d)]),
      ...records.map((d) => [d, destinationRecord(d)]),
    ]),
  };
}
