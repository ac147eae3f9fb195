import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { E2eConfig, E2eResult } from "../children/e2e.mjs";
import { makeOrders } from "../data/orders";
import { CHILD_TIME_LIMIT_MS, runChild } from "../lib/child-runner";
import { bundleChild, cacheDir } from "../lib/children";
import { STALL_TIMEOUT_MS } from "../lib/progress";
import { type BuiltBundle, buildBundle } from "../sections/bundles";

/** The end-to-end runs' traffic: 10,000 orders, one in ten failing. */
export const E2E_ORDERS = 10_000;

/** The event source mapping settings a run uses (names as in CreateEventSourceMapping). */
export interface MappingSettings {
  batchSize: number;
  maximumBatchingWindowSeconds: number;
}

/** Who handles the orders in one run: ours, the seed's, or a handler that does nothing. */
export type E2eHandler = "ours" | "seed" | "noop";

/** What every end-to-end run shares: the bundled child, the do-nothing handler, the orders. */
export interface E2eInputs {
  /** bench/children/e2e.mts, bundled. */
  child: string;
  noop: BuiltBundle;
  /** A JSON array of the order bodies. */
  ordersFile: string;
  /** Orders that succeed (and so reach the fulfilment queue). */
  expectedSuccess: number;
}

let prepared: Promise<E2eInputs> | undefined;

/**
 * Bundles the e2e child and the do-nothing handler and writes the orders, once per benchmark run
 * (both e2e sections share them).
 *
 * @example const inputs = await prepareE2eInputs();
 */
export function prepareE2eInputs(): Promise<E2eInputs> {
  prepared ??= (async () => {
    const child = await bundleChild("bench/children/e2e.mts", { externalPackages: true });
    const noop = await buildBundle("bench/e2e/noop-handler.ts", "noop");
    const ordersFile = join(cacheDir, "orders-10k.json");
    const orders = makeOrders({ count: E2E_ORDERS });
    writeFileSync(ordersFile, JSON.stringify(orders.map((o) => o.body)));
    return {
      child,
      noop,
      ordersFile,
      expectedSuccess: orders.filter((o) => o.failure === null).length,
    };
  })();
  return prepared;
}

/**
 * One end-to-end run in a fresh process (bench/children/e2e.mts). The seed's messages carry no
 * message_type, which the topology's filters require: pass `filterPolicies: false` for the seed so
 * that both handlers deliver every outcome to the consumer queues.
 *
 * @example const result = await runE2e(inputs, ours, { batchSize: 100, maximumBatchingWindowSeconds: 1 }, { filterPolicies: true });
 */
export function runE2e(
  inputs: E2eInputs,
  bundle: BuiltBundle,
  settings: MappingSettings,
  options: { filterPolicies: boolean; emulatorScript?: string },
): Promise<E2eResult> {
  const config: E2eConfig = {
    handlerFile: bundle.file,
    ordersFile: inputs.ordersFile,
    filterPolicies: options.filterPolicies,
    ...settings,
    // The batching window, compressed: the queue is full, so batches fill at once anyway.
    batchingWindowMs: settings.maximumBatchingWindowSeconds > 0 ? 100 : 0,
    stallTimeoutMs: STALL_TIMEOUT_MS,
    ...(options.emulatorScript ? { emulatorScript: options.emulatorScript } : {}),
  };
  return runChild<E2eResult>(inputs.child, {
    env: { BENCH_E2E_CONFIG: JSON.stringify(config) },
    timeoutMs: CHILD_TIME_LIMIT_MS,
  });
}

/**
 * Throws unless a run processed every order once and (for ours and the seed) delivered every
 * outcome where the topology routes it; for the seed it also checks the SNS call counter, which
 * must see exactly one Publish per record.
 *
 * @example checkE2eRun(result, "seed", inputs.expectedSuccess);
 */
export function checkE2eRun(r: E2eResult, who: E2eHandler, expectedSuccess: number): void {
  if (r.deleted !== E2E_ORDERS || r.retried !== 0 || r.dead_lettered !== 0) {
    throw new Error(`e2e: a run lost or retried orders: ${JSON.stringify(r)}`);
  }
  if (who === "seed" && r.sns_calls !== E2E_ORDERS) {
    throw new Error(`e2e: counted ${r.sns_calls} SNS calls for the seed's ${E2E_ORDERS} Publishes`);
  }
  if (
    who !== "noop" &&
    (r.delivered.fulfilment !== expectedSuccess ||
      r.delivered["failure-alerts"] !== E2E_ORDERS - expectedSuccess)
  ) {
    throw new Error(`e2e: outcomes were not all delivered: ${JSON.stringify(r.delivered)}`);
  }
}
