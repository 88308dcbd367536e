-- Names and titles sort as German readers expect ("Ärztekammer" beside "Arbeit", "amt" beside "Amt"), on
-- the embedded database (whose own collation is C) as on PostgreSQL: an ICU collation for German. (Numbers
-- by value, "Amt 9" before "Amt 10", would differ between the engines: the embedded one ignores it.) A
-- server built without ICU gets its database's own collation under the same name, so the queries that
-- name it run everywhere.
DO $$
BEGIN
  CREATE COLLATION IF NOT EXISTS rathaus_names (provider = icu, locale = 'de');
EXCEPTION WHEN OTHERS THEN
  EXECUTE format(
    'CREATE COLLATION IF NOT EXISTS rathaus_names (locale = %L)',
    (SELECT datcollate FROM pg_database WHERE datname = current_database())
  );
END
$$;
