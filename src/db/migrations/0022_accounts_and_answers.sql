ALTER TABLE "accounts" ADD COLUMN "email_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "answer_state" text;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "answer_text" text;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "answered_by" uuid;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_tenant_id_answered_by_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","answered_by") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "proposals_answered_by_idx" ON "proposals" USING btree ("tenant_id","answered_by");--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_answer_state_check" CHECK ("proposals"."answer_state" in ('evaluating', 'accepted', 'rejected', 'merged'));--> statement-breakpoint
-- Accounts made before sign-up existed (the CLI, the demo, administrators) count as confirmed.
UPDATE "accounts" SET "email_confirmed_at" = "created_at" WHERE "email_confirmed_at" IS NULL;
