import { CardSkeleton, HeaderSkeleton, PageSkeleton } from "@/components/ui/skeleton";

/**
 * Progress while its history loads. Loading files sit next to the pages they serve, never above a
 * page that can answer 404 (/resume/[id]): below a streamed shell, notFound() could only send 200.
 */
export default function Loading() {
  return (
    <PageSkeleton label="your progress">
      <HeaderSkeleton />
      <CardSkeleton lines={6} className="min-h-72" />
      <CardSkeleton lines={3} />
    </PageSkeleton>
  );
}
