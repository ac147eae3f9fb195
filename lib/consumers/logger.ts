/** Structured fields attached to one log line. */
export type LogFields = Record<string, unknown>;

/**
 * The logging a consumer needs: Powertools' `Logger` satisfies it in Lambda, tests pass a fake
 * that keeps what was logged.
 *
 * @example
 * const logger: ConsumerLogger = new Logger({ serviceName: "fulfilment" });
 * logger.info("fulfilment request created", { order_id: "ORD-1" });
 */
export interface ConsumerLogger {
  info(message: string, fields: LogFields): void;
  warn(message: string, fields: LogFields): void;
  error(message: string, fields: LogFields): void;
}
