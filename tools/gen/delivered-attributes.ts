import { type CatalogEntry, ID_BASE } from "./schema-catalog";

/** The schema of the attributes the publisher sends (the SDK's `DataType` / `StringValue`). */
const PUBLISHED_KIND = "outcome-attributes";

/** One form in which a consumer receives those attributes. */
interface DeliveredForm {
  /** Appended to the published kind and title. */
  suffix: { kind: string; title: string };
  /** The publisher's field names, as this form spells them. */
  names: { DataType: string; StringValue: string };
  /** Fields this form carries besides the two above (JSON Schemas, relative to the derived file). */
  extra: Record<string, Record<string, unknown>>;
  description: string;
}

const SQS_ATTRIBUTE = "../aws/sqs-record.v1.schema.json#/$defs/SqsMessageAttribute/properties";

/**
 * How SNS delivers message attributes: with raw delivery they become the SQS record's
 * `messageAttributes` (`dataType`, `stringValue`, and `binaryValue` / list fields that SQS adds),
 * and in the SNS envelope they are `MessageAttributes` entries `{ Type, Value }`
 * (https://docs.aws.amazon.com/sns/latest/dg/sns-large-payload-raw-message-delivery.html,
 * https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html).
 */
const FORMS: readonly DeliveredForm[] = [
  {
    suffix: { kind: "raw-delivery", title: "RawDelivery" },
    names: { DataType: "dataType", StringValue: "stringValue" },
    extra: {
      binaryValue: { $ref: `${SQS_ATTRIBUTE}/binaryValue` },
      stringListValues: { $ref: `${SQS_ATTRIBUTE}/stringListValues` },
      binaryListValues: { $ref: `${SQS_ATTRIBUTE}/binaryListValues` },
    },
    description:
      "as a queue subscribed with raw message delivery receives them: the SQS record's messageAttributes (dataType, stringValue)",
  },
  {
    suffix: { kind: "sns-envelope", title: "SnsEnvelope" },
    names: { DataType: "Type", StringValue: "Value" },
    extra: {},
    description:
      "as a queue subscribed without raw message delivery receives them: the SNS envelope's MessageAttributes (Type, Value)",
  },
];

type Schema = Record<string, unknown>;

/** One attribute's schema in a delivered form: its two fields renamed, the form's extras added. */
function deliveredAttribute(name: string, attribute: Schema, form: DeliveredForm): Schema {
  const where = `schemas/outcome: attribute ${name}`;
  const properties = attribute.properties as Record<string, Schema> | undefined;
  const fields = Object.keys(properties ?? {});
  if (!properties || fields.some((f) => !(f in form.names)) || !fields.includes("StringValue"))
    throw new Error(
      `gen: ${where} must have exactly the fields DataType and StringValue to derive its delivered forms (it has ${fields.join(", ") || "none"})`,
    );
  const rename = (f: string) => form.names[f as keyof DeliveredForm["names"]];
  // The title would name a second type like the published one's: the delivered types stay inline.
  const { title: _title, properties: _p, required, ...rest } = attribute;
  return {
    ...rest,
    required: ((required as string[] | undefined) ?? []).map(rename),
    properties: {
      ...Object.fromEntries(Object.entries(properties).map(([f, s]) => [rename(f), s])),
      ...form.extra,
    },
  };
}

/**
 * Adds to the catalog the delivered forms of the outcome attributes schema: derived from it by
 * renaming the fields, so every rule (which attributes, required ones, allowed values) is written
 * once, in `schemas/outcome/outcome-attributes.v1.schema.json`. They get validators and types
 * like the others (`validateOutcomeMessageAttributesRawDelivery`,
 * `validateOutcomeMessageAttributesSnsEnvelope`), files under `generated/schemas/outcome/`, and
 * the version of the schema they come from. Sorted by file, as `loadCatalog` returns it.
 *
 * @example withDeliveredAttributeForms(loadCatalog(schemasDir)).map((e) => e.kind) // [… "outcome-attributes-raw-delivery", "outcome-attributes-sns-envelope" …]
 */
export function withDeliveredAttributeForms(catalog: CatalogEntry[]): CatalogEntry[] {
  const published = catalog.find((e) => e.kind === PUBLISHED_KIND);
  if (!published) return catalog;
  const area = published.file.slice(0, published.file.lastIndexOf("/") + 1);
  const derived = FORMS.map((form): CatalogEntry => {
    const kind = `${published.kind}-${form.suffix.kind}`;
    const title = `${published.title}${form.suffix.title}`;
    const file = `${area}${kind}.v${published.major}.schema.json`;
    const source = published.schema;
    const attributes = source.properties as Record<string, Schema>;
    const schema: Schema = {
      $schema: source.$schema,
      $id: `${ID_BASE}${file}`,
      title,
      description: `The outcome message attributes ${form.description}. Derived by \`npm run gen\` from ${published.file} (${published.title}), which holds the rules.`,
      version: published.version,
      $comment: `Generated from ${published.file}: edit that schema, not this file.`,
      type: source.type,
      additionalProperties: source.additionalProperties,
      required: source.required,
      properties: Object.fromEntries(
        Object.entries(attributes).map(([name, s]) => [name, deliveredAttribute(name, s, form)]),
      ),
    };
    return {
      ...published,
      file,
      id: schema.$id as string,
      title,
      kind,
      validator: `validate${title}`,
      schema,
    };
  });
  return [...catalog, ...derived].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
