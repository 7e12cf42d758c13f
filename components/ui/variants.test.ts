import { describe, expect, it } from "vitest";
import { buttonVariants } from "@/components/ui/button";
import { badgeVariants } from "@/components/ui/badge";
import { cn, cx } from "@/lib/cn";

describe("cn", () => {
  it("lets a later utility replace an earlier one of the same property, theme colours included", () => {
    expect(cn("card flex flex-col gap-4", "gap-6")).toBe("card flex flex-col gap-6");
    expect(cn("text-sm text-muted", "text-danger")).toBe("text-sm text-danger");
    expect(cn("bg-surface", false && "x", ["border-border", { "border-input": true }])).toBe(
      "bg-surface border-input",
    );
  });
});

describe("cx and the variants", () => {
  it("only join: the component classes of globals.css, then what the caller adds", () => {
    expect(cx("input", undefined, "max-w-40")).toBe("input max-w-40");
    expect(buttonVariants()).toBe("btn btn-primary");
    expect(buttonVariants({ variant: "ghost", size: "sm", className: "w-full" })).toBe(
      "btn btn-ghost btn-sm w-full",
    );
    expect(badgeVariants({ tone: "danger" })).toBe("badge badge-danger");
  });
});
