import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

// Imports run one way: app → components → lib → db (see docs/architecture.md). db/ already uses
// lib/ (db/index.ts reads lib/env, db/schema.ts the catalog types, db/catalog-sync.ts the catalog
// and its figures), so that one direction is left open.
const SOURCE = ["{app,components,lib,db}/**/*.{ts,tsx,mts,mjs}"];
const TESTS = ["**/*.test.ts", "**/*.test.tsx"];

const noApp = {
  regex: "^(@/|(\\.\\./)+)app(/|$)",
  message:
    "app/ holds routes and pages; nothing below it imports them. Move the code to lib/ (server actions: lib/<domain>/actions.ts).",
};
const noComponents = {
  regex: "^(@/|(\\.\\./)+)components(/|$)",
  message: "lib/ and db/ do not import React components.",
};
const noTestCode = [
  { regex: "^(@/|(\\.\\./)+)test(/|$)", message: "Test support (test/) is for tests only." },
  { regex: "(^|/)e2e(/|$)", message: "Browser test support (e2e/) is for the browser tests only." },
  {
    regex: "^(docx|pdf-lib|fast-check|@playwright/test|vitest)(/|$)",
    message: "A dev dependency: the app cannot import it (tests can).",
  },
];
const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  { files: SOURCE, rules: { "import/no-cycle": ["error", { ignoreExternal: true }] } },
  // A later block replaces an earlier block's no-restricted-imports, so each set of files gets its full list.
  { files: ["app/**"], ignores: TESTS, rules: restrict(...noTestCode) },
  { files: ["components/**"], ignores: TESTS, rules: restrict(noApp, ...noTestCode) },
  { files: ["components/**/*.test.{ts,tsx}"], rules: restrict(noApp) },
  { files: ["lib/**", "db/**"], ignores: TESTS, rules: restrict(noApp, noComponents, ...noTestCode) },
  { files: ["lib/**/*.test.{ts,tsx}", "db/**/*.test.{ts,tsx}"], rules: restrict(noApp, noComponents) },
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
