import { types } from "node:util";
import type { LambdaErrorPayload } from "../../generated/types";

/** What the Node.js runtime sends for an error: always errorType, errorMessage and trace. */
export type NodeErrorPayload = Required<Pick<LambdaErrorPayload, "errorType" | "errorMessage">> & {
  trace: string[];
};

function isErrorLike(value: unknown): value is { name: string; message: string; stack: string } {
  const v = value as { name?: unknown; message?: unknown; stack?: unknown } | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.name === "string" &&
    v.name !== "" &&
    typeof v.message === "string" &&
    v.message !== "" &&
    typeof v.stack === "string" &&
    v.stack !== ""
  );
}

/**
 * The error object the Node.js Lambda runtime reports when a handler throws (its
 * `toRapidResponse`): errorType = `error.name`, errorMessage = `error.message`, trace = the stack
 * split into lines. A thrown non-error becomes `{ errorType: typeof value, errorMessage: String(value), trace: [] }`.
 * It is the failure destination record's responsePayload.
 *
 * @example
 * nodeErrorPayload(new TypeError("x is not a function"))
 * // → { errorType: "TypeError", errorMessage: "x is not a function", trace: ["TypeError: x is not a function", "    at …"] }
 */
export function nodeErrorPayload(error: unknown): NodeErrorPayload {
  if (types.isNativeError(error) || isErrorLike(error)) {
    return {
      errorType: error.name,
      errorMessage: error.message,
      trace: (error.stack ?? `${error.name}: ${error.message}`).split("\n"),
    };
  }
  return { errorType: typeof error, errorMessage: String(error), trace: [] };
}
