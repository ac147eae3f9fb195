import Ajv, { type ErrorObject } from "ajv";
import { createGenerator } from "ts-json-schema-generator";
import { repoRoot } from "./paths";

/** Checks a value against a TypeScript type; returns what does not fit (empty when it fits). */
export type TypeCheck = (value: unknown) => string[];

const describe = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message ?? e.keyword}`);

/**
 * Runtime checkers derived from the TypeScript declarations in `dtsPath`: ts-json-schema-generator
 * turns an exported type into a JSON Schema (objects stay open, as TypeScript's structural types
 * are), and ajv checks values against it. Nothing here restates a type by hand, so a checker is
 * exactly as wide as the declaration it reads.
 *
 * @example typeCheckerFrom("generated/types.d.ts")("SqsEvent")(event) // → [] when event is an SqsEvent
 */
export function typeCheckerFrom(dtsPath: string): (typeName: string) => TypeCheck {
  const generator = createGenerator({
    path: dtsPath,
    tsconfig: `${repoRoot}/tsconfig.json`,
    skipTypeCheck: true,
    expose: "export",
    topRef: true,
    additionalProperties: true,
    jsDoc: "none", // the type only: JSDoc tags such as @maxItems are not part of it
  });
  const ajv = new Ajv({ strict: false, allErrors: true });
  const cache = new Map<string, TypeCheck>();
  return (typeName) => {
    const cached = cache.get(typeName);
    if (cached) return cached;
    const validate = ajv.compile(generator.createSchema(typeName));
    const check: TypeCheck = (value) => (validate(value) ? [] : describe(validate.errors));
    cache.set(typeName, check);
    return check;
  };
}
