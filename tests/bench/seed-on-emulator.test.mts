import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PublishCommand } from "@aws-sdk/client-sns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeedHandler, type SeedPublishInput } from "../../bench/seed/seed-handler.js";
import { startTestEmulator, type TestEmulator } from "../support/fauxqs.mjs";
import { repoRoot } from "../support/paths.js";

// The seed baseline over the real SNS wire (embedded fauxqs): what arrives on the subscribed queues
// is, byte for byte, what the seed's own Python published, and it takes one Publish per record.

interface PythonRun {
  event: { Records: Record<string, unknown>[] };
  publishes: SeedPublishInput[];
}

const [pythonRun] = JSON.parse(
  readFileSync(join(repoRoot, "tests", "bench", "fixtures", "seed-python-publishes.json"), "utf8"),
) as PythonRun[];
const PY_SUCCESS = "arn:aws:sns:us-east-1:123456789012:my-lambda-success-topic";

describe("the seed baseline on the emulator", () => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());

  it("delivers what the Python publishes, with one Publish call per record", async () => {
    if (!pythonRun) throw new Error("fixture has no Python run");
    const { topics } = emulator.declare({
      topics: ["seed-success", "seed-failure"],
      queues: ["seed-success-q", "seed-failure-q"],
      subscriptions: [
        { topic: "seed-success", queue: "seed-success-q", raw: true },
        { topic: "seed-failure", queue: "seed-failure-q", raw: true },
      ],
    });
    const sns = emulator.snsClient();
    const actions: string[] = [];
    sns.middlewareStack.add(
      (next, context) => (args) => {
        actions.push(String(context.commandName));
        return next(args);
      },
      { step: "initialize", name: "countCalls" },
    );
    const handler = createSeedHandler({
      publish: (input) => sns.send(new PublishCommand(input)),
      print: () => {},
      successTopicArn: topics["seed-success"],
      failureTopicArn: topics["seed-failure"],
    });

    await handler(pythonRun.event);

    const records = pythonRun.event.Records.length;
    expect(actions).toEqual(Array.from({ length: records }, () => "PublishCommand"));
    const expected = (success: boolean) =>
      pythonRun.publishes
        .filter((p) => (p.TopicArn === PY_SUCCESS) === success)
        .map((p) => p.Message);
    const bodies = async (queue: string) => (await emulator.drain(queue)).map((m) => m.Body).sort();
    expect(await bodies("seed-success-q")).toEqual(expected(true).sort());
    expect(await bodies("seed-failure-q")).toEqual(expected(false).sort());
    sns.destroy();
  });
});
