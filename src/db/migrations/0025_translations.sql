CREATE TABLE "translation_glossary" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"lang" text NOT NULL,
	"term" text NOT NULL,
	"translation" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "translation_glossary_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "translation_glossary_lang_check" CHECK ("translation_glossary"."lang" in ('de', 'en', 'tr', 'ar'))
);
--> statement-breakpoint
CREATE TABLE "translation_glossary_sync" (
	"tenant_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"lang" text NOT NULL,
	"glossary_id" text NOT NULL,
	"entries_hash" text NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "translation_glossary_sync_tenant_id_provider_lang_pk" PRIMARY KEY("tenant_id","provider","lang"),
	CONSTRAINT "translation_glossary_sync_provider_check" CHECK ("translation_glossary_sync"."provider" in ('deepl', 'libretranslate')),
	CONSTRAINT "translation_glossary_sync_lang_check" CHECK ("translation_glossary_sync"."lang" in ('de', 'en', 'tr', 'ar'))
);
--> statement-breakpoint
CREATE TABLE "translation_usage" (
	"tenant_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"month" date NOT NULL,
	"characters" bigint DEFAULT 0 NOT NULL,
	"stopped_at" timestamp with time zone,
	"stop_reason" text,
	CONSTRAINT "translation_usage_tenant_id_provider_month_pk" PRIMARY KEY("tenant_id","provider","month"),
	CONSTRAINT "translation_usage_provider_check" CHECK ("translation_usage"."provider" in ('deepl', 'libretranslate')),
	CONSTRAINT "translation_usage_stop_reason_check" CHECK ("translation_usage"."stop_reason" in ('budget', 'provider_quota', 'provider_auth'))
);
--> statement-breakpoint
CREATE TABLE "translations" (
	"tenant_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"field" text NOT NULL,
	"lang" text NOT NULL,
	"text" text NOT NULL,
	"source_lang" text NOT NULL,
	"source_hash" text NOT NULL,
	"origin" text NOT NULL,
	"provider" text,
	"model" text,
	"translated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"translated_by" uuid,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"needs_review" boolean DEFAULT false NOT NULL,
	CONSTRAINT "translations_tenant_id_subject_type_subject_id_field_lang_pk" PRIMARY KEY("tenant_id","subject_type","subject_id","field","lang"),
	CONSTRAINT "translations_lang_check" CHECK ("translations"."lang" in ('de', 'en', 'tr', 'ar')),
	CONSTRAINT "translations_origin_check" CHECK ("translations"."origin" in ('human', 'machine')),
	CONSTRAINT "translations_provider_check" CHECK ("translations"."provider" in ('deepl', 'libretranslate'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "translation_glossary_term_uq" ON "translation_glossary" USING btree ("tenant_id","lang","term");--> statement-breakpoint
CREATE INDEX "translations_review_idx" ON "translations" USING btree ("tenant_id","needs_review");