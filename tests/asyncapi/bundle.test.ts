import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bundleAsyncApi, renderBundle } from "../../tools/docs/asyncapi-bundle";
import { ASYNCAPI_FILE } from "../../tools/gen/asyncapi";
import { repoRoot } from "../support/paths";
import { parseOffline } from "./support/parse-offline";

const documentPath = join(repoRoot, "generated", ASYNCAPI_FILE);
const scratch = mkdtempSync(join(tmpdir(), "asyncapi-bundle-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every `$ref` value in a JSON tree. */
function refs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refs);
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "$ref" && typeof value === "string" ? [value] : refs(value),
  );
}

describe("npm run docs: the self-contained AsyncAPI document", () => {
  it("refers to no file: every schema is inlined once under components.schemas", () => {
    const bundled = bundleAsyncApi(documentPath);

    expect(refs(bundled).filter((r) => !r.startsWith("#/"))).toEqual([]);
    const schemas = (bundled.components as { schemas: Record<string, { title?: string }> }).schemas;
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema.title).toBe(name);
      expect(schema).not.toHaveProperty("$id");
    }
    expect(Object.keys(schemas)).toContain("OrderMessage");
  });

  it("parses with no error alone, away from the schema files", async () => {
    const path = join(scratch, "asyncapi.bundled.yaml");
    writeFileSync(path, renderBundle(documentPath));

    const { errors, remoteRefs, document } = await parseOffline(path);

    expect(errors).toEqual([]);
    expect(remoteRefs).toEqual([]);
    const payload = document?.messages().get("OrderMessage")?.payload()?.json() as {
      schema?: { title?: string; properties?: object };
    };
    expect(payload.schema?.title).toBe("OrderMessage");
    expect(payload.schema?.properties).toHaveProperty("line_items");
  }, 30_000);

  it("keeps everything else of the document as it is", () => {
    const bundled = parse(renderBundle(documentPath)) as Record<string, unknown>;
    const generated = parse(readFileSync(documentPath, "utf8"));

    expect(bundled.channels).toEqual(generated.channels);
    expect(bundled.info).toEqual(generated.info);
    expect(Object.keys(bundled.operations as object)).toEqual(Object.keys(generated.operations));
  });
});
