import type { StandardSchemaV1 } from "@standard-schema/spec";
import { z } from "zod";

/**
 * A Zod schema that runs a Standard Schema. Powertools' parser takes any Standard Schema in
 * `parse(data, undefined, schema)`, but its envelopes (`SqsEnvelope`, `SnsSqsEnvelope`, 2.35) call
 * Zod's `parse`/`safeParse` on the schema they are given: a consumer that uses them wraps ours
 * like this (package/README.md shows the same few lines), with the Zod its envelopes import anyway.
 *
 * @example parse(event, SqsEnvelope, JSONStringified(zodFromStandard(validateSuccessTopicMessage)))
 */
export function zodFromStandard<S extends StandardSchemaV1>(schema: S) {
  return z.unknown().transform((value, ctx): StandardSchemaV1.InferOutput<S> => {
    const result = schema["~standard"].validate(value);
    if (result instanceof Promise) throw new TypeError("only synchronous Standard Schemas");
    if (result.issues === undefined) return result.value;
    for (const issue of result.issues)
      ctx.addIssue({
        code: "custom",
        message: issue.message,
        path: (issue.path ?? []).map((s) => (typeof s === "object" ? s.key : s)),
      });
    return z.NEVER;
  });
}
