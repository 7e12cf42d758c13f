import type { ProfileAnalysis } from "@/lib/analysis/analyze-profile";
import { Section } from "@/components/ui/section";
import { Figures } from "./figures";
import { Recommendations } from "./recommendations";
import { TaskTable } from "./task-table";

/** The figures, the task list and what to do next for one role: the dashboard's and the target page's body. */
export function AnalysisSections({ result, today }: { result: ProfileAnalysis; today: string }) {
  const a = result.analysis;
  return (
    <>
      <Section id="figures" title="Where you stand">
        <Figures analysis={a} headingLevel={3} />
      </Section>
      <Section
        id="tasks"
        title="Task by task"
        aside={<p className="text-sm text-muted">{a.tasks.length} tasks, at risk first</p>}
      >
        <TaskTable analysis={a} />
      </Section>
      <Section id="next" title="What to do next">
        <Recommendations result={result} current={a} today={today} />
      </Section>
    </>
  );
}
