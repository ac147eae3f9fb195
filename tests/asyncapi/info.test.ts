import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ASYNCAPI_FILE } from "../../tools/gen/asyncapi";
import { documentInfo } from "../../tools/gen/asyncapi-info";
import { readManifest } from "../../tools/gen/package";
import { repoRoot } from "../support/paths";

const base = { name: "@order-events/contracts", version: "1.2.3", license: "MIT" };

describe("documentInfo: the document's info from the package manifest", () => {
  it("takes contact, license and external docs from npm's author, bugs, license and homepage", () => {
    const info = documentInfo({
      ...base,
      author: "Orders Team <orders@example.com> (https://example.com/team)",
      bugs: { url: "https://example.com/issues" },
      homepage: "https://example.com/contracts",
    });

    expect(info).toEqual({
      version: "1.2.3",
      contact: {
        name: "Orders Team",
        url: "https://example.com/issues",
        email: "orders@example.com",
      },
      license: { name: "MIT" },
      externalDocs: {
        description: "The documentation of @order-events/contracts.",
        url: "https://example.com/contracts",
      },
    });
  });

  it("reads an author object and a bugs URL as npm allows them", () => {
    const info = documentInfo({
      ...base,
      author: { name: "Orders Team", url: "https://example.com/team" },
      bugs: "https://example.com/issues",
    });

    expect(info.contact).toEqual({ name: "Orders Team", url: "https://example.com/issues" });
  });

  it("names the package's maintainers, and AWS's SNS-to-SQS page, when the manifest has neither", () => {
    const info = documentInfo(base) as { contact: unknown; externalDocs: { url: string } };

    expect(info.contact).toEqual({ name: "Maintainers of @order-events/contracts" });
    expect(info.externalDocs.url).toBe(
      "https://docs.aws.amazon.com/sns/latest/dg/sns-sqs-as-subscriber.html",
    );
  });

  it("is what generated/asyncapi.yaml says, for this repository's manifest", () => {
    const doc = parse(readFileSync(join(repoRoot, "generated", ASYNCAPI_FILE), "utf8"));
    const manifest = readManifest(repoRoot);

    expect(doc.info).toMatchObject(
      documentInfo({ ...manifest, license: String(manifest.license) }),
    );
    expect(doc.info.license.name).toBe(manifest.license);
  });
});
