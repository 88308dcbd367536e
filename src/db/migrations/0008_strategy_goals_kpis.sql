CREATE TABLE "project_goals" (
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	CONSTRAINT "project_goals_tenant_id_project_id_goal_id_pk" PRIMARY KEY("tenant_id","project_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "project_guidelines" (
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"guideline_id" uuid NOT NULL,
	CONSTRAINT "project_guidelines_tenant_id_project_id_guideline_id_pk" PRIMARY KEY("tenant_id","project_id","guideline_id")
);
--> statement-breakpoint
CREATE TABLE "charter_guidelines" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "charter_guidelines_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "goal_guidelines" (
	"tenant_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"guideline_id" uuid NOT NULL,
	CONSTRAINT "goal_guidelines_tenant_id_goal_id_guideline_id_pk" PRIMARY KEY("tenant_id","goal_id","guideline_id")
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"field_of_action_id" uuid NOT NULL,
	"parent_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goals_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "kpi_measurements" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kpi_id" uuid NOT NULL,
	"measured_on" date NOT NULL,
	"value" double precision NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_measurements_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "kpis" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"definition" text NOT NULL,
	"unit" text NOT NULL,
	"method" text NOT NULL,
	"source" text NOT NULL,
	"baseline" double precision NOT NULL,
	"baseline_year" integer NOT NULL,
	"target" double precision NOT NULL,
	"target_year" integer NOT NULL,
	"direction" text NOT NULL,
	"owner_org_unit_id" uuid,
	"field_of_action_id" uuid,
	"goal_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpis_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "project_goals" ADD CONSTRAINT "project_goals_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_goals" ADD CONSTRAINT "project_goals_tenant_id_goal_id_goals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","goal_id") REFERENCES "public"."goals"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_guidelines" ADD CONSTRAINT "project_guidelines_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_guidelines" ADD CONSTRAINT "project_guidelines_tenant_id_guideline_id_charter_guidelines_tenant_id_id_fk" FOREIGN KEY ("tenant_id","guideline_id") REFERENCES "public"."charter_guidelines"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_guidelines" ADD CONSTRAINT "goal_guidelines_tenant_id_goal_id_goals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","goal_id") REFERENCES "public"."goals"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_guidelines" ADD CONSTRAINT "goal_guidelines_tenant_id_guideline_id_charter_guidelines_tenant_id_id_fk" FOREIGN KEY ("tenant_id","guideline_id") REFERENCES "public"."charter_guidelines"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_tenant_id_field_of_action_id_fields_of_action_tenant_id_id_fk" FOREIGN KEY ("tenant_id","field_of_action_id") REFERENCES "public"."fields_of_action"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_tenant_id_parent_id_goals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "public"."goals"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_measurements" ADD CONSTRAINT "kpi_measurements_tenant_id_kpi_id_kpis_tenant_id_id_fk" FOREIGN KEY ("tenant_id","kpi_id") REFERENCES "public"."kpis"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_tenant_id_owner_org_unit_id_org_units_tenant_id_id_fk" FOREIGN KEY ("tenant_id","owner_org_unit_id") REFERENCES "public"."org_units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_tenant_id_field_of_action_id_fields_of_action_tenant_id_id_fk" FOREIGN KEY ("tenant_id","field_of_action_id") REFERENCES "public"."fields_of_action"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_tenant_id_goal_id_goals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","goal_id") REFERENCES "public"."goals"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_goals_goal_idx" ON "project_goals" USING btree ("tenant_id","goal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "charter_guidelines_key_uq" ON "charter_guidelines" USING btree ("tenant_id","key");--> statement-breakpoint
CREATE INDEX "goals_field_idx" ON "goals" USING btree ("tenant_id","field_of_action_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_measurements_day_uq" ON "kpi_measurements" USING btree ("tenant_id","kpi_id","measured_on");--> statement-breakpoint
CREATE UNIQUE INDEX "kpis_key_uq" ON "kpis" USING btree ("tenant_id","key");