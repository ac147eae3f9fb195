/** One interaction that failed verification, as Pact reports it. */
export interface FailedInteraction {
  interaction: string;
  mismatches: string[];
}

interface PactVerifierReport {
  errors?: {
    interaction?: string;
    mismatch?: {
      mismatches?: { mismatch?: string; path?: string; key?: string }[];
      message?: string;
    };
  }[];
}

/**
 * Pact rejects a failed verification with its whole JSON report as the error message. This reads
 * the failed interactions and their mismatches out of it (undefined when the error is not a report).
 *
 * @example failedInteractions(error) // → [{ interaction: "… a SUCCESS outcome …", mismatches: ["$ -> Actual map is missing the following keys: order_total_minor"] }]
 */
export function failedInteractions(error: unknown): FailedInteraction[] | undefined {
  const text = error instanceof Error ? error.message : String(error);
  let report: PactVerifierReport;
  try {
    report = JSON.parse(text) as PactVerifierReport;
  } catch {
    return undefined;
  }
  if (!Array.isArray(report.errors)) return undefined;
  return report.errors.map((e) => ({
    interaction: e.interaction ?? "(unnamed interaction)",
    mismatches: (e.mismatch?.mismatches ?? [])
      .map((m) => {
        const where = m.path ?? (m.key ? `metadata ${m.key}` : "");
        return `${where ? `${where} -> ` : ""}${m.mismatch ?? "mismatch"}`;
      })
      .concat(e.mismatch?.message ? [e.mismatch.message] : []),
  }));
}

/** Thrown when a provider's messages do not satisfy its pacts; the message lists every mismatch. */
export class ProviderVerificationError extends Error {
  override readonly name = "ProviderVerificationError";
  constructor(
    readonly provider: string,
    readonly failures: readonly FailedInteraction[],
    options?: { cause?: unknown },
  ) {
    super(
      `${provider} does not satisfy its consumers' pacts (${failures.length} interaction(s) failed):\n${failures
        .map((f) => `- ${f.interaction}\n${f.mismatches.map((m) => `    ${m}`).join("\n")}`)
        .join(
          "\n",
        )}\nFix the provider's message builder, or agree a new contract with the consumer (change its test, then run npm run test:contract).`,
      options,
    );
  }
}
