import { DeliveryTracker } from "../observe/deliveries";
import type { LocalPipeline } from "../pipeline";
import { describeMoving } from "./moving";

/**
 * One line of progress while the pipeline runs, on stderr: rewritten in place on a terminal,
 * printed once a second otherwise (logs, CI). It says what is still moving and why, e.g.
 * "still moving 2: 2 poisoned orders on their way to the DLQ (receive 3 of 5)". Create it before
 * sending, so that it sees every delivery.
 *
 * @example const progress = new Progress(pipeline, new OutputStream("standard error", process.stderr)); await pipeline.waitUntilQuiet({ onTick: () => progress.tick() });
 */
export class Progress {
  private readonly started = performance.now();
  private lastPrinted = 0;
  private lastDlqCheck = 0;
  private dlq = 0;
  private readonly deliveries: DeliveryTracker;
  private readonly maxReceiveCount: number;

  constructor(
    private readonly pipeline: LocalPipeline,
    /** An OutputStream in the tools: a progress line that cannot be written never stops the run. */
    private readonly out: { readonly isTTY?: boolean; write(text: string): unknown },
    queueKey = "orders",
  ) {
    const { topology } = pipeline;
    const mapping = topology.eventSourceMappings.find((m) => m.queue === queueKey);
    this.deliveries = new DeliveryTracker(mapping?.key ?? "");
    pipeline.onInvocation((report) => this.deliveries.observe(report));
    this.maxReceiveCount =
      topology.queues.find((q) => q.key === queueKey)?.redrive?.maxReceiveCount ?? 0;
  }

  async tick(): Promise<void> {
    const now = performance.now();
    const interval = this.out.isTTY ? 200 : 1000;
    if (now - this.lastPrinted < interval) return;
    this.lastPrinted = now;
    if (now - this.lastDlqCheck > 500) {
      this.lastDlqCheck = now;
      this.dlq = await this.pipeline.depth("orders-dlq");
    }
    const s = this.pipeline.ledger.summary();
    const done = s.success_outcomes + s.failure_outcomes + s.multiply_accounted;
    const moving = describeMoving({
      unended: this.pipeline.ledger.unended(),
      delivery: (id) => this.deliveries.get(id),
      maxReceiveCount: this.maxReceiveCount,
      inDeadLetterQueue: this.dlq,
    });
    const why = moving.map((g) => `${g.count} ${g.why}`).join(", ");
    const line = `[${((now - this.started) / 1000).toFixed(1).padStart(5)} s] sent ${s.sent} · success ${s.success_outcomes} · failure ${s.failure_outcomes} · DLQ ${this.dlq} · still moving ${Math.max(0, s.sent - done - this.dlq)}${why ? `: ${why}` : ""}`;
    this.out.write(this.out.isTTY ? `\r${line}\u001b[K` : `${line}\n`);
  }

  /** Ends the progress line. */
  done(): void {
    if (this.out.isTTY && this.lastPrinted > 0) this.out.write("\n");
  }
}
