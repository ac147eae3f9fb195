import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ASYNCAPI_FILE } from "../../tools/gen/asyncapi";
import { SCHEMA_FILE_EXTENSION } from "../../tools/gen/asyncapi-schemas";
import { type PackedPackage, packPackage, runOk } from "../package/consumer-project";
import { parseOffline } from "./support/parse-offline";

// The document ships in the contracts package, beside the schema files its schemas copy: read from
// the unpacked tarball, with nothing else around it, it must still parse cleanly and offline.
let root: string;
let packed: PackedPackage;
let unpacked: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "asyncapi-pack-"));
  packed = packPackage(root);
  runOk("tar", ["-xzf", packed.tarball, "-C", root], { cwd: root });
  unpacked = join(root, "package");
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the contracts package ships the AsyncAPI document", () => {
  it("packs asyncapi.yaml and exports it", () => {
    expect(packed.files).toContain(ASYNCAPI_FILE);
    const manifest = JSON.parse(readFileSync(join(unpacked, "package.json"), "utf8"));
    expect(manifest.exports[`./${ASYNCAPI_FILE}`]).toBe(`./${ASYNCAPI_FILE}`);
  });

  it("packs every schema file the document's schemas copy (x-schema-file)", () => {
    const text = readFileSync(join(unpacked, ASYNCAPI_FILE), "utf8");
    const files = [...text.matchAll(new RegExp(`${SCHEMA_FILE_EXTENSION}: \\./(\\S+)`, "g"))].map(
      (m) => m[1],
    );

    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(packed.files).toContain(file);
  });

  it("parses from the unpacked package with no error and no remote reference", async () => {
    const { errors, remoteRefs, document } = await parseOffline(join(unpacked, ASYNCAPI_FILE));

    expect(errors).toEqual([]);
    expect(remoteRefs).toEqual([]);
    expect(document?.allMessages().all().length).toBeGreaterThan(0);
  }, 30_000);
});
