-- Page views and entry pages were counted under their full address, which for some pages carries a
-- secret or a person's data (a follower's management link with the address and its token, confirmation
-- and reset links, the reference of a proposal still in moderation) and was published in the open-data
-- statistics. Such counts move to the page's prefix (the modules' privatePaths), the addresses go.
INSERT INTO stats_daily (tenant_id, day, metric, key, count)
SELECT s.tenant_id, s.day, s.metric, p.prefix, sum(s.count)::int
FROM stats_daily s
JOIN (VALUES ('/benachrichtigungen'), ('/registrieren/bestaetigen'), ('/passwort-neu'), ('/mitmachen/danke')) AS p(prefix)
  ON s.key LIKE p.prefix || '/%'
WHERE s.metric IN ('view', 'entry')
GROUP BY s.tenant_id, s.day, s.metric, p.prefix
ON CONFLICT (tenant_id, day, metric, key) DO UPDATE SET count = stats_daily.count + excluded.count;
--> statement-breakpoint
DELETE FROM stats_daily s
USING (VALUES ('/benachrichtigungen'), ('/registrieren/bestaetigen'), ('/passwort-neu'), ('/mitmachen/danke')) AS p(prefix)
WHERE s.metric IN ('view', 'entry') AND s.key LIKE p.prefix || '/%';
