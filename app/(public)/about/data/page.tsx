import type { Metadata } from "next";
import Link from "next/link";
import { OnetCredit } from "@/components/data/onet-credit";

export const metadata: Metadata = {
  title: "About the data",
  description:
    "Where SkillShift's figures come from: BLS OEWS employment and wages, O*NET job titles, and published AI exposure research, with their licences.",
  alternates: { canonical: "/about/data" },
};

const SOURCES = [
  {
    name: "Occupational Employment and Wage Statistics (OEWS), May 2024",
    publisher: "U.S. Bureau of Labor Statistics",
    use: "The 831 occupations, their employment and annual wage percentiles. Wages BLS top-codes are shown as “≥ $239,200”.",
    licence: "U.S. Government work, public domain",
    href: "https://www.bls.gov/oes/",
  },
  {
    name: "O*NET 30.0 Database: Alternate Titles",
    publisher: "National Center for O*NET Development for USDOL/ETA",
    use: "The 56,000 job titles search finds occupations by, linked to BLS codes.",
    licence: "CC BY 4.0 (credit line below)",
    href: "https://www.onetcenter.org/database.html",
  },
  {
    name: "GPTs are GPTs: Labor market impact potential of LLMs (Science, 2024)",
    publisher: "Eloundou, Manning, Mishkin and Rock",
    use: "Task exposure to language models rated by people and by GPT-4 (β), per occupation and per task; counts of exposed tasks.",
    licence: "Data under the MIT licence (openai/GPTs-are-GPTs)",
    href: "https://www.science.org/doi/10.1126/science.adj0998",
  },
  {
    name: "Working with AI: Measuring the Occupational Implications of Generative AI (2025)",
    publisher: "Tomlinson, Jaffe, Wang, Counts and Suri, Microsoft Research",
    use: "AI applicability per occupation, from real Copilot conversations.",
    licence: "CC BY 4.0",
    href: "https://github.com/microsoft/working-with-ai",
  },
  {
    name: "2018 Standard Occupational Classification",
    publisher: "U.S. Bureau of Labor Statistics",
    use: "The industries (SOC major groups) occupations are browsed by.",
    licence: "Public domain",
    href: "https://www.bls.gov/soc/",
  },
];

export default function AboutDataPage() {
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-8 px-4 py-10">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">About the data</h1>
        <p className="text-muted">
          Every figure SkillShift shows has a source you can see. Published figures are shown as published;
          our own figures (task exposure, a role&apos;s risk score, your personal analysis) come from formulas
          over them, explained where they appear. Task descriptions and summaries are written in our own
          words.
        </p>
      </header>
      <ul className="flex flex-col gap-6" aria-label="Sources">
        {SOURCES.map((s) => (
          <li key={s.name} className="flex flex-col gap-1">
            <h2 className="font-semibold">
              <a href={s.href}>{s.name}</a>
            </h2>
            <p className="text-sm text-muted">{s.publisher}</p>
            <p>{s.use}</p>
            <p className="text-sm">Licence: {s.licence}</p>
          </li>
        ))}
      </ul>
      <OnetCredit />
      <p>
        <Link href="/roles">Browse the role reports</Link>
      </p>
    </article>
  );
}
