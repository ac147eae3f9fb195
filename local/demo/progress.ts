import type { LocalPipeline } from "../pipeline";

/**
 * One line of progress while the pipeline runs, on stderr: rewritten in place on a terminal,
 * printed once a second otherwise (logs, CI).
 *
 * @example const progress = new Progress(pipeline, process.stderr); await pipeline.waitUntilQuiet({ onTick: () => progress.tick() });
 */
export class Progress {
  private readonly started = performance.now();
  private lastPrinted = 0;
  private lastDlqCheck = 0;
  private dlq = 0;

  constructor(
    private readonly pipeline: LocalPipeline,
    private readonly out: NodeJS.WriteStream,
  ) {}

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
    const line = `[${((now - this.started) / 1000).toFixed(1).padStart(5)} s] sent ${s.sent} · success ${s.success_outcomes} · failure ${s.failure_outcomes} · DLQ ${this.dlq} · still moving ${Math.max(0, s.sent - done - this.dlq)}`;
    this.out.write(this.out.isTTY ? `\r${line}\u001b[K` : `${line}\n`);
  }

  /** Ends the progress line. */
  done(): void {
    if (this.out.isTTY && this.lastPrinted > 0) this.out.write("\n");
  }
}
