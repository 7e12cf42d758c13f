import { CardSkeleton, HeaderSkeleton, PageSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <PageSkeleton label="your analysis">
      <HeaderSkeleton />
      <div className="card grid gap-6 sm:grid-cols-2">
        {[0, 1].map((i) => (
          <div key={i} className="flex flex-col gap-3">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-9 w-16" />
            <Skeleton className="h-6 w-full max-w-md" />
          </div>
        ))}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <CardSkeleton lines={2} />
        <CardSkeleton lines={2} />
      </div>
      <CardSkeleton lines={8} />
    </PageSkeleton>
  );
}
