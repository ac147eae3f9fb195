import type { StandardSchemaV1 } from "../../generated/standard-schema";
import type { ValidatorError } from "../../generated/validators.cjs";
import { describeIssues, toIssue } from "./issues";

/**
 * The path of a JSON pointer as Standard Schema issue segments: each token unescaped (RFC 6901),
 * and a number where `value` holds an array at that point, so `/Records/0/body` becomes
 * `["Records", 0, "body"]` as other Standard Schema libraries report it.
 *
 * @example pathOfPointer("/line_items/1/sku", order) // ["line_items", 1, "sku"]
 */
export function pathOfPointer(pointer: string, value: unknown): PropertyKey[] {
  if (pointer === "") return [];
  const path: PropertyKey[] = [];
  let node: unknown = value;
  for (const escaped of pointer.slice(1).split("/")) {
    const token = escaped.replaceAll("~1", "/").replaceAll("~0", "~");
    const index = Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(token) ? Number(token) : token;
    path.push(index);
    node =
      node !== null && typeof node === "object"
        ? (node as Record<PropertyKey, unknown>)[index]
        : undefined;
  }
  return path;
}

/** The precompiled function behind a Standard Schema object: a type guard with ajv's errors. */
interface GuardWithErrors {
  (data: unknown): boolean;
  errors?: ValidatorError[] | null;
}

/**
 * Runs a precompiled validator the Standard Schema way: `{ value }` when valid, else `{ issues }`
 * whose `message` reads on its own (`/currency must match the pattern ^[A-Z]{3}$`) and whose `path`
 * has the segments of the field.
 *
 * @example standardValidate(validateOrderMessage, {}) // { issues: [{ message: "/order_id is required", path: ["order_id"] }] }
 */
export function standardValidate<T>(
  validator: GuardWithErrors,
  value: unknown,
): StandardSchemaV1.Result<T> {
  if (validator(value)) return { value: value as T };
  const errors = validator.errors ?? [];
  const issues = (
    errors.length > 0 ? errors.map(toIssue) : [{ pointer: "", message: "is invalid" }]
  ).map((issue) => ({
    message: describeIssues([issue]),
    path: pathOfPointer(issue.pointer, value),
  }));
  return { issues };
}

/**
 * Makes a precompiled validator a Standard Schema v1 object too (`validator["~standard"]`), so
 * any Standard Schema consumer (Powertools' parser, form and RPC libraries) runs it. The property
 * is not enumerable: spreading or listing the module's exports sees the validators as before.
 * Gen calls this for every validator it emits.
 *
 * @example attachStandardSchema(validate10, "@order-events/contracts"); validate10["~standard"].validate(data)
 */
export function attachStandardSchema(validator: GuardWithErrors, vendor: string): void {
  const props: StandardSchemaV1.Props<unknown, unknown> = {
    version: 1,
    vendor,
    validate: (value) => standardValidate(validator, value),
  };
  Object.defineProperty(validator, "~standard", { value: Object.freeze(props) });
}
