// `npm run send`: one message to a queue of a running pipeline, with Node only (no AWS CLI).
import { createReadStream } from "node:fs";
import { join, relative } from "node:path";
import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { SQS_MAX_MESSAGE_BYTES } from "../../lib/validation/aws-limits";
import {
  deliverResult,
  OUTPUT_NOT_WRITTEN_EXIT,
  OutputStream,
} from "../../local/output/output-stream";
import { InputTooLargeError, readBounded } from "../../package/cli/read-bounded";
import { resolveQueue } from "../replay/replay";
import { failWithUsage, parseCommandLineWithArguments } from "../shared/command-line";

/** SQS's largest message body. */
export const MAX_SQS_MESSAGE_BYTES = SQS_MAX_MESSAGE_BYTES;

const EXAMPLE_ORDER = relative(
  process.cwd(),
  join(__dirname, "..", "..", "examples", "order.json"),
);

const USAGE = `Usage: npm run send -- [options] [FILE | -]

Sends one message to a queue of a running pipeline (npm start -- --keep-running prints the
endpoint): the body is FILE (default ${EXAMPLE_ORDER}, a valid order), or standard input for -.
The body is sent as it is, valid or not, so a broken order shows its FAILURE outcome.

Options:
  --endpoint URL         the SNS/SQS emulator (default AWS_ENDPOINT_URL)
  --queue NAME|URL|ARN   where to send (default orders)
  --region R             (default AWS_REGION, else us-east-1)
  --help                 this text

Exit status: 0 sent, 1 the endpoint refused or could not be reached, 2 usage error (no
endpoint, unreadable FILE, a body over ${MAX_SQS_MESSAGE_BYTES} bytes or empty: nothing was sent), or
the message was sent but its id could not be written to standard output (standard error then
names it: do not send it again).
`;

function usageError(message: string): never {
  failWithUsage(USAGE, `npm run send: ${message}`);
}

async function readBody(file: string): Promise<string> {
  const name = file === "-" ? "standard input" : file;
  try {
    const stream = file === "-" ? process.stdin : createReadStream(file);
    return await readBounded(stream, MAX_SQS_MESSAGE_BYTES);
  } catch (error) {
    if (error instanceof InputTooLargeError) {
      usageError(
        `${name} has more than ${MAX_SQS_MESSAGE_BYTES} bytes, SQS's largest message; nothing was sent.`,
      );
    }
    const code = (error as NodeJS.ErrnoException).code;
    usageError(
      `cannot read ${name}: ${code === "ENOENT" ? "no such file" : (error as Error).message}. Pass a file with the message body, or - for standard input.`,
    );
  }
}

async function main(): Promise<number> {
  const given = parseCommandLineWithArguments(
    USAGE,
    { strings: ["endpoint", "queue", "region"], flags: [] },
    { max: 1, tooMany: "npm run send: one FILE at most (one message per call)" },
  );
  if (!given) return 0; // --help
  const { values, positionals } = given;
  const endpoint = values.endpoint ?? process.env.AWS_ENDPOINT_URL;
  if (!endpoint) {
    usageError(
      "say where the pipeline is: --endpoint URL (npm start -- --keep-running prints it), or set AWS_ENDPOINT_URL",
    );
  }
  if (!URL.canParse(endpoint) || !/^https?:$/.test(new URL(endpoint).protocol)) {
    usageError(`--endpoint must be an http(s) URL such as http://127.0.0.1:4566, got ${endpoint}`);
  }
  const body = await readBody(positionals[0] ?? EXAMPLE_ORDER);
  if (body.length === 0) usageError("the body is empty; SQS needs at least one character.");

  const sqs = new SQSClient({
    region: values.region ?? process.env.AWS_REGION ?? "us-east-1",
    endpoint,
    useQueueUrlAsEndpoint: false,
    maxAttempts: 2,
    credentials: {
      accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? "local",
      secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? "local",
    },
  });
  try {
    const queue = await resolveQueue(sqs, values.queue ?? "orders");
    const { MessageId } = await sqs.send(
      new SendMessageCommand({ QueueUrl: queue.url, MessageBody: body }),
    );
    const sent = `Sent message ${MessageId} (${Buffer.byteLength(body)} bytes) to ${queue.arn}.`;
    const written = await deliverResult(
      {
        command: "npm run send",
        what: "the message id",
        text: `${sent}\n`,
        done: `${sent} Do not send it again.`,
      },
      new OutputStream("standard output", process.stdout),
      new OutputStream("standard error", process.stderr),
    );
    return written ? 0 : OUTPUT_NOT_WRITTEN_EXIT;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const unreachable = code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EHOSTUNREACH";
    process.stderr.write(
      unreachable
        ? `npm run send: cannot reach ${endpoint} (${String(code)}). Is npm start -- --keep-running still running, and is this the endpoint it printed?\n`
        : `npm run send: nothing was sent: ${(error as Error).message}\n`,
    );
    return 1;
  } finally {
    sqs.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`npm run send failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
