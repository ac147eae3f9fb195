import { describe, expect, it } from "vitest";
import {
  CPU_CATEGORIES,
  type CpuProfile,
  categoryOfSource,
  type ProfileFrame,
  splitProfile,
} from "../../bench/lib/profile";

// Where an invocation's CPU goes: the sources' categories, and the split of a profile's samples
// inside the invocations' windows (the nearest deciding frame on each stack).

describe("categoryOfSource", () => {
  it("gives the processor's parts, the SDK and Powertools their categories", () => {
    expect(categoryOfSource("functions/processor/core/process-order.ts")).toBe("core");
    expect(categoryOfSource("generated/validators/order-message.cjs")).toBe("core");
    expect(categoryOfSource("generated/validators/sqs-record.cjs")).toBe("event");
    expect(categoryOfSource("functions/processor/sqs-batch.ts")).toBe("event");
    expect(categoryOfSource("functions/processor/deadline.ts")).toBe("deadline");
    expect(categoryOfSource("functions/processor/powertools-telemetry.ts")).toBe("telemetry");
    expect(categoryOfSource("node_modules/@aws-lambda-powertools/logger/lib/esm/Logger.js")).toBe(
      "telemetry",
    );
    expect(categoryOfSource("functions/processor/sns-publisher.ts")).toBe("sns_client");
    expect(categoryOfSource("node_modules/@smithy/signature-v4/dist-es/SignatureV4.js")).toBe(
      "sns_client",
    );
    expect(
      categoryOfSource("node_modules/@aws-sdk/client-sns/dist-es/protocols/Aws_query.js"),
    ).toBe("sns_client");
    expect(categoryOfSource("(garbage collector)")).toBe("gc");
    expect(categoryOfSource("(program)")).toBe("other");
  });

  it("leaves shared code and Node's internals to the caller", () => {
    expect(categoryOfSource("node_modules/ajv/dist/runtime/ucs2length.js")).toBeUndefined();
    expect(categoryOfSource("lib/validation/json-body.ts")).toBeUndefined();
    expect(categoryOfSource("node:internal/streams/writable")).toBeUndefined();
    expect(
      categoryOfSource("node_modules/@aws/lambda-invoke-store/dist-es/index.js"),
    ).toBeUndefined();
  });
});

/** A profile from a call tree: each node a source (its frame's url), with its parent. */
function profileOf(
  tree: { id: number; source: string; parent?: number }[],
  samples: [id: number, atUs: number][],
): CpuProfile {
  return {
    nodes: tree.map((n) => ({
      id: n.id,
      callFrame: { functionName: n.source, url: n.source, lineNumber: 0, columnNumber: 0 },
      children: tree.filter((c) => c.parent === n.id).map((c) => c.id),
    })),
    startTime: 1_000,
    endTime: (samples.at(-1)?.[1] ?? 1_000) + 100,
    samples: samples.map(([id]) => id),
    timeDeltas: samples.map(([, at], i) => at - (i === 0 ? 1_000 : (samples[i - 1]?.[1] ?? 0))),
  };
}

const locate = (frame: ProfileFrame) => frame.url;

describe("splitProfile", () => {
  const tree = [
    { id: 1, source: "(root)" },
    { id: 2, source: "bench/instance-harness/instance.mjs", parent: 1 },
    { id: 3, source: "functions/processor/handler.ts", parent: 2 },
    { id: 4, source: "functions/processor/core/rules.ts", parent: 3 },
    { id: 5, source: "node_modules/ajv/dist/runtime/equal.js", parent: 4 },
    { id: 6, source: "node_modules/@smithy/core/dist-es/index.js", parent: 3 },
    { id: 7, source: "node:internal/streams/writable", parent: 6 },
    { id: 8, source: "node:net", parent: 1 },
    { id: 9, source: "node:internal/stream_base_commons", parent: 8 },
    { id: 10, source: "(garbage collector)", parent: 1 },
    { id: 11, source: "(idle)", parent: 1 },
    { id: 12, source: "node:internal/timers", parent: 1 },
  ];

  it("gives each sample in a window to the nearest deciding frame, weighted by the time to the next", () => {
    const profile = profileOf(tree, [
      [5, 1_100], // ajv, called by the core: core
      [7, 1_200], // a socket write under the SDK: the SNS client
      [9, 1_300], // Node's network stack, nothing deciding above it: the SNS client
      [10, 1_400], // GC
      [11, 1_500], // idle: left out
      [12, 1_600], // timers, nothing deciding: other
      [4, 1_700], // outside the window: left out
    ]);
    const split = splitProfile(profile, [[1_050, 1_650]], locate);

    expect(split.byCategory).toEqual({
      event: 0,
      core: 100,
      telemetry: 0,
      sns_client: 200,
      deadline: 0,
      gc: 100,
      // The last sample in the window weighs only up to the window's end.
      other: 50,
    });
    expect(split.samples).toBe(5);
    expect(split.totalUs).toBe(450);
    expect(split.bySource).toMatchObject({
      "functions/processor/core/rules.ts": 100,
      "node_modules/@smithy/core/dist-es/index.js": 100,
      "node:internal/stream_base_commons": 100,
    });
    expect(split.sourceCategory["node:internal/stream_base_commons"]).toBe("sns_client");
    expect(Object.keys(split.byCategory)).toEqual([...CPU_CATEGORIES]);
  });

  it("counts every window, in any order, and nothing between them", () => {
    const profile = profileOf(tree, [
      [4, 1_100],
      [4, 1_200],
      [6, 1_300],
      [6, 1_400],
    ]);
    const split = splitProfile(
      profile,
      [
        [1_350, 1_450],
        [1_050, 1_150],
      ],
      locate,
    );
    expect(split.byCategory.core).toBe(50);
    expect(split.byCategory.sns_client).toBe(50);
    expect(split.samples).toBe(2);
  });
});
