import type { ValidationIssue } from "../../generated/types";
import type { ValidatorError } from "../../generated/validators.cjs";

export type { ValidationIssue };

/** Escapes one JSON pointer token (RFC 6901). */
function pointerToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

/**
 * Turns one ajv error into a JSON pointer and a sentence a person can act on.
 *
 * @example toIssue({ instancePath: "", keyword: "required", params: { missingProperty: "order_id" }, schemaPath: "#/required" })
 * // → { pointer: "/order_id", message: "is required" }
 */
export function toIssue(error: ValidatorError): ValidationIssue {
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return {
        pointer: `${error.instancePath}/${pointerToken(String(params.missingProperty))}`,
        message: "is required",
      };
    case "additionalProperties":
      return {
        pointer: `${error.instancePath}/${pointerToken(String(params.additionalProperty))}`,
        message: "is not an allowed field",
      };
    case "enum":
      return {
        pointer: error.instancePath,
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`,
      };
    case "const":
      return {
        pointer: error.instancePath,
        message: `must be ${JSON.stringify(params.allowedValue)}`,
      };
    case "pattern":
      return {
        pointer: error.instancePath,
        message: `must match the pattern ${String(params.pattern)}`,
      };
    case "format":
      return { pointer: error.instancePath, message: `must be a valid ${String(params.format)}` };
    case "discriminator":
      return {
        pointer: `${error.instancePath}/${pointerToken(String(params.tag))}`,
        message: params.error === "mapping" ? "has no matching variant" : "must be a string tag",
      };
    default:
      return { pointer: error.instancePath, message: error.message ?? `fails ${error.keyword}` };
  }
}

/** Readable one-line summary of issues: `/order_id is required; /currency must match …`. */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.pointer === "" ? "(root)" : i.pointer} ${i.message}`).join("; ");
}
