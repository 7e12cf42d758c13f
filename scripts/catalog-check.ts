// Prints what is wrong with the catalog, its size, and how its risk scores rank against research.
import { riskCategory, roleExposure } from "../lib/analysis/role-exposure";
import { catalog } from "../lib/catalog";
import { researchAgreement } from "../lib/catalog/research";
import { validateCatalog } from "../lib/catalog/validate";

const errors = validateCatalog(catalog);
for (const e of errors) console.log(`✗ ${e}`);
const { n, rho, pairs } = researchAgreement(catalog.roles, catalog.researchSignals);
if (process.argv.includes("--roles")) {
  for (const r of catalog.roles) {
    const p = pairs.find((x) => x.slug === r.slug);
    const score = roleExposure(r.tasks);
    console.log(
      `${r.slug.padEnd(34)} ${r.industry.padEnd(18)} ${String(score).padStart(4)} ${riskCategory(score).padEnd(9)} ${r.socCode ?? "-"} ${p ? `research p${p.research.toFixed(2)}` : ""}`,
    );
  }
}
console.log(
  `roles ${catalog.roles.length}, skills ${catalog.skills.length}, AI tools ${catalog.aiTools.length}, certifications ${catalog.certifications.length}`,
);
console.log(`Spearman(risk, mean research percentile) over ${n} roles with a SOC code: ${rho.toFixed(3)}`);
console.log(errors.length ? `${errors.length} problems` : "catalog valid");
process.exitCode = errors.length ? 1 : 0;
