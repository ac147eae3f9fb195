// Pulumi.yaml declares exactly the keys the program reads, with the defaults the code applies
// (the CLI applies Pulumi.yaml's defaults, Pulumi's mocks do not), both generated from the key
// table, as is the table of docs/configuration.md; and every stack file is valid.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readProcessorConfig } from "../../functions/processor/config";
import {
  type ConfigKeySpec,
  configDefault,
  configKeyNames,
  configKeys,
  defaultStackSettings,
  parseStackConfig,
} from "../../infra/config";
import {
  allowedValues,
  configFileProblems,
  renderConfigFiles,
  replaceRegion,
  writeConfigFiles,
} from "../../tools/gen/config-files";
import { buildTopology, PROCESSOR } from "../../topology/build";
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

  it.each(configKeyNames)("declares %s with the table's type, default and meaning", (name) => {
    const key: ConfigKeySpec = configKeys[name];
    expect(project.config[name]).toEqual({
      type: key.type,
      ...(key.type === "array" ? { items: { type: "string" } } : {}),
      description: `${key.doc} Allowed: ${allowedValues(name)}.`,
      default: configDefault(name),
    });
  });

  it("lists the keys in the table's order", () => {
    expect(Object.keys(project.config)).toEqual(configKeyNames);
  });

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
  it("documents every key with its type, default and allowed values", () => {
    const text = readFileSync(join(repoRoot, "docs", "configuration.md"), "utf8");
    const rows = new Map(
      [...text.matchAll(/^\| `([A-Za-z]+)` \| (\w+) \| ([^|]+) \| ([^|]+) \|/gm)].map((m) => [
        m[1],
        [m[2], m[3]?.trim(), m[4]?.trim()],
      ]),
    );
    expect([...rows.keys()]).toEqual(configKeyNames);
    expect(rows.get("ordersBatchSize")).toEqual(["integer", "100", "1 to 10000"]);
    expect(rows.get("acceptedCurrencies")).toEqual([
      "array",
      "EUR, USD, GBP",
      allowedValues("acceptedCurrencies"),
    ]);
    expect(rows.get("processorReservedConcurrency")?.slice(1)).toEqual([
      "-1",
      "-1 (none), or 1 to 1000000",
    ]);
    expect(rows.get("alarmTopicArn")?.[1]).toBe("(empty)");
  });
});

describe("docs/configuration.md's processor environment", () => {
  const rows = () => {
    const text = readFileSync(join(repoRoot, "docs", "configuration.md"), "utf8");
    return [...text.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \| [^|]+ \| ([^|]+) \|/gm)].map((m) => ({
      variable: m[1] ?? "",
      default: m[2]?.trim() ?? "",
      setBy: m[3]?.trim() ?? "",
    }));
  };

  it("lists every variable the processor reads, with the default it falls back to", () => {
    // Each documented default, handed to the processor, reads as what it reads when unset.
    const documented = rows();
    const topics = Object.fromEntries(
      documented
        .filter((r) => r.default === "required")
        .map((r, i) => [r.variable, `arn:aws:sns:eu-west-1:123456789012:topic-${i}`]),
    );
    const spelledOut = Object.fromEntries(
      documented.filter((r) => r.default !== "required").map((r) => [r.variable, r.default]),
    );
    expect(Object.keys(topics)).toHaveLength(2);
    expect(readProcessorConfig({ ...topics, ...spelledOut })).toEqual(readProcessorConfig(topics));
    // And each is one the processor checks: a malformed value is refused, naming it.
    for (const { variable } of documented) {
      expect(() => readProcessorConfig({ ...topics, [variable]: "?" }), variable).toThrow(
        expect.objectContaining({ variables: [variable] }),
      );
    }
  });

  it("says which stack key sets each rule, and that the program sets the topics", () => {
    const setBy = Object.fromEntries(rows().map((r) => [r.variable, r.setBy]));
    const processor = buildTopology(defaultStackSettings().topology).functions.find(
      (f) => f.key === PROCESSOR,
    );
    for (const name of configKeyNames.filter((k) =>
      configKeys[k].path.startsWith("topology.rules."),
    )) {
      const variable = Object.keys(processor?.environment ?? {}).find(
        (v) => setBy[v] === `stack key \`${name}\``,
      );
      expect(variable, name).toBeDefined();
      // The key really reaches that variable: change it and the rendered environment changes.
      const changed = buildTopology(
        parseStackConfig(PROJECT, (k) => (k === name ? changedValue(name) : undefined)).topology,
      ).functions.find((f) => f.key === PROCESSOR);
      expect(changed?.environment[variable as string], name).not.toEqual(
        processor?.environment[variable as string],
      );
    }
    expect(
      Object.entries(setBy)
        .filter(([, by]) => by === "the program")
        .map(([v]) => processor?.environment[v]),
    ).toEqual([{ topicArn: "success" }, { topicArn: "failure" }]);
  });
});

/** A valid value of a rule key other than its default. */
function changedValue(name: (typeof configKeyNames)[number]): string {
  const key: ConfigKeySpec = configKeys[name];
  if (key.type === "array") return JSON.stringify(["CHF"]);
  if (key.type !== "integer") throw new Error(`${name} is not a rule key`);
  return String(configDefault(name) === key.max ? key.max - 1 : key.max);
}

describe("the generated configuration regions (npm run gen, npm run gen:check)", () => {
  it("are up to date in the repository", () => {
    expect(configFileProblems(repoRoot)).toEqual([]);
  });

  it("follow the key table: a hand edit inside a region is drift, and gen rewrites only the regions", () => {
    // Prepare: copies of the two files, each edited by hand inside its region, one also outside.
    const dir = mkdtempSync(join(tmpdir(), "config-files-"));
    try {
      mkdirSync(join(dir, "docs"));
      const original = (file: string) => readFileSync(join(repoRoot, file), "utf8");
      const outside = (t: string) => t.replace("name: order-events", "name: order-events # kept");
      writeFileSync(
        join(dir, "Pulumi.yaml"),
        outside(original("Pulumi.yaml")).replace("Allowed: 1 to 900.", "Allowed: 1 to 901."),
      );
      writeFileSync(
        join(dir, "docs/configuration.md"),
        original("docs/configuration.md").replace(
          "| `logLevel` | string | INFO |",
          "| `logLevel` | string | DEBUG |",
        ),
      );

      // Act
      const problems = configFileProblems(dir);
      const written = writeConfigFiles(dir);

      // Assess
      expect(problems).toEqual([
        "differs: Pulumi.yaml (its generated regions, from infra/config-keys.ts)",
        "differs: docs/configuration.md (its generated regions, from infra/config-keys.ts and lib/processor-settings/settings.ts)",
      ]);
      expect(written).toEqual(["Pulumi.yaml", "docs/configuration.md"]);
      expect(configFileProblems(dir)).toEqual([]);
      expect(readFileSync(join(dir, "Pulumi.yaml"), "utf8")).toBe(outside(original("Pulumi.yaml")));
      expect(readFileSync(join(dir, "docs/configuration.md"), "utf8")).toBe(
        original("docs/configuration.md"),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("say which markers to add when a region's markers are missing", () => {
    expect(() =>
      replaceRegion(
        "no markers here",
        { file: "Pulumi.yaml", begin: "# BEGIN x", end: "# END x" },
        "y",
      ),
    ).toThrow(/Pulumi.yaml lacks the generated region's markers: .*\n# BEGIN x\n# END x$/s);
  });

  it("render exactly the files as committed", () => {
    for (const [file, text] of renderConfigFiles(repoRoot)) {
      expect(text, file).toBe(readFileSync(join(repoRoot, file), "utf8"));
    }
  });
});
