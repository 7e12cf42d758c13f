import { describe, expect, it } from "vitest";
import { analysisLookups } from "./ai-tools-and-names";

describe("analysisLookups", () => {
  it("collects AI tool slugs and display names from skills and tools", () => {
    const lookups = analysisLookups({
      skills: [
        { slug: "sql", name: "SQL", category: "database" },
        { slug: "chatgpt", name: "ChatGPT", category: "ai-tool" },
      ],
      aiTools: [{ slug: "cursor", name: "Cursor" }],
    });
    expect([...lookups.aiToolSlugs].sort()).toEqual(["chatgpt", "cursor"]);
    expect(Object.fromEntries(lookups.names)).toEqual({ sql: "SQL", chatgpt: "ChatGPT", cursor: "Cursor" });
  });
});
