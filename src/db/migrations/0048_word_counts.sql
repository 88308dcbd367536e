CREATE TABLE "proposal_word_counts" (
	"tenant_id" uuid NOT NULL,
	"built_at" timestamp with time zone NOT NULL,
	"documents" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "proposal_word_counts_tenant_id_pk" PRIMARY KEY("tenant_id")
);
