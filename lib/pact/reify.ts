/**
 * The example a tree of Pact V3 matchers stands for, as Pact reifies it for a consumer's test:
 * each `pact:matcher:type` node replaced by its `value` (an array matcher's value holds its
 * template item).
 *
 * @example reify({ id: { "pact:matcher:type": "integer", value: 1 } }) // { id: 1 }
 */
export function reify(tree: unknown): unknown {
  if (Array.isArray(tree)) return tree.map(reify);
  if (tree === null || typeof tree !== "object") return tree;
  if ("pact:matcher:type" in tree) return reify((tree as { value?: unknown }).value);
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, reify(value)]));
}
