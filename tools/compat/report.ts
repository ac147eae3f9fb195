import { COMPAT_LABEL } from "./compat";
import { combined } from "./diff";
import type { GateReport } from "./gate";

/** Why a change its mode does not allow breaks someone, by its class. */
const WHY_BREAKING: Record<string, string> = {
  BACKWARD: "why: consumers still on the old schema reject messages that use what it now allows",
  FORWARD:
    "why: messages valid under the old schema (queued, or from producers not yet upgraded) are rejected",
  NONE: "why: old consumers reject new messages, and new consumers reject old ones",
  FULL: "",
};

const STATUS: Record<string, string> = {
  changed: "changed",
  added: "new schema",
  removed: "removed",
  "new-major": "new major",
};

/**
 * The gate's report as text: each schema's changes with their class and verdict, the versions,
 * then the problems with what to do.
 *
 * @example console.log(formatGateReport(evaluateGate(base, head, pkg, policy)))
 */
export function formatGateReport(report: GateReport): string {
  const lines: string[] = [`schemas:compat: ${report.base} -> ${report.head}`];
  if (report.files.length === 0) lines.push("", "No schema changed.");
  for (const f of report.files) {
    const heading = `schemas/${f.file}: ${STATUS[f.status]}`;
    const of = f.predecessor ? ` of schemas/${f.predecessor}` : "";
    lines.push("", `${heading}${of} (kind ${f.kind}, mode ${f.mode})`);
    if (f.status === "added") lines.push("  new kind: needs a minor package bump");
    if (f.status === "removed")
      lines.push(
        "  its validator and types disappear from the package: needs a major package bump",
      );
    for (const c of f.changes) {
      const verdict = c.allowed ? "ok      " : "BREAKING";
      lines.push(`  ${verdict} ${c.field}: ${c.detail}`);
      lines.push(`           ${c.rule}: ${COMPAT_LABEL[c.compat]}; at ${c.pointer || "/"}`);
      if (!c.allowed) lines.push(`           ${WHY_BREAKING[c.compat]}`);
    }
    const ownBreaking = f.changes.some((c) => !c.allowed);
    if (ownBreaking && f.referencedBy.length > 0)
      lines.push(`  referenced by: ${f.referencedBy.map((r) => `schemas/${r}`).join(", ")}`);
    if (f.embeddedIn.length > 0)
      lines.push("  as the messages that embed it by $ref see it (judged by each one's mode):");
    for (const e of f.embeddedIn) {
      const broken = e.changes.filter((c) => !c.allowed);
      lines.push(
        `    schemas/${e.file} (kind ${e.kind}, mode ${e.mode}): ${broken.length > 0 ? "BREAKING" : "ok"}`,
      );
      for (const c of e.changes) {
        lines.push(`      ${c.allowed ? "ok      " : "BREAKING"} ${c.field}: ${c.detail}`);
        lines.push(`               ${c.rule}: ${COMPAT_LABEL[c.compat]}; at ${c.pointer || "/"}`);
      }
      if (broken.length > 0) lines.push(`      ${WHY_BREAKING[combined(broken)]}`);
    }
    const breaking = f.packageBump === "major" && f.status === "changed";
    if (f.schemaVersion) {
      const v = f.schemaVersion;
      const needs = breaking
        ? "breaking: the change belongs in a new major file"
        : `needs ${v.required === "none" ? "no" : `a ${v.required}`} bump`;
      lines.push(`  schema version ${v.base} -> ${v.head} (${needs})`);
    }
  }
  if (report.api.length > 0)
    lines.push("", "package API (exports, entry points, helper declarations):");
  for (const c of report.api)
    lines.push(`  ${c.change.padEnd(8)} ${c.name}: needs a ${c.bump} bump`);
  const p = report.package;
  lines.push(
    "",
    `package ${p.name}: ${p.base ?? "(none at base)"} -> ${p.head}, needs ${p.required === "none" ? "no bump" : `a ${p.required} bump`}` +
      (p.suggested ? `; a release would be ${p.suggested}` : ""),
  );
  for (const note of report.notes) lines.push(`note: ${note}`);
  if (report.problems.length === 0) {
    lines.push("", "schemas:compat: OK");
  } else {
    lines.push(
      "",
      `schemas:compat: FAILED, ${report.problems.length} problem${report.problems.length === 1 ? "" : "s"}:`,
    );
    report.problems.forEach((problem, i) => {
      lines.push(`  ${i + 1}. ${problem}`);
    });
    lines.push("Rules: tools/compat/RULES.md.");
  }
  return lines.join("\n");
}
