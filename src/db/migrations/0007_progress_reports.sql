CREATE TABLE "progress_report_items" (
	"tenant_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"overall_status" text NOT NULL,
	"progress" integer NOT NULL,
	"status_summary" text NOT NULL,
	"reviewed_at" timestamp with time zone,
	CONSTRAINT "progress_report_items_tenant_id_report_id_project_id_pk" PRIMARY KEY("tenant_id","report_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"cycle_id" uuid NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_reports_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "progress_report_items" ADD CONSTRAINT "progress_report_items_tenant_id_report_id_progress_reports_tenant_id_id_fk" FOREIGN KEY ("tenant_id","report_id") REFERENCES "public"."progress_reports"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_report_items" ADD CONSTRAINT "progress_report_items_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_tenant_id_cycle_id_review_cycles_tenant_id_id_fk" FOREIGN KEY ("tenant_id","cycle_id") REFERENCES "public"."review_cycles"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_tenant_id_created_by_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "progress_report_items_project_idx" ON "progress_report_items" USING btree ("tenant_id","project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "progress_reports_slug_uq" ON "progress_reports" USING btree ("tenant_id","slug");