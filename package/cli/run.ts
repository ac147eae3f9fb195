import { parseArgs } from "node:util";
import { describeIssues, parseJsonBody, validate } from "../../lib/validation";
import manifest from "../manifest.json";
import { findKind, type SchemaKind, schemaKinds, similarKinds } from "./kinds";
import { InputTooLargeError } from "./read-bounded";

/** What the CLI reads and writes: the process in production, fakes in tests. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  /**
   * Reads a file as UTF-8, at most `maxBytes` of it: throws InputTooLargeError past the bound, a
   * Node error (`ENOENT`, …) when it cannot read.
   */
  readFile(path: string, maxBytes: number): Promise<string>;
  /** Reads standard input as UTF-8, with the same bound and errors as `readFile`. */
  readStdin(maxBytes: number): Promise<string>;
}

/**
 * Exit codes: scripts tell a rejected document apart from a mistake in the command. Ordered from
 * best to worst: over several documents the command exits with the worst (the highest).
 */
export const EXIT = { valid: 0, invalid: 1, usage: 2 } as const;

/**
 * Largest document read by default: above a Lambda event's 6 MB payload limit (the largest kind
 * validated), small enough to hold in memory. Reading stops past it, so `/dev/zero` or an endless
 * pipe ends with an error instead of a hang. `--max-bytes` changes it.
 */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/** Highest `--max-bytes`: a document must still fit in one JavaScript string. */
export const MAX_BYTES_LIMIT = 256 * 1024 * 1024;

const BIN = "order-events-contracts";

const HELP = `Validates JSON documents against the order-events contracts (${manifest.name} ${manifest.version}).

Usage:
  ${BIN} validate [--max-bytes N] <kind> <file|-> [<file|->...]
                                               validate files (or standard input: -), reading at
                                               most N bytes of each (default ${MAX_DOCUMENT_BYTES}, 16 MiB)
  ${BIN} kinds                                 list the kinds, their types and schema files
  ${BIN} --help | --version

<kind> is a schema name such as order-message or sqs-event (its highest major), a versioned
name such as order-message.v1, or a type name such as OrderMessage.

Exit status, the worst over all documents: 0 every document is valid, 1 a document is invalid
(or not JSON), 2 usage error (unknown kind, unreadable file, an input longer than --max-bytes: it
is not read to its end; the other documents are still validated).

Example:
  npx ${manifest.name} validate order-outcome outcome.json
  aws sqs receive-message ... | jq '.Messages[0].Body | fromjson' | npx ${manifest.name} validate order-message -`;

/** One line per kind: the name to type (the highest major needs no `.vN`), type, version, file. */
function kindsTable(): string[] {
  const rows = schemaKinds.map((k) => ({
    name: findKind(k.kind) === k ? k.kind : k.versionedKind,
    rest: `${k.title} ${k.version}  ${k.file}`,
  }));
  const width = Math.max(...rows.map((r) => r.name.length));
  return rows.map((r) => `  ${r.name.padEnd(width)}  ${r.rest}`);
}

function readErrorMessage(name: string, error: unknown): string {
  if (error instanceof InputTooLargeError) {
    return `error: ${name} has more than ${error.maxBytes} bytes, the most this command reads (--max-bytes); it stopped reading and validated nothing. Is it an endless stream (/dev/zero, a pipe that never closes)? If the document is real, raise --max-bytes (at most ${MAX_BYTES_LIMIT}).`;
  }
  return `error: cannot read ${name}: ${errorMessage(error)}. Pass a JSON file, or - for standard input.`;
}

function errorMessage(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

/** Validates one document's text; prints the verdict; returns whether it is valid. */
function checkDocument(
  name: string,
  text: string,
  schema: SchemaKind,
  maxBytes: number,
  io: CliIo,
): boolean {
  const described = `${schema.kind} (${schema.title}, schema ${schema.version})`;
  // Files saved by some Windows tools (and two AWS samples) start with a byte order mark.
  const parsed = parseJsonBody(text.replace(/^\uFEFF/, ""), { maxBytes });
  if (!parsed.ok) {
    io.stdout(`invalid: ${name} is not a valid ${described}`);
    io.stdout(`  ${parsed.code}: ${parsed.message}`);
    return false;
  }
  const result = validate(schema.validator, parsed.value);
  if (result.ok) {
    io.stdout(`valid: ${name} is a valid ${described}`);
    return true;
  }
  io.stdout(`invalid: ${name} is not a valid ${described}`);
  for (const issue of result.issues) io.stdout(`  ${describeIssues([issue])}`);
  return false;
}

/** `validate`'s options and operands, or the usage error to print. */
function readValidateArgs(
  args: string[],
): { kindName?: string; files: string[]; maxBytes: number } | { error: string } {
  let parsed: { values: { "max-bytes"?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      options: { "max-bytes": { type: "string" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return { error: `error: ${(error as Error).message}` };
  }
  const text = parsed.values["max-bytes"];
  const maxBytes = text === undefined ? MAX_DOCUMENT_BYTES : Number(text);
  if (!Number.isInteger(maxBytes) || maxBytes < 1 || maxBytes > MAX_BYTES_LIMIT) {
    return {
      error: `error: --max-bytes must be a whole number of bytes from 1 to ${MAX_BYTES_LIMIT}, got ${JSON.stringify(text)}.`,
    };
  }
  const [kindName, ...files] = parsed.positionals;
  return { ...(kindName === undefined ? {} : { kindName }), files, maxBytes };
}

async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const read = readValidateArgs(args);
  if ("error" in read) {
    io.stderr(read.error);
    io.stderr(`usage: ${BIN} validate [--max-bytes N] <kind> <file|->`);
    return EXIT.usage;
  }
  const { kindName, files, maxBytes } = read;
  if (kindName === undefined || files.length === 0) {
    io.stderr(`error: validate needs a kind and at least one file (or - for standard input).`);
    io.stderr(`usage: ${BIN} validate <kind> <file|->; run "${BIN} kinds" to list kinds.`);
    return EXIT.usage;
  }
  const schema = findKind(kindName);
  if (!schema) {
    io.stderr(`error: unknown kind "${kindName}".`);
    const similar = similarKinds(kindName);
    if (similar.length > 0) io.stderr(`Did you mean: ${similar.join(", ")}?`);
    io.stderr("Known kinds:");
    for (const line of kindsTable()) io.stderr(line);
    return EXIT.usage;
  }
  if (files.filter((f) => f === "-").length > 1) {
    io.stderr("error: standard input (-) can be read only once per command.");
    return EXIT.usage;
  }
  // Every document gets its verdict; the command exits with the worst of them.
  let status: number = EXIT.valid;
  for (const file of files) {
    const name = file === "-" ? "(stdin)" : file;
    let text: string;
    try {
      text = file === "-" ? await io.readStdin(maxBytes) : await io.readFile(file, maxBytes);
    } catch (error) {
      io.stderr(readErrorMessage(file === "-" ? "standard input" : file, error));
      status = Math.max(status, EXIT.usage);
      continue;
    }
    const valid = checkDocument(name, text, schema, maxBytes, io);
    status = Math.max(status, valid ? EXIT.valid : EXIT.invalid);
  }
  return status;
}

/**
 * Runs the command line `order-events-contracts <args>` and returns its exit status.
 *
 * @example await runCli(["validate", "order-message", "order.json"], io) // 0, prints "valid: …"
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case "validate":
      return validateCommand(rest, io);
    case "kinds":
      for (const line of kindsTable()) io.stdout(line.trimStart());
      return EXIT.valid;
    case "--version":
    case "-v":
      io.stdout(manifest.version);
      return EXIT.valid;
    case undefined:
    case "--help":
    case "-h":
    case "help":
      (command === undefined ? io.stderr : io.stdout)(HELP);
      return command === undefined ? EXIT.usage : EXIT.valid;
    default:
      io.stderr(
        `error: unknown command "${command}". Commands: validate, kinds, --help, --version.`,
      );
      return EXIT.usage;
  }
}
