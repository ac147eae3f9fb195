import { appendFileSync, closeSync, openSync } from "node:fs";
import { format } from "node:util";

/** One structured log line of a function (Powertools' JSON: level, message, service, fields). */
export interface FunctionLogRecord {
  readonly level: string;
  readonly message: string;
  readonly service: string;
  readonly [field: string]: unknown;
}

/** What became of the `file` option: how many records went to it, and why it stopped, if it did. */
export interface LogFileReport {
  readonly path: string;
  readonly recordsWritten: number;
  /** Records not written because an earlier write failed (the file is not written to again). */
  readonly recordsNotWritten: number;
  /** The write (or open) error that stopped writing to the file, if one did. */
  readonly failure: Error | undefined;
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
 * The file is the runtime's, not the functions': a write that fails (a full disk) never reaches
 * the function that logged. The first failure stops writing to the file (it keeps the records up
 * to there), is passed once to the `onFileFailure` listeners, and `fileReport()` says how many
 * records were and were not written.
 *
 * @example
 * const logs = new FunctionLogCapture({ file: "local-run.log" });
 * logs.onRecord((r) => { if (r.service === "fulfilment") … });
 * logs.onFileFailure((error) => process.stderr.write(`log file: ${error.message}\n`));
 * logs.install(); … logs.uninstall();
 */
export class FunctionLogCapture {
  private readonly listeners: ((record: FunctionLogRecord) => void)[] = [];
  private readonly fileFailureListeners: ((error: Error) => void)[] = [];
  private fd: number | undefined;
  private fileFailure: Error | undefined;
  private recordsWritten = 0;
  private recordsNotWritten = 0;
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
    this.closeFile();
  }

  /** Calls `listener` once, with the error, when writing to the file first fails. */
  onFileFailure(listener: (error: Error) => void): void {
    this.fileFailureListeners.push(listener);
  }

  /** What went to the file so far; undefined without the `file` option. */
  fileReport(): LogFileReport | undefined {
    const path = this.options.file;
    if (path === undefined) return undefined;
    return {
      path,
      recordsWritten: this.recordsWritten,
      recordsNotWritten: this.recordsNotWritten,
      failure: this.fileFailure,
    };
  }

  private accept(record: FunctionLogRecord): void {
    const key = `${record.service}:${record.level}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.options.file !== undefined) this.writeToFile(this.options.file, record);
    for (const listener of this.listeners) listener(record);
  }

  /** Appends one JSON line; never throws into the function that logged (see the class comment). */
  private writeToFile(path: string, record: FunctionLogRecord): void {
    if (this.fileFailure) {
      this.recordsNotWritten++;
      return;
    }
    try {
      this.fd ??= openSync(path, "a");
      appendFileSync(this.fd, `${JSON.stringify(record)}\n`);
      this.recordsWritten++;
    } catch (error) {
      this.fileFailure = error as Error;
      this.recordsNotWritten++;
      this.closeFile();
      for (const listener of this.fileFailureListeners) {
        try {
          listener(this.fileFailure);
        } catch {
          // A listener's own fault must not reach the function either; the report still has it.
        }
      }
    }
  }

  private closeFile(): void {
    if (this.fd === undefined) return;
    try {
      closeSync(this.fd);
    } catch {
      // Closing after a failed write can fail too; the failure is already recorded.
    }
    this.fd = undefined;
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
