// One topology, two renderings: the Pulumi program (run under mocks, tests/infra/support) and the
// local runtime (rendered on the embedded emulator and read back through its APIs). Both are
// reduced to the same logical view, by topology key, and must be equal, and equal to the topology.
import { GetSubscriptionAttributesCommand, ListSubscriptionsCommand } from "@aws-sdk/client-sns";
import { GetQueueAttributesCommand } from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseStackConfig } from "../../infra/config";
import { namePrefix, stackTopologySettings } from "../../infra/naming";
import { COMPONENT_TAG } from "../../infra/tags";
import {
  createTables,
  type LocalDynamoDb,
  startLocalDynamoDb,
} from "../../local/dynamodb/local-dynamodb";
import { awsClients, type Emulator, startEmulator } from "../../local/emulator";
import {
  functionEnvironment,
  invokeSettings,
  mappingSettings,
} from "../../local/topology/local-settings";
import { type RenderedTopology, renderTopology } from "../../local/topology/render-emulator";
import { buildTopology } from "../../topology/build";
import type { Topology } from "../../topology/types";
import { ofType, PROJECT, type ProgramRun, runProgram } from "../infra/support/program";
import { stackConfig } from "../infra/support/stack-files";

/** What both renderings must agree on, by topology key (physical names and ARNs differ). */
interface LogicalView {
  queues: Record<
    string,
    {
      visibilityTimeoutSeconds: number;
      messageRetentionSeconds: number;
      receiveWaitTimeSeconds: number;
      redrive: { deadLetterQueue: string; maxReceiveCount: number } | null;
      redriveAllowedSource: string | null;
    }
  >;
  topics: string[];
  subscriptions: Record<
    string,
    { raw: boolean; scope: string; filterPolicy: unknown; deadLetterQueue: string | null }
  >;
  mappings: Record<
    string,
    {
      batchSize: number;
      window: number;
      reportBatchItemFailures: boolean;
      maximumConcurrency: number;
    }
  >;
  invokeConfigs: Record<
    string,
    {
      maximumRetryAttempts: number;
      maximumEventAgeSeconds: number;
      onSuccess: string;
      onFailure: string;
    }
  >;
  environments: Record<string, Record<string, string>>;
}

const STACK = "dev";
const config = stackConfig(STACK);
const settings = parseStackConfig(PROJECT, (key) => config[key], Object.keys(config));
// As index.ts builds it for the stack, so both renderings start from the same topology.
const topology = buildTopology(
  stackTopologySettings(settings.topology, namePrefix(PROJECT, STACK)),
);

let program: ProgramRun;
let emulator: Emulator;
let rendered: RenderedTopology;
let dynamo: LocalDynamoDb;
let tableNames: ReadonlyMap<string, string>;

beforeAll(async () => {
  program = await runProgram(STACK, config);
  emulator = await startEmulator();
  rendered = await renderTopology(topology, awsClients(emulator));
  dynamo = await startLocalDynamoDb();
  tableNames = await createTables(dynamo.client(), topology.tables);
}, 30_000);
afterAll(async () => {
  await emulator?.stop();
  await dynamo?.stop();
});

/** Maps a physical name or ARN back to its topology key. */
function keyResolver(names: Map<string, string>): (nameOrArn: string) => string {
  return (nameOrArn) => {
    const last = nameOrArn.split(/[:/]/).pop() ?? nameOrArn;
    const key = names.get(last);
    if (key === undefined) throw new Error(`no topology key for ${nameOrArn}`);
    return key;
  };
}

function pulumiView(run: ProgramRun, t: Topology): LogicalView {
  const prefix = `${PROJECT}-${STACK}-`;
  const names = new Map<string, string>([
    ...t.queues.map((q) => [`${prefix}${q.key}`, q.key] as const),
    ...t.topics.map((x) => [`${prefix}${x.name}`, x.key] as const),
    ...t.functions.map((f) => [`${prefix}${f.key}`, f.key] as const),
  ]);
  const key = keyResolver(names);
  const topicArns = new Map(
    ofType(run, "aws:sns/topic:Topic").map((r) => [r.outputs.arn as string, key(r.name)]),
  );
  const tables = new Map(
    ofType(run, "aws:dynamodb/table:Table").map((r) => [
      r.outputs.name as string,
      r.inputs.tags[COMPONENT_TAG] as string,
    ]),
  );
  const view: LogicalView = {
    queues: {},
    topics: [],
    subscriptions: {},
    mappings: {},
    invokeConfigs: {},
    environments: {},
  };
  for (const r of ofType(run, "aws:sqs/queue:Queue")) {
    const redrive = r.inputs.redrivePolicy ? JSON.parse(r.inputs.redrivePolicy) : null;
    view.queues[key(r.name)] = {
      visibilityTimeoutSeconds: r.inputs.visibilityTimeoutSeconds,
      messageRetentionSeconds: r.inputs.messageRetentionSeconds,
      receiveWaitTimeSeconds: r.inputs.receiveWaitTimeSeconds,
      redrive: redrive && {
        deadLetterQueue: key(redrive.deadLetterTargetArn),
        maxReceiveCount: Number(redrive.maxReceiveCount),
      },
      redriveAllowedSource: null,
    };
  }
  for (const r of ofType(run, "aws:sqs/redriveAllowPolicy:RedriveAllowPolicy")) {
    const policy = JSON.parse(r.inputs.redriveAllowPolicy);
    const queue = view.queues[key(r.inputs.queueUrl)];
    if (queue) queue.redriveAllowedSource = key(policy.sourceQueueArns[0]);
  }
  view.topics = [...topicArns.values()].sort();
  for (const r of ofType(run, "aws:sns/topicSubscription:TopicSubscription")) {
    view.subscriptions[`${topicArns.get(r.inputs.topic)}->${key(r.inputs.endpoint)}`] = {
      raw: r.inputs.rawMessageDelivery === true,
      scope: r.inputs.filterPolicyScope,
      filterPolicy: JSON.parse(r.inputs.filterPolicy),
      deadLetterQueue: r.inputs.redrivePolicy
        ? key(JSON.parse(r.inputs.redrivePolicy).deadLetterTargetArn)
        : null,
    };
  }
  for (const r of ofType(run, "aws:lambda/eventSourceMapping:EventSourceMapping")) {
    view.mappings[`${key(r.inputs.functionName)}<-${key(r.inputs.eventSourceArn)}`] = {
      batchSize: r.inputs.batchSize,
      window: r.inputs.maximumBatchingWindowInSeconds,
      reportBatchItemFailures: (r.inputs.functionResponseTypes ?? []).includes(
        "ReportBatchItemFailures",
      ),
      maximumConcurrency: r.inputs.scalingConfig?.maximumConcurrency,
    };
  }
  for (const r of ofType(run, "aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig")) {
    view.invokeConfigs[key(r.inputs.functionName)] = {
      maximumRetryAttempts: r.inputs.maximumRetryAttempts,
      maximumEventAgeSeconds: r.inputs.maximumEventAgeInSeconds,
      onSuccess: topicArns.get(r.inputs.destinationConfig.onSuccess.destination) ?? "?",
      onFailure: topicArns.get(r.inputs.destinationConfig.onFailure.destination) ?? "?",
    };
  }
  for (const r of ofType(run, "aws:lambda/function:Function")) {
    view.environments[key(r.inputs.name)] = Object.fromEntries(
      Object.entries(r.inputs.environment?.variables ?? {}).map(([k, v]) => [
        k,
        topicArns.has(v as string)
          ? `topic:${topicArns.get(v as string)}`
          : tables.has(v as string)
            ? `table:${tables.get(v as string)}`
            : (v as string),
      ]),
    );
  }
  return view;
}

async function emulatorView(t: Topology, r: RenderedTopology): Promise<LogicalView> {
  const clients = awsClients(emulator);
  const names = new Map<string, string>([
    ...[...r.queues.values()].map((q) => [q.name, q.key] as const),
    ...[...r.topics.values()].map((x) => [x.name, x.key] as const),
  ]);
  const key = keyResolver(names);
  const topicKeys = new Map([...r.topics.values()].map((x) => [x.arn, x.key as string]));
  const view: LogicalView = {
    queues: {},
    topics: [],
    subscriptions: {},
    mappings: {},
    invokeConfigs: {},
    environments: {},
  };
  for (const q of r.queues.values()) {
    const { Attributes: a = {} } = await clients.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: q.url, AttributeNames: ["All"] }),
    );
    const redrive = a.RedrivePolicy ? JSON.parse(a.RedrivePolicy) : null;
    const allow = a.RedriveAllowPolicy ? JSON.parse(a.RedriveAllowPolicy) : null;
    view.queues[q.key] = {
      visibilityTimeoutSeconds: Number(a.VisibilityTimeout),
      messageRetentionSeconds: Number(a.MessageRetentionPeriod),
      receiveWaitTimeSeconds: Number(a.ReceiveMessageWaitTimeSeconds),
      redrive: redrive && {
        deadLetterQueue: key(redrive.deadLetterTargetArn),
        maxReceiveCount: Number(redrive.maxReceiveCount),
      },
      redriveAllowedSource: allow ? key(allow.sourceQueueArns[0]) : null,
    };
  }
  view.topics = [...r.topics.keys()].sort();
  const { Subscriptions = [] } = await clients.sns.send(new ListSubscriptionsCommand({}));
  for (const s of Subscriptions) {
    const { Attributes: a = {} } = await clients.sns.send(
      new GetSubscriptionAttributesCommand({ SubscriptionArn: s.SubscriptionArn }),
    );
    view.subscriptions[`${topicKeys.get(s.TopicArn ?? "")}->${key(s.Endpoint ?? "")}`] = {
      raw: a.RawMessageDelivery === "true",
      scope: a.FilterPolicyScope ?? "MessageAttributes",
      filterPolicy: JSON.parse(a.FilterPolicy ?? "null"),
      deadLetterQueue: a.RedrivePolicy
        ? key(JSON.parse(a.RedrivePolicy).deadLetterTargetArn)
        : null,
    };
  }
  for (const m of mappingSettings(t)) {
    view.mappings[`${m.function}<-${m.queue}`] = {
      batchSize: m.batchSize,
      window: m.maximumBatchingWindowSeconds,
      reportBatchItemFailures: m.reportBatchItemFailures,
      maximumConcurrency: m.maximumConcurrency,
    };
  }
  for (const c of invokeSettings(t, r)) {
    view.invokeConfigs[c.function] = {
      maximumRetryAttempts: c.maximumRetryAttempts,
      maximumEventAgeSeconds: c.maximumEventAgeSeconds,
      onSuccess: topicKeys.get(c.onSuccessDestinationArn) ?? "?",
      onFailure: topicKeys.get(c.onFailureDestinationArn) ?? "?",
    };
  }
  const tableKeys = new Map([...tableNames].map(([k, name]) => [name, k]));
  for (const fn of t.functions) {
    view.environments[fn.key] = Object.fromEntries(
      Object.entries(functionEnvironment(fn, r, tableNames)).map(([k, v]) => [
        k,
        topicKeys.has(v)
          ? `topic:${topicKeys.get(v)}`
          : tableKeys.has(v)
            ? `table:${tableKeys.get(v)}`
            : v,
      ]),
    );
  }
  return view;
}

describe("the Pulumi rendering and the emulator rendering of the topology agree", () => {
  it("renders the same queues, redrives, topics, subscriptions, mappings, invoke configs and environments", async () => {
    const fromPulumi = pulumiView(program, topology);
    const fromEmulator = await emulatorView(topology, rendered);

    expect(Object.keys(fromPulumi.queues)).toHaveLength(topology.queues.length);
    expect(Object.keys(fromPulumi.subscriptions)).toHaveLength(topology.subscriptions.length);
    expect(Object.keys(fromPulumi.mappings)).toHaveLength(topology.eventSourceMappings.length);
    expect(Object.keys(fromPulumi.invokeConfigs)).toHaveLength(topology.asyncInvokeConfigs.length);
    expect(Object.keys(fromPulumi.environments)).toHaveLength(topology.functions.length);
    expect(fromEmulator).toEqual(fromPulumi);
  });

  it("agrees with the topology itself (so both cannot be wrong the same way)", async () => {
    const view = await emulatorView(topology, rendered);
    for (const q of topology.queues) {
      expect(view.queues[q.key], q.key).toEqual({
        visibilityTimeoutSeconds: q.visibilityTimeoutSeconds,
        messageRetentionSeconds: q.messageRetentionSeconds,
        receiveWaitTimeSeconds: q.receiveWaitTimeSeconds,
        redrive: q.redrive ?? null,
        redriveAllowedSource: q.redriveSource ?? null,
      });
    }
    for (const s of topology.subscriptions) {
      expect(view.subscriptions[`${s.topic}->${s.queue}`], s.key).toEqual({
        raw: s.rawMessageDelivery,
        scope: s.filterPolicyScope,
        filterPolicy: s.filterPolicy,
        deadLetterQueue: s.deadLetterQueue,
      });
    }
    expect(view.invokeConfigs.processor).toEqual({
      maximumRetryAttempts: settings.topology.processor.asyncMaximumRetryAttempts,
      maximumEventAgeSeconds: settings.topology.processor.asyncMaximumEventAgeSeconds,
      onSuccess: "success",
      onFailure: "failure",
    });
    expect(view.environments.processor).toMatchObject({
      SUCCESS_TOPIC_ARN: "topic:success",
      FAILURE_TOPIC_ARN: "topic:failure",
      POWERTOOLS_SERVICE_NAME: `${PROJECT}-${STACK}-processor`,
    });
  });

  it("notices a difference: a subscription without its DLQ on one side makes the views differ", async () => {
    const changed = structuredClone(pulumiView(program, topology));
    const fulfilment = changed.subscriptions["success->fulfilment"];
    if (!fulfilment?.deadLetterQueue) throw new Error("success->fulfilment has no DLQ in Pulumi");
    fulfilment.deadLetterQueue = null;
    expect(await emulatorView(topology, rendered)).not.toEqual(changed);
  });

  it("notices a difference: a changed maxReceiveCount on one side makes the views differ", async () => {
    const changed = structuredClone(pulumiView(program, topology));
    const orders = changed.queues.orders;
    if (!orders?.redrive) throw new Error("orders has no redrive in the Pulumi rendering");
    orders.redrive.maxReceiveCount += 1;
    expect(await emulatorView(topology, rendered)).not.toEqual(changed);
  });
});
