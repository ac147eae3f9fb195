import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  createSeedHandler,
  SEED_FAILURE_TOPIC_ARN,
  SEED_SUCCESS_TOPIC_ARN,
  type SeedPublishInput,
  type SeedRecord,
} from "../../bench/seed/seed-handler";
import { repoRoot } from "../support/paths";

// Written by the seed's own Python code (bench/seed/reference/make_fixture.py).
interface PythonRun {
  description: string;
  failSuccessTopic: boolean;
  event: { Records: SeedRecord[] };
  publishes: SeedPublishInput[];
  stdout: string;
  result: unknown;
}

const pythonRuns: PythonRun[] = JSON.parse(
  readFileSync(join(repoRoot, "tests", "bench", "fixtures", "seed-python-publishes.json"), "utf8"),
);

function recordingHandler(failTopic?: string) {
  const publishes: SeedPublishInput[] = [];
  const lines: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const handler = createSeedHandler({
    publish: async (input) => {
      publishes.push(input);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      if (input.TopicArn === failTopic) {
        throw new Error("An error occurred (InternalError) when calling the Publish operation");
      }
      return { MessageId: "m" };
    },
    print: (line) => lines.push(line),
  });
  return { handler, publishes, lines, maxInFlight: () => maxInFlight };
}

describe("the seed baseline", () => {
  it("has Python runs to compare with", () => {
    expect(pythonRuns.length).toBeGreaterThanOrEqual(2);
  });

  it.each(pythonRuns)(
    "publishes, prints and returns what the Python does: $description",
    async (run) => {
      const { handler, publishes, lines } = recordingHandler(
        run.failSuccessTopic ? SEED_SUCCESS_TOPIC_ARN : undefined,
      );

      const result = await handler(run.event);

      expect(publishes).toEqual(run.publishes);
      expect(lines.map((l) => `${l}\n`).join("")).toBe(run.stdout);
      expect(result).toEqual(run.result);
    },
  );

  it("publishes once per record, one at a time, in record order", async () => {
    const { handler, publishes, maxInFlight } = recordingHandler();
    const Records = Array.from({ length: 25 }, (_, i) => ({
      messageId: `m-${i}`,
      body: i % 5 === 0 ? "an error" : `{"n":${i}}`,
    }));

    await handler({ Records });

    expect(publishes).toHaveLength(25);
    expect(maxInFlight()).toBe(1);
    expect(publishes.map((p) => JSON.parse(p.Message).message_id)).toEqual(
      Records.map((r) => r.messageId),
    );
    expect(publishes.filter((p) => p.TopicArn === SEED_FAILURE_TOPIC_ARN)).toHaveLength(5);
  });

  it("fails the whole invocation when a failure publish throws, as the Python does", async () => {
    const { handler } = recordingHandler(SEED_FAILURE_TOPIC_ARN);

    await expect(handler({ Records: [{ messageId: "m-1", body: "error" }] })).rejects.toThrow(
      /InternalError/,
    );
  });
});
