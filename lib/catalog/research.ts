import { roleExposure } from "../analysis/role-exposure";
import { spearman } from "../analysis/spearman";
import type { ResearchSignals, RoleDef } from "./types";

/** Mean of the available percentiles: where the occupation sits across the published measures. */
export function meanResearchPercentile(s: ResearchSignals): number {
  const pcts = [s.eloundouHumanBetaPct, s.eloundouGpt4BetaPct, s.microsoftApplicabilityPct].filter(
    (p): p is number => p !== null,
  );
  return pcts.reduce((a, b) => a + b, 0) / pcts.length;
}

/** How well the catalog's risk scores rank like the research, over roles with a SOC code. */
export function researchAgreement(roles: readonly RoleDef[], signals: readonly ResearchSignals[]) {
  const pairs = roles.flatMap((r) => {
    const s = signals.find((x) => x.socCode === r.socCode);
    return s ? [{ slug: r.slug, risk: roleExposure(r.tasks), research: meanResearchPercentile(s) }] : [];
  });
  const rho =
    pairs.length >= 2
      ? spearman(
          pairs.map((p) => p.risk),
          pairs.map((p) => p.research),
        )
      : NaN;
  return { n: pairs.length, rho, pairs };
}
