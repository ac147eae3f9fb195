import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ASYNCAPI_FILE, ASYNCAPI_VERSION } from "../../tools/gen/asyncapi";
import { SCHEMA_FILE_EXTENSION, SCHEMAS_POINTER } from "../../tools/gen/asyncapi-schemas";
import { repoRoot } from "../support/paths";
import { type OfflineParse, parseOffline } from "./support/parse-offline";

const documentPath = join(repoRoot, "generated", ASYNCAPI_FILE);
const text = readFileSync(documentPath, "utf8");
const declared = parse(text) as {
  components: {
    messages: Record<string, DeclaredMessage>;
    schemas: Record<string, Record<string, unknown>>;
  };
};

describe("generated/asyncapi.yaml, read by @asyncapi/parser offline", () => {
  let parsed: OfflineParse;
  beforeAll(async () => {
    parsed = await parseOffline(documentPath);
  }, 30_000);

  it("is a valid AsyncAPI 3.0 document: no diagnostic of severity error, no remote reference", () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.remoteRefs).toEqual([]);
    expect(parsed.document?.version()).toBe(ASYNCAPI_VERSION);
  });

  it("refers to no file: every $ref is a pointer into the document", () => {
    const refs = [...text.matchAll(/\$ref: "?([^"\s]+)"?/g)].map((m) => m[1]);

    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((r) => !r?.startsWith("#/"))).toEqual([]);
  });

  it("resolves each payload and headers to the copy of the schema file it names", () => {
    const messages = parsed.document?.allMessages().all() ?? [];
    expect(messages.map((m) => m.id()).sort()).toEqual(
      Object.keys(declared.components.messages).sort(),
    );
    for (const message of messages) {
      const { payload, headers } = declared.components.messages[message.id()] as DeclaredMessage;
      expect(fileOf(message.payload()?.json()), message.id()).toBe(fileOf(component(payload)));
      expect(fileOf(component(payload)), message.id()).toMatch(/^\.\/schemas\/.+\.schema\.json$/);
      if (headers)
        expect(fileOf(message.headers()?.json()), message.id()).toBe(fileOf(component(headers)));
    }
  });
});

interface DeclaredMessage {
  payload: { $ref: string };
  headers?: { $ref: string };
}

/** The component schema a `#/components/schemas/…` reference names. */
function component(reference: { $ref: string }): Record<string, unknown> {
  const name = reference.$ref.slice(SCHEMAS_POINTER.length);
  const schema = declared.components.schemas[name];
  if (!schema) throw new Error(`${reference.$ref} names no schema of the document`);
  return schema;
}

/** The schema file a schema (as declared, or as the parser resolved it) was copied from. */
function fileOf(schema: unknown): unknown {
  return (schema as Record<string, unknown> | undefined)?.[SCHEMA_FILE_EXTENSION];
}

describe("the validation catches what it must (the same parse, on broken copies)", () => {
  it("reports a filter policy with $or in the binding's filterPolicy as an error", async () => {
    const broken = text.replaceAll("x-filterPolicy:", "filterPolicy:");
    expect(broken).not.toBe(text);

    const { errors } = await parseOffline(documentPath, broken);

    expect(errors.some((e) => e.includes("filterPolicy.$or"))).toBe(true);
  }, 30_000);

  it("reports a payload $ref to a schema the document does not have as an error", async () => {
    const broken = text.replaceAll(
      '$ref: "#/components/schemas/OrderMessage"',
      '$ref: "#/components/schemas/OrderMessageV9"',
    );
    expect(broken).not.toBe(text);

    const { errors } = await parseOffline(documentPath, broken);

    expect(errors.some((e) => e.includes("OrderMessageV9"))).toBe(true);
  }, 30_000);

  it("reports a schema that is not an AsyncAPI Schema Object as an error", async () => {
    // The OpenAPI form of discriminator, which asyncapi-schemas.ts rewrites.
    const broken = text.replace(
      "  schemas:\n",
      "  schemas:\n    Broken:\n      discriminator:\n        propertyName: status\n",
    );
    expect(broken).not.toBe(text);

    const { errors } = await parseOffline(documentPath, broken);

    expect(errors.some((e) => e.includes("components.schemas.Broken"))).toBe(true);
  }, 30_000);

  it("records a remote $ref instead of fetching it", async () => {
    const broken = text.replaceAll(
      '$ref: "#/components/schemas/OrderMessage"',
      '$ref: "https://schemas.order-events.example/order/order-message.v1.schema.json"',
    );

    const { remoteRefs } = await parseOffline(documentPath, broken);

    expect(remoteRefs).toEqual([
      "https://schemas.order-events.example/order/order-message.v1.schema.json",
    ]);
  }, 30_000);
});
