import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PactV4 } from "@pact-foundation/pact";
import type { Pacticipant } from "../../../contracts/participants";

/**
 * Where the consumer tests write pacts: the fresh folder `npm run test:contract:consumers` gives
 * them, which it then compares with contracts/pacts (never written here: PactV4 merges into an
 * existing file). Run alone, the tests write into a temporary folder of their own.
 */
const PACT_OUTPUT_DIR = process.env.PACT_OUTPUT_DIR || mkdtempSync(join(tmpdir(), "pacts-"));

/** A V4 pact between a consumer and a provider, written to PACT_OUTPUT_DIR (merged per file). */
export function messagePact(consumer: Pacticipant, provider: Pacticipant): PactV4 {
  return new PactV4({ consumer, provider, dir: PACT_OUTPUT_DIR, logLevel: "warn" });
}

/** A message as a consumer test receives it (Pact does not export this type from its root). */
export type { PactTestMessage as AsynchronousMessage } from "../../../lib/pact";

/** The example content of a message (matchers reduced to their examples by Pact). */
export function contentOf(message: { contents: { content: unknown } }): unknown {
  return message.contents.content;
}
