CREATE TABLE "calendar_keys" (
	"tenant_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "calendar_keys_tenant_id_account_id_pk" PRIMARY KEY("tenant_id","account_id"),
	CONSTRAINT "calendar_keys_version_range" CHECK ("calendar_keys"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "calendar_keys" ADD CONSTRAINT "calendar_keys_tenant_id_account_id_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_updates_published_idx" ON "project_updates" USING btree ("tenant_id","published_at");--> statement-breakpoint
CREATE INDEX "proposals_answered_at_idx" ON "proposals" USING btree ("tenant_id","answered_at") WHERE answered_at is not null;