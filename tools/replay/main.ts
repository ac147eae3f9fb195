// `npm run replay`: move a DLQ's messages back to their source queue and say how many moved.
import { readFileSync } from "node:fs";
import { SQSClient } from "@aws-sdk/client-sqs";
import {
  deliverResult,
  OUTPUT_NOT_WRITTEN_EXIT,
  OutputStream,
} from "../../local/output/output-stream";
import { deadLetterQueueKey } from "../../topology/build";
import { failWithUsage, parseCommandLine } from "../shared/command-line";
import { type QueueRef, redriveSourceOf, replayDeadLetters, resolveQueue } from "./replay";

const USAGE = `Usage: npm run replay -- [options]

Moves every message of a dead-letter queue back to its source queue (SQS message move task; an
emulator without that API gets the same move done client-side) and reports how many moved.

Where (one of):
  --endpoint URL         a local emulator (npm start -- --keep-running prints it; default AWS_ENDPOINT_URL)
  --stack-outputs FILE   a deployed stack: the JSON of \`pulumi stack output --json\`
                         (uses its dlqUrls/dlqArns and queueUrls/queueArns; AWS credentials and
                         Region from the usual AWS environment)
Which:
  --queue KEY            the source queue's topology key (default orders): its DLQ is replayed
  --dlq NAME|URL|ARN     the DLQ, explicitly (default: the queue's DLQ)
  --source NAME|URL|ARN  where to move to (default: the DLQ's RedriveAllowPolicy source, or the queue)
How:
  --strategy auto|message-move-task|receive-send-delete   (default auto)
  --json                 print the result as JSON
  --region R             (default AWS_REGION, else us-east-1)

Exit status: 0 every message moved, 1 some could not be moved (or the queues could not be
reached), 2 usage error, or the result could not be written to standard output (standard
error then says how many moved).
`;

interface StackOutputs {
  queueUrls?: Record<string, string>;
  queueArns?: Record<string, string>;
  dlqUrls?: Record<string, string>;
  dlqArns?: Record<string, string>;
}

async function main(): Promise<number> {
  const values = parseCommandLine(USAGE, {
    strings: ["endpoint", "stack-outputs", "queue", "dlq", "source", "strategy", "region"],
    flags: ["json"],
  });
  if (!values) return 0;
  const strategy = values.strategy ?? "auto";
  if (!["auto", "message-move-task", "receive-send-delete"].includes(strategy)) {
    failWithUsage(
      USAGE,
      `--strategy must be auto, message-move-task or receive-send-delete, got ${strategy}`,
    );
  }
  const queueKey = values.queue ?? "orders";
  const region = values.region ?? process.env.AWS_REGION ?? "us-east-1";
  const endpoint = values.endpoint ?? process.env.AWS_ENDPOINT_URL;
  const outputsFile = values["stack-outputs"];
  if (!endpoint && !outputsFile) {
    failWithUsage(
      USAGE,
      "say where the queues are: --endpoint URL for a local emulator, or --stack-outputs FILE for a deployed stack (pulumi stack output --json > outputs.json)",
    );
  }

  const sqs = new SQSClient({
    region,
    ...(endpoint
      ? {
          endpoint,
          useQueueUrlAsEndpoint: false,
          credentials: {
            accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? "local",
            secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? "local",
          },
        }
      : {}),
  });

  let dlqRef = values.dlq;
  let sourceRef = values.source;
  if (outputsFile) {
    let outputs: StackOutputs;
    try {
      outputs = JSON.parse(readFileSync(outputsFile, "utf8")) as StackOutputs;
    } catch (error) {
      failWithUsage(
        USAGE,
        `cannot read ${outputsFile} as JSON (${(error as Error).message}); write it with: pulumi stack output --json > ${outputsFile}`,
      );
    }
    dlqRef ??= outputs.dlqUrls?.[queueKey] ?? outputs.dlqArns?.[queueKey];
    sourceRef ??= outputs.queueUrls?.[queueKey] ?? outputs.queueArns?.[queueKey];
    if (!dlqRef) {
      failWithUsage(
        USAGE,
        `${outputsFile} has no dlqUrls.${queueKey}; known queues: ${Object.keys(outputs.dlqUrls ?? {}).join(", ") || "none"}`,
      );
    }
  }
  const dlq = await resolveQueue(sqs, dlqRef ?? deadLetterQueueKey(queueKey));
  const sourceArn = sourceRef ?? (await redriveSourceOf(sqs, dlq)) ?? queueKey;
  const source: QueueRef = await resolveQueue(sqs, sourceArn);

  const stdout = new OutputStream("standard output", process.stdout);
  const stderr = new OutputStream("standard error", process.stderr);
  const result = await replayDeadLetters(sqs, dlq, source, {
    strategy: strategy as "auto" | "message-move-task" | "receive-send-delete",
  });
  const moved = `Moved ${result.moved} message(s) from ${result.from} to ${result.to} (${result.strategy})${result.failed ? `; ${result.failed} could not be moved and stay in the DLQ` : ""}.`;
  const written = await deliverResult(
    {
      command: "npm run replay",
      what: "the result",
      text: values.json
        ? `${JSON.stringify(result, null, 2)}\n`
        : `${moved}\n${result.note ? `Note: ${result.note}\n` : ""}`,
      done: moved,
    },
    stdout,
    stderr,
  );
  if (!written) return OUTPUT_NOT_WRITTEN_EXIT;
  return result.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`npm run replay failed: ${error.message}\n`);
    process.exit(1);
  },
);
