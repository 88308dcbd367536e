CREATE TABLE "project_imports" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"content" "bytea" NOT NULL,
	"rows" integer NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_imports_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "external_ref" text;--> statement-breakpoint
ALTER TABLE "project_imports" ADD CONSTRAINT "project_imports_tenant_id_uploaded_by_accounts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","uploaded_by") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_imports_uploaded_by_idx" ON "project_imports" USING btree ("tenant_id","uploaded_by");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_external_ref_uq" ON "projects" USING btree ("tenant_id","external_ref");