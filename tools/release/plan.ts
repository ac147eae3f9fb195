import { COMPAT_LABEL } from "../compat/compat";
import type { GateReport } from "../compat/gate";
import { applyBump, bumpBetween, satisfies } from "../compat/versions";

/** What a release would be: its version, changelog, and what stops it. */
export interface ReleasePlan {
  name: string;
  /** The version a release would get. */
  version: string;
  /** The last release it is compared with, or undefined for the first release. */
  previous?: { version: string; ref: string };
  changelog: string;
  /** Reasons the release cannot happen as is (empty when it can). */
  problems: string[];
}

const short = (s: string) => s.replace(/\.v\d+\.schema\.json$/, "");

/**
 * Plans a release from the gate's comparison with the last release: the version is
 * package/manifest.json's, which must be above the last release by at least the bump the schema
 * changes need; the changelog groups the schema changes by their effect. Pure.
 *
 * @example planRelease(report, { name: "@order-events/contracts", version: "1.1.0", previous: { version: "1.0.0", ref: "contracts-v1.0.0" } })
 */
export function planRelease(
  report: GateReport | undefined,
  pkg: { name: string; version: string; previous?: { version: string; ref: string } },
  allSchemas: { file: string; version: string }[],
): ReleasePlan {
  const problems = [...(report?.problems ?? [])];
  const lines: string[] = [`## ${pkg.name} ${pkg.version}`, ""];
  if (!pkg.previous || !report) {
    lines.push("First release. Schemas:", "");
    for (const s of allSchemas)
      lines.push(`- \`${short(s.file)}\` ${s.version} (schemas/${s.file})`);
    return { name: pkg.name, version: pkg.version, changelog: lines.join("\n"), problems };
  }
  const { previous } = pkg;
  lines.push(`Changes since ${previous.version} (${previous.ref}).`, "");
  const required = report.package.required;
  const actual = bumpBetween(previous.version, pkg.version);
  if (required !== "none" && (actual === "decreased" || !satisfies(actual, required)))
    problems.push(
      `package/manifest.json says ${pkg.version}, but the changes since ${previous.version} need a ${required} bump (${applyBump(previous.version, required)}).`,
    );
  if (actual === "none")
    problems.push(
      `${pkg.version} is already released (${previous.ref}): bump package/manifest.json.`,
    );
  const sections: Record<string, string[]> = {
    "Breaking changes": [],
    "New schemas": [],
    "New exports": [],
    "Compatible changes": [],
    Documentation: [],
  };
  for (const c of report.api) {
    const line = `- \`${c.name}\`: ${c.change} (package API).`;
    sections[c.change === "added" ? "New exports" : "Breaking changes"]?.push(line);
  }
  for (const f of report.files) {
    const name = `\`${short(f.file)}\``;
    if (f.status === "removed") {
      sections["Breaking changes"]?.push(`- ${name}: removed (schemas/${f.file}).`);
      continue;
    }
    if (f.status === "added") {
      sections["New schemas"]?.push(`- ${name}: new (schemas/${f.file}).`);
      continue;
    }
    const from = f.predecessor ? ` (new major of \`${short(f.predecessor)}\`)` : "";
    for (const c of f.changes) {
      const line = `- ${name}${from}, ${c.field}: ${c.detail}. ${COMPAT_LABEL[c.compat]}.`;
      const section =
        !c.allowed || (f.status === "new-major" && c.compat !== "FULL")
          ? "Breaking changes"
          : c.docOnly
            ? "Documentation"
            : "Compatible changes";
      sections[section]?.push(line);
    }
  }
  for (const [title, entries] of Object.entries(sections))
    if (entries.length > 0) lines.push(`### ${title}`, "", ...entries, "");
  if (report.files.length === 0 && report.api.length === 0)
    lines.push("No schema or package API changed.", "");
  return {
    name: pkg.name,
    version: pkg.version,
    previous,
    changelog: lines.join("\n").trimEnd(),
    problems,
  };
}
