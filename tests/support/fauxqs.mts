/**
 * The embedded `fauxqs` SNS/SQS emulator for tests: start it, declare topics, queues and
 * subscriptions in one call, get SDK clients and the environment a child process needs, read queues.
 * fauxqs is ESM-only, hence `.mts`; import this from `*.test.mts` files.
 *
 * @example
 * const emulator = await startTestEmulator();
 * const { topics, queues } = emulator.declare({
 *   topics: ["success", "failure"],
 *   queues: ["fulfilment", "alerts"],
 *   subscriptions: [
 *     { topic: "success", queue: "fulfilment", raw: true },
 *     { topic: "failure", queue: "alerts", filterPolicy: { status: ["FAILURE"] } },
 *   ],
 * });
 * const sns = emulator.snsClient();
 * await sns.send(new PublishCommand({ TopicArn: topics.success, Message: "{}" }));
 * const messages = await emulator.drain("fulfilment"); // received and deleted
 * await emulator.stop();
 */
import { SNSClient, type SNSClientConfig } from "@aws-sdk/client-sns";
import {
  DeleteMessageBatchCommand,
  type Message,
  ReceiveMessageCommand,
  SQSClient,
  type SQSClientConfig,
} from "@aws-sdk/client-sqs";
import { type FauxqsServer, startFauxqs } from "fauxqs";

/** Any credentials do; the SDK insists on having some. */
export const TEST_CREDENTIALS = { accessKeyId: "test", secretAccessKey: "test" } as const;
export const TEST_REGION = "us-east-1";

/** One subscription of a queue to a topic, by name. */
export interface TestSubscription {
  readonly topic: string;
  readonly queue: string;
  /** RawMessageDelivery: the body is the message itself, attributes become SQS attributes. */
  readonly raw?: boolean;
  readonly filterPolicy?: Record<string, unknown>;
  readonly filterPolicyScope?: "MessageAttributes" | "MessageBody";
}

/** Topics, queues and subscriptions to create (idempotent: existing ones are kept). */
export interface TestTopology {
  readonly topics?: readonly string[];
  readonly queues?: readonly (string | { name: string; attributes?: Record<string, string> })[];
  readonly subscriptions?: readonly TestSubscription[];
}

/** What `declare` created: ARNs and URLs by name. */
export interface DeclaredTopology {
  readonly topics: Record<string, string>;
  readonly queues: Record<string, { url: string; arn: string }>;
}

export interface TestEmulator {
  /** The underlying fauxqs server (spy, inspectQueue, reset…). */
  readonly server: FauxqsServer;
  /** http://127.0.0.1:<port> */
  readonly endpoint: string;
  readonly region: string;
  /** An SNS client for the emulator; `config` overrides (middleware, maxAttempts…). */
  snsClient(config?: SNSClientConfig): SNSClient;
  /** An SQS client for the emulator (never dials the `*.localhost` queue URLs). */
  sqsClient(config?: SQSClientConfig): SQSClient;
  /** Creates topics, queues and subscriptions. */
  declare(topology: TestTopology): DeclaredTopology;
  /**
   * Receives every message now in the queue (with all attributes) and deletes them. Stops at the first
   * empty receive: fauxqs fans out synchronously, so what was published is already there.
   */
  drain(queueName: string): Promise<Message[]>;
  /** The environment variables that point the SDK of another process at the emulator. */
  awsEnvironment(): Record<string, string>;
  /** Clears every queue's messages (keeps topics, queues, subscriptions). */
  reset(): void;
  stop(): Promise<void>;
}

/**
 * Starts fauxqs on a free port (about 50 ms). Stop it in `afterAll`.
 *
 * @example const emulator = await startTestEmulator(); afterAll(() => emulator.stop());
 */
export async function startTestEmulator(options: { region?: string } = {}): Promise<TestEmulator> {
  const region = options.region ?? TEST_REGION;
  const server = await startFauxqs({ port: 0, logger: false, defaultRegion: region });
  const endpoint = `http://127.0.0.1:${server.port}`;
  const base = { endpoint, region, credentials: TEST_CREDENTIALS };
  const sqs = new SQSClient({ ...base, useQueueUrlAsEndpoint: false });
  const queueUrls = new Map<string, string>();

  return {
    server,
    endpoint,
    region,
    snsClient: (config = {}) => new SNSClient({ ...base, ...config }),
    sqsClient: (config = {}) => new SQSClient({ ...base, useQueueUrlAsEndpoint: false, ...config }),
    declare(topology) {
      const topics: Record<string, string> = {};
      const queues: Record<string, { url: string; arn: string }> = {};
      for (const name of topology.topics ?? []) {
        topics[name] = server.createTopic(name).topicArn;
      }
      for (const queue of topology.queues ?? []) {
        const { name, attributes } = typeof queue === "string" ? { name: queue } : queue;
        const created = server.createQueue(name, attributes ? { attributes } : {});
        queues[name] = { url: created.queueUrl, arn: created.queueArn };
        queueUrls.set(name, created.queueUrl);
      }
      for (const s of topology.subscriptions ?? []) {
        const attributes: Record<string, string> = {};
        if (s.raw) attributes.RawMessageDelivery = "true";
        if (s.filterPolicy) attributes.FilterPolicy = JSON.stringify(s.filterPolicy);
        if (s.filterPolicyScope) attributes.FilterPolicyScope = s.filterPolicyScope;
        server.subscribe({ topic: s.topic, queue: s.queue, attributes });
      }
      return { topics, queues };
    },
    async drain(queueName) {
      const url = queueUrls.get(queueName) ?? server.inspectQueue(queueName)?.url;
      if (!url) throw new Error(`no queue "${queueName}" on the emulator; declare it first`);
      const all: Message[] = [];
      for (;;) {
        const { Messages = [] } = await sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: url,
            MaxNumberOfMessages: 10,
            WaitTimeSeconds: 0,
            MessageAttributeNames: ["All"],
            MessageSystemAttributeNames: ["All"],
          }),
        );
        if (Messages.length === 0) return all;
        all.push(...Messages);
        await sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: url,
            Entries: Messages.map((m, i) => ({
              Id: `d${i}`,
              ReceiptHandle: m.ReceiptHandle ?? "",
            })),
          }),
        );
      }
    },
    awsEnvironment: () => ({
      AWS_ENDPOINT_URL_SNS: endpoint,
      AWS_ENDPOINT_URL_SQS: endpoint,
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    }),
    reset: () => server.reset(),
    async stop() {
      sqs.destroy();
      await server.stop();
    },
  };
}
