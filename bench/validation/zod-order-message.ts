import { z } from "zod";

/**
 * schemas/order/order-message.v1.schema.json written in Zod, the way a Powertools parser user
 * would write it: the baseline of the validation benchmark. It accepts and rejects the same cases
 * as the shipped validator (tests/bench/zod-order-message.test.ts runs every case of
 * tests/schemas/cases/order-message.cases.json through both). Known differences outside those
 * cases: ajv-formats' date-time also accepts a lower-case `t`/`z` and a space separator, and
 * checks the day of the month; `z.iso.datetime` does not accept those forms.
 *
 * @example const result = zodOrderMessage.safeParse(JSON.parse(body));
 */
const identifier = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);

const zodOrderLineItem = z.strictObject({
  sku: z
    .string()
    .min(1)
    .max(32)
    .regex(/^[A-Z0-9][A-Z0-9-]*$/),
  quantity: z.number().int().min(1).max(10_000),
  unit_price_minor: z.number().int().min(0).max(100_000_000),
});

export const zodOrderMessage = z.strictObject({
  schema_version: z.literal("1").optional(),
  order_id: identifier,
  customer_id: identifier,
  currency: z
    .string()
    .length(3)
    .regex(/^[A-Z]{3}$/),
  line_items: z.array(zodOrderLineItem).min(1).max(100),
  submitted_at: z.iso.datetime({ offset: true }).max(35),
  correlation_id: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[!-~]+$/)
    .optional(),
});

/** The order type as Zod infers it. */
export type ZodOrderMessage = z.infer<typeof zodOrderMessage>;
