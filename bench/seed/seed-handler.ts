/**
 * The baseline every benchmark compares against: the seed's Python handler (the handler this
 * project started from, kept in bench/seed/reference/seed_handler.py) reimplemented faithfully in
 * TypeScript.
 * One SNS `Publish` per record, sequential, no validation; a record is a failure when its body
 * contains "error" in any case. It publishes byte for byte what the Python publishes (Python's
 * `json.dumps`: `", "` and `": "` separators, non-ASCII escaped) and logs what it prints.
 * tests/bench/seed-handler.test.ts checks both against the Python's own output.
 */

/** The seed's topic ARNs, hard-coded as in the Python. */
export const SEED_SUCCESS_TOPIC_ARN = "arn:aws:sns:us-east-1:123456789012:my-lambda-success-topic";
export const SEED_FAILURE_TOPIC_ARN = "arn:aws:sns:us-east-1:123456789012:my-lambda-failure-topic";

/** What the seed calls `sns_client.publish` with. */
export interface SeedPublishInput {
  TopicArn: string;
  Message: string;
}

/** A record as the seed reads it: a loose dictionary (it never validates the event). */
export type SeedRecord = Record<string, unknown>;

/** The seed's return value. */
export interface SeedResult {
  statusCode: 200;
  body: string;
}

export interface SeedHandlerOptions {
  /** One SNS `Publish`; a rejection is handled as boto3's exception would be. */
  publish: (input: SeedPublishInput) => Promise<unknown>;
  /** Python's `print`: one line of stdout. */
  print: (line: string) => void;
  successTopicArn?: string;
  failureTopicArn?: string;
}

/** Python's `KeyError`: `str(e)` is the key in quotes. */
class KeyError extends Error {
  constructor(key: string) {
    super(`'${key}'`);
    this.name = "KeyError";
  }
}

/** `json.dumps` of one string, as Python writes it (`ensure_ascii=True`). */
function pythonJsonString(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** `json.dumps` of a flat dict of strings and None, in insertion order. */
function pythonJsonDumps(fields: Record<string, string | null>): string {
  const parts = Object.entries(fields).map(
    ([key, value]) =>
      `${pythonJsonString(key)}: ${value === null ? "null" : pythonJsonString(value)}`,
  );
  return `{${parts.join(", ")}}`;
}

function key(record: SeedRecord, name: string): string {
  if (!(name in record)) throw new KeyError(name);
  return String(record[name]);
}

function get(record: SeedRecord, name: string): string | null {
  return name in record ? String(record[name]) : null;
}

/**
 * Builds the seed's `lambda_handler`.
 *
 * @example
 * const handler = createSeedHandler({ publish: (i) => sns.send(new PublishCommand(i)), print: console.log });
 * await handler({ Records: [{ messageId: "1", body: "{}" }] });
 */
export function createSeedHandler(options: SeedHandlerOptions) {
  const { publish, print } = options;
  const successTopicArn = options.successTopicArn ?? SEED_SUCCESS_TOPIC_ARN;
  const failureTopicArn = options.failureTopicArn ?? SEED_FAILURE_TOPIC_ARN;

  return async function seedHandler(event: { Records: SeedRecord[] }): Promise<SeedResult> {
    // Function-scoped, as `message_body` is in the Python: a record without a body reuses the
    // previous record's, and the first record without one fails the whole invocation.
    let messageBody: string | undefined;
    for (const record of event.Records) {
      try {
        messageBody = key(record, "body");
        print(`Processing message: ${messageBody}`);
        if (messageBody.toLowerCase().includes("error")) {
          throw new Error("Simulated processing error");
        }
        await publish({
          TopicArn: successTopicArn,
          Message: pythonJsonDumps({
            message_id: key(record, "messageId"),
            body: messageBody,
            status: "SUCCESS",
          }),
        });
        print(`Successfully processed message ID: ${key(record, "messageId")}`);
      } catch (error) {
        if (messageBody === undefined) {
          throw new Error(
            "UnboundLocalError: local variable 'message_body' referenced before assignment",
          );
        }
        const reason = error instanceof Error ? error.message : String(error);
        await publish({
          TopicArn: failureTopicArn,
          Message: pythonJsonDumps({
            message_id: get(record, "messageId"),
            body: messageBody,
            error: reason,
            status: "FAILURE",
          }),
        });
        print(
          `Failed to process message ID: ${get(record, "messageId") ?? "None"}. Error: ${reason}`,
        );
      }
    }
    return { statusCode: 200, body: pythonJsonString("Processed records.") };
  };
}
