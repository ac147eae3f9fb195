import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListMessageMoveTasksCommand,
  type Message,
  type MessageAttributeValue,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type SQSClient,
  StartMessageMoveTaskCommand,
} from "@aws-sdk/client-sqs";

/** A queue, resolved: its URL and ARN. */
export interface QueueRef {
  readonly url: string;
  readonly arn: string;
}

/** How messages were moved. */
export type ReplayStrategy = "message-move-task" | "receive-send-delete";

/** What a replay did. */
export interface ReplayResult {
  readonly strategy: ReplayStrategy;
  readonly from: string;
  readonly to: string;
  /** Messages now on the source queue. */
  readonly moved: number;
  /** Messages that could not be moved (still in the DLQ). */
  readonly failed: number;
  /** The move task's handle (message-move-task only). */
  readonly taskHandle?: string;
  /** Why the fallback was used, when it was. */
  readonly note?: string;
}

export interface ReplayOptions {
  /** "auto" (default): a message move task, or the client-side move when the endpoint lacks it. */
  readonly strategy?: "auto" | ReplayStrategy;
  /** How often to ask for the move task's progress. Default 1000 ms. */
  readonly pollIntervalMs?: number;
  /** Give up waiting for the move task after this long. Default 10 minutes. */
  readonly timeoutMs?: number;
}

/**
 * Resolves a queue given by name, URL or ARN to its URL and ARN.
 *
 * @example await resolveQueue(sqs, "orders-dlq") // { url: "http://…/000000000000/orders-dlq", arn: "arn:aws:sqs:…:orders-dlq" }
 */
export async function resolveQueue(sqs: SQSClient, ref: string): Promise<QueueRef> {
  try {
    let url = ref;
    if (ref.startsWith("arn:")) {
      const [, , , , account, name] = ref.split(":");
      const found = await sqs.send(
        new GetQueueUrlCommand({ QueueName: name, QueueOwnerAWSAccountId: account }),
      );
      url = found.QueueUrl ?? "";
    } else if (!/^https?:\/\//.test(ref)) {
      url = (await sqs.send(new GetQueueUrlCommand({ QueueName: ref }))).QueueUrl ?? "";
    }
    const { Attributes = {} } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["QueueArn"] }),
    );
    if (!url || !Attributes.QueueArn) throw queueNotFound(ref);
    return { url, arn: Attributes.QueueArn };
  } catch (error) {
    // The SDK only says "The specified queue does not exist.": name the queue and the way out.
    if ((error as { name?: unknown }).name === "QueueDoesNotExist") throw queueNotFound(ref, error);
    throw error;
  }
}

function queueNotFound(ref: string, cause?: unknown): Error {
  return new Error(
    `queue ${ref} does not exist at this endpoint and Region; check --endpoint (or --stack-outputs) and --region, or name the queues with --dlq and --source (a name, URL or ARN)`,
    { cause },
  );
}

/**
 * The source queue a DLQ belongs to, read from its RedriveAllowPolicy (byQueue, one source), or
 * undefined when the policy does not name exactly one.
 */
export async function redriveSourceOf(sqs: SQSClient, dlq: QueueRef): Promise<string | undefined> {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: dlq.url, AttributeNames: ["RedriveAllowPolicy"] }),
  );
  try {
    const policy = JSON.parse(Attributes.RedriveAllowPolicy ?? "{}") as {
      sourceQueueArns?: unknown;
    };
    const arns = Array.isArray(policy.sourceQueueArns) ? policy.sourceQueueArns : [];
    return arns.length === 1 && typeof arns[0] === "string" ? arns[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Moves every message of a DLQ back to its source queue. With SQS (and `strategy` "auto" or
 * "message-move-task") it starts a message move task (StartMessageMoveTask, SQS's redrive) and
 * waits for it to finish, reporting ApproximateNumberOfMessagesMoved. An endpoint without that
 * API (the embedded fauxqs emulator) gets the same result client-side: receive, SendMessageBatch to
 * the source with the same body and message attributes, then delete from the DLQ only what was
 * sent. The moved messages get new message ids and a receive count of 0, as after a move task.
 *
 * @example
 * const result = await replayDeadLetters(sqs, dlq, source);
 * console.log(`moved ${result.moved} (${result.strategy})`);
 */
export async function replayDeadLetters(
  sqs: SQSClient,
  dlq: QueueRef,
  source: QueueRef,
  options: ReplayOptions = {},
): Promise<ReplayResult> {
  const strategy = options.strategy ?? "auto";
  if (strategy === "receive-send-delete") return moveClientSide(sqs, dlq, source);
  try {
    return await moveWithTask(sqs, dlq, source, options);
  } catch (error) {
    if (strategy === "auto" && isUnsupportedAction(error)) {
      const result = await moveClientSide(sqs, dlq, source);
      return {
        ...result,
        note: `the endpoint does not implement StartMessageMoveTask (${(error as Error).message}); moved client-side`,
      };
    }
    throw error;
  }
}

function isUnsupportedAction(error: unknown): boolean {
  const e = error as { name?: string; message?: string };
  return (
    ["InvalidAction", "UnknownOperationException", "UnsupportedOperation"].includes(e.name ?? "") ||
    /unknown action|not implemented|not supported/i.test(e.message ?? "")
  );
}

async function moveWithTask(
  sqs: SQSClient,
  dlq: QueueRef,
  source: QueueRef,
  options: ReplayOptions,
): Promise<ReplayResult> {
  const { TaskHandle } = await sqs.send(
    new StartMessageMoveTaskCommand({ SourceArn: dlq.arn, DestinationArn: source.arn }),
  );
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  for (;;) {
    const { Results = [] } = await sqs.send(
      new ListMessageMoveTasksCommand({ SourceArn: dlq.arn, MaxResults: 10 }),
    );
    // SQS lists the most recent tasks first, and gives a TaskHandle only while a task is RUNNING:
    // once ours ends, it is the newest task towards our destination.
    const task =
      Results.find((r) => r.TaskHandle === TaskHandle) ??
      Results.find((r) => r.DestinationArn === undefined || r.DestinationArn === source.arn);
    if (task && task.Status !== "RUNNING" && task.Status !== "CANCELLING") {
      if (task.Status !== "COMPLETED") {
        throw new Error(
          `message move task ${TaskHandle} ended ${task.Status}: ${task.FailureReason ?? "no reason given"}; ${task.ApproximateNumberOfMessagesMoved ?? 0} moved`,
        );
      }
      const moved = task.ApproximateNumberOfMessagesMoved ?? 0;
      return {
        strategy: "message-move-task",
        from: dlq.arn,
        to: source.arn,
        moved,
        failed: Math.max(0, (task.ApproximateNumberOfMessagesToMove ?? moved) - moved),
        ...(TaskHandle ? { taskHandle: TaskHandle } : {}),
      };
    }
    if (Date.now() > deadline) {
      throw new Error(
        `message move task ${TaskHandle} still running after ${options.timeoutMs ?? 600_000} ms; check it with aws sqs list-message-move-tasks --source-arn ${dlq.arn}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollIntervalMs ?? 1000));
  }
}

async function moveClientSide(
  sqs: SQSClient,
  dlq: QueueRef,
  source: QueueRef,
): Promise<ReplayResult> {
  let moved = 0;
  let failed = 0;
  const stuck = new Set<string>();
  for (;;) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: dlq.url,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 60,
        WaitTimeSeconds: 0,
        MessageAttributeNames: ["All"],
      }),
    );
    const fresh = Messages.filter((m) => !stuck.has(m.MessageId ?? ""));
    if (fresh.length === 0) break;
    const { Successful = [], Failed = [] } = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: source.url,
        Entries: fresh.map((m, i) => ({
          Id: String(i),
          MessageBody: m.Body ?? "",
          ...(m.MessageAttributes ? { MessageAttributes: sendable(m.MessageAttributes) } : {}),
        })),
      }),
    );
    for (const f of Failed) {
      failed++;
      stuck.add(fresh[Number(f.Id)]?.MessageId ?? "");
    }
    const sent = Successful.map((s) => fresh[Number(s.Id)]).filter((m): m is Message => !!m);
    if (sent.length > 0) {
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: dlq.url,
          Entries: sent.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? "" })),
        }),
      );
    }
    moved += sent.length;
  }
  return { strategy: "receive-send-delete", from: dlq.arn, to: source.arn, moved, failed };
}

function sendable(
  attributes: Record<string, MessageAttributeValue>,
): Record<string, MessageAttributeValue> {
  const result: Record<string, MessageAttributeValue> = {};
  for (const [name, a] of Object.entries(attributes)) {
    result[name] = {
      DataType: a.DataType,
      ...(a.StringValue !== undefined ? { StringValue: a.StringValue } : {}),
      ...(a.BinaryValue !== undefined ? { BinaryValue: a.BinaryValue } : {}),
    };
  }
  return result;
}
