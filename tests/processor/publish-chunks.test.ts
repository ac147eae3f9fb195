import { describe, expect, it } from "vitest";
import { chunkEntries, PUBLISH_BATCH_LIMITS } from "../../functions/processor/publish-chunks";

const sized = (...bytes: number[]) => bytes.map((b, i) => ({ id: `e${i}`, bytes: b }));
const ids = (chunks: { id: string }[][]) => chunks.map((c) => c.map((e) => e.id));

describe("chunkEntries", () => {
  it("uses SNS's limits by default: 10 entries, 256 KiB per call", () => {
    expect(PUBLISH_BATCH_LIMITS).toEqual({ maxEntries: 10, maxBytes: 262_144 });
  });

  it("cuts by count: 25 small entries make calls of 10, 10 and 5, in order", () => {
    const chunks = chunkEntries(sized(...Array.from({ length: 25 }, () => 100)));
    expect(chunks.map((c) => c.length)).toEqual([10, 10, 5]);
    expect(chunks.flat().map((e) => e.id)).toEqual(Array.from({ length: 25 }, (_, i) => `e${i}`));
  });

  it("cuts by aggregate size before the count is reached", () => {
    const k100 = 100 * 1024;
    expect(ids(chunkEntries(sized(k100, k100, k100, 10, k100)))).toEqual([
      ["e0", "e1"],
      ["e2", "e3", "e4"],
    ]);
  });

  it("puts an entry exactly at the limit alone, and fills a call up to the byte", () => {
    expect(ids(chunkEntries(sized(262_144, 1)))).toEqual([["e0"], ["e1"]]);
    expect(ids(chunkEntries(sized(262_143, 1, 1)))).toEqual([["e0", "e1"], ["e2"]]);
  });

  it("gives an oversized entry a call of its own instead of dropping it", () => {
    expect(ids(chunkEntries(sized(10, 300_000, 10)))).toEqual([["e0"], ["e1"], ["e2"]]);
  });

  it("makes no call for no entries", () => {
    expect(chunkEntries([])).toEqual([]);
  });
});
