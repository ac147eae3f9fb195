import catalog from "../../generated/catalog.json";
import type { Validator } from "../../generated/validators.cjs";
import * as validatorModule from "../../generated/validators.cjs";

/** A schema the CLI can validate against: a catalog entry that has a validator. */
export interface SchemaKind {
  /** `order-message` */
  kind: string;
  /** `order-message.v1` */
  versionedKind: string;
  /** `OrderMessage` */
  title: string;
  /** `schemas/order/order-message.v1.schema.json` */
  file: string;
  version: string;
  major: number;
  validator: Validator<unknown>;
}

const validators: Record<string, Validator<unknown>> = { ...validatorModule };

/** Every kind with a validator, sorted by name, highest major first within a kind. */
export const schemaKinds: readonly SchemaKind[] = catalog.schemas
  .flatMap((entry) => {
    const validator = entry.validator === null ? undefined : validators[entry.validator];
    if (!validator) return [];
    const { kind, title, file, version, major } = entry;
    return [{ kind, versionedKind: `${kind}.v${major}`, title, file, version, major, validator }];
  })
  .sort((a, b) => a.kind.localeCompare(b.kind) || b.major - a.major);

/**
 * Finds a kind by its name (`order-message`: the highest major), its versioned name
 * (`order-message.v1`) or its type name (`OrderMessage`).
 *
 * @example findKind("sqs-event")?.title // "SqsEvent"
 */
export function findKind(name: string): SchemaKind | undefined {
  return schemaKinds.find((k) => k.kind === name || k.versionedKind === name || k.title === name);
}

/** Kinds whose name contains `name` or is contained in it: suggestions for a typo. */
export function similarKinds(name: string): string[] {
  const needle = name.toLowerCase().replace(/\.v\d+$/, "");
  if (needle.length < 3) return [];
  return [
    ...new Set(
      schemaKinds
        .filter(
          (k) =>
            k.kind.includes(needle) || needle.includes(k.kind) || k.title.toLowerCase() === needle,
        )
        .map((k) => k.kind),
    ),
  ];
}
