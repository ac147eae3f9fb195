import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ASYNCAPI_FILE } from "../../tools/gen/asyncapi";
import {
  documentSchemas,
  forAsyncApiTools,
  SCHEMA_FILE_EXTENSION,
  titleAnonymousTypes,
} from "../../tools/gen/asyncapi-schemas";
import { loadCatalog } from "../../tools/gen/schema-catalog";
import { listAwsSamples, readAwsSample, withRealisticPlaceholders } from "../support/aws-samples";
import { repoRoot } from "../support/paths";
import { validatorForKind } from "../support/validators";

const catalog = loadCatalog(join(repoRoot, "schemas"));
const document = parse(readFileSync(join(repoRoot, "generated", ASYNCAPI_FILE), "utf8")) as {
  components: { schemas: Record<string, Record<string, unknown>> };
};
const components = document.components.schemas;

/** A schema of the document compiled as AsyncAPI tools read it: JSON Schema draft-07. */
function documentValidator(title: string, schemas = components) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: "asyncapi.json", components: { schemas } });
  const validate = ajv.getSchema(`asyncapi.json#/components/schemas/${title}`);
  if (!validate) throw new Error(`no schema ${title} in the document`);
  return (data: unknown) => validate(data) === true;
}

/** Every JSON value the repository knows for a schema kind: its cases, valid or not. */
function casesOf(kind: string): { description: string; data: unknown }[] {
  const path = join(repoRoot, "tests", "schemas", "cases", `${kind}.cases.json`);
  return JSON.parse(readFileSync(path, "utf8"));
}

describe("the document's schemas (components.schemas)", () => {
  const copied = Object.entries(components).map(
    ([title, schema]) =>
      [
        title,
        catalog.find((e) => `./schemas/${e.file}` === schema[SCHEMA_FILE_EXTENSION]),
      ] as const,
  );

  it("are copies of schema files, each under its title", () => {
    expect(copied.length).toBeGreaterThan(0);
    for (const [title, entry] of copied) expect(entry?.title, title).toBe(title);
  });

  it.each(copied.filter(([, entry]) => entry?.validator))(
    "%s accepts exactly what its schema file accepts (every case, and the AWS samples)",
    (title, entry) => {
      const kind = entry?.kind ?? "";
      const inDocument = documentValidator(title);
      const shipped = validatorForKind(kind);
      const inputs = [
        ...casesOf(kind),
        ...listAwsSamples().map((file) => ({
          description: file,
          data: withRealisticPlaceholders(readAwsSample(file)),
        })),
      ];
      expect(inputs.length).toBeGreaterThan(2);

      const verdicts = inputs.map((i) => [i.description, inDocument(i.data), shipped(i.data)]);

      expect(verdicts.filter(([, a, b]) => a !== b)).toEqual([]);
      // Both verdicts occur, so the comparison can tell the schemas apart.
      expect(new Set(verdicts.map(([, , b]) => b))).toEqual(new Set([true, false]));
    },
  );

  it("would notice a copy that accepts more than its file", () => {
    const loosened = structuredClone(components);
    // The rewrite of `"functionError": false` undone: the copy then accepts a functionError.
    const record = loosened.OrderSuccessDestinationRecord as {
      properties: { responseContext: { allOf?: unknown } };
    };
    expect(record.properties.responseContext.allOf).toBeDefined();
    delete record.properties.responseContext.allOf;
    const withFunctionError = casesOf("order-success-destination-record").find(
      (c) => c.description === "with functionError",
    )?.data;

    expect(documentValidator("OrderSuccessDestinationRecord", loosened)(withFunctionError)).toBe(
      true,
    );
    expect(documentValidator("OrderSuccessDestinationRecord")(withFunctionError)).toBe(false);
  });
});

describe("forAsyncApiTools: the same schema, as AsyncAPI tools read it", () => {
  it("turns a property that must be absent (false) into not-required", () => {
    expect(
      forAsyncApiTools({ type: "object", properties: { a: { type: "string" }, b: false } }),
    ).toEqual({
      type: "object",
      properties: { a: { type: "string" } },
      allOf: [{ not: { required: ["b"] } }],
    });
  });

  it("moves `not` into allOf, after what allOf had, at every depth", () => {
    expect(
      forAsyncApiTools({
        properties: { c: { type: "string", not: { const: "Success" } } },
        allOf: [{ required: ["c"] }],
        not: { required: ["d"] },
      }),
    ).toEqual({
      properties: { c: { type: "string", allOf: [{ not: { const: "Success" } }] } },
      allOf: [{ required: ["c"] }, { not: { required: ["d"] } }],
    });
  });

  it("keeps additionalProperties booleans, and writes other boolean subschemas as objects", () => {
    expect(forAsyncApiTools({ additionalProperties: false, items: true, anyOf: [false] })).toEqual({
      items: {},
      anyOf: [{ not: {} }],
      additionalProperties: false,
    });
  });

  it("writes discriminator as the property name (the AsyncAPI Schema Object's form)", () => {
    expect(forAsyncApiTools({ discriminator: { propertyName: "status" } })).toEqual({
      discriminator: "status",
    });
  });

  it("leaves data alone: a property named like a keyword, const and enum values", () => {
    const schema = { properties: { not: { const: false }, properties: { enum: [true, false] } } };

    expect(forAsyncApiTools(schema)).toEqual(schema);
  });
});

describe("titleAnonymousTypes", () => {
  it("names each untitled enum and object under a property after its nearest title", () => {
    const schema = {
      title: "Attr",
      properties: {
        Type: { enum: ["A", "B"] },
        One: { enum: ["A"] },
        Named: { title: "Kept", enum: ["A", "B"] },
        Nested: { type: "object", properties: { Kind: { enum: ["x", "y"] } } },
        Text: { type: "string" },
      },
    };

    expect(titleAnonymousTypes(schema, "Attr")).toEqual({
      title: "Attr",
      properties: {
        Type: { title: "AttrType", enum: ["A", "B"] },
        One: { enum: ["A"] },
        Named: { title: "Kept", enum: ["A", "B"] },
        Nested: {
          title: "AttrNested",
          type: "object",
          properties: { Kind: { title: "AttrNestedKind", enum: ["x", "y"] } },
        },
        Text: { type: "string" },
      },
    });
  });
});

describe("documentSchemas", () => {
  it("copies every file the roots reach, once, and refers to them within the document", () => {
    const outcome = catalog.find((e) => e.kind === "outcome-success");
    const schemas = documentSchemas(catalog, [outcome?.file ?? ""]);

    expect(Object.keys(schemas.components)).toEqual([
      "OrderMessage",
      "OrderSuccessOutcome",
      "OutcomeCommon",
    ]);
    expect(schemas.refTo(outcome?.file ?? "")).toBe("#/components/schemas/OrderSuccessOutcome");
    const text = JSON.stringify(schemas.components);
    expect(text).not.toMatch(/"\$ref":"(?!#\/components\/schemas\/)/);
    expect(text).not.toContain('"$id"');
    expect(text).not.toContain('"$schema"');
  });

  it("says which file refers to a schema that does not exist", () => {
    const broken = catalog.map((e) =>
      e.kind === "outcome-success"
        ? { ...e, schema: { ...e.schema, properties: { x: { $ref: "missing.v1.schema.json" } } } }
        : e,
    );
    const outcome = catalog.find((e) => e.kind === "outcome-success");

    expect(() => documentSchemas(broken, [outcome?.file ?? ""])).toThrow(
      "asyncapi: schemas/outcome/outcome-success.v1.schema.json refers to schemas/outcome/missing.v1.schema.json, which does not exist",
    );
  });
});
