CREATE INDEX "proposals_tenant_created_idx" ON "proposals" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE INDEX "proposals_search_idx" ON "proposals" USING gin ("search");