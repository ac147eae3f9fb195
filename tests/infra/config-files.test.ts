// Pulumi.yaml declares exactly the keys the program reads, with the defaults the code applies
// (the CLI applies Pulumi.yaml's defaults, Pulumi's mocks do not), and every stack file is valid.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configKeys, defaultStackSettings, parseStackConfig } from "../../infra/config";
import { repoRoot } from "../support/paths";
import { PROJECT } from "./support/program";
import { asConfigText, projectFile, stackConfig, stackFile } from "./support/stack-files";

const project = projectFile();

describe("Pulumi.yaml", () => {
  it("declares the project the program and the mocks use, on the nodejs runtime with TypeScript", () => {
    expect(project.name).toBe(PROJECT);
    expect(project.runtime).toEqual({
      name: "nodejs",
      options: { typescript: true, packagemanager: "npm" },
    });
  });

  it("declares exactly the keys the code validates", () => {
    expect(Object.keys(project.config).sort()).toEqual(Object.keys(configKeys).sort());
  });

  it.each(Object.entries(configKeys))(
    "declares %s with the code's type, default and description",
    (name, key) => {
      const declared = project.config[name];
      expect(declared).toEqual({
        type: key.type,
        ...(key.type === "array" ? { items: { type: "string" } } : {}),
        description: key.description,
        default: key.default,
      });
    },
  );

  it("declares defaults that, read as the CLI passes them, give the code's defaults", () => {
    const raw = Object.fromEntries(
      Object.entries(project.config).map(([name, declared]) => [
        name,
        asConfigText(declared.default),
      ]),
    );
    expect(parseStackConfig(PROJECT, (key) => raw[key])).toEqual(defaultStackSettings());
  });
});

describe.each(["dev", "prod"])("Pulumi.%s.yaml", (stack) => {
  it("sets only keys of this program or of the AWS provider, and passes validation", () => {
    const keys = Object.keys(stackFile(stack));
    for (const key of keys) expect(key, key).toMatch(new RegExp(`^(${PROJECT}|aws):`));
    const values = stackConfig(stack);
    expect(() => parseStackConfig(PROJECT, (key) => values[key], keys)).not.toThrow();
  });

  it("sets a region", () => {
    expect(stackFile(stack)["aws:region"]).toMatch(/^[a-z]{2}-[a-z]+-\d$/);
  });
});

describe("the example prod stack", () => {
  it("overrides defaults per stack", () => {
    const values = stackConfig("prod");
    const prod = parseStackConfig(PROJECT, (key) => values[key]);
    const defaults = defaultStackSettings();
    expect(prod.topology.processor.maximumBatchingWindowSeconds).not.toBe(
      defaults.topology.processor.maximumBatchingWindowSeconds,
    );
    expect(prod.topology.processor.batchSize).toBe(100);
    expect(prod.topology.processor.maximumBatchingWindowSeconds).toBe(5);
    expect(prod.topology.processor.reservedConcurrency).toBe(
      prod.topology.processor.maximumConcurrency + prod.topology.processor.asyncConcurrencyHeadroom,
    );
    expect(prod.topology.rules.acceptedCurrencies).toEqual(["EUR", "USD", "GBP", "CHF"]);
    expect(prod.alarmTopicArn).toBe("arn:aws:sns:eu-west-1:123456789012:order-events-prod-alarms");
  });
});

describe("docs/configuration.md", () => {
  it("documents every key with its type and default", () => {
    const deploy = readFileSync(join(repoRoot, "docs", "configuration.md"), "utf8");
    const rows = new Map(
      [...deploy.matchAll(/^\| `([A-Za-z]+)` \| (\w+) \| ([^|]+) \|/gm)].map((m) => [
        m[1],
        [m[2], m[3]?.trim()],
      ]),
    );
    for (const [name, key] of Object.entries(configKeys)) {
      const documented =
        key.type === "array"
          ? key.default.join(", ")
          : key.default === ""
            ? "(empty)"
            : String(key.default);
      expect(rows.get(name), name).toEqual([key.type, documented]);
    }
    expect([...rows.keys()].sort()).toEqual(Object.keys(configKeys).sort());
  });
});
