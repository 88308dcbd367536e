DROP INDEX "proposals_search_idx";--> statement-breakpoint
CREATE INDEX "proposals_tenant_search_idx" ON "proposals" USING gin ("tenant_id","search");