import { CardSkeleton, PageSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <PageSkeleton label="your profile">
      <Skeleton className="h-9 w-56" />
      <CardSkeleton lines={4} />
      <CardSkeleton lines={2} />
      <div className="flex flex-col gap-2">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} className="h-12 w-full" />
        ))}
      </div>
    </PageSkeleton>
  );
}
