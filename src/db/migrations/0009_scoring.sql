CREATE TABLE "scores" (
	"tenant_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"justification" text NOT NULL,
	"scored_by" uuid,
	"scored_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scores_tenant_id_subject_type_subject_id_criterion_id_pk" PRIMARY KEY("tenant_id","subject_type","subject_id","criterion_id")
);
--> statement-breakpoint
CREATE TABLE "scoring_criteria" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"axis" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "scoring_criteria_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "scoring_models" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scoring_models_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "scoring_weights" (
	"tenant_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"weight" double precision NOT NULL,
	CONSTRAINT "scoring_weights_tenant_id_model_id_criterion_id_pk" PRIMARY KEY("tenant_id","model_id","criterion_id")
);
--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_tenant_id_criterion_id_scoring_criteria_tenant_id_id_fk" FOREIGN KEY ("tenant_id","criterion_id") REFERENCES "public"."scoring_criteria"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_tenant_id_scored_by_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","scored_by") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_models" ADD CONSTRAINT "scoring_models_tenant_id_created_by_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_weights" ADD CONSTRAINT "scoring_weights_tenant_id_model_id_scoring_models_tenant_id_id_fk" FOREIGN KEY ("tenant_id","model_id") REFERENCES "public"."scoring_models"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_weights" ADD CONSTRAINT "scoring_weights_tenant_id_criterion_id_scoring_criteria_tenant_id_id_fk" FOREIGN KEY ("tenant_id","criterion_id") REFERENCES "public"."scoring_criteria"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scores_subject_idx" ON "scores" USING btree ("tenant_id","subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_criteria_key_uq" ON "scoring_criteria" USING btree ("tenant_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_models_version_uq" ON "scoring_models" USING btree ("tenant_id","version");