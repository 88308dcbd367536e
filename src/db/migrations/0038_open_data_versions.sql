CREATE TABLE "open_data_versions" (
	"tenant_id" uuid NOT NULL,
	"file" text NOT NULL,
	"digest" text NOT NULL,
	"rows" integer NOT NULL,
	"bytes" integer NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "open_data_versions_tenant_id_file_pk" PRIMARY KEY("tenant_id","file")
);
