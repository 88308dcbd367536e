-- Every recorded domain event tells the app processes listening on PostgreSQL (and the embedded database's
-- own process) that the tenant changed, after the commit, so each drops its cached pages within a second.
-- Identical notifications in one transaction are folded into one by PostgreSQL.
CREATE OR REPLACE FUNCTION rathaus_notify_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('rathaus_changed', NEW.tenant_id::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER domain_events_notify_change AFTER INSERT ON domain_events
  FOR EACH ROW EXECUTE FUNCTION rathaus_notify_change();
