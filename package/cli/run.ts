import { describeIssues, parseJsonBody, validate } from "../../lib/validation";
import manifest from "../manifest.json";
import { findKind, type SchemaKind, schemaKinds, similarKinds } from "./kinds";

/** What the CLI reads and writes: the process in production, fakes in tests. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  /** Reads a file as UTF-8; throws a Node error (`ENOENT`, …) when it cannot. */
  readFile(path: string): string;
  readStdin(): Promise<string>;
}

/** Exit codes: scripts tell a rejected document apart from a mistake in the command. */
export const EXIT = { valid: 0, invalid: 1, usage: 2 } as const;

/** Largest document validated: far above any SQS/SNS message (256 KiB), small enough to hold. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

const BIN = "order-events-contracts";

const HELP = `Validates JSON documents against the order-events contracts (${manifest.name} ${manifest.version}).

Usage:
  ${BIN} validate <kind> <file|-> [<file|->...]   validate files (or standard input: -)
  ${BIN} kinds                                 list the kinds, their types and schema files
  ${BIN} --help | --version

<kind> is a schema name such as order-message or sqs-event (its highest major), a versioned
name such as order-message.v1, or a type name such as OrderMessage.

Exit status: 0 every document is valid, 1 a document is invalid (or not JSON), 2 usage error
(unknown kind, unreadable file).

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

function errorMessage(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

/** Validates one document's text; prints the verdict; returns whether it is valid. */
function checkDocument(name: string, text: string, schema: SchemaKind, io: CliIo): boolean {
  const described = `${schema.kind} (${schema.title}, schema ${schema.version})`;
  // Files saved by some Windows tools (and two AWS samples) start with a byte order mark.
  const parsed = parseJsonBody(text.replace(/^\uFEFF/, ""), { maxBytes: MAX_DOCUMENT_BYTES });
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

async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const [kindName, ...files] = args;
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
  let allValid = true;
  for (const file of files) {
    let text: string;
    try {
      text = file === "-" ? await io.readStdin() : io.readFile(file);
    } catch (error) {
      io.stderr(
        `error: cannot read ${file}: ${errorMessage(error)}. Pass a JSON file, or - for standard input.`,
      );
      return EXIT.usage;
    }
    allValid = checkDocument(file === "-" ? "(stdin)" : file, text, schema, io) && allValid;
  }
  return allValid ? EXIT.valid : EXIT.invalid;
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
