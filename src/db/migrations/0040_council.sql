CREATE TABLE "council_agenda_items" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"oparl_id" text NOT NULL,
	"meeting_oparl_id" text NOT NULL,
	"number" text,
	"position" integer,
	"name" text,
	"public" boolean DEFAULT true NOT NULL,
	"result" text,
	"resolution_text" text,
	CONSTRAINT "council_agenda_items_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "council_meetings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"oparl_id" text NOT NULL,
	"name" text NOT NULL,
	"start" timestamp with time zone,
	"end" timestamp with time zone,
	"location" text,
	"cancelled" boolean DEFAULT false NOT NULL,
	"web" text,
	"modified" timestamp with time zone,
	"deleted" boolean DEFAULT false NOT NULL,
	CONSTRAINT "council_meetings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "council_paper_links" (
	"tenant_id" uuid NOT NULL,
	"paper_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"linked_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_paper_links_tenant_id_subject_type_subject_id_paper_id_pk" PRIMARY KEY("tenant_id","subject_type","subject_id","paper_id"),
	CONSTRAINT "council_paper_links_subject_type_check" CHECK ("council_paper_links"."subject_type" in ('agenda', 'report', 'project'))
);
--> statement-breakpoint
CREATE TABLE "council_papers" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"oparl_id" text NOT NULL,
	"reference" text,
	"name" text NOT NULL,
	"paper_type" text,
	"date" date,
	"web" text,
	"consultations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"modified" timestamp with time zone,
	"deleted" boolean DEFAULT false NOT NULL,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german'::regconfig, coalesce(reference, '')), 'A') || setweight(to_tsvector('german'::regconfig, name), 'B')) STORED,
	CONSTRAINT "council_papers_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "council_sources" (
	"tenant_id" uuid NOT NULL,
	"system_url" text NOT NULL,
	"body_id" text,
	"body_name" text,
	"bodies" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"watermark" timestamp with time zone,
	"last_run_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_error" text,
	"last_counts" jsonb,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_sources_tenant_id_pk" PRIMARY KEY("tenant_id")
);
--> statement-breakpoint
ALTER TABLE "council_paper_links" ADD CONSTRAINT "council_paper_links_tenant_id_paper_id_council_papers_tenant_id_id_fk" FOREIGN KEY ("tenant_id","paper_id") REFERENCES "public"."council_papers"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_paper_links" ADD CONSTRAINT "council_paper_links_tenant_id_linked_by_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","linked_by") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sources" ADD CONSTRAINT "council_sources_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sources" ADD CONSTRAINT "council_sources_tenant_id_updated_by_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","updated_by") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "council_agenda_items_oparl_uq" ON "council_agenda_items" USING btree ("tenant_id","oparl_id");--> statement-breakpoint
CREATE INDEX "council_agenda_items_meeting_idx" ON "council_agenda_items" USING btree ("tenant_id","meeting_oparl_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_meetings_oparl_uq" ON "council_meetings" USING btree ("tenant_id","oparl_id");--> statement-breakpoint
CREATE INDEX "council_paper_links_paper_idx" ON "council_paper_links" USING btree ("tenant_id","paper_id");--> statement-breakpoint
CREATE INDEX "council_paper_links_linked_by_idx" ON "council_paper_links" USING btree ("tenant_id","linked_by");--> statement-breakpoint
CREATE UNIQUE INDEX "council_papers_oparl_uq" ON "council_papers" USING btree ("tenant_id","oparl_id");--> statement-breakpoint
CREATE INDEX "council_papers_search_idx" ON "council_papers" USING gin ("search");--> statement-breakpoint
CREATE INDEX "council_papers_date_idx" ON "council_papers" USING btree ("tenant_id","date");--> statement-breakpoint
CREATE INDEX "council_sources_updated_by_idx" ON "council_sources" USING btree ("tenant_id","updated_by");