CREATE TABLE "maturity_levels" (
	"tenant_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "maturity_levels_tenant_id_model_id_level_pk" PRIMARY KEY("tenant_id","model_id","level")
);
--> statement-breakpoint
CREATE TABLE "maturity_models" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	CONSTRAINT "maturity_models_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "online_services" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"leika_key" text NOT NULL,
	"name" text NOT NULL,
	"office_id" uuid NOT NULL,
	"url" text,
	"model_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "online_services_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "service_projects" (
	"tenant_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	CONSTRAINT "service_projects_tenant_id_service_id_project_id_pk" PRIMARY KEY("tenant_id","service_id","project_id")
);
--> statement-breakpoint
ALTER TABLE "maturity_levels" ADD CONSTRAINT "maturity_levels_tenant_id_model_id_maturity_models_tenant_id_id_fk" FOREIGN KEY ("tenant_id","model_id") REFERENCES "public"."maturity_models"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "online_services" ADD CONSTRAINT "online_services_tenant_id_office_id_org_units_tenant_id_id_fk" FOREIGN KEY ("tenant_id","office_id") REFERENCES "public"."org_units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "online_services" ADD CONSTRAINT "online_services_tenant_id_model_id_level_maturity_levels_tenant_id_model_id_level_fk" FOREIGN KEY ("tenant_id","model_id","level") REFERENCES "public"."maturity_levels"("tenant_id","model_id","level") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_projects" ADD CONSTRAINT "service_projects_tenant_id_service_id_online_services_tenant_id_id_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."online_services"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_projects" ADD CONSTRAINT "service_projects_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "maturity_models_key_uq" ON "maturity_models" USING btree ("tenant_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "online_services_leika_uq" ON "online_services" USING btree ("tenant_id","leika_key");--> statement-breakpoint
CREATE INDEX "online_services_office_idx" ON "online_services" USING btree ("tenant_id","office_id");--> statement-breakpoint
CREATE INDEX "service_projects_project_idx" ON "service_projects" USING btree ("tenant_id","project_id");