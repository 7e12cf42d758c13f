import { CardSkeleton, HeaderSkeleton, PageSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <PageSkeleton label="your settings">
      <HeaderSkeleton />
      <CardSkeleton lines={4} />
      <CardSkeleton lines={2} />
      <CardSkeleton lines={3} />
    </PageSkeleton>
  );
}
