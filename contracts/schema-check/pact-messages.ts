import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { PACTICIPANTS } from "../participants";
import { listPactFiles } from "../verification/pact-files";
import { type ClosedSchemas, describeSchemaErrors } from "./strict-schemas";

/** Which schema a message of a pact must satisfy (a destination record has no message_type). */
type SchemaChooser = (content: unknown) => string;

const isOutcome = (content: unknown) =>
  (content as { message_type?: unknown } | null)?.message_type === "order.outcome";

/**
 * The JSON Schema of every message of every pact, by "consumer <- provider". A pact between two
 * pacticipants not listed here fails the check: a new contract must say what schema it follows.
 */
export const PACT_MESSAGE_SCHEMAS: Readonly<Record<string, SchemaChooser>> = {
  [`${PACTICIPANTS.fulfilment} <- ${PACTICIPANTS.processor}`]: (content) =>
    isOutcome(content)
      ? "outcome/outcome-success.v1.schema.json"
      : "destination/order-success-destination-record.v1.schema.json",
  [`${PACTICIPANTS.failureAlerts} <- ${PACTICIPANTS.processor}`]: (content) =>
    isOutcome(content)
      ? "outcome/outcome-failure.v1.schema.json"
      : "destination/order-failure-destination-record.v1.schema.json",
  [`${PACTICIPANTS.processor} <- ${PACTICIPANTS.orderProducer}`]: () =>
    "order/order-message.v1.schema.json",
};

/** Message metadata that is Pact's own, not a message attribute. */
const PACT_METADATA = new Set(["contentType"]);
const ATTRIBUTES_SCHEMA = "outcome/outcome-attributes.v1.schema.json";

/** An interaction of a pact file, as far as the check reads it. */
export interface PactInteraction {
  description: string;
  type?: string;
  contents?: { content?: unknown };
  metadata?: Record<string, unknown>;
}

/** What the check found for one interaction. */
export interface MessageCheck {
  pact: string;
  interaction: string;
  schema: string;
  problems: string[];
}

/**
 * Checks one message against its schema, closed so that any field the schema does not define is a
 * problem, and its metadata (message attributes) against the outcome-attributes schema. The pact
 * stores each message with its matchers reduced to their examples, which is what is checked.
 */
export function checkInteraction(
  schemas: ClosedSchemas,
  pact: string,
  choose: SchemaChooser,
  interaction: PactInteraction,
): MessageCheck {
  const content = interaction.contents?.content;
  const schema = choose(content);
  const validate = schemas.validatorFor(schema);
  const problems = validate(content) ? [] : describeSchemaErrors(validate.errors);
  const attributes = Object.entries(interaction.metadata ?? {}).filter(
    ([k]) => !PACT_METADATA.has(k),
  );
  if (attributes.length > 0) {
    const validateAttributes = schemas.validatorFor(ATTRIBUTES_SCHEMA);
    const asAttributes = Object.fromEntries(
      attributes.map(([name, value]) => [name, { DataType: "String", StringValue: value }]),
    );
    if (!validateAttributes(asAttributes)) {
      problems.push(
        ...describeSchemaErrors(validateAttributes.errors).map(
          (p) => `metadata ${p} (${ATTRIBUTES_SCHEMA})`,
        ),
      );
    }
  }
  return { pact, interaction: interaction.description, schema, problems };
}

/**
 * Checks every message of every pact file in contracts/pacts (see checkInteraction). A pact whose
 * pair has no schema, or an interaction that is not an asynchronous message, is a problem too.
 *
 * @example checkPactMessages(compileClosedSchemas()).filter((c) => c.problems.length > 0)
 */
export function checkPactMessages(schemas: ClosedSchemas, dir?: string): MessageCheck[] {
  return listPactFiles(dir).flatMap((file) => {
    const pair = `${file.consumer} <- ${file.provider}`;
    const pact = basename(file.path);
    const choose = PACT_MESSAGE_SCHEMAS[pair];
    const interactions = (
      JSON.parse(readFileSync(file.path, "utf8")) as { interactions: PactInteraction[] }
    ).interactions;
    if (!choose) {
      return [
        {
          pact,
          interaction: "(all)",
          schema: "(none)",
          problems: [`no schema is declared for the pact ${pair}: add it to PACT_MESSAGE_SCHEMAS`],
        },
      ];
    }
    return interactions.map((interaction) =>
      interaction.type === "Asynchronous/Messages"
        ? checkInteraction(schemas, pact, choose, interaction)
        : {
            pact,
            interaction: interaction.description,
            schema: "(none)",
            problems: [
              `is a ${interaction.type} interaction; these contracts hold asynchronous messages only`,
            ],
          },
    );
  });
}
