import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PACT_DIR, VERIFIED_PACT_DIRS } from "../participants";

/** One pact file and who it is between. */
export interface PactFileInfo {
  path: string;
  consumer: string;
  provider: string;
}

/** Every pact file in `dirs` (default contracts/pacts), by folder, then sorted by name. */
export function listPactFiles(dirs: string | readonly string[] = PACT_DIR): PactFileInfo[] {
  return (typeof dirs === "string" ? [dirs] : dirs).flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith(".json"))
          .sort()
          .map((name) => {
            const path = join(dir, name);
            const pact = JSON.parse(readFileSync(path, "utf8")) as {
              consumer: { name: string };
              provider: { name: string };
            };
            return { path, consumer: pact.consumer.name, provider: pact.provider.name };
          })
      : [],
  );
}

/**
 * The pact files of `dirs` (default: ours and the example consumer team's, VERIFIED_PACT_DIRS)
 * whose provider is `provider`; an error saying what to run when there are none.
 */
export function pactFilesFor(
  provider: string,
  dirs: string | readonly string[] = VERIFIED_PACT_DIRS,
): string[] {
  const files = listPactFiles(dirs).filter((p) => p.provider === provider);
  if (files.length === 0) {
    throw new Error(
      `no pact in ${[dirs].flat().join(", ")} names "${provider}" as its provider: run \`npm run test:contract\` to write the pacts from the consumer tests`,
    );
  }
  return files.map((p) => p.path);
}
