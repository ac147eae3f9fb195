// DO NOT EDIT: generated from schemas/ by `npm run gen` (tools/gen/generate.ts).
// Change the JSON Schemas in schemas/ and run `npm run gen`; CI fails when this file drifts.
import type { SqsBatchResponse } from "../types.js";
import type { Validator } from "../validators.cjs";

/** Validates against `aws/sqs-batch-response.v1.schema.json` (https://schemas.order-events.example/aws/sqs-batch-response.v1.schema.json); the same function as in validators.cjs. */
export declare const validateSqsBatchResponse: Validator<SqsBatchResponse>;
