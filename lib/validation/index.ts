export {
  type AwsLambdaSqsEvent,
  type AwsLambdaSqsMessageAttribute,
  type AwsLambdaSqsRecord,
  toAwsLambdaSqsEvent,
  toAwsLambdaSqsRecord,
} from "./aws-lambda";
export type { DeliveredOutcomeAttributes } from "./delivered-attributes";
export type { BodyParseFailure } from "./errors";
export { BodyParseError, SchemaValidationError } from "./errors";
export { describeIssues, toIssue, type ValidationIssue } from "./issues";
export {
  JsonBodyError,
  type JsonBodyParseResult,
  type JsonBodySchema,
  type JsonBodySchemaOptions,
  jsonBodySchema,
} from "./json-body-schema";
export {
  errorPayloadOf,
  isDestinationRecord,
  isFailureDestinationRecord,
  isFailureOutcome,
  isJsonObject,
  isOutcome,
  isSuccessDestinationRecord,
  isSuccessOutcome,
} from "./narrow";
export {
  DEFAULT_MAX_BODY_BYTES,
  type ParseBodyResult,
  parseJsonBody,
  parseJsonBodyOrThrow,
  utf8Length,
} from "./parse-body";
export {
  DEFAULT_MAX_RECORD_BODY_BYTES,
  type Delivery,
  type DeliveryOf,
  dedupeKeyOf,
  type ReadTopicRecordOptions,
  readFailureTopicRecord,
  readSuccessTopicRecord,
  type SqsRecordInput,
  TopicRecordError,
  type TopicRecordErrorCode,
  type TopicRecordRead,
} from "./topic-record";
export { assertValid, type ValidationResult, validate } from "./validate";
