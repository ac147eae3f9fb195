// String values that @pulumi/aws types only as `string`: named once here so a typo is a type
// error, and tests compare against these.

/**
 * Lambda runtime of every function; deprecated 2027-04-30
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html).
 */
export const LAMBDA_RUNTIME = "nodejs22.x" as const;

/** Instruction set of every function: Graviton, cheaper per GB-second than x86_64. */
export const LAMBDA_ARCHITECTURE = "arm64" as const;

/** The bundle is `index.mjs` exporting `handler` (infra/lambda-bundle.ts writes ESM). */
export const LAMBDA_HANDLER = "index.handler" as const;

/** File name of the bundle inside the deployment archive. */
export const BUNDLE_FILE_NAME = "index.mjs" as const;

/** Event source mapping response type that enables partial batch responses. */
export const REPORT_BATCH_ITEM_FAILURES = "ReportBatchItemFailures" as const;

/** Where an SNS subscription filter policy looks. */
export const FilterPolicyScope = {
  MessageAttributes: "MessageAttributes",
  MessageBody: "MessageBody",
} as const;
export type FilterPolicyScope = (typeof FilterPolicyScope)[keyof typeof FilterPolicyScope];

/** The only subscription protocol this pipeline uses: SNS to an SQS queue. */
export const SQS_PROTOCOL = "sqs" as const;

/** Lambda log format: Powertools writes JSON, so Lambda's own lines are JSON too. */
export const LOG_FORMAT = "JSON" as const;

/** Powertools log levels (POWERTOOLS_LOG_LEVEL). */
export const LOG_LEVELS = [
  "TRACE",
  "DEBUG",
  "INFO",
  "WARN",
  "ERROR",
  "CRITICAL",
  "SILENT",
] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
