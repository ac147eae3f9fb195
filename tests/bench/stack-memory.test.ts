import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../bench/lib/children";
import { readStackSettings } from "../../bench/lib/stack-settings";
import { STACK_MEMORY_CHOICE } from "../../bench/sections/power";
import { LAMBDA_ARCHITECTURE } from "../../topology";

interface Recommendation {
  choice: string;
  architecture: string;
  memory_mb: number;
}

const latest = JSON.parse(
  readFileSync(join(repoRoot, "bench", "results", "latest.json"), "utf8"),
) as { power_table: { recommended: Record<string, Recommendation> } };

// The stacks' memory sizes follow from the committed power table (docs/configuration.md).
describe("each stack's processor memory size", () => {
  for (const [stack, choice] of Object.entries(STACK_MEMORY_CHOICE)) {
    it(`${stack}: the size the latest bench run recommends (${choice})`, () => {
      const recommended = latest.power_table.recommended[stack];
      expect(
        recommended,
        `bench/results/latest.json has no recommendation for ${stack}`,
      ).toBeDefined();
      expect(recommended?.choice).toBe(choice);
      expect(recommended?.architecture).toBe(LAMBDA_ARCHITECTURE);
      expect(readStackSettings(repoRoot, stack).topology.processor.memorySizeMb).toBe(
        recommended?.memory_mb,
      );
    });
  }
});
