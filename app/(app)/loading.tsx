import { CardSkeleton, HeaderSkeleton, PageSkeleton } from "@/components/ui/skeleton";

/** Any signed-in page while its data loads (pages with a shape of their own have their own). */
export default function Loading() {
  return (
    <PageSkeleton label="the page">
      <HeaderSkeleton />
      <CardSkeleton lines={6} className="min-h-72" />
      <CardSkeleton lines={3} />
    </PageSkeleton>
  );
}
