/**
 * An independent reading of SNS subscription filter policies
 * (https://docs.aws.amazon.com/sns/latest/dg/sns-subscription-filter-policies.html), used as the
 * oracle of "which messages should this subscription deliver": the end-to-end tests compare what
 * each consumer saw with what this says its filter admits, so an emulator that filters wrongly is
 * caught rather than trusted. Pure.
 */

/** Where the policy looks (SubscriptionAttributes FilterPolicyScope). */
export type FilterScope = "MessageAttributes" | "MessageBody";

/** One SNS message attribute as Publish takes it. */
export interface PublishedAttribute {
  readonly DataType: string;
  readonly StringValue?: string;
}

/** What a published message offers a filter: its body text and its message attributes. */
export interface PublishedMessage {
  readonly body: string;
  readonly attributes?: Readonly<Record<string, PublishedAttribute>>;
}

const OPERATORS = new Set([
  "prefix",
  "suffix",
  "equals-ignore-case",
  "anything-but",
  "numeric",
  "exists",
]);

/** A value found at a key: present (with its candidate values) or absent. */
type Found = { present: false } | { present: true; values: readonly unknown[] };

/**
 * True when `policy` admits `message` under `scope`, as SNS decides it: keys are ANDed, the
 * values listed for a key are ORed, `$or` ORs whole sub-policies, body-scope policies nest, and a
 * body array matches when any element does. Throws on an operator this reader does not know
 * (`cidr`, `wildcard`), so a test never silently trusts an unchecked policy.
 *
 * @example
 * admits({ status: ["SUCCESS"] }, "MessageAttributes", { body: "{}", attributes: { status: { DataType: "String", StringValue: "SUCCESS" } } }) // true
 * admits({ requestContext: { condition: ["Success"] } }, "MessageBody", { body: '{"requestContext":{"condition":"Success"}}' }) // true
 */
export function admits(
  policy: Readonly<Record<string, unknown>>,
  scope: FilterScope,
  message: PublishedMessage,
): boolean {
  if (scope === "MessageBody") {
    let body: unknown;
    try {
      body = JSON.parse(message.body);
    } catch {
      return false; // SNS cannot apply a body policy to a body that is not JSON: not delivered
    }
    if (body === null || typeof body !== "object" || Array.isArray(body)) return false;
    return matchesObject(policy, (key, at) => lookupBody(at, key), body);
  }
  const attributes = message.attributes ?? {};
  return matchesObject(policy, (key) => lookupAttribute(attributes, key), undefined);
}

function matchesObject(
  policy: Readonly<Record<string, unknown>>,
  find: (key: string, at: unknown) => Found,
  at: unknown,
): boolean {
  for (const [key, rule] of Object.entries(policy)) {
    if (key === "$or") {
      if (!Array.isArray(rule)) throw new Error('"$or" must list sub-policies');
      const any = rule.some((sub) => matchesObject(sub as Record<string, unknown>, find, at));
      if (!any) return false;
      continue;
    }
    const found = find(key, at);
    if (Array.isArray(rule)) {
      if (!rule.some((condition) => matchesCondition(condition, found))) return false;
    } else if (rule !== null && typeof rule === "object" && !isOperator(rule)) {
      // A nested body policy: descend (an absent or non-object value cannot match it).
      if (!found.present) return false;
      const objects = found.values.filter(
        (v) => v !== null && typeof v === "object" && !Array.isArray(v),
      );
      if (!objects.some((o) => matchesObject(rule as Record<string, unknown>, find, o)))
        return false;
    } else {
      throw new Error(
        `filter policy key "${key}" must map to a list of conditions or a nested policy, got ${JSON.stringify(rule)}`,
      );
    }
  }
  return true;
}

function isOperator(value: object): boolean {
  return Object.keys(value).some((k) => OPERATORS.has(k) || k === "cidr" || k === "wildcard");
}

function lookupBody(at: unknown, key: string): Found {
  if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return { present: false };
  const value = (at as Record<string, unknown>)[key];
  return { present: true, values: Array.isArray(value) ? value : [value] };
}

function lookupAttribute(
  attributes: Readonly<Record<string, PublishedAttribute>>,
  key: string,
): Found {
  const attribute = attributes[key];
  if (attribute === undefined || attribute.DataType.startsWith("Binary")) return { present: false };
  const text = attribute.StringValue ?? "";
  if (attribute.DataType === "String.Array") {
    try {
      const values = JSON.parse(text) as unknown;
      return { present: true, values: Array.isArray(values) ? values : [values] };
    } catch {
      return { present: true, values: [text] };
    }
  }
  if (attribute.DataType.startsWith("Number")) return { present: true, values: [Number(text)] };
  return { present: true, values: [text] };
}

function matchesCondition(condition: unknown, found: Found): boolean {
  if (condition === null) return found.present && found.values.includes(null);
  if (typeof condition === "string" || typeof condition === "number") {
    return found.present && found.values.some((v) => equal(v, condition));
  }
  if (typeof condition !== "object" || Array.isArray(condition)) {
    throw new Error(`unsupported filter condition ${JSON.stringify(condition)}`);
  }
  const [operator, operand] = Object.entries(condition)[0] ?? [];
  if ("exists" === operator) return found.present === operand;
  if (!found.present) return false; // every other operator needs the key to be there
  const strings = found.values.filter((v): v is string => typeof v === "string");
  switch (operator) {
    case "prefix":
      return strings.some((v) => v.startsWith(String(operand)));
    case "suffix":
      return strings.some((v) => v.endsWith(String(operand)));
    case "equals-ignore-case":
      return strings.some((v) => v.toLowerCase() === String(operand).toLowerCase());
    case "numeric":
      return found.values.some((v) => typeof v === "number" && numericMatches(v, operand));
    case "anything-but":
      return found.values.some((v) => !anythingButExcludes(operand, v));
    default:
      throw new Error(
        `filter operator ${JSON.stringify(operator)} is not supported by the local filter oracle; extend local/sns/filter-policy.ts`,
      );
  }
}

function equal(value: unknown, condition: string | number): boolean {
  return typeof condition === "number"
    ? typeof value === "number" && value === condition
    : value === condition;
}

function anythingButExcludes(excluded: unknown, value: unknown): boolean {
  if (Array.isArray(excluded)) return excluded.some((e) => equal(value, e as string | number));
  if (typeof excluded === "string" || typeof excluded === "number") return equal(value, excluded);
  if (excluded !== null && typeof excluded === "object") {
    const [operator, operand] = Object.entries(excluded)[0] ?? [];
    if (typeof value !== "string") return false;
    if (operator === "prefix") return value.startsWith(String(operand));
    if (operator === "suffix") return value.endsWith(String(operand));
  }
  throw new Error(`unsupported anything-but operand ${JSON.stringify(excluded)}`);
}

function numericMatches(value: number, operand: unknown): boolean {
  if (!Array.isArray(operand) || operand.length % 2 !== 0) {
    throw new Error(`numeric needs [operator, number, ...], got ${JSON.stringify(operand)}`);
  }
  for (let i = 0; i < operand.length; i += 2) {
    const bound = Number(operand[i + 1]);
    const ok =
      operand[i] === "="
        ? value === bound
        : operand[i] === "<"
          ? value < bound
          : operand[i] === "<="
            ? value <= bound
            : operand[i] === ">"
              ? value > bound
              : operand[i] === ">="
                ? value >= bound
                : false;
    if (!ok) return false;
  }
  return true;
}
