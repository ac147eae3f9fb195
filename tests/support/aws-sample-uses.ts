import {
  type Validator,
  validateLambdaDestinationRecord,
  validateOrderFailureDestinationRecord,
  validateSnsNotification,
  validateSqsBatchResponse,
  validateSqsEvent,
} from "../../generated/validators.cjs";

type Json = Record<string, unknown>;

/** How one sample is checked: the schema(s) it must satisfy, after an optional unwrapping. */
export interface SampleUse {
  /** Each schema as its generated type's name and its validator. */
  schemas: [string, Validator<unknown>][];
  /** Takes the modelled payload out of the sample (for example an SQS body). */
  extract?: (sample: unknown) => unknown[];
}

const sqsEvent: SampleUse = { schemas: [["SqsEvent", validateSqsEvent]] };
export const envelopeInBodies: SampleUse = {
  schemas: [["SnsNotification", validateSnsNotification]],
  extract: (s) => ((s as Json).Records as Json[]).map((r) => JSON.parse(r.body as string)),
};
const asyncFailureRecord: SampleUse = {
  schemas: [
    ["LambdaDestinationRecord", validateLambdaDestinationRecord],
    ["OrderFailureDestinationRecord", validateOrderFailureDestinationRecord],
  ],
};
const asyncSuccessRecord: SampleUse = {
  schemas: [["LambdaDestinationRecord", validateLambdaDestinationRecord]],
};

/**
 * Every sample in tests/fixtures/aws-samples: which schema it maps to, or why none applies.
 * A new sample fails the first test until it is classified here.
 */
export const SAMPLES: Record<string, SampleUse | { notApplicable: string }> = {
  "destination-record--aws-docs--retries-exhausted.json": asyncFailureRecord,
  "destination-record--localstack-aws-recorded--event-age-exceeded.json": asyncFailureRecord,
  "destination-record--localstack-aws-recorded--retries-exhausted-3-attempts.json":
    asyncFailureRecord,
  "destination-record--localstack-aws-recorded--retries-exhausted-maxretry-0.json":
    asyncFailureRecord,
  "destination-record--vgaltes-real--retries-exhausted-sns-trigger.json": asyncFailureRecord,
  "destination-record--localstack-aws-recorded--success.json": asyncSuccessRecord,
  "destination-record--vgaltes-real--success-sns-trigger.json": asyncSuccessRecord,
  "sqs-api-receive--serverless-blog-real--destination-record-in-sqs-body.json": {
    schemas: [
      ["LambdaDestinationRecord", validateLambdaDestinationRecord],
      ["OrderFailureDestinationRecord", validateOrderFailureDestinationRecord],
    ],
    extract: (s) => ((s as Json).Messages as Json[]).map((m) => JSON.parse(m.Body as string)),
  },
  "eventbridge-destination-event--localstack-aws-recorded--failure.json": {
    schemas: [["LambdaDestinationRecord", validateLambdaDestinationRecord]],
    extract: (s) => [(s as Json).detail],
  },
  "sns-sqs-envelope--aws-docs--message-attributes-string-array-number.json": {
    schemas: [["SnsNotification", validateSnsNotification]],
  },
  "sns-sqs-envelope--aws-docs--raw-delivery-disabled.json": {
    schemas: [["SnsNotification", validateSnsNotification]],
  },
  "sns-sqs-envelope--localstack-aws-recorded--fifo-topic-subject-and-attributes.json": {
    schemas: [["SnsNotification", validateSnsNotification]],
  },
  "sns-sqs-envelope--localstack-aws-recorded--signature-version-2.json": {
    schemas: [["SnsNotification", validateSnsNotification]],
  },
  "sns-sqs-envelope--localstack-aws-recorded--string-and-binary-attributes.json": {
    schemas: [["SnsNotification", validateSnsNotification]],
  },
  "sqs-event--aws-docs--fifo-queue.json": sqsEvent,
  "sqs-event--aws-docs--standard-queue-2-records.json": sqsEvent,
  "sqs-event--aws-lambda-dotnet--message-attributes-binaryValue-null.json": sqsEvent,
  "sqs-event--aws-lambda-go--message-attributes-with-list-values.json": sqsEvent,
  "sqs-event--localstack-aws-recorded--3-message-attributes.json": sqsEvent,
  "sqs-event--localstack-aws-recorded--batch-of-15--RECORDS-ARRAY-ONLY.json": {
    schemas: [["SqsEvent", validateSqsEvent]],
    extract: (s) => [{ Records: s }], // the file holds the Records array only
  },
  "sqs-event--powertools-python--redriven-from-dlq.json": sqsEvent,
  "sqs-event--powertools-ts--2-records-msgattr-and-dlq-source-arn.json": sqsEvent,
  "sqs-event--powertools-ts--batch-json-and-base64-bodies.json": sqsEvent,
  "sqs-event--powertools-python--body-is-sns-envelope.json": sqsEvent,
  "sqs-event--powertools-python--fifo-queue-body-is-sns-fifo-envelope.json": sqsEvent,
  "sqs-event--powertools-ts--body-is-sns-envelope-subject-null.json": sqsEvent,
  "sqs-batch-response--aws-docs--id2-id4.json": {
    schemas: [["SqsBatchResponse", validateSqsBatchResponse]],
  },
  "sqs-batch-response--aws-lambda-dotnet--two-failures.json": {
    schemas: [["SqsBatchResponse", validateSqsBatchResponse]],
  },
  "sqs-batch-response--powertools-ts--one-failure.json": {
    schemas: [["SqsBatchResponse", validateSqsBatchResponse]],
  },
  "sqs-api-message--localstack-aws-recorded--sns-raw-delivery-attrs-become-sqs-attrs.json": {
    notApplicable:
      "an SQS ReceiveMessage API message (PascalCase Body, DataType/StringValue); the pipeline's consumers receive Lambda SQS events, not API messages",
  },
  "sns-lambda-event--aws-docs--java-events-sample.json": {
    notApplicable: "SNS -> Lambda event: no function of this pipeline is subscribed to a topic",
  },
  "sns-lambda-event--aws-lambda-go--placeholder-values.json": {
    notApplicable: "SNS -> Lambda event: no function of this pipeline is subscribed to a topic",
  },
  "sns-lambda-event--powertools-ts--string-and-binary-attributes.json": {
    notApplicable: "SNS -> Lambda event: no function of this pipeline is subscribed to a topic",
  },
  "sns-lambda-event--vgaltes-real--sns-topic-as-lambda-dlq.json": {
    notApplicable:
      "a function-level DLQ message; the processor uses Lambda Destinations, not a DLQ",
  },
  "esm-onfailure--aws-docs--dynamodb-retry-attempts-exhausted.json": {
    notApplicable:
      "event source mapping on-failure record (DynamoDB Streams); SQS mappings have none",
  },
  "esm-onfailure--aws-docs--kinesis-retry-attempts-exhausted.json": {
    notApplicable: "event source mapping on-failure record (Kinesis); SQS mappings have none",
  },
  "esm-onfailure--localstack-aws-recorded--kinesis-record-age-exceeded.json": {
    notApplicable: "event source mapping on-failure record (Kinesis); SQS mappings have none",
  },
  "esm-onfailure--localstack-aws-recorded--kinesis-s3-destination-with-payload.json": {
    notApplicable: "Kinesis on-failure object written to S3; not delivered to SNS or SQS",
  },
};
