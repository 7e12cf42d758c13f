import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` uses this (it reads the schema, not a live database);
// migrations are applied by db/migrate.ts at start-up.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
