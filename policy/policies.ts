// The stack's invariants as @pulumi/policy policies. Kept apart from policy/index.ts (which
// constructs the PolicyPack and so starts the policy server) so tests can import and run them
// against the resources the program registers under mocks.
import * as aws from "@pulumi/aws";
import type {
  PolicyResource,
  ReportViolation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationPolicy,
} from "@pulumi/policy";
import { validateResourceOfType } from "@pulumi/policy";
import { reservationShortfall } from "../infra/concurrency";
import { configKeys } from "../infra/config-keys";
import { expectsAsyncInvocation } from "../infra/tags";

type Json = Record<string, unknown>;

interface Statement {
  Sid?: string;
  Effect?: string;
  Principal?: unknown;
  NotPrincipal?: unknown;
  Action?: unknown;
  NotAction?: unknown;
  Resource?: unknown;
  NotResource?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

/** Parses a policy document given as JSON text or as an object; undefined when it is neither. */
export function parsePolicyDocument(document: unknown): { Statement: Statement[] } | undefined {
  let value = document;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== "object" || value === null) return undefined;
  const statement = (value as Json).Statement;
  if (statement === undefined) return undefined;
  return { Statement: (Array.isArray(statement) ? statement : [statement]) as Statement[] };
}

const list = (value: unknown): string[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(String);

function principals(statement: Statement): string[] {
  const p = statement.Principal;
  if (p === undefined) return [];
  if (typeof p === "string") return [p];
  return Object.values(p as Json).flatMap(list);
}

function label(statement: Statement, index: number): string {
  return `statement ${statement.Sid ? `"${statement.Sid}"` : `#${index + 1}`}`;
}

/** Where a document sits decides what its Resource may be. */
type DocumentKind = "identity" | "resource" | "key" | "trust";

/** Policy documents a resource carries, by the property that holds them. */
const documentProperties: Record<string, { property: string; kind: DocumentKind }[]> = {
  "aws:iam/rolePolicy:RolePolicy": [{ property: "policy", kind: "identity" }],
  "aws:iam/policy:Policy": [{ property: "policy", kind: "identity" }],
  "aws:iam/role:Role": [{ property: "assumeRolePolicy", kind: "trust" }],
  "aws:sqs/queuePolicy:QueuePolicy": [{ property: "policy", kind: "resource" }],
  "aws:sqs/queue:Queue": [{ property: "policy", kind: "resource" }],
  "aws:sns/topicPolicy:TopicPolicy": [{ property: "policy", kind: "resource" }],
  "aws:sns/topic:Topic": [{ property: "policy", kind: "resource" }],
  "aws:kms/keyPolicy:KeyPolicy": [{ property: "policy", kind: "key" }],
  "aws:kms/key:Key": [{ property: "policy", kind: "key" }],
};

// Lambda names its log streams, so the streams of one log group are as narrow as AWS allows.
const LOG_STREAMS_OF_ONE_GROUP =
  /^arn:aws[a-z-]*:logs:[a-z0-9-]+:\d{12}:log-group:[^*]+:log-stream:\*$/;
const ACCOUNT_ROOT = /^arn:aws[a-z-]*:iam::\d{12}:root$/;

/** Problems of one Allow statement under the no-wildcard rule (Deny statements may be broad). */
export function wildcardProblems(statement: Statement, kind: DocumentKind): string[] {
  if (statement.Effect !== "Allow") return [];
  const problems: string[] = [];
  if (statement.NotAction !== undefined) problems.push("uses NotAction (allows everything else)");
  if (statement.NotResource !== undefined)
    problems.push("uses NotResource (allows everything else)");
  if (statement.NotPrincipal !== undefined)
    problems.push("uses NotPrincipal (allows everyone else)");
  const ps = principals(statement);
  // AWS's default key policy statement: the account root may do kms:*, which hands control to IAM.
  const isKeyAdministration = kind === "key" && ps.length === 1 && ACCOUNT_ROOT.test(ps[0] ?? "");
  for (const action of list(statement.Action)) {
    if (action.includes("*") && !(isKeyAdministration && action === "kms:*")) {
      problems.push(`allows the wildcard action "${action}"`);
    }
  }
  if (kind !== "identity" && ps.includes("*")) problems.push('allows every principal ("*")');
  if (kind === "identity" || kind === "resource") {
    for (const resource of list(statement.Resource)) {
      if (
        resource.includes("*") &&
        !(kind === "identity" && LOG_STREAMS_OF_ONE_GROUP.test(resource))
      ) {
        problems.push(`allows the wildcard resource "${resource}"`);
      }
    }
  }
  // In a key policy, Resource "*" means the key itself, the only value AWS accepts there.
  return problems;
}

function checkDocuments(args: ResourceValidationArgs, report: ReportViolation): void {
  for (const { property, kind } of documentProperties[args.type] ?? []) {
    const raw = args.props[property];
    if (raw === undefined || raw === "") continue;
    const document = parsePolicyDocument(raw);
    if (!document) {
      report(`${property} is not a policy document (JSON with a Statement).`);
      continue;
    }
    document.Statement.forEach((statement, index) => {
      for (const problem of wildcardProblems(statement, kind)) {
        report(
          `${property} ${label(statement, index)} ${problem}. Name the exact actions, and the exact ARNs the role or service needs.`,
        );
      }
    });
  }
  if (args.type === "aws:iam/role:Role" && list(args.props.managedPolicyArns).length > 0) {
    report(
      `managedPolicyArns attaches ${list(args.props.managedPolicyArns).join(", ")}: managed policies grant more than one function uses; use an inline policy from infra/policy-documents.ts.`,
    );
  }
}

/** No wildcard actions, no wildcard resources where AWS allows a specific one, no public grants. */
export const noWildcardPermissions: ResourceValidationPolicy = {
  name: "no-wildcard-permissions",
  description:
    "IAM, queue, topic and key policies allow no wildcard actions, no wildcard or NotResource resources (log streams of one group excepted) and no public principals; Deny statements may be broad.",
  enforcementLevel: "mandatory",
  validateResource: checkDocuments,
};

/** Every queue, topic and log group encrypted at rest; keys rotate. */
export const encryptionAtRest: ResourceValidationPolicy = {
  name: "encryption-at-rest",
  description:
    "SQS queues use KMS or SQS-managed encryption, SNS topics, CloudWatch log groups and DynamoDB tables use KMS, and customer managed keys rotate.",
  enforcementLevel: "mandatory",
  validateResource: [
    validateResourceOfType(aws.sqs.Queue, (queue, _args, report) => {
      if (!queue.kmsMasterKeyId && queue.sqsManagedSseEnabled !== true) {
        report("The queue is not encrypted at rest: set kmsMasterKeyId (the stack's key).");
      }
    }),
    validateResourceOfType(aws.sns.Topic, (topic, _args, report) => {
      if (!topic.kmsMasterKeyId) {
        report("The topic is not encrypted at rest: set kmsMasterKeyId (the stack's key).");
      }
    }),
    validateResourceOfType(aws.cloudwatch.LogGroup, (group, _args, report) => {
      if (!group.kmsKeyId) {
        report(
          "The log group is not encrypted with the stack's key: set kmsKeyId, and admit CloudWatch Logs for this log group in the key policy.",
        );
      }
    }),
    // DynamoDB always encrypts, with an AWS owned key unless told otherwise: that key's use is
    // neither in CloudTrail nor under the stack's key policy, so the table must name the stack's key.
    validateResourceOfType(aws.dynamodb.Table, (table, _args, report) => {
      const sse = table.serverSideEncryption;
      if (sse?.enabled !== true || !sse.kmsKeyArn) {
        report(
          "The table is not encrypted with the stack's key: set serverSideEncryption { enabled: true, kmsKeyArn }.",
        );
      }
    }),
    validateResourceOfType(aws.kms.Key, (key, _args, report) => {
      if (key.enableKeyRotation !== true) report("The key does not rotate: set enableKeyRotation.");
    }),
  ],
};

const SQS_ARN = /^arn:aws[a-z-]*:sqs:/;

function isSqsMapping(props: Json): boolean {
  return typeof props.eventSourceArn === "string" && SQS_ARN.test(props.eventSourceArn);
}

/** Every SQS event source mapping returns partial batch responses. */
export const sqsMappingsReportBatchItemFailures: ResourceValidationPolicy = {
  name: "sqs-mappings-report-batch-item-failures",
  description:
    "Every SQS event source mapping enables ReportBatchItemFailures, so one bad record does not redeliver its whole batch.",
  enforcementLevel: "mandatory",
  validateResource: validateResourceOfType(
    aws.lambda.EventSourceMapping,
    (mapping, args, report) => {
      if (!isSqsMapping(args.props)) return;
      if (!(mapping.functionResponseTypes ?? []).includes("ReportBatchItemFailures")) {
        report(
          'The SQS event source mapping does not report batch item failures: set functionResponseTypes: ["ReportBatchItemFailures"].',
        );
      }
    },
  ),
};

function parseJson(text: unknown): Json | undefined {
  if (typeof text !== "string")
    return typeof text === "object" && text !== null ? (text as Json) : undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

const ofType = (resources: PolicyResource[], type: string) =>
  resources.filter((r) => r.type === type);

const SUBSCRIPTION = "aws:sns/topicSubscription:TopicSubscription";

/** The deadLetterTargetArn of each SNS subscription's redrivePolicy (the subscription DLQs). */
function subscriptionDeadLetterArns(resources: PolicyResource[]): Set<string> {
  const arns = new Set<string>();
  for (const subscription of ofType(resources, SUBSCRIPTION)) {
    const target = parseJson(subscription.props.redrivePolicy)?.deadLetterTargetArn;
    if (typeof target === "string") arns.add(target);
  }
  return arns;
}

/** Every queue either redrives to a DLQ or is one; a DLQ keeps messages at least as long as its source. */
export const queuesHaveDeadLetterQueues: StackValidationPolicy = {
  name: "queues-have-dead-letter-queues",
  description:
    "Every SQS queue redrives to a dead-letter queue after maxReceiveCount receives, unless it is a dead-letter queue itself (of a queue or of an SNS subscription); a DLQ retains messages at least as long as its source queue.",
  enforcementLevel: "mandatory",
  validateStack: (args, report) => {
    const queues = ofType(args.resources, "aws:sqs/queue:Queue");
    // SNS moves what it cannot deliver into these: new messages, so no retention to compare.
    const subscriptionDeadLetters = subscriptionDeadLetterArns(args.resources);
    const redrives = new Map<string, { source: PolicyResource; maxReceiveCount: unknown }>();
    for (const queue of queues) {
      const redrive = parseJson(queue.props.redrivePolicy);
      if (redrive && typeof redrive.deadLetterTargetArn === "string") {
        redrives.set(redrive.deadLetterTargetArn, {
          source: queue,
          maxReceiveCount: redrive.maxReceiveCount,
        });
      }
    }
    for (const queue of queues) {
      const redrive = parseJson(queue.props.redrivePolicy);
      if (redrive) {
        const count = Number(redrive.maxReceiveCount);
        if (
          typeof redrive.deadLetterTargetArn !== "string" ||
          !Number.isInteger(count) ||
          count < 1
        ) {
          report(
            `Queue ${queue.name} has a redrivePolicy without a deadLetterTargetArn and a maxReceiveCount of at least 1.`,
            queue.urn,
          );
        }
        continue;
      }
      const sourceOf = redrives.get(String(queue.props.arn));
      if (!sourceOf && subscriptionDeadLetters.has(String(queue.props.arn))) continue;
      if (!sourceOf) {
        report(
          `Queue ${queue.name} has no dead-letter queue: give it a redrivePolicy (deadLetterTargetArn, maxReceiveCount), or make it another queue's or a subscription's DLQ.`,
          queue.urn,
        );
        continue;
      }
      const dlqRetention = Number(queue.props.messageRetentionSeconds ?? 345_600);
      const sourceRetention = Number(sourceOf.source.props.messageRetentionSeconds ?? 345_600);
      if (dlqRetention < sourceRetention) {
        report(
          `Dead-letter queue ${queue.name} keeps messages ${dlqRetention} s, less than its source ${sourceOf.source.name} (${sourceRetention} s): SQS keeps the original enqueue time, so messages would expire in the DLQ early.`,
          queue.urn,
        );
      }
    }
  },
};

/** Whether a queue policy lets SNS send to the queue on behalf of `topicArn` (aws:SourceArn). */
function admitsTopic(document: unknown, topicArn: string): boolean {
  const parsed = parsePolicyDocument(document);
  if (!parsed) return false;
  return parsed.Statement.some((s) => {
    const sources = [
      ...list(s.Condition?.ArnEquals?.["aws:SourceArn"]),
      ...list(s.Condition?.ArnLike?.["aws:SourceArn"]),
    ];
    return (
      s.Effect === "Allow" &&
      principals(s).includes("sns.amazonaws.com") &&
      list(s.Action).some((a) => a === "sqs:SendMessage") &&
      sources.includes(topicArn)
    );
  });
}

/**
 * Every subscription of a queue to a topic has a redrivePolicy to a DLQ of the stack that SNS may
 * write to: SNS does not retry a client-side error (key disabled, queue policy refusing the topic)
 * and, without a DLQ, drops the message after the publish succeeded.
 */
export const sqsSubscriptionsHaveRedrivePolicies: StackValidationPolicy = {
  name: "sqs-subscriptions-have-redrive-policies",
  description:
    "Every SNS subscription to an SQS endpoint has a redrivePolicy whose deadLetterTargetArn is another SQS queue of the stack, whose queue policy admits sqs:SendMessage from SNS for the subscription's topic (aws:SourceArn), so an undeliverable message is kept instead of dropped.",
  enforcementLevel: "mandatory",
  validateStack: (args, report) => {
    const queues = ofType(args.resources, "aws:sqs/queue:Queue");
    const queuePolicies = ofType(args.resources, "aws:sqs/queuePolicy:QueuePolicy");
    for (const subscription of ofType(args.resources, SUBSCRIPTION)) {
      if (subscription.props.protocol !== "sqs") continue;
      const topic = String(subscription.props.topic);
      const target = parseJson(subscription.props.redrivePolicy)?.deadLetterTargetArn;
      if (typeof target !== "string") {
        report(
          `Subscription ${subscription.name} has no redrivePolicy: a message SNS cannot deliver to ${String(subscription.props.endpoint)} (its key disabled, its policy wrong) would be dropped. Set redrivePolicy to {"deadLetterTargetArn": <an SQS queue of this stack>} (topology: SubscriptionSpec.deadLetterQueue).`,
          subscription.urn,
        );
        continue;
      }
      const dlq = queues.find((q) => q.props.arn === target);
      if (!dlq || target === subscription.props.endpoint) {
        report(
          `Subscription ${subscription.name} redrives to ${target}, which is ${dlq ? "its own endpoint" : "not a queue of this stack"}: point deadLetterTargetArn at the subscription's own dead-letter queue.`,
          subscription.urn,
        );
        continue;
      }
      const documents = [
        dlq.props.policy,
        ...queuePolicies
          .filter((p) => p.props.queueUrl === dlq.props.url)
          .map((p) => p.props.policy),
      ];
      if (!documents.some((d) => admitsTopic(d, topic))) {
        report(
          `Subscription ${subscription.name} redrives to ${dlq.name}, whose queue policy does not admit SNS for ${topic}: SNS could not move a message there either. Allow sqs:SendMessage to the sns.amazonaws.com principal with aws:SourceArn ${topic}.`,
          subscription.urn,
        );
      }
    }
  },
};

/** Destinations only on functions that are invoked asynchronously; none on SQS mappings. */
export const destinationsOnlyForAsyncInvocation: StackValidationPolicy = {
  name: "destinations-only-for-async-invocation",
  description:
    "Lambda destinations (event invoke config OnSuccess/OnFailure) only on functions tagged as invoked asynchronously, and never on SQS event source mappings, which AWS invokes synchronously.",
  enforcementLevel: "mandatory",
  validateStack: (args, report) => {
    const functions = ofType(args.resources, "aws:lambda/function:Function");
    for (const config of ofType(
      args.resources,
      "aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig",
    )) {
      const destinations = (config.props.destinationConfig ?? {}) as Json;
      if (!destinations.onSuccess && !destinations.onFailure) continue;
      const target = String(config.props.functionName);
      const fn = functions.find((f) => f.props.name === target || f.props.arn === target);
      if (!fn) {
        report(
          `Event invoke config ${config.name} sets destinations for ${target}, which is not a function of this stack tagged as invoked asynchronously: point it at such a function (topology/build.ts asyncInvokeConfigs) or remove it.`,
          config.urn,
        );
      } else if (!expectsAsyncInvocation(fn.props.tags as Record<string, string> | undefined)) {
        report(
          `Event invoke config ${config.name} sets destinations for ${fn.name}, which is not invoked asynchronously (tag order-events:invocation has no "async"): destinations would never fire; remove the config, or declare the function invoked asynchronously (invocation.asynchronous in topology/build.ts).`,
          config.urn,
        );
      }
    }
    for (const mapping of ofType(
      args.resources,
      "aws:lambda/eventSourceMapping:EventSourceMapping",
    )) {
      if (isSqsMapping(mapping.props) && mapping.props.destinationConfig) {
        report(
          `Event source mapping ${mapping.name} reads SQS and sets a destinationConfig: AWS supports none for SQS; remove it, failures go to the queue's DLQ (its redrivePolicy).`,
          mapping.urn,
        );
      }
    }
  },
};

/**
 * Whether a document denies every action of `service` ("sqs", "sns") on the resource to everyone
 * without TLS. A deny of some actions only (sns:Publish, sns:Subscribe) leaves the others, such as
 * reading attributes or subscriptions, open over plain HTTP.
 */
function deniesInsecureTransport(
  document: unknown,
  resourceArn: unknown,
  service: string,
): boolean {
  const parsed = parsePolicyDocument(document);
  if (!parsed) return false;
  return parsed.Statement.some((s) => {
    const secure = s.Condition?.Bool?.["aws:SecureTransport"];
    return (
      s.Effect === "Deny" &&
      principals(s).includes("*") &&
      (secure === "false" || secure === false) &&
      list(s.Action).some((a) => a === `${service}:*` || a === "*") &&
      list(s.Resource).some((r) => r === resourceArn || r === "*")
    );
  });
}

/** Every queue and topic denies requests without TLS. */
export const tlsOnlyResourcePolicies: StackValidationPolicy = {
  name: "tls-only-resource-policies",
  description:
    "Every SQS queue and SNS topic has a resource policy that denies every action (sqs:*, sns:*) without TLS (aws:SecureTransport false).",
  enforcementLevel: "mandatory",
  validateStack: (args, report) => {
    const queuePolicies = ofType(args.resources, "aws:sqs/queuePolicy:QueuePolicy");
    for (const queue of ofType(args.resources, "aws:sqs/queue:Queue")) {
      const documents = [
        queue.props.policy,
        ...queuePolicies
          .filter((p) => p.props.queueUrl === queue.props.url)
          .map((p) => p.props.policy),
      ];
      if (!documents.some((d) => deniesInsecureTransport(d, queue.props.arn, "sqs"))) {
        report(
          `Queue ${queue.name} accepts requests without TLS: add a queue policy statement denying sqs:* when aws:SecureTransport is false.`,
          queue.urn,
        );
      }
    }
    const topicPolicies = ofType(args.resources, "aws:sns/topicPolicy:TopicPolicy");
    for (const topic of ofType(args.resources, "aws:sns/topic:Topic")) {
      const documents = [
        topic.props.policy,
        ...topicPolicies.filter((p) => p.props.arn === topic.props.arn).map((p) => p.props.policy),
      ];
      if (!documents.some((d) => deniesInsecureTransport(d, topic.props.arn, "sns"))) {
        report(
          `Topic ${topic.name} accepts requests without TLS: add a topic policy statement denying sns:* (every action, not only Publish) when aws:SecureTransport is false.`,
          topic.urn,
        );
      }
    }
  },
};

/** A queue read by Lambda stays invisible while its batch may still be in flight. */
export const visibilityTimeoutCoversFunction: StackValidationPolicy = {
  name: "visibility-timeout-covers-function",
  description:
    "A queue read by a Lambda event source mapping has a visibility timeout of at least 6 x the function timeout + the batching window (AWS's advice), so a batch in flight is not delivered twice.",
  enforcementLevel: "mandatory",
  validateStack: (args, report) => {
    const queues = ofType(args.resources, "aws:sqs/queue:Queue");
    const functions = ofType(args.resources, "aws:lambda/function:Function");
    for (const mapping of ofType(
      args.resources,
      "aws:lambda/eventSourceMapping:EventSourceMapping",
    )) {
      if (!isSqsMapping(mapping.props)) continue;
      const queue = queues.find((q) => q.props.arn === mapping.props.eventSourceArn);
      const target = String(mapping.props.functionName);
      const fn = functions.find((f) => f.props.arn === target || f.props.name === target);
      if (!queue || !fn) continue;
      const timeout = Number(fn.props.timeout ?? 3);
      const window = Number(mapping.props.maximumBatchingWindowInSeconds ?? 0);
      const visibility = Number(queue.props.visibilityTimeoutSeconds ?? 30);
      if (visibility < 6 * timeout + window) {
        report(
          `Queue ${queue.name} has a visibility timeout of ${visibility} s, below 6 x ${timeout} s (timeout of ${fn.name}) + ${window} s (batching window) = ${6 * timeout + window} s. Raise visibilityTimeoutSeconds to at least ${6 * timeout + window}, or lower the function timeout or the batching window.`,
          queue.urn,
        );
      }
    }
  },
};

/**
 * The reserved-concurrency rule (infra/concurrency.ts `reservationShortfall`) over the stack's
 * resources, and every SQS mapping under a reservation sets a maximum concurrency. The resources
 * do not carry the configured asyncConcurrencyHeadroom, so a function also invoked asynchronously
 * is held to the least headroom the configuration allows.
 */
export const reservedConcurrencyLeavesAsyncHeadroom: StackValidationPolicy = {
  name: "reserved-concurrency-leaves-async-headroom",
  description:
    "A function that reserves concurrency sets maximumConcurrency on each of its SQS event source mappings and reserves at least their sum, plus at least one execution when it is also invoked asynchronously, so asynchronous invocations cannot throttle the mappings.",
  enforcementLevel: "mandatory",
  validateStack: (args, report) => {
    const mappings = ofType(args.resources, "aws:lambda/eventSourceMapping:EventSourceMapping");
    for (const fn of ofType(args.resources, "aws:lambda/function:Function")) {
      const reserved = Number(fn.props.reservedConcurrentExecutions ?? -1);
      if (!Number.isInteger(reserved) || reserved < 0) continue;
      const own = mappings.filter(
        (m) =>
          isSqsMapping(m.props) &&
          (m.props.functionName === fn.props.arn || m.props.functionName === fn.props.name),
      );
      const caps = own.map((m) =>
        Number((m.props.scalingConfig as Json | undefined)?.maximumConcurrency),
      );
      own.forEach((m, i) => {
        if (!Number.isInteger(caps[i])) {
          report(
            `Event source mapping ${m.name} has no scalingConfig.maximumConcurrency while ${fn.name} reserves ${reserved} executions: the mapping could take the whole reservation. Set maximumConcurrency below the reservation.`,
            m.urn,
          );
        }
      });
      const async = expectsAsyncInvocation(fn.props.tags as Record<string, string> | undefined);
      if (own.length === 0 && !async) continue;
      const shortfall = reservationShortfall({
        function: fn.name,
        reserved,
        sqs: caps.filter(Number.isInteger).reduce((a, b) => a + b, 0),
        asyncHeadroom: async ? configKeys.asyncConcurrencyHeadroom.min : 0,
      });
      if (shortfall) report(shortfall, fn.urn);
    }
  },
};

/**
 * Every policy of the pack, in the order `pulumi preview --policy-pack policy` reports them.
 *
 * @example for (const p of policies) console.log(p.name);
 */
export const policies: (ResourceValidationPolicy | StackValidationPolicy)[] = [
  noWildcardPermissions,
  encryptionAtRest,
  queuesHaveDeadLetterQueues,
  sqsSubscriptionsHaveRedrivePolicies,
  sqsMappingsReportBatchItemFailures,
  destinationsOnlyForAsyncInvocation,
  tlsOnlyResourcePolicies,
  visibilityTimeoutCoversFunction,
  reservedConcurrencyLeavesAsyncHeadroom,
];
