import Link from "next/link";

/** Where a page sits: links up to the last item, which is the page itself. */
export function Breadcrumb({ items }: { items: { label: string; href?: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap gap-1.5 text-muted">
        {items.map((item) =>
          item.href ? (
            <li key={item.label}>
              <Link href={item.href}>{item.label}</Link> <span aria-hidden="true">/</span>
            </li>
          ) : (
            <li key={item.label} aria-current="page">
              {item.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
