-- pg_trgm ships with PostgreSQL (contrib) and every managed service; trusted, so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "catalog_data_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_titles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "job_titles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"normalized" text NOT NULL,
	"soc" text,
	"role_slug" text,
	"kind" text NOT NULL,
	CONSTRAINT "job_titles_one_target" CHECK ("job_titles"."soc" is not null or "job_titles"."role_slug" is not null)
);
--> statement-breakpoint
CREATE TABLE "occupations" (
	"soc" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"major_group" text NOT NULL,
	"employment" integer NOT NULL,
	"median_wage" integer,
	"mean_percentile" double precision,
	"data" jsonb NOT NULL,
	CONSTRAINT "occupations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE INDEX "job_titles_normalized_trgm_idx" ON "job_titles" USING gin ("normalized" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "job_titles_normalized_idx" ON "job_titles" USING btree ("normalized" text_pattern_ops);