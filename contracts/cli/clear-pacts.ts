// Empties contracts/pacts before the consumer tests write it again. PactV4 merges into an existing
// file, so without this an interaction deleted from a consumer test would live on in its pact.
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { PACT_DIR } from "../participants";

mkdirSync(PACT_DIR, { recursive: true });
const removed = readdirSync(PACT_DIR, { withFileTypes: true }).filter(
  (e) => e.isFile() && e.name.endsWith(".json"),
);
for (const entry of removed) rmSync(join(PACT_DIR, entry.name));
process.stdout.write(`contracts: cleared ${removed.length} pact file(s) from ${PACT_DIR}\n`);
