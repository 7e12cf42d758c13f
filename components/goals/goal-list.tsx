import type { Goal } from "@/db/schema";
import { cx } from "@/lib/cn";
import { describeStatus, goalStatus, type GoalStatus } from "@/lib/goals/status";
import { GoalButtons } from "./goal-buttons";

const KIND_LABEL = {
  skill: "Skill",
  tool: "AI tool",
  certification: "Certification",
  manual: "Goal",
} as const;
const STATUS_STYLE: Record<GoalStatus, string> = {
  overdue: "border-danger bg-danger/10",
  "due-soon": "border-warning",
  open: "border-border",
  done: "border-border opacity-80",
};

/** Goals with their status in words (never by colour alone) and their buttons. */
export function GoalList({
  goals,
  today,
  buttons = true,
}: {
  goals: Goal[];
  today: string;
  buttons?: boolean;
}) {
  return (
    <ul className="flex flex-col gap-2">
      {goals.map((g) => {
        const status = goalStatus(g, today);
        return (
          <li
            key={g.id}
            className={cx(
              "flex flex-wrap items-center justify-between gap-3 rounded-xl border bg-surface px-4 py-3",
              STATUS_STYLE[status],
            )}
          >
            <div className="flex flex-col">
              <span className="text-xs font-semibold tracking-wide text-muted uppercase">
                {KIND_LABEL[g.kind]}
              </span>
              <span className={cx("font-medium", g.doneAt && "line-through decoration-1")}>{g.title}</span>
              <span
                className={cx("text-sm", status === "overdue" ? "font-semibold text-danger" : "text-muted")}
              >
                {status === "overdue" && <span aria-hidden="true">⚠ </span>}
                {describeStatus(g, today)}
                {!g.doneAt && ` (${g.dueOn})`}
              </span>
            </div>
            {buttons && <GoalButtons id={g.id} title={g.title} done={Boolean(g.doneAt)} />}
          </li>
        );
      })}
    </ul>
  );
}
