CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("tenant_id","at");--> statement-breakpoint
-- A dismissal of reports is about the reported contribution; "report" is the council's word for a progress report.
UPDATE "audit_events" SET "entity_type" = 'reported_content' WHERE "action" = 'content.reports_dismissed' AND "entity_type" = 'report';
