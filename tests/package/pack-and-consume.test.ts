import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcomeAttributes } from "../../functions/processor/core";
import { PROCESSOR_MESSAGES } from "../../lib/pact/messages";
import {
  envelopeDelivery,
  rawDelivery,
  sqsEvent,
  sqsRecord,
} from "../consumers/support/sqs-delivery";
import { readAwsSample } from "../support/aws-samples";
import { awsSamplesDir, repoRoot } from "../support/paths";
import { EXAMPLE_ORDER, processorOutcome } from "../support/processor-outcomes";
import {
  createConsumerProject,
  freshTempDir,
  generatedDir,
  listFiles,
  type PackedPackage,
  packPackage,
  run,
  runOk,
  typecheck,
} from "./consumer-project";
import { extractSnippets, type SnippetInput, writeSnippetProject } from "./readme-snippets";

// Packs generated/ as npm would publish it, installs the tarball into a project outside the
// repository (offline), type-checks a strict consumer under nodenext and bundler, and runs it as
// ESM, as CommonJS and as an esbuild bundle against real AWS samples and processor outcomes.

const manifest = JSON.parse(readFileSync(join(generatedDir, "package.json"), "utf8"));
const kitKinds = Object.keys(PROCESSOR_MESSAGES).length;
/** A schema as the package ships it (its version is read, never written into a test). */
const schemaFile = (file: string) =>
  JSON.parse(readFileSync(join(generatedDir, "schemas", file), "utf8"));

/** Outcomes from the processor's real core: the messages consumers of the package read. */
function writeOutcomes(dir: string): void {
  const order = EXAMPLE_ORDER;
  const bodies: Record<string, string> = {
    success: JSON.stringify(order),
    "unsupported-currency": JSON.stringify({ ...order, currency: "JPY" }),
    "schema-violation": JSON.stringify({ ...order, order_id: undefined }),
    "invalid-json": '{"order_id": ',
  };
  mkdirSync(join(dir, "outcomes"));
  mkdirSync(join(dir, "attributes"));
  for (const [name, body] of Object.entries(bodies)) {
    const outcome = processorOutcome(
      body,
      `059f36b4-87a3-44ab-83d2-66197583${String(name.length).padStart(4, "0")}`,
    );
    writeFileSync(join(dir, "outcomes", `${name}.json`), JSON.stringify(outcome));
    writeFileSync(
      join(dir, "attributes", `${name}.json`),
      JSON.stringify(outcomeAttributes(outcome)),
    );
  }
}

/** How many real AWS samples the consumer should validate, by kind (same rule as the consumer). */
function expectedSampleCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of readdirSync(awsSamplesDir)) {
    const prefix = file.split("--")[0] ?? "";
    const known = ["sqs-event", "sns-sqs-envelope", "destination-record", "sqs-batch-response"];
    if (!known.includes(prefix) || file.includes("localstack") || !file.endsWith(".json")) continue;
    counts[prefix] = (counts[prefix] ?? 0) + 1;
  }
  return counts;
}

/**
 * The values README snippets read (named by their `<!-- snippet-inputs: … -->` comments): real AWS
 * samples, and outcomes of the processor's core as SNS delivers them to a queue, typed as a
 * consumer's code has them.
 */
function snippetInputs(): Record<string, SnippetInput> {
  const accepted = processorOutcome(JSON.stringify(EXAMPLE_ORDER));
  const rejected = processorOutcome(JSON.stringify({ ...EXAMPLE_ORDER, currency: "JPY" }));
  const SQS_RECORD = 'import("aws-lambda").SQSRecord';
  return {
    "order-record": { type: SQS_RECORD, value: sqsRecord({ body: JSON.stringify(EXAMPLE_ORDER) }) },
    "success-raw-record": {
      type: SQS_RECORD,
      value: rawDelivery(accepted, outcomeAttributes(accepted)),
    },
    "failure-envelope-record": {
      type: SQS_RECORD,
      value: envelopeDelivery(rejected, outcomeAttributes(rejected)),
    },
    "destination-record": {
      type: "unknown",
      value: readAwsSample("destination-record--vgaltes-real--success-sns-trigger.json"),
    },
    "sqs-event": {
      type: "unknown",
      value: readAwsSample("sqs-event--aws-docs--standard-queue-2-records.json"),
    },
    "sqs-event-with-nulls": {
      type: 'import("aws-lambda").SQSEvent',
      value: readAwsSample(
        "sqs-event--aws-lambda-dotnet--message-attributes-binaryValue-null.json",
      ),
    },
    "success-raw-event": {
      type: "unknown",
      value: sqsEvent(rawDelivery(accepted, outcomeAttributes(accepted))),
    },
    "failure-envelope-event": {
      type: "unknown",
      value: sqsEvent(envelopeDelivery(rejected, outcomeAttributes(rejected))),
    },
  };
}

describe("the packed @order-events/contracts package, installed in a fresh project", () => {
  let root: string;
  let packed: PackedPackage;
  let consumer: string;

  beforeAll(() => {
    root = freshTempDir("contracts-pack-");
    packed = packPackage(root);
    consumer = createConsumerProject(root, packed.tarball);
    writeOutcomes(root);
  }, 120_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("packs exactly the files gen writes to generated/, under the manifest's name and version", () => {
    expect(packed.name).toBe("@order-events/contracts");
    expect(packed.version).toBe(manifest.version);
    expect(packed.files).toEqual(listFiles(generatedDir));
    for (const needed of [
      "package.json",
      "README.md",
      "index.mjs",
      "index.cjs",
      "cli.cjs",
      "types.d.ts",
    ])
      expect(packed.files).toContain(needed);
  });

  it("installs offline with no dependencies to resolve", () => {
    const installed = JSON.parse(
      readFileSync(
        join(consumer, "node_modules", "@order-events", "contracts", "package.json"),
        "utf8",
      ),
    );
    expect(installed.version).toBe(manifest.version);
    expect(installed.dependencies).toBeUndefined();
    expect(installed.peerDependencies).toBeUndefined();
  });

  it.each(["nodenext", "bundler"] as const)(
    "type-checks a strict consumer under moduleResolution %s (skipLibCheck off)",
    (setup) => {
      const result = typecheck(consumer, setup);
      expect(`${result.stdout}${result.stderr}`).toBe("");
      expect(result.status).toBe(0);
    },
    60_000,
  );

  it("compiles every ts snippet of both READMEs under the strict flags, as ESM and CJS, and runs each", () => {
    const readme = (path: string) => readFileSync(path, "utf8");
    const snippets = [
      ...extractSnippets(
        readme(join(consumer, "node_modules", "@order-events", "contracts", "README.md")),
        "package-README",
      ),
      ...extractSnippets(readme(join(repoRoot, "README.md")), "README"),
    ];
    expect(snippets.length).toBeGreaterThanOrEqual(10);
    const programs = writeSnippetProject(consumer, snippets, snippetInputs());

    const compiled = typecheck(consumer, "snippets");
    expect(`${compiled.stdout}${compiled.stderr}`).toBe("");
    expect(compiled.status).toBe(0);
    // Each runs on its inputs without reaching an error branch: those print to standard error.
    for (const program of programs) {
      const result = run(process.execPath, [program], {
        cwd: consumer,
        env: { PACT_DO_NOT_TRACK: "true" },
      });
      expect({ program, status: result.status, stderr: result.stderr }).toEqual({
        program,
        status: 0,
        stderr: "",
      });
    }
  }, 120_000);

  describe("runs the consumer", () => {
    beforeAll(async () => {
      // The nodenext type-check above emits dist/esm.mjs and dist/cjs.cjs (compile here when it
      // was not run); esbuild bundles the bundler consumer.
      if (!existsSync(join(consumer, "dist", "cjs.cjs"))) {
        const result = typecheck(consumer, "nodenext");
        if (result.status !== 0) throw new Error(`consumer does not compile:\n${result.stdout}`);
      }
      await build({
        absWorkingDir: consumer,
        entryPoints: ["src/bundler.ts"],
        outfile: "dist/bundle.mjs",
        bundle: true,
        platform: "node",
        format: "esm",
        logLevel: "silent",
      });
    }, 60_000);

    it.each([
      ["esm", "dist/esm.mjs"],
      ["cjs", "dist/cjs.cjs"],
      ["bundler", "dist/bundle.mjs"],
    ])("as %s: validates real AWS samples and processor outcomes", (variant, program) => {
      const stdout = runOk(process.execPath, [program, awsSamplesDir, join(root, "outcomes")], {
        cwd: consumer,
      });
      const report = JSON.parse(stdout);
      expect(report.failures).toEqual([]);
      expect(report).toMatchObject({
        variant,
        packageVersion: manifest.version,
        samples: expectedSampleCounts(),
        destinationRecords: { Success: 1, RetriesExhausted: 2 },
        errorTypes: ["(none)", "Error"],
        outcomes: { SUCCESS: 1, FAILURE: 3 },
        groupId: "1",
        sku: "SKU-1",
        bodyCodes: ["INVALID_JSON", "FORBIDDEN_KEY", "BODY_TOO_LARGE"],
        schemaId: "https://schemas.order-events.example/order/order-message.v1.schema.json",
        readerResults: [
          "sns-envelope outcome",
          "sns-envelope outcome",
          "raw outcome",
          "sns-envelope outcome",
        ],
        standardVendor: manifest.name,
        standardIssuePath: ["currency"],
        // Every kind of the Pact kit, read back in both delivery forms; content and metadata given.
        pactKit: { kinds: kitKinds, read: 2 * kitKinds, builderCalls: 2 },
      });
      expect(report.catalogSchemas).toBeGreaterThan(10);
      expect(report.rejectedPointer).not.toBe("(none)");
    });
  });

  describe("the command line, through npx", () => {
    const sample = join(awsSamplesDir, "sqs-event--aws-docs--fifo-queue.json");
    const npx = (args: string[], input?: string) =>
      run("npx", ["--offline", "--no", "@order-events/contracts", ...args], {
        cwd: consumer,
        input,
      });

    it("prints a verdict and exits 0 for a valid file", () => {
      const result = npx(["validate", "sqs-event", sample]);
      expect(result.stdout).toContain(`valid: ${sample} is a valid sqs-event (SqsEvent`);
      expect(result.status).toBe(0);
    }, 30_000);

    it("reads standard input and exits 1 with each problem for an invalid document", () => {
      const failure = readFileSync(join(root, "outcomes", "invalid-json.json"), "utf8");
      const result = npx(["validate", "outcome-success", "-"], failure);
      expect(result.stdout).toContain("invalid: (stdin) is not a valid outcome-success");
      expect(result.stdout).toMatch(/\n {2}\/\S+ /);
      expect(result.status).toBe(1);
    }, 30_000);

    it("exits 2 for an unknown kind and lists the known kinds", () => {
      const result = npx(["validate", "order", sample]);
      expect(result.stderr).toContain('unknown kind "order"');
      expect(result.stderr).toContain(
        "Did you mean: order-failure-destination-record, order-message",
      );
      const version = String(schemaFile("aws/sqs-event.v1.schema.json").version).replaceAll(
        ".",
        "\\.",
      );
      expect(result.stderr).toMatch(new RegExp(`\\n {2}sqs-event +SqsEvent ${version}`));
      expect(result.status).toBe(2);
    }, 30_000);
  });
});
