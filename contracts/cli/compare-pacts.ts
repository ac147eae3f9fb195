import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** How the pacts the consumer tests wrote differ from the committed ones (file names). */
export interface PactDifference {
  /** Written, not committed. */
  added: string[];
  /** Committed, no longer written (a consumer test or interaction was removed). */
  removed: string[];
  /** Both, with other content. */
  changed: string[];
}

function pactFiles(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), "utf8")]),
  );
}

/**
 * Compares the pact files of `written` with those of `committed`, byte for byte.
 *
 * @example comparePactDirs(tmp, PACT_DIR) // { added: [], removed: [], changed: ["fulfilment-processor.json"] }
 */
export function comparePactDirs(written: string, committed: string): PactDifference {
  const now = pactFiles(written);
  const before = pactFiles(committed);
  return {
    added: [...now.keys()].filter((f) => !before.has(f)),
    removed: [...before.keys()].filter((f) => !now.has(f)),
    changed: [...now.keys()].filter((f) => before.has(f) && before.get(f) !== now.get(f)),
  };
}

/** True when nothing differs. */
export function isSame(difference: PactDifference): boolean {
  return difference.added.length + difference.removed.length + difference.changed.length === 0;
}

/** One line per difference: `changed: fulfilment-processor.json`. */
export function describeDifference(difference: PactDifference): string[] {
  return [
    ...difference.changed.map((f) => `changed: ${f}`),
    ...difference.added.map((f) => `new: ${f}`),
    ...difference.removed.map((f) => `no longer written: ${f}`),
  ];
}
