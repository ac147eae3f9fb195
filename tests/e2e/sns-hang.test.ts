// The local pipeline with the soak's time compression: the real processor handler behind the fault
// proxy, whose SNS requests hang (accepted, never answered) or get HTTP 5xx. The processor returns
// its partial batch response before its timeout, and nothing is lost.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoTraffic } from "../../local/demo/traffic";
import type { InvocationReport } from "../../local/esm/event-source-mapping";
import { FAULT_KINDS } from "../../local/faults/policies";
import { LocalPipeline } from "../../local/pipeline";
import { runSoak, SOAK_TIMING, soakPipelineOptions } from "../../tools/soak/soak";

let pipeline: LocalPipeline;
const processorReports: InvocationReport[] = [];

beforeAll(async () => {
  pipeline = await LocalPipeline.start(soakPipelineOptions());
  pipeline.onInvocation((report) => {
    if (report.mapping === "processor-orders") processorReports.push(report);
  });
}, 30_000);
afterAll(() => pipeline?.stop());

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("SNS hangs in the local pipeline (fault proxy)", () => {
  it("returns a partial batch response naming every record before the processor's timeout, and loses nothing once SNS answers", async () => {
    // Prepare: the processor's timeout as the topology declares it for this run.
    const timeoutMs =
      (pipeline.topology.functions.find((f) => f.key === "processor")?.timeoutSeconds ?? 0) * 1000;
    expect(timeoutMs).toBe(SOAK_TIMING.processorTimeoutSeconds * 1000);
    const { queued } = demoTraffic({ orders: 8, seed: 21, poisoned: 0, invocations: 0 });
    pipeline.proxy.setCallFaults(() => ({ kind: "hang" }));

    // Act 1: every publish hangs.
    const ids = await pipeline.send(queued);
    await until(() => processorReports.length > 0, 15_000);
    const first = processorReports[0] as InvocationReport;

    // Assess 1: a returned response (not a throw, not a timeout), every record of it named.
    expect(first.result.kind).toBe("returned");
    expect(first.disposition.wholeBatchFailure).toBeUndefined();
    expect([...first.disposition.retry].sort()).toEqual(
      first.event.Records.map((r) => r.messageId).sort(),
    );
    expect(first.durationMs).toBeLessThan(timeoutMs);
    expect(pipeline.proxy.stats.callsHung).toBeGreaterThan(0);

    // Act 2: SNS answers again.
    pipeline.proxy.setCallFaults(undefined);
    expect(await pipeline.waitUntilQuiet({ timeoutMs: 30_000 })).toBe(true);
    const summary = await pipeline.summary();

    // Assess 2: every order ended exactly once, none in the DLQ, none published twice.
    expect(summary.ledger).toMatchObject({
      sent: ids.length,
      unaccounted: 0,
      multiply_accounted: 0,
      dead_lettered: 0,
      not_as_expected: 0,
    });
    expect(summary.ledger.success_outcomes + summary.ledger.failure_outcomes).toBe(ids.length);
    for (const r of processorReports) expect(r.durationMs).toBeLessThan(timeoutMs);
  }, 60_000);

  it("accounts for every order at a 60% fault rate of failed entries, 5xx answers and hangs", async () => {
    const figures = await runSoak(pipeline, {
      orders: 150,
      faultRate: 0.6,
      kinds: FAULT_KINDS,
      seed: 5,
      timeoutMs: 90_000,
    });

    expect(figures).toMatchObject({
      ok: true,
      settled: true,
      unaccounted: 0,
      multiply_accounted: 0,
      whole_batch_failures: 0,
    });
    expect(figures.entry_faults).toBeGreaterThan(0);
    expect(figures.http_5xx).toBeGreaterThan(0);
    expect(figures.hangs).toBeGreaterThan(0);
    expect(figures.longest_invocation_ms).toBeLessThan(figures.processor_timeout_ms);
  }, 120_000);
});
