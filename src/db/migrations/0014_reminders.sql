CREATE TABLE "reminders" (
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"cycle_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminders_tenant_id_kind_cycle_id_project_id_pk" PRIMARY KEY("tenant_id","kind","cycle_id","project_id")
);
--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_tenant_id_cycle_id_review_cycles_tenant_id_id_fk" FOREIGN KEY ("tenant_id","cycle_id") REFERENCES "public"."review_cycles"("tenant_id","id") ON DELETE no action ON UPDATE no action;