import catalog from "../../generated/catalog.json";
import type { Validator } from "../../generated/validators.cjs";
import * as validatorModule from "../../generated/validators.cjs";

const validatorsByName: Record<string, Validator<unknown>> = { ...validatorModule };

/** The shipped validator for a schema kind (`order-message`), as the catalog names it. */
export function validatorForKind(kind: string): Validator<unknown> {
  const entry = catalog.schemas.find((s) => s.kind === kind);
  if (!entry?.validator) throw new Error(`no validator for schema kind "${kind}"`);
  const validator = validatorsByName[entry.validator];
  if (!validator) throw new Error(`generated/validators.cjs has no export ${entry.validator}`);
  return validator;
}

/** Every schema kind that has a validator (schemas of shared $defs only have none). */
export const validatedKinds: string[] = catalog.schemas
  .filter((s) => s.validator !== null)
  .map((s) => s.kind);

/** The same validator from its own module, `generated/validators/<kind>.cjs`. */
export function singleModuleValidatorForKind(kind: string): Validator<unknown> {
  const entry = catalog.schemas.find((s) => s.kind === kind);
  if (!entry?.validator) throw new Error(`no validator for schema kind "${kind}"`);
  const module: Record<string, Validator<unknown>> = require(
    `../../generated/validators/${kind}.cjs`,
  );
  const validator = module[entry.validator];
  if (!validator)
    throw new Error(`generated/validators/${kind}.cjs has no export ${entry.validator}`);
  return validator;
}
