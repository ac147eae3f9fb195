// What a consumer needs from Powertools' idempotency utility and the DynamoDB client, in one module
// that idempotency-environment.ts and powertools-once.ts import dynamically, with the first record:
// it is most of a consumer's bundle (the SDK), and a cold start does not need it.
export { IdempotencyConfig, makeIdempotent } from "@aws-lambda-powertools/idempotency";
export { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
export { DynamoDBClient } from "@aws-sdk/client-dynamodb";
