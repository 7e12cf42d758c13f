/** What a "Set a goal" button knows: the recommendation it sits beside and the due date it suggests. */
export interface SetGoalProps {
  kind: "skill" | "tool" | "certification";
  targetSlug: string;
  level?: number;
  name: string;
  defaultDue: string;
  today: string;
}
