import { appendFileSync } from "node:fs";
import { format } from "node:util";

/** One structured log line of a function (Powertools' JSON: level, message, service, fields). */
export interface FunctionLogRecord {
  readonly level: string;
  readonly message: string;
  readonly service: string;
  readonly [field: string]: unknown;
}

type ConsoleMethod = "log" | "info" | "warn" | "error" | "debug" | "trace";
const METHODS: readonly ConsoleMethod[] = ["log", "info", "warn", "error", "debug", "trace"];

/**
 * Collects the functions' structured logs in process, as CloudWatch Logs would: Powertools writes
 * through the global console when POWERTOOLS_DEV is set (set it before the functions load), and
 * every console line that is a Powertools JSON record goes to the listeners (and, with `file`,
 * one compact JSON line per record) instead of the terminal; embedded-metric-format lines are
 * counted. Any other console line written while installed (for example Powertools Metrics' plain
 * warnings) is kept as a record of service "console", since only functions write to the console
 * while a pipeline runs (the local runtime itself writes to process.stdout / stderr).
 *
 * @example
 * const logs = new FunctionLogCapture({ file: "local-run.log" });
 * logs.onRecord((r) => { if (r.service === "fulfilment") … });
 * logs.install(); … logs.uninstall();
 */
export class FunctionLogCapture {
  private readonly listeners: ((record: FunctionLogRecord) => void)[] = [];
  private originals: Partial<Record<ConsoleMethod, (...args: unknown[]) => void>> = {};
  /** Records seen, by service and level. */
  readonly counts = new Map<string, number>();
  /** CloudWatch embedded-metric-format lines the functions printed (Powertools Metrics). */
  metricLines = 0;

  constructor(private readonly options: { file?: string; echo?: boolean } = {}) {}

  onRecord(listener: (record: FunctionLogRecord) => void): void {
    this.listeners.push(listener);
  }

  install(): void {
    for (const method of METHODS) {
      const original = console[method].bind(console) as (...args: unknown[]) => void;
      this.originals[method] = original;
      console[method] = (...args: unknown[]) => {
        const parsed = args.length === 1 ? parseJsonLine(args[0]) : undefined;
        if (parsed && isEmf(parsed)) {
          this.metricLines++;
          if (this.options.echo) original(JSON.stringify(parsed));
          return;
        }
        // A plain line has no service: CloudWatch would still keep it, so keep it too.
        const record = (parsed ? asRecord(parsed) : undefined) ?? {
          level: method.toUpperCase(),
          message: format(...args),
          service: "console",
        };
        this.accept(record);
        if (this.options.echo) original(JSON.stringify(record));
      };
    }
  }

  uninstall(): void {
    for (const method of METHODS) {
      const original = this.originals[method];
      if (original) console[method] = original;
    }
    this.originals = {};
  }

  private accept(record: FunctionLogRecord): void {
    const key = `${record.service}:${record.level}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.options.file) appendFileSync(this.options.file, `${JSON.stringify(record)}\n`);
    for (const listener of this.listeners) listener(record);
  }
}

function parseJsonLine(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== "string" || !value.startsWith("{")) return undefined;
  try {
    return JSON.parse(value) as Record<string, unknown>;
  } catch {
    return undefined; // not JSON: an ordinary console line
  }
}

function isEmf(value: Record<string, unknown>): boolean {
  return typeof value._aws === "object" && value._aws !== null;
}

function asRecord(value: Record<string, unknown>): FunctionLogRecord | undefined {
  if (typeof value.level === "string" && typeof value.message === "string") {
    return { service: "unknown", ...value } as FunctionLogRecord;
  }
  return undefined;
}
