-- Hand-written: drizzle-kit does not create extensions. btree_gin lets one GIN index cover
-- (tenant_id, search), so a tenant's full-text matches come from a single index scan.
CREATE EXTENSION IF NOT EXISTS btree_gin;
