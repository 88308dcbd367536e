CREATE TABLE "agenda_items" (
	"tenant_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "agenda_items_tenant_id_version_id_subject_type_subject_id_pk" PRIMARY KEY("tenant_id","version_id","subject_type","subject_id")
);
--> statement-breakpoint
CREATE TABLE "agenda_versions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"agenda_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"introduction" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_versions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "agendas" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"decision_date" date,
	"decision_reference" text,
	"decided_text" text,
	"council_document_url" text,
	"oparl_url" text,
	"adopted_version" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agendas_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_tenant_id_version_id_agenda_versions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","version_id") REFERENCES "public"."agenda_versions"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_versions" ADD CONSTRAINT "agenda_versions_tenant_id_agenda_id_agendas_tenant_id_id_fk" FOREIGN KEY ("tenant_id","agenda_id") REFERENCES "public"."agendas"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_versions" ADD CONSTRAINT "agenda_versions_tenant_id_created_by_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agendas" ADD CONSTRAINT "agendas_tenant_id_created_by_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_versions_uq" ON "agenda_versions" USING btree ("tenant_id","agenda_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "agendas_year_uq" ON "agendas" USING btree ("tenant_id","year");