import { CardSkeleton, HeaderSkeleton, PageSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <PageSkeleton label="your resume analyses">
      <HeaderSkeleton />
      <CardSkeleton lines={6} className="min-h-80" />
      <CardSkeleton lines={3} />
    </PageSkeleton>
  );
}
