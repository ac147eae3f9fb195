import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readManifest } from "../../tools/gen/package";
import { ID_BASE, loadCatalog } from "../../tools/gen/schema-catalog";
import { repoRoot } from "../support/paths";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "contracts-gen-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the package manifest", () => {
  it("is the one place of the version: generated/package.json carries the manifest's", () => {
    const manifest = readManifest(repoRoot);
    const generated = JSON.parse(readFileSync(join(repoRoot, "generated", "package.json"), "utf8"));
    expect(generated.name).toBe(manifest.name);
    expect(generated.version).toBe(manifest.version);
    expect(generated.dependencies).toBeUndefined();
  });

  it("refuses fields that gen computes, naming them", () => {
    const root = tempDir();
    mkdirSync(join(root, "package"));
    const manifest = {
      name: "@x/y",
      version: "1.0.0",
      description: "d",
      license: "MIT",
      exports: {},
    };
    writeFileSync(join(root, "package", "manifest.json"), JSON.stringify(manifest));
    expect(() => readManifest(root)).toThrow(
      'package/manifest.json: remove "exports"; gen computes it',
    );
  });

  it("refuses a version that is not x.y.z", () => {
    const root = tempDir();
    mkdirSync(join(root, "package"));
    const manifest = { name: "@x/y", version: "1.0", description: "d", license: "MIT" };
    writeFileSync(join(root, "package", "manifest.json"), JSON.stringify(manifest));
    expect(() => readManifest(root)).toThrow('version "1.0" must be x.y.z');
  });
});

describe("the schema catalog", () => {
  it("refuses two schemas with one title (two majors of a kind would export one name twice)", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "order"));
    for (const major of [1, 2]) {
      const file = `order/thing.v${major}.schema.json`;
      const schema = {
        $id: ID_BASE + file,
        title: "Thing",
        description: "d",
        version: `${major}.0.0`,
        type: "object",
      };
      writeFileSync(join(dir, file), JSON.stringify(schema));
    }
    expect(() => loadCatalog(dir)).toThrow(
      'schemas/order/thing.v2.schema.json: title "Thing" is also the title of schemas/order/thing.v1.schema.json',
    );
  });
});
