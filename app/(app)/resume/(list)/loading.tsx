import { CardSkeleton, HeaderSkeleton, PageSkeleton } from "@/components/ui/skeleton";

/** In its own route group so that /resume/[id] is not under it and can still answer 404. */
export default function Loading() {
  return (
    <PageSkeleton label="your resume analyses">
      <HeaderSkeleton />
      <CardSkeleton lines={6} className="min-h-80" />
      <CardSkeleton lines={3} />
    </PageSkeleton>
  );
}
