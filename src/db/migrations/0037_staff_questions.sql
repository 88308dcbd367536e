CREATE TABLE "staff_questions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"body" text NOT NULL,
	"asked_by" uuid,
	"state" text DEFAULT 'submitted' NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"decline_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_questions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "staff_questions_state_check" CHECK ("staff_questions"."state" in ('submitted', 'answered', 'declined'))
);
--> statement-breakpoint
ALTER TABLE "staff_questions" ADD CONSTRAINT "staff_questions_tenant_id_asked_by_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","asked_by") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_questions" ADD CONSTRAINT "staff_questions_tenant_id_answered_by_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","answered_by") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_questions_state_idx" ON "staff_questions" USING btree ("tenant_id","state","answered_at");--> statement-breakpoint
CREATE INDEX "staff_questions_asked_by_idx" ON "staff_questions" USING btree ("tenant_id","asked_by");--> statement-breakpoint
CREATE INDEX "staff_questions_answered_by_idx" ON "staff_questions" USING btree ("tenant_id","answered_by");