/** O*NET's CC BY 4.0 credit line, required wherever its job titles appear (catalog/SOURCES.md). */
export function OnetCredit() {
  return (
    <p className="text-xs text-muted">
      This page includes information from the{" "}
      <a href="https://www.onetcenter.org/database.html">O*NET 30.0 Database</a> by the U.S. Department of
      Labor, Employment and Training Administration (USDOL/ETA). Used under the{" "}
      <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> license. O*NET® is a trademark of
      USDOL/ETA. SkillShift has modified all or some of this information. USDOL/ETA has not approved,
      endorsed, or tested these modifications.
    </p>
  );
}
