CREATE TABLE "workshop_proposals" (
	"tenant_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"workshop_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_proposals_tenant_id_proposal_id_pk" PRIMARY KEY("tenant_id","proposal_id")
);
--> statement-breakpoint
ALTER TABLE "proposals" DROP CONSTRAINT "proposals_tenant_id_workshop_id_workshops_tenant_id_id_fk";
--> statement-breakpoint
ALTER TABLE "workshop_proposals" ADD CONSTRAINT "workshop_proposals_tenant_id_proposal_id_proposals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","proposal_id") REFERENCES "public"."proposals"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_proposals" ADD CONSTRAINT "workshop_proposals_tenant_id_workshop_id_workshops_tenant_id_id_fk" FOREIGN KEY ("tenant_id","workshop_id") REFERENCES "public"."workshops"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "workshop_proposals_workshop_idx" ON "workshop_proposals" USING btree ("tenant_id","workshop_id");--> statement-breakpoint
-- A proposal's workshop moves from its own column to the workshops module's link table (kept, never lost).
INSERT INTO "workshop_proposals" ("tenant_id", "proposal_id", "workshop_id", "created_at")
  SELECT "tenant_id", "id", "workshop_id", "created_at" FROM "proposals" WHERE "workshop_id" IS NOT NULL;
--> statement-breakpoint
ALTER TABLE "proposals" DROP COLUMN "workshop_id";