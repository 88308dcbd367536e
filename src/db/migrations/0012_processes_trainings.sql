CREATE TABLE "processes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"digital_state" text NOT NULL,
	"redesigned" boolean DEFAULT false NOT NULL,
	"project_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_participations" (
	"tenant_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	CONSTRAINT "training_participations_tenant_id_training_id_account_id_pk" PRIMARY KEY("tenant_id","training_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"provider" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trainings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_tenant_id_office_id_org_units_tenant_id_id_fk" FOREIGN KEY ("tenant_id","office_id") REFERENCES "public"."org_units"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participations" ADD CONSTRAINT "training_participations_tenant_id_training_id_trainings_tenant_id_id_fk" FOREIGN KEY ("tenant_id","training_id") REFERENCES "public"."trainings"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participations" ADD CONSTRAINT "training_participations_tenant_id_account_id_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "processes_office_idx" ON "processes" USING btree ("tenant_id","office_id");--> statement-breakpoint
CREATE INDEX "training_participations_account_idx" ON "training_participations" USING btree ("tenant_id","account_id");