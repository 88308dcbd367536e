ALTER TABLE "subscriptions" DROP CONSTRAINT "subscriptions_lang_check";--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "language" text DEFAULT 'de' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_language_check" CHECK ("accounts"."language" in ('de', 'en'));--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_lang_check" CHECK ("subscriptions"."lang" in ('de', 'en', 'tr', 'ar'));