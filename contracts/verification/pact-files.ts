import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PACT_DIR } from "../participants";

/** One pact file and who it is between. */
export interface PactFileInfo {
  path: string;
  consumer: string;
  provider: string;
}

/** Every pact file in `dir` (default contracts/pacts), sorted by name. */
export function listPactFiles(dir: string = PACT_DIR): PactFileInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const pact = JSON.parse(readFileSync(path, "utf8")) as {
        consumer: { name: string };
        provider: { name: string };
      };
      return { path, consumer: pact.consumer.name, provider: pact.provider.name };
    });
}

/** The pact files whose provider is `provider`; an error saying what to run when there are none. */
export function pactFilesFor(provider: string, dir: string = PACT_DIR): string[] {
  const files = listPactFiles(dir).filter((p) => p.provider === provider);
  if (files.length === 0) {
    throw new Error(
      `no pact in ${dir} names "${provider}" as its provider: run \`npm run test:contract\` to write the pacts from the consumer tests`,
    );
  }
  return files.map((p) => p.path);
}
