// The public API described for clients (OpenAPI 3.1). Kept by hand: four endpoints.
const error = { type: "object", properties: { error: { type: "string" } }, required: ["error"] };
const errors = {
  "400": { description: "Bad input", content: { "application/json": { schema: error } } },
  "429": {
    description: "Rate limited; see Retry-After",
    headers: { "Retry-After": { schema: { type: "integer" } } },
    content: { "application/json": { schema: error } },
  },
};
const roleSummary = {
  type: "object",
  properties: {
    slug: { type: "string" },
    title: { type: "string" },
    industry: {
      type: "string",
      description: 'A curated role\'s industry; for an occupation, its SOC major group code ("29")',
    },
    socCode: { type: ["string", "null"] },
    riskScore: {
      type: ["number", "null"],
      minimum: 0,
      maximum: 10,
      description: "Null for an occupation without its full report yet",
    },
    riskCategory: { enum: ["low", "moderate", "high", null] },
    hasFullReport: { type: "boolean" },
  },
  required: ["slug", "title", "industry", "socCode", "riskScore", "riskCategory", "hasFullReport"],
};
const titleMatch = {
  type: "object",
  properties: {
    slug: { type: "string" },
    title: { type: "string" },
    socCode: { type: ["string", "null"] },
    matchedTitle: {
      type: "string",
      description: 'The job title that matched, e.g. "RN" for Registered Nurses',
    },
    hasFullReport: { type: "boolean" },
  },
  required: ["slug", "title", "socCode", "matchedTitle", "hasFullReport"],
};
const match = {
  type: "object",
  properties: { start: { type: "integer" }, end: { type: "integer" }, text: { type: "string" } },
  required: ["start", "end", "text"],
};

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "SkillShift public API",
    version: "1.0.0",
    description:
      "Role reports with task-level AI exposure, skill search and keyword extraction. Every endpoint is rate-limited per client (120 requests a minute).",
  },
  servers: [{ url: "/api/v1" }],
  paths: {
    "/roles": {
      get: {
        summary: "Search job titles, or list every role and occupation",
        description:
          "With q: the roles and occupations whose job titles (O*NET 30.0 alternate titles and our aliases) match, ranked: whole title, then title start, then typos. Without q: curated roles, then every BLS OEWS occupation, by title, a page at a time.",
        parameters: [
          {
            name: "q",
            in: "query",
            schema: { type: "string", maxLength: 100 },
            description: "A job title, forgiving of case, plurals and typos",
          },
          {
            name: "limit",
            in: "query",
            schema: { type: "integer", minimum: 1, maximum: 1000 },
            description: "Up to 50 with q (default 10), up to 1,000 without (default 1,000)",
          },
          {
            name: "offset",
            in: "query",
            schema: { type: "integer", minimum: 0 },
            description: "Without q: where the page starts",
          },
        ],
        responses: {
          "200": {
            description: "Search results (with q) or one page of the directory (without)",
            content: {
              "application/json": {
                schema: {
                  oneOf: [
                    {
                      type: "object",
                      properties: {
                        query: { type: "string" },
                        results: { type: "array", items: titleMatch },
                      },
                      required: ["query", "results"],
                    },
                    {
                      type: "object",
                      properties: {
                        roles: { type: "array", items: roleSummary },
                        total: { type: "integer" },
                        next: { type: ["string", "null"] },
                      },
                      required: ["roles", "total", "next"],
                    },
                  ],
                },
              },
            },
          },
          "400": errors["400"],
          "429": errors["429"],
        },
      },
    },
    "/roles/{slug}": {
      get: {
        summary:
          "One role report: tasks at risk and safe, AI tools, salary outlook, adaptation, certifications, related roles, research signals",
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": {
            description: "The report",
            content: {
              "application/json": { schema: { type: "object", properties: { role: { type: "object" } } } },
            },
          },
          "404": { description: "No such role", content: { "application/json": { schema: error } } },
          "429": errors["429"],
        },
      },
    },
    "/skills": {
      get: {
        summary: "Search skills by name or alias",
        parameters: [
          { name: "q", in: "query", required: true, schema: { type: "string", maxLength: 100 } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 50, default: 20 } },
        ],
        responses: {
          "200": {
            description: "Matching skills, best first",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    skills: {
                      type: "array",
                      items: {
                        type: "object",
                        properties: {
                          slug: { type: "string" },
                          name: { type: "string" },
                          category: { type: "string" },
                          matchedAlias: { type: "string" },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          ...errors,
        },
      },
    },
    "/keywords/extract": {
      post: {
        summary: "Find catalog skills in a text",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: { text: { type: "string", maxLength: 100000 } },
                required: ["text"],
              },
            },
          },
        },
        responses: {
          "200": {
            description: "Skills in order of first appearance; offsets are UTF-16 code units, end exclusive",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    skills: {
                      type: "array",
                      items: {
                        type: "object",
                        properties: {
                          slug: { type: "string" },
                          name: { type: "string" },
                          category: { type: "string" },
                          matches: { type: "array", items: match },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          ...errors,
        },
      },
    },
  },
} as const;
