ALTER TABLE "sessions" ADD COLUMN "oidc" jsonb;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "oidc_subject" text;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_oidc_subject_uq" ON "accounts" USING btree ("tenant_id","oidc_subject");