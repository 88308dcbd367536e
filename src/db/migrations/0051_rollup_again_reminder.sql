-- A department that has written its summary is reminded once of status reports approved after it.
ALTER TABLE "reminders" DROP CONSTRAINT "reminders_kind_check";--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_kind_check" CHECK ("reminders"."kind" in ('report_upcoming', 'report_overdue', 'rollup_upcoming', 'rollup_overdue', 'rollup_again'));