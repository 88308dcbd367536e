-- Full-text GIN indexes take new entries straight into the index instead of a pending list. PGlite runs
-- no autovacuum, so the pending list was only merged when it passed 4 MB, and every search read it whole
-- (about 8 ms per query at 100,000 proposals); PostgreSQL's autovacuum merges it, but not on a schedule
-- a search can count on. Inserts cost a little more; proposals arrive at the pace people write them.
ALTER INDEX "council_papers_search_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "proposals_tenant_search_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "proposals_search_idx" SET (fastupdate = off);--> statement-breakpoint
SELECT gin_clean_pending_list('council_papers_search_idx'::regclass);--> statement-breakpoint
SELECT gin_clean_pending_list('proposals_tenant_search_idx'::regclass);--> statement-breakpoint
SELECT gin_clean_pending_list('proposals_search_idx'::regclass);
