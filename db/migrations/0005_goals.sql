CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target_slug" text,
	"level" integer,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone,
	CONSTRAINT "goals_level_range" CHECK ("goals"."level" is null or "goals"."level" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goals_user_due_idx" ON "goals" USING btree ("user_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "goals_user_open_target_key" ON "goals" USING btree ("user_id","kind",coalesce("target_slug", lower("title"))) WHERE "goals"."done_at" is null;