ALTER TABLE "status_reports" ADD COLUMN "scope_status" text;--> statement-breakpoint
ALTER TABLE "status_reports" ADD COLUMN "time_status" text;--> statement-breakpoint
ALTER TABLE "status_reports" ADD COLUMN "budget_status" text;--> statement-breakpoint
ALTER TABLE "status_reports" ADD COLUMN "resources_status" text;--> statement-breakpoint
ALTER TABLE "status_reports" ADD COLUMN "next_steps" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "status_reports" ADD COLUMN "risks" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "status_reports" ADD COLUMN "decision_needed" boolean DEFAULT false NOT NULL;