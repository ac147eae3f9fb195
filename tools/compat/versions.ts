/** A semver bump level; "none" when the version did not change. */
export type Bump = "none" | "patch" | "minor" | "major";

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Whether `actual` is at least `required`. */
export function satisfies(actual: Bump, required: Bump): boolean {
  return RANK[actual] >= RANK[required];
}

function parse(version: string): [number, number, number] {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new Error(`"${version}" is not a version of the form x.y.z`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The bump from `from` to `to`, or "decreased". */
export function bumpBetween(from: string, to: string): Bump | "decreased" {
  const [a, b] = [parse(from), parse(to)];
  for (let i = 0; i < 3; i++) {
    if ((b[i] as number) > (a[i] as number))
      return (["major", "minor", "patch"] as const)[i] as Bump;
    if ((b[i] as number) < (a[i] as number)) return "decreased";
  }
  return "none";
}

/** `version` bumped by `bump`: applyBump("1.4.2", "minor") is "1.5.0". */
export function applyBump(version: string, bump: Bump): string {
  const [major, minor, patch] = parse(version);
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  if (bump === "patch") return `${major}.${minor}.${patch + 1}`;
  return version;
}
