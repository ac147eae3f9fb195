import type {
  OutcomeMessageAttributesRawDelivery,
  OutcomeMessageAttributesSnsEnvelope,
} from "../../generated/types";

/** The outcome attributes as one delivery form spells them (raw: SQS record; envelope: SNS). */
export type DeliveredOutcomeAttributes =
  | OutcomeMessageAttributesRawDelivery
  | OutcomeMessageAttributesSnsEnvelope;

/** The attribute values of either delivered form, by name (every outcome attribute is a String). */
export function attributeValues(attributes: DeliveredOutcomeAttributes): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute === undefined) continue;
    values[name] = "stringValue" in attribute ? attribute.stringValue : attribute.Value;
  }
  return values;
}

/** Outcome fields that the attributes repeat for subscription filter policies. */
const REPEATED_FIELDS = ["message_type", "schema_version", "status", "error_code"] as const;

/**
 * The first attribute that disagrees with the outcome it came with, as `[name, attribute, body
 * value]`: subscription filter policies route on attributes, so a disagreement means a publisher
 * bug (the processor derives them from the outcome). `schema_version` is the major as text.
 *
 * @example attributeMismatch({ status: "FAILURE" }, { status: "SUCCESS" }) // ["status", "FAILURE", "SUCCESS"]
 */
export function attributeMismatch(
  values: Readonly<Record<string, string>>,
  outcome: Readonly<Record<string, unknown>>,
): [name: string, attribute: string, body: unknown] | undefined {
  for (const name of REPEATED_FIELDS) {
    const attribute = values[name];
    if (attribute !== undefined && attribute !== outcome[name])
      return [name, attribute, outcome[name]];
  }
  return undefined;
}
