CREATE TABLE "abuse_reports" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"reporter_account_id" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "abuse_reports_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "cluster_rejections" (
	"tenant_id" uuid NOT NULL,
	"signature" text NOT NULL,
	"proposal_ids" jsonb NOT NULL,
	"rejected_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cluster_rejections_tenant_id_signature_pk" PRIMARY KEY("tenant_id","signature")
);
--> statement-breakpoint
CREATE TABLE "cluster_runs" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid,
	"state" text DEFAULT 'queued' NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"result" jsonb,
	"error" text,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "cluster_runs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"parent_id" uuid,
	"account_id" uuid NOT NULL,
	"body" text NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"moderation_reason" text,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "proposal_attachments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid,
	"staging_token" text,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_attachments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "supports" (
	"tenant_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supports_tenant_id_proposal_id_account_id_pk" PRIMARY KEY("tenant_id","proposal_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "workshops" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"organiser" text NOT NULL,
	"participants" integer NOT NULL,
	"process_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshops_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"subscription_id" uuid NOT NULL,
	"event" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "notifications_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"email" text NOT NULL,
	"account_id" uuid,
	"role" text NOT NULL,
	"frequency" text DEFAULT 'immediate' NOT NULL,
	"lang" text DEFAULT 'de' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"last_digest_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscriptions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "place" text;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "workshop_id" uuid;--> statement-breakpoint
ALTER TABLE "abuse_reports" ADD CONSTRAINT "abuse_reports_tenant_id_reporter_account_id_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","reporter_account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_rejections" ADD CONSTRAINT "cluster_rejections_tenant_id_rejected_by_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","rejected_by") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_runs" ADD CONSTRAINT "cluster_runs_tenant_id_process_id_participation_processes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","process_id") REFERENCES "public"."participation_processes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_tenant_id_proposal_id_proposals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","proposal_id") REFERENCES "public"."proposals"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_tenant_id_parent_id_comments_tenant_id_id_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "public"."comments"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_tenant_id_account_id_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_attachments" ADD CONSTRAINT "proposal_attachments_tenant_id_proposal_id_proposals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","proposal_id") REFERENCES "public"."proposals"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_tenant_id_proposal_id_proposals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","proposal_id") REFERENCES "public"."proposals"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_tenant_id_account_id_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_tenant_id_process_id_participation_processes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","process_id") REFERENCES "public"."participation_processes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_tenant_id_created_by_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_id_subscription_id_subscriptions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","subscription_id") REFERENCES "public"."subscriptions"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_tenant_id_proposal_id_proposals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","proposal_id") REFERENCES "public"."proposals"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_tenant_id_account_id_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "abuse_reports_entity_idx" ON "abuse_reports" USING btree ("tenant_id","entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "abuse_reports_open_idx" ON "abuse_reports" USING btree ("tenant_id","created_at") WHERE resolved_at is null;--> statement-breakpoint
CREATE INDEX "cluster_runs_created_idx" ON "cluster_runs" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_proposal_idx" ON "comments" USING btree ("tenant_id","proposal_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_state_idx" ON "comments" USING btree ("tenant_id","state","created_at");--> statement-breakpoint
CREATE INDEX "proposal_attachments_proposal_idx" ON "proposal_attachments" USING btree ("tenant_id","proposal_id");--> statement-breakpoint
CREATE INDEX "proposal_attachments_staging_idx" ON "proposal_attachments" USING btree ("tenant_id","staging_token");--> statement-breakpoint
CREATE INDEX "workshops_held_idx" ON "workshops" USING btree ("tenant_id","held_on");--> statement-breakpoint
CREATE INDEX "notifications_pending_idx" ON "notifications" USING btree ("created_at") WHERE sent_at is null;--> statement-breakpoint
CREATE INDEX "notifications_subscription_idx" ON "notifications" USING btree ("tenant_id","subscription_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_proposal_email_uq" ON "subscriptions" USING btree ("tenant_id","proposal_id","email");--> statement-breakpoint
CREATE INDEX "subscriptions_email_idx" ON "subscriptions" USING btree ("tenant_id","email");--> statement-breakpoint
CREATE INDEX "subscriptions_unconfirmed_idx" ON "subscriptions" USING btree ("created_at") WHERE confirmed_at is null;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_tenant_id_workshop_id_workshops_tenant_id_id_fk" FOREIGN KEY ("tenant_id","workshop_id") REFERENCES "public"."workshops"("tenant_id","id") ON DELETE no action ON UPDATE no action;