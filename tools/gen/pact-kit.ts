import type Ajv2020 from "ajv/dist/2020";
import {
  PROCESSOR_MESSAGES,
  type ProcessorMessageKind,
  RECORD_TEMPLATE_CASES,
} from "../../lib/pact/messages";
import { reify } from "../../lib/pact/reify";
import { RefResolver } from "../compat/schema-set";
import { loadExampleSources, type SchemaCase } from "./asyncapi-examples";
import { deriveMatchers } from "./pact-matchers";
import type { CatalogEntry } from "./schema-catalog";

/** The file gen writes the kit's data to, in generated/ (read by lib/pact). */
export const PACT_KIT_FILE = "pact-kit.json";

const ATTRIBUTES_KIND = "outcome-attributes";

type Obj = Record<string, unknown>;

/**
 * The Pact consumer kit's data, made from the schemas and their cases (`lib/pact` reads it):
 * - `messages`: per kind of `PROCESSOR_MESSAGES`, the content (its named schema case with matchers
 *   derived from the schema, `deriveMatchers`; the example is its reified form, `reify`) and the
 *   metadata (an outcome's SNS message attributes: the outcome fields the attribute schema names).
 * - `attributeDataTypes`: each outcome attribute's SNS data type, from the attribute schema.
 * - `templates`: the SQS record and SNS envelope cases `deliveredRecord` fills in.
 * Every example, every reified content, every metadata and template is validated here: a kit that
 * does not follow the schemas fails gen, saying which kind and what to change.
 *
 * @example JSON.parse(pactKitData(catalog, createAjv(catalog), repoRoot)).messages.successOutcome.metadata // { message_type: "order.outcome", schema_version: "1", status: "SUCCESS" }
 */
export function pactKitData(
  catalog: readonly CatalogEntry[],
  ajv: Ajv2020,
  repoRoot: string,
): string {
  const cases = loadExampleSources(repoRoot).casesByKind;
  const entry = (kind: string) => {
    const found = catalog.find((e) => e.kind === kind);
    if (!found) throw new Error(`gen: pact kit: no schema of kind ${kind}`);
    return found;
  };
  const check = (kind: string, value: unknown, what: string) => {
    const validate = ajv.getSchema(entry(kind).id);
    if (!validate?.(value))
      throw new Error(
        `gen: pact kit: ${what} is not a valid ${kind}: ${ajv.errorsText(validate?.errors)}`,
      );
  };
  const example = (kind: string, description: string, who: string) => {
    const found = (cases[kind] ?? []).find((c: SchemaCase) => c.description === description);
    if (!found?.valid)
      throw new Error(
        `gen: pact kit: ${who} names the case "${description}", which is not a valid case of tests/schemas/cases/${kind}.cases.json; add it there or name another`,
      );
    check(kind, found.data, `the case "${description}" (${who})`);
    return found.data;
  };

  const resolver = new RefResolver({
    label: "schemas",
    files: new Map(catalog.map((e) => [e.file, e.schema])),
  });
  const attributes = (entry(ATTRIBUTES_KIND).schema.properties ?? {}) as Record<string, Obj>;
  const attributeDataTypes = Object.fromEntries(
    Object.entries(attributes).map(([name, schema]) => {
      const dataType = ((schema.properties as Obj | undefined)?.DataType as Obj | undefined)?.const;
      if (typeof dataType !== "string")
        throw new Error(
          `gen: pact kit: attribute ${name} of ${ATTRIBUTES_KIND} has no DataType const`,
        );
      return [name, dataType];
    }),
  );

  const message = (name: string, kind: ProcessorMessageKind) => {
    const who = `PROCESSOR_MESSAGES.${name} (lib/pact/messages.ts)`;
    const value = example(kind.schema, kind.exampleCase, who) as Obj;
    const schema = entry(kind.schema);
    let content: unknown;
    try {
      content = deriveMatchers(schema.schema, schema.id, value, "", {
        resolve: resolver.resolve.bind(resolver),
        validates: (uri, data) => {
          const validate = ajv.getSchema(uri);
          if (!validate) throw new Error(`no schema at ${uri}`);
          return validate(data) === true;
        },
        pinned: new Set(kind.pinned),
      });
    } catch (error) {
      throw new Error(`gen: pact kit: ${who}: ${(error as Error).message}`);
    }
    // What Pact hands the consumer's test: the case with each array cut to its template item.
    const delivered = reify(content) as Obj;
    check(kind.schema, delivered, `the content of ${who}, reified`);
    for (const pointer of kind.pinned)
      if (!hasPointer(value, pointer))
        throw new Error(`gen: pact kit: ${who} pins ${pointer}, which its example does not have`);
    const isOutcome = value.message_type === "order.outcome";
    const metadata = isOutcome
      ? Object.fromEntries(
          Object.keys(attributes).flatMap((a) =>
            typeof value[a] === "string" ? [[a, value[a]]] : [],
          ),
        )
      : {};
    if (isOutcome)
      check(
        ATTRIBUTES_KIND,
        Object.fromEntries(
          Object.entries(metadata).map(([a, v]) => [
            a,
            { DataType: attributeDataTypes[a], StringValue: v },
          ]),
        ),
        `the metadata of ${who}`,
      );
    return [name, { content, metadata }] as const;
  };

  const templates = Object.fromEntries(
    Object.entries(RECORD_TEMPLATE_CASES).map(([name, t]) => [
      name,
      example(t.schema, t.exampleCase, `RECORD_TEMPLATE_CASES.${name} (lib/pact/messages.ts)`),
    ]),
  );
  const data = {
    $comment:
      "DO NOT EDIT: generated by `npm run gen` (tools/gen/pact-kit.ts) from lib/pact/messages.ts, schemas/ and tests/schemas/cases/; CI fails when this file drifts.",
    messages: Object.fromEntries(
      Object.entries(PROCESSOR_MESSAGES).map(([name, kind]) => message(name, kind)),
    ),
    attributeDataTypes,
    templates,
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

function hasPointer(value: unknown, pointer: string): boolean {
  let node = value;
  for (const token of pointer.split("/").slice(1)) {
    const key = token.replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !(key in node)) return false;
    node = (node as Obj)[key];
  }
  return true;
}
