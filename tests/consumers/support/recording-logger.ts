import type { ConsumerLogger, LogFields } from "../../../lib/consumers";

/** One line a RecordingLogger kept. */
export interface LoggedLine {
  level: "info" | "warn" | "error";
  message: string;
  fields: LogFields;
}

/** A ConsumerLogger that keeps every line, so tests assert on what was logged instead of stdout. */
export class RecordingLogger implements ConsumerLogger {
  readonly lines: LoggedLine[] = [];
  info(message: string, fields: LogFields): void {
    this.lines.push({ level: "info", message, fields });
  }
  warn(message: string, fields: LogFields): void {
    this.lines.push({ level: "warn", message, fields });
  }
  error(message: string, fields: LogFields): void {
    this.lines.push({ level: "error", message, fields });
  }
  /** Lines of one level. */
  at(level: LoggedLine["level"]): LoggedLine[] {
    return this.lines.filter((l) => l.level === level);
  }
}
