// Without zod, so the client components that show levels do not pull the schemas into the page.

export const LEVELS = [
  { value: 1, name: "Aware" },
  { value: 2, name: "Beginner" },
  { value: 3, name: "Working" },
  { value: 4, name: "Strong" },
  { value: 5, name: "Expert" },
] as const;
export const levelName = (level: number) => LEVELS.find((l) => l.value === level)?.name ?? "Not in profile";
