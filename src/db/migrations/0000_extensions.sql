-- Hand-written: drizzle-kit does not create extensions. Both engines (PGlite and PostgreSQL) ship them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
