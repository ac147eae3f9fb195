import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { PROCESSOR_MESSAGES } from "../../lib/pact/messages";
import { loadCatalog } from "../../tools/gen/schema-catalog";
import { PACTICIPANTS, VERIFIED_PACT_DIRS } from "../participants";
import { listPactFiles } from "../verification/pact-files";
import { type ClosedSchemas, describeSchemaErrors, SCHEMAS_DIR } from "./strict-schemas";

/** Which schema a message of a pact must satisfy (below schemas/), or undefined when none. */
type SchemaChooser = (interaction: PactInteraction) => string | undefined;

/** The schema file (below schemas/) of a schema kind (`outcome-success`), as the catalog has it. */
function schemaFileOf(kind: string): string | undefined {
  return loadCatalog(SCHEMAS_DIR).find((entry) => entry.kind === kind)?.file;
}

/**
 * The JSON Schema of every message of every pact, by provider: the processor's messages are the
 * Pact kit's kinds (PROCESSOR_MESSAGES names each description's schema), whichever consumer's pact
 * holds them; the order producer sends orders. A pact with another provider, or a processor
 * message the kit does not know, fails the check: a new contract must say what schema it follows.
 */
export const PACT_MESSAGE_SCHEMAS: Readonly<Record<string, SchemaChooser>> = {
  [PACTICIPANTS.processor]: (interaction) => {
    const kind = Object.values(PROCESSOR_MESSAGES).find(
      (m) => m.description === interaction.description,
    );
    return kind && schemaFileOf(kind.schema);
  },
  [PACTICIPANTS.orderProducer]: () => "order/order-message.v1.schema.json",
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
  const schema = choose(interaction);
  if (schema === undefined)
    return {
      pact,
      interaction: interaction.description,
      schema: "(none)",
      problems: [
        "is no message kind of the processor's Pact kit: use a description of PROCESSOR_MESSAGES (lib/pact/messages.ts)",
      ],
    };
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
 * Checks every message of every pact file verification reads (ours and the example consumer
 * team's, see checkInteraction). A pact whose provider has no schema, or an interaction that is not
 * an asynchronous message, is a problem too.
 *
 * @example checkPactMessages(compileClosedSchemas()).filter((c) => c.problems.length > 0)
 */
export function checkPactMessages(
  schemas: ClosedSchemas,
  dirs: readonly string[] = VERIFIED_PACT_DIRS,
): MessageCheck[] {
  return listPactFiles(dirs).flatMap((file) => {
    const pair = `${file.consumer} <- ${file.provider}`;
    const pact = basename(file.path);
    const choose = PACT_MESSAGE_SCHEMAS[file.provider];
    const interactions = (
      JSON.parse(readFileSync(file.path, "utf8")) as { interactions: PactInteraction[] }
    ).interactions;
    if (!choose) {
      return [
        {
          pact,
          interaction: "(all)",
          schema: "(none)",
          problems: [
            `no schema is declared for the messages of ${file.provider} (pact ${pair}): add it to PACT_MESSAGE_SCHEMAS`,
          ],
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
