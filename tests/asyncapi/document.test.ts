import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ASYNCAPI_FILE, ASYNCAPI_VERSION } from "../../tools/gen/asyncapi";
import { loadCatalog } from "../../tools/gen/schema-catalog";
import { repoRoot } from "../support/paths";
import { type OfflineParse, parseOffline } from "./support/parse-offline";

const documentPath = join(repoRoot, "generated", ASYNCAPI_FILE);
const text = readFileSync(documentPath, "utf8");
const catalog = loadCatalog(join(repoRoot, "schemas"));

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

  it("resolves each payload and headers $ref to the schema file beside it", () => {
    const declared = parse(text).components.messages as Record<string, DeclaredMessage>;
    const messages = parsed.document?.allMessages().all() ?? [];
    expect(messages.map((m) => m.id()).sort()).toEqual(Object.keys(declared).sort());
    for (const message of messages) {
      const { payload, headers } = declared[message.id()] as DeclaredMessage;
      expect(resolvedId(message.payload()?.json()), message.id()).toBe(idOf(payload.schema.$ref));
      if (headers)
        expect(resolvedId(message.headers()?.json()), message.id()).toBe(idOf(headers.schema.$ref));
    }
  });
});

interface DeclaredMessage {
  payload: { schema: { $ref: string } };
  headers?: { schema: { $ref: string } };
}

/** The `$id` of the schema a `./schemas/…` reference names. */
function idOf(reference: string): string {
  const entry = catalog.find((e) => `./schemas/${e.file}` === reference);
  if (!entry) throw new Error(`${reference} is not a schema of schemas/`);
  return entry.id;
}

/** The `$id` of a schema as the parser resolved it (inside its Multi Format Schema Object). */
function resolvedId(json: unknown): unknown {
  return (json as { schema?: { $id?: unknown } } | undefined)?.schema?.$id;
}

describe("the validation catches what it must (the same parse, on broken copies)", () => {
  it("reports a filter policy with $or in the binding's filterPolicy as an error", async () => {
    const broken = text.replaceAll("x-filterPolicy:", "filterPolicy:");
    expect(broken).not.toBe(text);

    const { errors } = await parseOffline(documentPath, broken);

    expect(errors.some((e) => e.includes("filterPolicy.$or"))).toBe(true);
  }, 30_000);

  it("reports a payload $ref to a schema file that does not exist as an error", async () => {
    const broken = text.replace(
      "./schemas/order/order-message.v1.schema.json",
      "./schemas/order/order-message.v9.schema.json",
    );

    const { errors } = await parseOffline(documentPath, broken);

    expect(errors.some((e) => e.includes("order-message.v9.schema.json"))).toBe(true);
  }, 30_000);

  it("records a remote $ref instead of fetching it", async () => {
    const broken = text.replace(
      "./schemas/order/order-message.v1.schema.json",
      "https://schemas.order-events.example/order/order-message.v1.schema.json",
    );

    const { remoteRefs } = await parseOffline(documentPath, broken);

    expect(remoteRefs).toEqual([
      "https://schemas.order-events.example/order/order-message.v1.schema.json",
    ]);
  }, 30_000);
});
