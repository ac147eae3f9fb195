import { readdirSync } from "node:fs";
import { DEFAULT_PUBLISH_CONCURRENCY } from "../../functions/processor/sqs-batch";
import type { BilledResult } from "../children/billed.mjs";
import { type CapacityModel, stackCapacity } from "../lib/capacity";
import { repoRoot } from "../lib/children";
import { readStackSettings } from "../lib/stack-settings";
import { round } from "../lib/stats";
import { HEADLINE_RTT_MS } from "./billed";
import { fmt, type SectionResult, type TableRow } from "./types";

/**
 * The stacks the repository configures: one Pulumi.<stack>.yaml each.
 *
 * @example configuredStacks() // ["dev", "prod"]
 */
export function configuredStacks(root: string = repoRoot): string[] {
  return readdirSync(root)
    .map((f) => /^Pulumi\.([^.]+)\.yaml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
}

/**
 * What capacity builds on, from ours' billed run: CPU per record, the wait of one wave of
 * PublishBatch calls (all invocations' waits over all their waves), calls per record, the share of
 * SUCCESS outcomes. The consumers' idempotency store is not in the run: its round trip is taken as
 * the SNS RTT of the run, two calls a record (Powertools marks a key, then completes it).
 *
 * @example capacityModel(oursAtHeadline).cpuMsPerRecord // 0.15
 */
export function capacityModel(ours: BilledResult, rttMs: number = HEADLINE_RTT_MS): CapacityModel {
  const records = ours.invocations.reduce((n, i) => n + i.records, 0);
  const snsCallsPerRecord = ours.sns.calls / records;
  let waves = 0;
  let waitMs = 0;
  for (const i of ours.invocations) {
    waves += Math.ceil(Math.ceil(i.records * snsCallsPerRecord) / DEFAULT_PUBLISH_CONCURRENCY);
    waitMs += Math.max(0, i.wallMs - i.cpuMs);
  }
  return {
    cpuMsPerRecord: ours.invocations.reduce((n, i) => n + i.cpuMs, 0) / records,
    waitMsPerPublishWave: waitMs / waves,
    snsCallsPerRecord,
    publishConcurrency: DEFAULT_PUBLISH_CONCURRENCY,
    successShare: (ours.delivered.fulfilment ?? 0) / ours.orders,
    storeRoundTripMs: rttMs,
    storeCallsPerRecord: 2,
  };
}

/**
 * Capacity of each configured stack (bench/lib/capacity.ts): sustained orders per second with a
 * full backlog, the limit that binds, and the first AWS quota on the way, computed from the
 * stack's configuration (Pulumi.<stack>.yaml over the defaults) and ours' measured invocations.
 *
 * @example capacitySection(billed.headline).metrics["capacity.prod"]
 */
export function capacitySection(ours: BilledResult): SectionResult {
  const model = capacityModel(ours);
  const metrics: SectionResult["metrics"] = {
    "capacity.model": {
      cpu_ms_per_record_full_core: round(model.cpuMsPerRecord, 4),
      wait_ms_per_publish_wave: round(model.waitMsPerPublishWave, 2),
      sns_calls_per_record: round(model.snsCallsPerRecord, 3),
      publish_concurrency: model.publishConcurrency,
      success_share: round(model.successShare, 3),
      store_round_trip_ms_assumed: model.storeRoundTripMs,
      store_calls_per_record: model.storeCallsPerRecord,
    },
  };
  const rows: TableRow[] = [];
  for (const stack of configuredStacks()) {
    const { region, topology } = readStackSettings(repoRoot, stack);
    const c = stackCapacity(topology, region, model);
    metrics[`capacity.${stack}`] = {
      region: c.region,
      orders_per_second: round(c.orders_per_second, 0),
      binding: c.binding,
      first_aws_quota: c.first_aws_quota,
      processor_memory_mb: c.processor_memory_mb,
      processor_invocation_ms: round(c.processor_invocation_ms, 1),
      limits: c.limits.map((l) => ({
        name: l.name,
        kind: l.kind,
        orders_per_second: round(l.orders_per_second, 0),
        detail: l.detail,
        ...(l.source ? { source: l.source } : {}),
      })),
    };
    const quota = c.limits.find((l) => l.name === c.first_aws_quota);
    rows.push({
      measure: `capacity, ${stack} stack (${region}): orders per second`,
      ours: fmt(c.orders_per_second, 0),
      baseline: `bound by the ${c.binding}`,
      ratio: `first AWS quota: ${c.first_aws_quota} at ${fmt(quota?.orders_per_second, 0)}/s`,
      goal: "",
      met: null,
    });
  }
  return { metrics, rows, notes: [] };
}
