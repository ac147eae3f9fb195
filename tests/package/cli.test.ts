import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readBounded } from "../../package/cli/read-bounded";
import {
  type CliIo,
  EXIT,
  MAX_BYTES_LIMIT,
  MAX_DOCUMENT_BYTES,
  runCli,
} from "../../package/cli/run";
import manifest from "../../package/manifest.json";
import { awsSamplesDir, repoRoot } from "../support/paths";

/**
 * A CLI run against in-memory files and standard input, read through the real bounded reader;
 * keeps what it printed and the bound each read was given.
 */
async function cli(args: string[], files: Record<string, string> = {}, stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const bounds: number[] = [];
  const io: CliIo = {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    readFile: async (path, maxBytes) => {
      bounds.push(maxBytes);
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return readBounded(Readable.from([Buffer.from(text)]), maxBytes);
    },
    readStdin: async (maxBytes) => {
      bounds.push(maxBytes);
      return readBounded(Readable.from([Buffer.from(stdin)]), maxBytes);
    },
  };
  const code = await runCli(args, io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n"), bounds };
}

/** A schema's version as its file says, so a release that bumps it needs no test edits. */
const schemaVersion = (file: string): string =>
  JSON.parse(readFileSync(join(repoRoot, "schemas", file), "utf8")).version;
const ORDER_VERSION = schemaVersion("order/order-message.v1.schema.json");
const escaped = (text: string) => text.replaceAll(".", "\\.");

const sample = (name: string) => readFileSync(join(awsSamplesDir, name), "utf8");
const order = JSON.stringify({
  order_id: "ORD-1",
  customer_id: "CUST-1",
  currency: "EUR",
  line_items: [{ sku: "SKU-1", quantity: 1, unit_price_minor: 100 }],
  submitted_at: "2026-11-26T10:15:00Z",
});

describe("order-events-contracts validate", () => {
  it("accepts a kind by name, versioned name or type name", async () => {
    for (const kind of ["order-message", "order-message.v1", "OrderMessage"]) {
      const result = await cli(["validate", kind, "order.json"], { "order.json": order });
      expect(result.stdout).toBe(
        `valid: order.json is a valid order-message (OrderMessage, schema ${ORDER_VERSION})`,
      );
      expect(result.code).toBe(EXIT.valid);
    }
  });

  it("reports each problem as a JSON pointer and exits 1", async () => {
    const bad = JSON.stringify({ ...JSON.parse(order), currency: "eur" });
    const result = await cli(["validate", "order-message", "bad.json"], { "bad.json": bad });
    expect(result.stdout).toBe(
      [
        `invalid: bad.json is not a valid order-message (OrderMessage, schema ${ORDER_VERSION})`,
        "  /currency must match the pattern ^[A-Z]{3}$",
      ].join("\n"),
    );
    expect(result.code).toBe(EXIT.invalid);
  });

  describe("over several documents, in every order", () => {
    // One document of each verdict; an unreadable one is a usage error. The README's order of
    // verdicts, worst first: usage error, invalid, valid.
    const documents = {
      "valid.json": { verdict: EXIT.valid, line: "valid: valid.json is a valid order-message" },
      "invalid.json": { verdict: EXIT.invalid, line: "invalid: invalid.json is not a valid" },
      "missing.json": {
        verdict: EXIT.usage,
        line: "error: cannot read missing.json: no such file.",
      },
    } as const;
    type Name = keyof typeof documents;
    const files = { "valid.json": order, "invalid.json": "{}" };
    const orders = (names: readonly Name[]): Name[][] =>
      names.length <= 1
        ? [[...names]]
        : names.flatMap((first) =>
            orders(names.filter((n) => n !== first)).map((rest) => [first, ...rest]),
          );
    const names = Object.keys(documents) as Name[];
    const cases = [
      ...names.map((a) => [a]),
      ...names.flatMap((a) => names.filter((b) => b !== a).map((b) => [a, b])),
      ...orders(names),
    ];

    it.each(cases.map((c) => [c.join(" "), c]))(
      "%s: gives each document its verdict and exits with the worst",
      async (_label, given) => {
        const result = await cli(["validate", "order-message", ...given], files);
        for (const name of given) {
          expect(`${result.stdout}\n${result.stderr}`).toContain(documents[name].line);
        }
        const worst = given.includes("missing.json")
          ? EXIT.usage
          : given.includes("invalid.json")
            ? EXIT.invalid
            : EXIT.valid;
        expect(result.code).toBe(worst);
      },
    );
  });

  it("reads standard input for -", async () => {
    const result = await cli(["validate", "order-message", "-"], {}, order);
    expect(result.stdout).toContain("valid: (stdin) is a valid order-message");
    expect(result.code).toBe(EXIT.valid);
  });

  it("tells a document that is not JSON apart from a schema violation", async () => {
    const result = await cli(["validate", "order-message", "-"], {}, "{not json");
    expect(result.stdout).toContain("INVALID_JSON: body is not valid JSON");
    expect(result.code).toBe(EXIT.invalid);
  });

  it("validates a real AWS sample that starts with a byte order mark", async () => {
    const name = "sqs-batch-response--aws-lambda-dotnet--two-failures.json";
    expect(sample(name).charCodeAt(0)).toBe(0xfeff);
    const result = await cli(["validate", "sqs-batch-response", name], { [name]: sample(name) });
    expect(result.code).toBe(EXIT.valid);
  });

  it("exits 2 for an unknown kind, suggesting close ones and listing all", async () => {
    const result = await cli(["validate", "sqs", "e.json"], { "e.json": "{}" });
    expect(result.stderr).toContain('error: unknown kind "sqs".');
    expect(result.stderr).toContain("Did you mean: sqs-batch-response, sqs-event, sqs-record?");
    expect(result.stderr).toMatch(
      new RegExp(`\\n {2}order-message +OrderMessage ${escaped(ORDER_VERSION)} +schemas/order/`),
    );
    expect(result.code).toBe(EXIT.usage);
  });

  it("exits 2 naming the file it cannot read", async () => {
    const result = await cli(["validate", "order-message", "missing.json"]);
    expect(result.stderr).toContain("error: cannot read missing.json: no such file.");
    expect(result.code).toBe(EXIT.usage);
  });

  it("reads at most 16 MiB of each input by default", async () => {
    const result = await cli(
      ["validate", "order-message", "a.json", "-"],
      { "a.json": order },
      order,
    );
    expect(result.bounds).toEqual([MAX_DOCUMENT_BYTES, MAX_DOCUMENT_BYTES]);
    expect(MAX_DOCUMENT_BYTES).toBe(16 * 1024 * 1024);
  });

  it("stops reading an input longer than --max-bytes and exits 2, saying what to do", async () => {
    const bound = Buffer.byteLength(order) - 1;
    const result = await cli(
      ["validate", "--max-bytes", String(bound), "order-message", "-"],
      {},
      order,
    );
    expect(result.stderr).toContain(
      `error: standard input has more than ${bound} bytes, the most this command reads (--max-bytes); it stopped reading and validated nothing.`,
    );
    expect(result.stderr).toContain("raise --max-bytes");
    expect(result.stdout).toBe("");
    expect(result.code).toBe(EXIT.usage);
  });

  it("validates a document of exactly --max-bytes bytes", async () => {
    const bound = Buffer.byteLength(order);
    const result = await cli(["validate", "order-message", "o.json", `--max-bytes=${bound}`], {
      "o.json": order,
    });
    expect(result.bounds).toEqual([bound]);
    expect(result.code).toBe(EXIT.valid);
  });

  it("refuses a --max-bytes that is not a whole number in range, or an unknown option, with exit 2", async () => {
    for (const value of ["0", "1.5", "lots", String(MAX_BYTES_LIMIT + 1)]) {
      const result = await cli(["validate", "--max-bytes", value, "order-message", "o.json"], {
        "o.json": order,
      });
      expect(result.stderr).toContain(
        `error: --max-bytes must be a whole number of bytes from 1 to ${MAX_BYTES_LIMIT}, got "${value}".`,
      );
      expect(result.code).toBe(EXIT.usage);
    }
    const unknown = await cli(["validate", "--max-size", "5", "order-message", "o.json"]);
    expect(unknown.stderr).toContain("Unknown option '--max-size'");
    expect(unknown.code).toBe(EXIT.usage);
  });

  it("exits 2 with the usage when the kind or file is missing", async () => {
    const result = await cli(["validate", "order-message"]);
    expect(result.stderr).toContain("validate needs a kind and at least one file");
    expect(result.code).toBe(EXIT.usage);
  });
});

describe("order-events-contracts, other commands", () => {
  it("lists kinds with their type, version and schema file", async () => {
    const result = await cli(["kinds"]);
    const version = escaped(schemaVersion("aws/sqs-event.v1.schema.json"));
    expect(result.stdout).toMatch(
      new RegExp(
        `^sqs-event +SqsEvent ${version} +schemas/aws/sqs-event\\.v1\\.schema\\.json$`,
        "m",
      ),
    );
    expect(result.stdout).not.toContain("outcome-common"); // $defs only: nothing to validate
  });

  it("prints the package version from the manifest", async () => {
    expect((await cli(["--version"])).stdout).toBe(manifest.version);
  });

  it("prints help on --help (exit 0) and on no arguments (exit 2)", async () => {
    expect((await cli(["--help"])).code).toBe(EXIT.valid);
    const bare = await cli([]);
    expect(bare.stderr).toContain("Usage:");
    expect(bare.code).toBe(EXIT.usage);
  });

  it("rejects an unknown command, naming the commands", async () => {
    const result = await cli(["check"]);
    expect(result.stderr).toBe(
      'error: unknown command "check". Commands: validate, kinds, --help, --version.',
    );
    expect(result.code).toBe(EXIT.usage);
  });
});
