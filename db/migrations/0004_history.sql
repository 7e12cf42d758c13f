CREATE TABLE "skill_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"skill_slug" text,
	"custom_name" text,
	"skill_name" text NOT NULL,
	"from_level" integer,
	"to_level" integer
);
--> statement-breakpoint
CREATE TABLE "snapshots" (
	"user_id" uuid NOT NULL,
	"role_slug" text NOT NULL,
	"day" date NOT NULL,
	"exposure" double precision NOT NULL,
	"personal_exposure" double precision,
	"resilience" double precision NOT NULL,
	"ai_leverage" double precision NOT NULL,
	"skill_count" integer NOT NULL,
	"task_coverage" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "snapshots_user_id_role_slug_day_pk" PRIMARY KEY("user_id","role_slug","day")
);
--> statement-breakpoint
ALTER TABLE "skill_events" ADD CONSTRAINT "skill_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "skill_events_user_at_idx" ON "skill_events" USING btree ("user_id","at");