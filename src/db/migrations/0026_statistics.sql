CREATE TABLE "stats_daily" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"metric" text NOT NULL,
	"key" text DEFAULT '' NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_daily_tenant_id_day_metric_key_pk" PRIMARY KEY("tenant_id","day","metric","key"),
	CONSTRAINT "stats_daily_metric_check" CHECK ("stats_daily"."metric" in ('view', 'visit', 'entry', 'referrer', 'search_empty', 'download', 'returning'))
);
--> statement-breakpoint
CREATE TABLE "stats_salts" (
	"day" date PRIMARY KEY NOT NULL,
	"salt" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_visitors" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "stats_visitors_tenant_id_day_hash_pk" PRIMARY KEY("tenant_id","day","hash")
);
