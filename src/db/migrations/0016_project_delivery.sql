CREATE TABLE "project_budgets" (
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"planned" numeric(14, 2) DEFAULT '0' NOT NULL,
	"spent" numeric(14, 2) DEFAULT '0' NOT NULL,
	CONSTRAINT "project_budgets_tenant_id_project_id_year_pk" PRIMARY KEY("tenant_id","project_id","year")
);
--> statement-breakpoint
CREATE TABLE "project_dependencies" (
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"depends_on_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "project_dependencies_tenant_id_project_id_depends_on_id_pk" PRIMARY KEY("tenant_id","project_id","depends_on_id"),
	CONSTRAINT "project_dependencies_not_self" CHECK ("project_dependencies"."project_id" <> "project_dependencies"."depends_on_id")
);
--> statement-breakpoint
CREATE TABLE "project_partners" (
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"contribution" text DEFAULT '' NOT NULL,
	CONSTRAINT "project_partners_tenant_id_project_id_partner_id_pk" PRIMARY KEY("tenant_id","project_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "project_risks" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"probability" integer NOT NULL,
	"impact" integer NOT NULL,
	"mitigation" text DEFAULT '' NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_risks_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "project_updates" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"visibility" text NOT NULL,
	"author_account_id" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_updates_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "stop_reason" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "implementation_plan" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "project_budgets" ADD CONSTRAINT "project_budgets_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_dependencies" ADD CONSTRAINT "project_dependencies_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_dependencies" ADD CONSTRAINT "project_dependencies_tenant_id_depends_on_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","depends_on_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_tenant_id_partner_id_partners_tenant_id_id_fk" FOREIGN KEY ("tenant_id","partner_id") REFERENCES "public"."partners"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_risks" ADD CONSTRAINT "project_risks_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_updates" ADD CONSTRAINT "project_updates_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_updates" ADD CONSTRAINT "project_updates_tenant_id_author_account_id_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","author_account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_dependencies_on_idx" ON "project_dependencies" USING btree ("tenant_id","depends_on_id");--> statement-breakpoint
CREATE INDEX "project_risks_project_idx" ON "project_risks" USING btree ("tenant_id","project_id");--> statement-breakpoint
CREATE INDEX "project_updates_project_idx" ON "project_updates" USING btree ("tenant_id","project_id","published_at");