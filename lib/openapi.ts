// The public API described for clients (OpenAPI 3.1). Kept by hand: four endpoints.
const error = { type: "object", properties: { error: { type: "string" } }, required: ["error"] };
const errors = {
  "400": { description: "Bad input", content: { "application/json": { schema: error } } },
  "429": { description: "Rate limited; see Retry-After", headers: { "Retry-After": { schema: { type: "integer" } } }, content: { "application/json": { schema: error } } },
};
const roleSummary = {
  type: "object",
  properties: {
    slug: { type: "string" },
    title: { type: "string" },
    industry: { type: "string" },
    socCode: { type: ["string", "null"] },
    riskScore: { type: "number", minimum: 0, maximum: 10 },
    riskCategory: { enum: ["low", "moderate", "high"] },
  },
  required: ["slug", "title", "industry", "socCode", "riskScore", "riskCategory"],
};
const match = { type: "object", properties: { start: { type: "integer" }, end: { type: "integer" }, text: { type: "string" } }, required: ["start", "end", "text"] };

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "SkillShift public API",
    version: "1.0.0",
    description: "Role reports with task-level AI exposure, skill search and keyword extraction. Every endpoint is rate-limited per client (120 requests a minute).",
  },
  servers: [{ url: "/api/v1" }],
  paths: {
    "/roles": {
      get: {
        summary: "List roles",
        responses: { "200": { description: "All roles", content: { "application/json": { schema: { type: "object", properties: { roles: { type: "array", items: roleSummary } } } } } }, "429": errors["429"] },
      },
    },
    "/roles/{slug}": {
      get: {
        summary: "One role report: tasks at risk and safe, AI tools, salary outlook, adaptation, certifications, related roles, research signals",
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": { description: "The report", content: { "application/json": { schema: { type: "object", properties: { role: { type: "object" } } } } } },
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
          "200": { description: "Matching skills, best first", content: { "application/json": { schema: { type: "object", properties: { skills: { type: "array", items: { type: "object", properties: { slug: { type: "string" }, name: { type: "string" }, category: { type: "string" }, matchedAlias: { type: "string" } } } } } } } } },
          ...errors,
        },
      },
    },
    "/keywords/extract": {
      post: {
        summary: "Find catalog skills in a text",
        requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { text: { type: "string", maxLength: 100000 } }, required: ["text"] } } } },
        responses: {
          "200": {
            description: "Skills in order of first appearance; offsets are UTF-16 code units, end exclusive",
            content: { "application/json": { schema: { type: "object", properties: { skills: { type: "array", items: { type: "object", properties: { slug: { type: "string" }, name: { type: "string" }, category: { type: "string" }, matches: { type: "array", items: match } } } } } } } },
          },
          ...errors,
        },
      },
    },
  },
} as const;
