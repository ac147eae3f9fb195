// DO NOT EDIT: generated from schemas/ by `npm run gen` (tools/gen/generate.ts).
// Change the JSON Schemas in schemas/ and run `npm run gen`; CI fails when this file drifts.
import type { OutcomeMessageAttributesSnsEnvelope } from "../types.js";
import type { Validator } from "../validators.cjs";

/** Validates against `outcome/outcome-attributes-sns-envelope.v1.schema.json` (https://schemas.order-events.example/outcome/outcome-attributes-sns-envelope.v1.schema.json); the same function as in validators.cjs. */
export declare const validateOutcomeMessageAttributesSnsEnvelope: Validator<OutcomeMessageAttributesSnsEnvelope>;
