import { randomUUID } from "node:crypto";
import { PublishCommand } from "@aws-sdk/client-sns";
import {
  ChangeMessageVisibilityBatchCommand,
  GetQueueAttributesCommand,
  type Message,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
} from "@aws-sdk/client-sqs";
import type { SqsEvent } from "../generated/types";
import { buildTopology } from "../topology/build";
import type { Topology } from "../topology/types";
import { AsyncInvoker } from "./async/async-invoker";
import { functionArn, lambdaContext } from "./async/lambda-context";
import {
  createTables,
  type LocalDynamoDb,
  localDynamoDbEnvironment,
  startLocalDynamoDb,
} from "./dynamodb/local-dynamodb";
import {
  type AwsClients,
  awsClients,
  type Emulator,
  emulatorEnvironment,
  startEmulator,
} from "./emulator";
import { EventSourceMapping, type InvocationReport } from "./esm/event-source-mapping";
import { SnsFaultProxy } from "./faults/sns-fault-proxy";
import { type LoadedFunction, loadFunction } from "./functions/load-function";
import { FunctionLogCapture } from "./functions/log-capture";
import { type ConsumerSummary, ConsumerView, type TappedMessage } from "./observe/consumers";
import { type InputPath, Ledger, type LedgerSummary } from "./observe/ledger";
import { createTaps, type Tap } from "./observe/taps";
import { functionEnvironment, invokeSettings, mappingSettings } from "./topology/local-settings";
import { type RenderedTopology, renderTopology } from "./topology/render-emulator";

/** One input to send: its body, a label for the summary, and where it should end. */
export interface PipelineInput {
  readonly body: string;
  readonly kind: string;
  /** "success_outcome", "failure_outcome:<CODE>" or "dead_lettered". */
  readonly expected: string;
}

export interface LocalPipelineOptions {
  /** An SNS/SQS endpoint to use instead of the embedded emulator (AWS_ENDPOINT_URL). */
  readonly endpoint?: string;
  /** A DynamoDB endpoint to use instead of the embedded dynalite (AWS_ENDPOINT_URL_DYNAMODB). */
  readonly dynamoDbEndpoint?: string;
  readonly region?: string;
  /**
   * Prepended to every queue and topic name: a fresh prefix keeps runs apart on an emulator that
   * outlives them (AWS_ENDPOINT_URL). Default "" (the topology's own names).
   */
  readonly namePrefix?: string;
  readonly topology?: Topology;
  /**
   * Local time compression: the visibility timeout (seconds) the event source mappings ask for
   * on each receive, so a failed message comes back after this long instead of the queue's
   * minutes. Default 1.
   */
  readonly visibilityTimeoutSeconds?: number;
  /** Most pollers per event source mapping here (the topology's MaximumConcurrency is for AWS). Default 4. */
  readonly maxLocalConcurrency?: number;
  /** Write every function log record (JSON lines) to this file. */
  readonly logFile?: string;
  /** Also print function log records to the terminal. */
  readonly echoLogs?: boolean;
  /** Called after every invocation of a mapping (progress, tests). */
  readonly onInvocation?: (report: InvocationReport) => void;
  /** Extra environment variables for every function (e.g. the soak's shorter SNS timeouts). */
  readonly functionEnvironment?: Readonly<Record<string, string>>;
}

/** Everything a run produced, for the summary. */
export interface PipelineSummary {
  ledger: LedgerSummary;
  consumers: ConsumerSummary[];
  /** Messages in each DLQ, by queue key. */
  dead_letter_queues: Record<string, number>;
  mappings: Record<string, EventSourceMapping["stats"]>;
  async_invocations: Record<string, AsyncInvoker["stats"]>;
  injected_faults: SnsFaultProxy["stats"];
}

/**
 * The whole pipeline on one machine: the emulator (embedded fauxqs, or AWS_ENDPOINT_URL), the
 * topology rendered onto it, the real handlers of every function loaded with the environment the
 * topology declares, an event source mapping per declared mapping, an asynchronous invoker per
 * declared invoke config (destination records to the topics), a fault proxy in front of SNS for
 * the functions, taps that see everything the topics carry, and a ledger that accounts for every
 * input. One per process (a handler module reads its environment once).
 *
 * @example
 * const pipeline = await LocalPipeline.start();
 * await pipeline.send([{ body, kind: "valid", expected: "success_outcome" }]);
 * await pipeline.waitUntilQuiet();
 * console.log((await pipeline.summary()).ledger.unaccounted); // 0
 * await pipeline.stop();
 */
export class LocalPipeline {
  readonly ledger = new Ledger();
  readonly tapped: TappedMessage[] = [];
  private readonly mappings = new Map<string, EventSourceMapping>();
  private readonly invokers = new Map<string, AsyncInvoker>();
  private readonly views: ConsumerView[] = [];
  private readonly invocationListeners: ((report: InvocationReport) => void)[] = [];
  /** Queues whose unrecorded messages are the user's own inputs (see `acceptOwnInputs`). */
  private readonly ownInputQueues = new Set<string>();
  private stopped = false;

  private constructor(
    readonly emulator: Emulator,
    readonly clients: AwsClients,
    readonly rendered: RenderedTopology,
    readonly proxy: SnsFaultProxy,
    readonly logs: FunctionLogCapture,
    readonly functions: ReadonlyMap<string, LoadedFunction>,
    private readonly taps: readonly Tap[],
    private readonly accountId: string,
    /** The consumers' idempotency tables live here. */
    readonly dynamoDb: LocalDynamoDb,
  ) {}

  static async start(options: LocalPipelineOptions = {}): Promise<LocalPipeline> {
    const topology = options.topology ?? buildTopology();
    const emulator = await startEmulator({
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.region ? { region: options.region } : {}),
    });
    const clients = awsClients(emulator);
    const namePrefix = options.namePrefix ?? "";
    const rendered = await renderTopology(topology, clients, { namePrefix });
    const taps = await createTaps(rendered, clients, namePrefix);
    const proxy = await SnsFaultProxy.start(emulator.endpoint);
    // The consumers' idempotency tables, on an in-process DynamoDB (or AWS_ENDPOINT_URL_DYNAMODB).
    const dynamoDb = await startLocalDynamoDb({
      ...(options.dynamoDbEndpoint ? { endpoint: options.dynamoDbEndpoint } : {}),
      region: emulator.region,
    });
    const tableNames = await createTables(dynamoDb.client(), topology.tables, { namePrefix });
    const logs = new FunctionLogCapture({
      ...(options.logFile ? { file: options.logFile } : {}),
      ...(options.echoLogs ? { echo: true } : {}),
    });
    logs.install();

    // The functions' own SDK clients reach SNS through the fault proxy; POWERTOOLS_DEV routes
    // their logs through the console, where the capture collects them.
    const common = {
      ...emulatorEnvironment({ endpoint: emulator.endpoint, region: emulator.region }),
      AWS_ENDPOINT_URL_SNS: proxy.endpoint,
      ...localDynamoDbEnvironment(dynamoDb),
      POWERTOOLS_DEV: "true",
      // Dev mode turns metrics off and then warns on every flush; keep them on (captured as EMF).
      POWERTOOLS_METRICS_DISABLED: "false",
      ...options.functionEnvironment,
    };
    const functions = new Map<string, LoadedFunction>();
    for (const spec of topology.functions) {
      const environment = { ...common, ...functionEnvironment(spec, rendered, tableNames) };
      functions.set(spec.key, await loadFunction(spec, environment));
    }
    const accountId =
      rendered.queue(topology.queues[0]?.key ?? "").arn.split(":")[4] ?? "000000000000";
    const pipeline = new LocalPipeline(
      emulator,
      clients,
      rendered,
      proxy,
      logs,
      functions,
      taps,
      accountId,
      dynamoDb,
    );
    pipeline.wire(options);
    return pipeline;
  }

  /** Calls `listener` after every invocation of every event source mapping (taps included). */
  onInvocation(listener: (report: InvocationReport) => void): void {
    this.invocationListeners.push(listener);
  }

  /** The topology this pipeline runs. */
  get topology(): Topology {
    return this.rendered.topology;
  }

  /** The unqualified ARN of a function, as this pipeline names it. */
  functionArn(key: string): string {
    return functionArn(this.emulator.region, this.accountId, key);
  }

  /**
   * Sends inputs to the orders queue (SendMessageBatch: at most 10 entries and 256 KiB a call;
   * a larger message goes alone) and records each in the ledger under its SQS message id.
   * Throws, naming the entry, when SQS refuses one.
   */
  async send(inputs: readonly PipelineInput[], queueKey = "orders"): Promise<string[]> {
    const queue = this.rendered.queue(queueKey);
    const ids: string[] = [];
    for (const chunk of sendChunks(inputs)) {
      if (chunk.length === 1 && Buffer.byteLength(chunk[0]?.body ?? "") > SQS_BATCH_BYTES) {
        const input = chunk[0] as PipelineInput;
        const { MessageId } = await this.clients.sqs.send(
          new SendMessageCommand({ QueueUrl: queue.url, MessageBody: input.body }),
        );
        ids.push(this.recordSent(MessageId, "sqs", input));
        continue;
      }
      const { Successful = [], Failed = [] } = await this.clients.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: queue.url,
          Entries: chunk.map((input, i) => ({ Id: String(i), MessageBody: input.body })),
        }),
      );
      if (Failed.length > 0) {
        const f = Failed[0];
        throw new Error(
          `SQS refused ${Failed.length} message(s) of a batch, e.g. entry ${f?.Id}: ${f?.Code} ${f?.Message}`,
        );
      }
      for (const result of Successful) {
        ids.push(
          this.recordSent(result.MessageId, "sqs", chunk[Number(result.Id)] as PipelineInput),
        );
      }
    }
    return ids;
  }

  /**
   * From now on, a message that reaches the function polling `queueKey` without having been sent
   * by `send` is the user's own input (sent by hand to a `--keep-running` pipeline): the ledger
   * records it before the function runs and reports it apart, with where it ended, instead of
   * counting its outcome as a message of no input.
   */
  acceptOwnInputs(queueKey = "orders"): void {
    this.ledger.acceptOwnInputs();
    this.ownInputQueues.add(queueKey);
  }

  /** Invokes a function asynchronously (InvocationType Event) and records the input. */
  invokeAsync(input: PipelineInput, functionKey = "processor"): string {
    const invoker = this.invokers.get(functionKey);
    if (!invoker)
      throw new Error(`function ${functionKey} has no event invoke config in the topology`);
    const { requestId } = invoker.invoke(input.body);
    return this.recordSent(requestId, "async", input);
  }

  /**
   * Waits until nothing moves: every asynchronous invocation settled, no batch in flight, and
   * every polled queue (orders, consumer queues, taps) empty. Returns false after `timeoutMs`.
   */
  async waitUntilQuiet(
    options: { timeoutMs?: number; onTick?: () => void | Promise<void> } = {},
  ): Promise<boolean> {
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    let quietChecks = 0;
    while (Date.now() < deadline) {
      await options.onTick?.();
      const invoking = [...this.invokers.values()].some((i) => i.inFlight > 0);
      const busy = [...this.mappings.values()].some((m) => m.isBusy);
      const depth = invoking || busy ? 1 : await this.polledDepth();
      quietChecks = depth === 0 ? quietChecks + 1 : 0;
      if (quietChecks >= 2) return true;
      await sleep(100);
    }
    return false;
  }

  /** Messages waiting or in flight on one queue. */
  async depth(queueKey: string): Promise<number> {
    return queueDepth(this.clients, this.rendered.queue(queueKey).url);
  }

  /**
   * Reads every message in the orders DLQ without removing it (received, then made visible
   * again) and accounts for it in the ledger. Returns the messages.
   */
  async accountDeadLetters(dlqKey = "orders-dlq"): Promise<Message[]> {
    const messages = await peekQueue(this.clients, this.rendered.queue(dlqKey).url);
    this.ledger.clearDeadLetters();
    for (const m of messages) this.ledger.observeDeadLetter(m.MessageId ?? "", m.Body ?? "");
    return messages;
  }

  async summary(): Promise<PipelineSummary> {
    await this.accountDeadLetters();
    const dead_letter_queues: Record<string, number> = {};
    for (const queue of this.topology.queues.filter((q) => q.role === "dead-letter")) {
      dead_letter_queues[queue.key] = await this.depth(queue.key);
    }
    return {
      ledger: this.ledger.summary(),
      consumers: this.views.map((view) => view.summary(this.tapped)),
      dead_letter_queues,
      mappings: Object.fromEntries([...this.mappings].map(([k, m]) => [k, { ...m.stats }])),
      async_invocations: Object.fromEntries(
        [...this.invokers].map(([k, i]) => [k, { ...i.stats }]),
      ),
      injected_faults: { ...this.proxy.stats },
    };
  }

  /** Stops polling and invoking, then the proxy and the emulator. Idempotent. */
  async stop(options: { keepEmulator?: boolean } = {}): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await Promise.all([...this.mappings.values()].map((m) => m.stop()));
    await Promise.all([...this.invokers.values()].map((i) => i.settled()));
    await this.proxy.stop();
    await this.dynamoDb.stop();
    this.logs.uninstall();
    if (!options.keepEmulator) await this.emulator.stop();
  }

  private recordSent(id: string | undefined, path: InputPath, input: PipelineInput): string {
    if (!id) throw new Error(`the ${path} call returned no id for an input of kind ${input.kind}`);
    this.ledger.recordSent({
      id,
      path,
      kind: input.kind,
      body: input.body,
      expected: input.expected,
    });
    return id;
  }

  /** Records the event's unknown messages as the user's own, before the function sees them. */
  private noteOwnInputs(queueKey: string, event: SqsEvent): SqsEvent {
    if (this.ownInputQueues.has(queueKey)) {
      for (const r of event.Records) this.ledger.recordOwnInput({ id: r.messageId, body: r.body });
    }
    return event;
  }

  private async polledDepth(): Promise<number> {
    const urls = [
      ...this.topology.eventSourceMappings.map((m) => this.rendered.queue(m.queue).url),
      ...this.taps.map((t) => t.queue.url),
    ];
    const depths = await Promise.all(urls.map((url) => queueDepth(this.clients, url)));
    return depths.reduce((a, b) => a + b, 0);
  }

  private wire(options: LocalPipelineOptions): void {
    const topology = this.topology;
    const visibility = options.visibilityTimeoutSeconds ?? 1;
    const maxConcurrency = options.maxLocalConcurrency ?? 4;

    for (const subscription of topology.subscriptions) {
      const view = new ConsumerView(subscription);
      this.views.push(view);
      this.logs.onRecord((record) => view.observeLog(record));
    }
    for (const spec of mappingSettings(topology)) {
      const fn = this.functions.get(spec.function);
      if (!fn)
        throw new Error(`event source mapping ${spec.key} names unknown function ${spec.function}`);
      const queue = this.rendered.queue(spec.queue);
      const views = this.views.filter((v) => v.subscription.queue === spec.queue);
      const arn = this.functionArn(fn.spec.key);
      this.mappings.set(
        spec.key,
        new EventSourceMapping({
          name: spec.key,
          sqs: this.clients.sqs,
          queueUrl: queue.url,
          queueArn: queue.arn,
          region: this.emulator.region,
          handler: (event) =>
            fn.handler(
              this.noteOwnInputs(spec.queue, event),
              lambdaContext({
                functionName: fn.spec.key,
                functionArn: arn,
                requestId: randomUUID(),
                timeoutSeconds: fn.spec.timeoutSeconds,
                memoryLimitInMB: fn.spec.memorySizeMb,
              }),
            ),
          batchSize: spec.batchSize,
          maximumBatchingWindowSeconds: spec.maximumBatchingWindowSeconds,
          reportBatchItemFailures: spec.reportBatchItemFailures,
          maximumConcurrency: Math.min(spec.maximumConcurrency, maxConcurrency),
          // As in AWS (6 x timeout + window), the window counts against visibility: the first
          // message of a batch is in flight while the mapping gathers the rest.
          visibilityTimeoutSeconds: visibility + spec.maximumBatchingWindowSeconds,
          onInvocation: (report) => {
            for (const view of views) view.observeInvocation(report);
            options.onInvocation?.(report);
            for (const listener of this.invocationListeners) listener(report);
          },
        }),
      );
    }
    for (const tap of this.taps) {
      this.mappings.set(
        tap.queue.key,
        new EventSourceMapping({
          name: tap.queue.key,
          sqs: this.clients.sqs,
          queueUrl: tap.queue.url,
          queueArn: tap.queue.arn,
          region: this.emulator.region,
          handler: (event) => {
            for (const record of event.Records) {
              const attributes = Object.fromEntries(
                Object.entries(record.messageAttributes).map(([name, a]) => [
                  name,
                  { DataType: a?.dataType ?? "String", StringValue: a?.stringValue ?? "" },
                ]),
              );
              this.tapped.push({ topic: tap.topic, text: record.body, attributes });
              this.ledger.observeTopicMessage(tap.topic, record.body);
            }
            return { batchItemFailures: [] };
          },
          batchSize: 10,
          maximumBatchingWindowSeconds: 0,
          reportBatchItemFailures: true,
          maximumConcurrency: 2,
          visibilityTimeoutSeconds: 30,
        }),
      );
    }
    for (const config of invokeSettings(topology, this.rendered)) {
      const fn = this.functions.get(config.function);
      if (!fn) throw new Error(`async invoke config names unknown function ${config.function}`);
      this.invokers.set(
        config.function,
        new AsyncInvoker({
          functionArn: this.functionArn(config.function),
          handler: (event, context) => fn.handler(event, context),
          config,
          // Lambda delivers destination records itself: not through the function's SNS client.
          deliver: async (destinationArn, recordJson) => {
            await this.clients.sns.send(
              new PublishCommand({ TopicArn: destinationArn, Message: recordJson }),
            );
          },
        }),
      );
    }
    for (const mapping of this.mappings.values()) mapping.start();
  }
}

/**
 * Most bytes sent in one SendMessageBatch here: 256 KiB, below SQS's 1 MiB, so that a batch fits
 * the older limit too; a larger message goes alone.
 */
const SQS_BATCH_BYTES = 262_144;

/** Groups inputs into SendMessageBatch calls: ≤ 10 entries, ≤ SQS_BATCH_BYTES in total; big ones alone. */
export function sendChunks(inputs: readonly PipelineInput[]): PipelineInput[][] {
  const chunks: PipelineInput[][] = [];
  let current: PipelineInput[] = [];
  let bytes = 0;
  for (const input of inputs) {
    const size = Buffer.byteLength(input.body);
    if (current.length === 10 || (current.length > 0 && bytes + size > SQS_BATCH_BYTES)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(input);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Visible, in-flight and delayed messages of a queue. */
export async function queueDepth(clients: AwsClients, queueUrl: string): Promise<number> {
  const { Attributes = {} } = await clients.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: [
        "ApproximateNumberOfMessages",
        "ApproximateNumberOfMessagesNotVisible",
        "ApproximateNumberOfMessagesDelayed",
      ],
    }),
  );
  return (
    Number(Attributes.ApproximateNumberOfMessages ?? 0) +
    Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0) +
    Number(Attributes.ApproximateNumberOfMessagesDelayed ?? 0)
  );
}

/**
 * Reads every message of a queue nobody polls (a DLQ) and leaves them there: receives with a
 * visibility timeout long enough to see each once, then makes them visible again.
 */
export async function peekQueue(clients: AwsClients, queueUrl: string): Promise<Message[]> {
  const seen = new Map<string, Message>();
  for (;;) {
    const { Messages = [] } = await clients.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 30,
        WaitTimeSeconds: 0,
        MessageSystemAttributeNames: ["All"],
        MessageAttributeNames: ["All"],
      }),
    );
    if (Messages.length === 0) break;
    for (const m of Messages) seen.set(m.MessageId ?? "", m);
  }
  const all = [...seen.values()];
  for (let i = 0; i < all.length; i += 10) {
    await clients.sqs.send(
      new ChangeMessageVisibilityBatchCommand({
        QueueUrl: queueUrl,
        Entries: all.slice(i, i + 10).map((m, j) => ({
          Id: String(j),
          ReceiptHandle: m.ReceiptHandle ?? "",
          VisibilityTimeout: 0,
        })),
      }),
    );
  }
  return all;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
