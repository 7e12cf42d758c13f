CREATE TABLE "profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"role_slug" text,
	"target_role_slug" text,
	"years_experience" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"skill_slug" text,
	"custom_name" text,
	"level" integer NOT NULL,
	"years_used" real,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_skills_level_range" CHECK ("user_skills"."level" between 1 and 5),
	CONSTRAINT "user_skills_one_kind" CHECK (("user_skills"."skill_slug" is null) <> ("user_skills"."custom_name" is null))
);
--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_role_slug_catalog_roles_slug_fk" FOREIGN KEY ("role_slug") REFERENCES "public"."catalog_roles"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_target_role_slug_catalog_roles_slug_fk" FOREIGN KEY ("target_role_slug") REFERENCES "public"."catalog_roles"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_skills" ADD CONSTRAINT "user_skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_skills" ADD CONSTRAINT "user_skills_skill_slug_catalog_skills_slug_fk" FOREIGN KEY ("skill_slug") REFERENCES "public"."catalog_skills"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "user_skills_user_skill_key" ON "user_skills" USING btree ("user_id","skill_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "user_skills_user_custom_key" ON "user_skills" USING btree ("user_id",lower("custom_name"));