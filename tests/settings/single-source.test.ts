// Each of the processor's settings is written once in hand-written code: its environment variable
// and its default appear in lib/processor-settings/settings.ts and nowhere else outside tests/,
// docs/ and generated/. Everything else reads them from that table, so a second copy (which could
// drift from the first) fails here, naming its file and line.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type DefaultedSetting,
  type ProcessorSetting,
  processorSettings,
} from "../../lib/processor-settings";
import { defaultTopologySettings } from "../../topology/settings";
import { repoRoot } from "../support/paths";
import {
  type Copy,
  type DefaultFact,
  defaultsWritten,
  handWrittenSources,
  namesWritten,
} from "./support/source-scan";

const TABLE = "lib/processor-settings/settings.ts";

const settings: [string, ProcessorSetting][] = Object.values(
  processorSettings as Record<string, Record<string, ProcessorSetting>>,
).flatMap((group) => Object.entries(group));
const variables = settings.map(([, s]) => s.variable);
const defaults: DefaultFact[] = settings
  .filter((entry): entry is [string, DefaultedSetting] => entry[1].kind !== "topic-arn")
  .map(([name, s]) => ({ names: [name, s.variable], value: s.default }));

/**
 * Same name and value, another fact: each entry says whose setting it is. Nothing else may match.
 */
const OTHER_FACTS = [
  {
    at: "lib/consumers/idempotency-environment.ts connectionTimeoutMs: 1_000",
    why: "the consumers' DynamoDB client, not the processor's SNS client",
  },
];

const shown = (copies: Copy[]) => copies.map((c) => `${c.file}:${c.line} ${c.text}`);
const isOtherFact = (c: Copy) => OTHER_FACTS.some((f) => f.at === `${c.file} ${c.text}`);

describe("the processor's settings in hand-written code", () => {
  const sources = handWrittenSources().map((file) => ({
    file,
    text: readFileSync(join(repoRoot, file), "utf8"),
  }));
  const names = sources.flatMap((s) => namesWritten(s.file, s.text, variables));
  const written = sources.flatMap((s) => defaultsWritten(s.file, s.text, defaults));

  it("reads the sources it judges", () => {
    const files = sources.map((s) => s.file);
    expect(files).toContain(TABLE);
    expect(files).toContain("functions/processor/config.ts");
    expect(files).toContain("topology/build.ts");
    expect(files.some((f) => /^(tests|docs|generated)\//.test(f))).toBe(false);
  });

  it.each(variables)("write %s once, in the table", (variable) => {
    const copies = names.filter((c) => c.text.replace(/"/g, "") === variable);
    expect(shown(copies.filter((c) => c.file !== TABLE))).toEqual([]);
    expect(copies).toHaveLength(1);
  });

  it("write no default beside its setting's name outside the table", () => {
    expect(shown(written.filter((c) => !isOtherFact(c)))).toEqual([]);
    // An entry of OTHER_FACTS that no longer matches is stale: remove it.
    expect(written.filter(isOtherFact)).toHaveLength(OTHER_FACTS.length);
  });
});

/** Other facts the functions and the topology share, each written once as a string, where it is owned. */
const OWNED_STRINGS: { value: string; owner: string }[] = [
  { value: "IDEMPOTENCY_TABLE_NAME", owner: "lib/consumers/idempotency-environment.ts" },
  { value: "IDEMPOTENCY_EXPIRES_AFTER_SECONDS", owner: "lib/consumers/idempotency-environment.ts" },
  { value: defaultTopologySettings.observability.metricsNamespace, owner: "topology/settings.ts" },
];

describe("the consumers' variables and the observability defaults in hand-written code", () => {
  const sources = handWrittenSources().map((file) => ({
    file,
    text: readFileSync(join(repoRoot, file), "utf8"),
  }));
  const strings = sources
    .flatMap((s) =>
      namesWritten(
        s.file,
        s.text,
        OWNED_STRINGS.map((o) => o.value),
      ),
    )
    .filter((c) => /^["'`]/.test(c.text));

  it.each(OWNED_STRINGS)("write $value once, in $owner", ({ value, owner }) => {
    const copies = strings.filter((c) => c.text.slice(1, -1) === value);
    expect(shown(copies.filter((c) => c.file !== owner))).toEqual([]);
    expect(copies).toHaveLength(1);
  });
});

/** AWS's message size limits: written as numbers in lib/validation/aws-limits.ts only. */
const SIZE_LIMITS = /\b(262_?144|1_?048_?576)\b/;
/** The same number as another fact, each saying whose. */
const OTHER_SIZES = [
  { at: "local/async/async-invoker.ts", why: "Lambda's asynchronous payload limit, not SQS's" },
  {
    at: "lib/processor-settings/settings.ts",
    why: "maxBodyBytes' default: a business choice of 256 KiB",
  },
  {
    at: "local/pipeline.ts",
    why: "SQS_BATCH_BYTES: the local runtime's own SendMessageBatch bound",
  },
];

describe("AWS's message size limits in hand-written code", () => {
  it("are written once, in lib/validation/aws-limits.ts", () => {
    const copies = handWrittenSources().flatMap((file) =>
      readFileSync(join(repoRoot, file), "utf8")
        .split("\n")
        .map((text, i) => ({ file, line: i + 1, text: text.trim() }))
        .filter((l) => !/^(\/\/|\*|\/\*)/.test(l.text) && SIZE_LIMITS.test(l.text)),
    );
    const elsewhere = copies.filter(
      (c) => c.file !== "lib/validation/aws-limits.ts" && !OTHER_SIZES.some((o) => o.at === c.file),
    );
    expect(elsewhere.map((c) => `${c.file}:${c.line} ${c.text}`)).toEqual([]);
    expect(copies.filter((c) => c.file === "lib/validation/aws-limits.ts")).toHaveLength(2);
    // An OTHER_SIZES entry that no longer matches is stale: remove it.
    for (const o of OTHER_SIZES) expect(copies.filter((c) => c.file === o.at)).toHaveLength(1);
  });
});

describe("the scan", () => {
  it("finds a variable written as code, and not in comments or prose", () => {
    const text = [
      'const env = { MAX_LINE_ITEMS: "7" };',
      "read(process.env.SNS_REQUEST_TIMEOUT_MS);",
      'const name = "CLOCK_SKEW_SECONDS";',
      "// MAX_BODY_BYTES in a comment",
      'const prose = "a body over MAX_BODY_BYTES is refused";',
    ].join("\n");
    expect(namesWritten("planted.ts", text, variables).map((c) => [c.line, c.text])).toEqual([
      [1, "MAX_LINE_ITEMS"],
      [2, "SNS_REQUEST_TIMEOUT_MS"],
      [3, '"CLOCK_SKEW_SECONDS"'],
    ]);
  });

  it("finds a default beside its name, however it is written", () => {
    const text = [
      "const limits = { maxLineItems: 50 };",
      'const env = { MAX_LINE_ITEMS: "50" };',
      "const clockSkewSeconds = 300 as const;",
      "function f({ maxBodyBytes = 262_144 }) {}",
      'const rules = { acceptedCurrencies: Object.freeze(["EUR", "USD", "GBP"]) };',
      'const currencies = { ACCEPTED_CURRENCIES: "EUR,USD,GBP" };',
      "const other = { maxLineItems: 10, lines: 50 };",
    ].join("\n");
    expect(defaultsWritten("planted.ts", text, defaults).map((c) => c.line)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
  });
});
