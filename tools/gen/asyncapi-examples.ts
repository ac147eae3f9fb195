import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** An AsyncAPI Message Example Object: one named example of a message. */
export interface MessageExample {
  name: string;
  summary: string;
  headers?: Record<string, unknown>;
  payload: unknown;
}

/** One message of a pact, with its matchers already reduced to examples (as Pact stores them). */
export interface PactMessage {
  /** The pact file, relative to the repository root. */
  file: string;
  description: string;
  content: unknown;
  metadata: Record<string, unknown>;
}

/** One case of tests/schemas/cases/<kind>.cases.json. */
export interface SchemaCase {
  description: string;
  data: unknown;
  valid: boolean;
}

/** Where examples come from: the committed pacts first, then the schema cases. */
export interface ExampleSources {
  pactMessages: PactMessage[];
  casesByKind: Record<string, SchemaCase[]>;
}

/** What a message's example must satisfy. */
export interface ExampleRequest {
  /** The message's name in the document, for error messages. */
  message: string;
  /** Schema kind of the payload (`order-message`): names its cases file. */
  kind: string;
  isPayload: (data: unknown) => boolean;
  /** When the message carries headers: their names and their validator. */
  headers?: { names: string[]; isHeaders: (data: unknown) => boolean };
}

const PACTS_DIR = join("contracts", "pacts");
const CASES_DIR = join("tests", "schemas", "cases");

/** Reads every message of every committed pact (files sorted by name) and every schema case. */
export function loadExampleSources(repoRoot: string): ExampleSources {
  const pactsDir = join(repoRoot, PACTS_DIR);
  const pactFiles = existsSync(pactsDir)
    ? readdirSync(pactsDir)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
  const pactMessages = pactFiles.flatMap((name) => {
    const pact = JSON.parse(readFileSync(join(pactsDir, name), "utf8")) as {
      interactions?: {
        description: string;
        contents?: { content?: unknown };
        metadata?: Record<string, unknown>;
      }[];
    };
    return (pact.interactions ?? []).flatMap((i) =>
      i.contents?.content === undefined
        ? []
        : [
            {
              file: `contracts/pacts/${name}`,
              description: i.description,
              content: i.contents.content,
              metadata: i.metadata ?? {},
            },
          ],
    );
  });
  const casesDir = join(repoRoot, CASES_DIR);
  const casesByKind: Record<string, SchemaCase[]> = {};
  if (existsSync(casesDir)) {
    for (const name of readdirSync(casesDir).sort()) {
      const kind = /^(.+)\.cases\.json$/.exec(name)?.[1];
      if (kind) casesByKind[kind] = JSON.parse(readFileSync(join(casesDir, name), "utf8"));
    }
  }
  return { pactMessages, casesByKind };
}

/** Pact metadata flattened to strings, back in the SDK's attribute shape, for the named headers. */
function headersFromMetadata(
  metadata: Record<string, unknown>,
  names: string[],
): Record<string, unknown> {
  const headers: Record<string, unknown> = {};
  for (const name of names) {
    const value = metadata[name];
    if (typeof value === "string") headers[name] = { DataType: "String", StringValue: value };
  }
  return headers;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * The example of one message: the first pact message (files by name, interactions as stored) whose
 * content is a valid payload and, for a message with headers, whose metadata are valid headers;
 * otherwise the first valid case of the payload's schema. Throws, saying what to add, when neither
 * exists, so the document never carries an invented example.
 *
 * @example pickExample({ message: "OrderMessage", kind: "order-message", isPayload }, sources).summary // "an order message (contracts/pacts/processor-order-producer.json)"
 */
export function pickExample(request: ExampleRequest, sources: ExampleSources): MessageExample {
  for (const pact of sources.pactMessages) {
    if (!request.isPayload(pact.content)) continue;
    const headers = request.headers
      ? headersFromMetadata(pact.metadata, request.headers.names)
      : undefined;
    if (request.headers && !request.headers.isHeaders(headers)) continue;
    return {
      name: slug(pact.description),
      summary: `${pact.description} (${pact.file})`,
      ...(headers ? { headers } : {}),
      payload: pact.content,
    };
  }
  if (!request.headers) {
    const valid = (sources.casesByKind[request.kind] ?? []).find(
      (c) => c.valid && request.isPayload(c.data),
    );
    if (valid) {
      return {
        name: slug(valid.description),
        summary: `${valid.description} (tests/schemas/cases/${request.kind}.cases.json)`,
        payload: valid.data,
      };
    }
  }
  throw new Error(
    `asyncapi: no example for message ${request.message}: add a consumer pact interaction that receives it (contracts/pacts)${
      request.headers ? " with its attributes as metadata" : ""
    } or a valid case to tests/schemas/cases/${request.kind}.cases.json`,
  );
}
