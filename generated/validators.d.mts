// DO NOT EDIT: generated from schemas/ by `npm run gen` (tools/gen/generate.ts).
// Change the JSON Schemas in schemas/ and run `npm run gen`; CI fails when this file drifts.
import type { LambdaDestinationRecord, SnsConfirmation, SnsNotification, SqsBatchResponse, SqsEvent, SqsRecord, OrderFailureDestinationRecord, OrderSuccessDestinationRecord, OrderMessage, OrderOutcome, OutcomeMessageAttributesRawDelivery, OutcomeMessageAttributesSnsEnvelope, OutcomeMessageAttributes, OrderFailureOutcome, OrderSuccessOutcome, FailureTopicMessage, SuccessTopicMessage } from "./types.js";
import type { StandardSchemaV1 } from "./standard-schema.js";

/** One error as ajv reports it; prefer the readable `validate()` helpers over reading these. */
export interface ValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * A precompiled validator: a type guard whose `errors` explain the last rejection, and a
 * Standard Schema v1 object (`~standard`) for Powertools' parser and other Standard Schema tools.
 *
 * @example if (validateOrderMessage(data)) data.order_id; validateOrderMessage["~standard"].validate(data);
 */
export interface Validator<T> extends StandardSchemaV1<unknown, T> {
  (data: unknown): data is T;
  errors?: ValidatorError[] | null;
}

/** Validates against `aws/lambda-destination-record.v1.schema.json` (https://schemas.order-events.example/aws/lambda-destination-record.v1.schema.json). */
export declare const validateLambdaDestinationRecord: Validator<LambdaDestinationRecord>;
/** Validates against `aws/sns-confirmation.v1.schema.json` (https://schemas.order-events.example/aws/sns-confirmation.v1.schema.json). */
export declare const validateSnsConfirmation: Validator<SnsConfirmation>;
/** Validates against `aws/sns-notification.v1.schema.json` (https://schemas.order-events.example/aws/sns-notification.v1.schema.json). */
export declare const validateSnsNotification: Validator<SnsNotification>;
/** Validates against `aws/sqs-batch-response.v1.schema.json` (https://schemas.order-events.example/aws/sqs-batch-response.v1.schema.json). */
export declare const validateSqsBatchResponse: Validator<SqsBatchResponse>;
/** Validates against `aws/sqs-event.v1.schema.json` (https://schemas.order-events.example/aws/sqs-event.v1.schema.json). */
export declare const validateSqsEvent: Validator<SqsEvent>;
/** Validates against `aws/sqs-record.v1.schema.json` (https://schemas.order-events.example/aws/sqs-record.v1.schema.json). */
export declare const validateSqsRecord: Validator<SqsRecord>;
/** Validates against `destination/order-failure-destination-record.v1.schema.json` (https://schemas.order-events.example/destination/order-failure-destination-record.v1.schema.json). */
export declare const validateOrderFailureDestinationRecord: Validator<OrderFailureDestinationRecord>;
/** Validates against `destination/order-success-destination-record.v1.schema.json` (https://schemas.order-events.example/destination/order-success-destination-record.v1.schema.json). */
export declare const validateOrderSuccessDestinationRecord: Validator<OrderSuccessDestinationRecord>;
/** Validates against `order/order-message.v1.schema.json` (https://schemas.order-events.example/order/order-message.v1.schema.json). */
export declare const validateOrderMessage: Validator<OrderMessage>;
/** Validates against `outcome/order-outcome.v1.schema.json` (https://schemas.order-events.example/outcome/order-outcome.v1.schema.json). */
export declare const validateOrderOutcome: Validator<OrderOutcome>;
/** Validates against `outcome/outcome-attributes-raw-delivery.v1.schema.json` (https://schemas.order-events.example/outcome/outcome-attributes-raw-delivery.v1.schema.json). */
export declare const validateOutcomeMessageAttributesRawDelivery: Validator<OutcomeMessageAttributesRawDelivery>;
/** Validates against `outcome/outcome-attributes-sns-envelope.v1.schema.json` (https://schemas.order-events.example/outcome/outcome-attributes-sns-envelope.v1.schema.json). */
export declare const validateOutcomeMessageAttributesSnsEnvelope: Validator<OutcomeMessageAttributesSnsEnvelope>;
/** Validates against `outcome/outcome-attributes.v1.schema.json` (https://schemas.order-events.example/outcome/outcome-attributes.v1.schema.json). */
export declare const validateOutcomeMessageAttributes: Validator<OutcomeMessageAttributes>;
/** Validates against `outcome/outcome-failure.v1.schema.json` (https://schemas.order-events.example/outcome/outcome-failure.v1.schema.json). */
export declare const validateOrderFailureOutcome: Validator<OrderFailureOutcome>;
/** Validates against `outcome/outcome-success.v1.schema.json` (https://schemas.order-events.example/outcome/outcome-success.v1.schema.json). */
export declare const validateOrderSuccessOutcome: Validator<OrderSuccessOutcome>;
/** Validates against `topics/failure-topic-message.v1.schema.json` (https://schemas.order-events.example/topics/failure-topic-message.v1.schema.json). */
export declare const validateFailureTopicMessage: Validator<FailureTopicMessage>;
/** Validates against `topics/success-topic-message.v1.schema.json` (https://schemas.order-events.example/topics/success-topic-message.v1.schema.json). */
export declare const validateSuccessTopicMessage: Validator<SuccessTopicMessage>;
