ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_subject_type_check" CHECK ("agenda_items"."subject_type" in ('idea', 'project'));--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_position_range" CHECK ("agenda_items"."position" >= 0);--> statement-breakpoint
ALTER TABLE "agenda_versions" ADD CONSTRAINT "agenda_versions_version_range" CHECK ("agenda_versions"."version" >= 1);--> statement-breakpoint
ALTER TABLE "agendas" ADD CONSTRAINT "agendas_state_check" CHECK ("agendas"."state" in ('draft', 'submitted', 'adopted'));--> statement-breakpoint
ALTER TABLE "agendas" ADD CONSTRAINT "agendas_year_range" CHECK ("agendas"."year" between 2000 and 2100);--> statement-breakpoint
ALTER TABLE "agendas" ADD CONSTRAINT "agendas_adopted_version_range" CHECK ("agendas"."adopted_version" >= 1);--> statement-breakpoint
ALTER TABLE "abuse_reports" ADD CONSTRAINT "abuse_reports_entity_type_check" CHECK ("abuse_reports"."entity_type" in ('proposal', 'comment'));--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_state_check" CHECK ("comments"."state" in ('submitted', 'published', 'hidden'));--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_state_check" CHECK ("ideas"."state" in ('open', 'in_project', 'rejected'));--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_kind_check" CHECK ("org_units"."kind" in ('administration', 'department', 'office', 'team'));--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_kind_check" CHECK ("partners"."kind" in ('company', 'startup', 'science', 'authority', 'ngo'));--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_role_check" CHECK ("role_assignments"."role" in ('citizen', 'partner', 'staff', 'project_lead', 'office_head', 'department_head', 'cdo', 'moderator', 'admin'));--> statement-breakpoint
ALTER TABLE "project_budgets" ADD CONSTRAINT "project_budgets_year_range" CHECK ("project_budgets"."year" between 1990 and 2100);--> statement-breakpoint
ALTER TABLE "project_budgets" ADD CONSTRAINT "project_budgets_planned_range" CHECK ("project_budgets"."planned" >= 0);--> statement-breakpoint
ALTER TABLE "project_budgets" ADD CONSTRAINT "project_budgets_spent_range" CHECK ("project_budgets"."spent" >= 0);--> statement-breakpoint
ALTER TABLE "project_risks" ADD CONSTRAINT "project_risks_probability_check" CHECK ("project_risks"."probability" in (1, 2, 3));--> statement-breakpoint
ALTER TABLE "project_risks" ADD CONSTRAINT "project_risks_impact_check" CHECK ("project_risks"."impact" in (1, 2, 3));--> statement-breakpoint
ALTER TABLE "project_updates" ADD CONSTRAINT "project_updates_visibility_check" CHECK ("project_updates"."visibility" in ('public', 'internal'));--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_phase_check" CHECK ("projects"."phase" in ('planned', 'in_progress', 'completed', 'paused', 'stopped'));--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_visibility_check" CHECK ("projects"."visibility" in ('public', 'internal'));--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_budget_planned_range" CHECK ("projects"."budget_planned" >= 0);--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_budget_spent_range" CHECK ("projects"."budget_spent" >= 0);--> statement-breakpoint
ALTER TABLE "cluster_runs" ADD CONSTRAINT "cluster_runs_state_check" CHECK ("cluster_runs"."state" in ('queued', 'running', 'done', 'failed'));--> statement-breakpoint
ALTER TABLE "cluster_runs" ADD CONSTRAINT "cluster_runs_done_range" CHECK ("cluster_runs"."done" >= 0);--> statement-breakpoint
ALTER TABLE "cluster_runs" ADD CONSTRAINT "cluster_runs_total_range" CHECK ("cluster_runs"."total" >= 0);--> statement-breakpoint
ALTER TABLE "proposal_attachments" ADD CONSTRAINT "proposal_attachments_media_type_check" CHECK ("proposal_attachments"."media_type" in ('application/pdf', 'image/png', 'image/jpeg'));--> statement-breakpoint
ALTER TABLE "proposal_attachments" ADD CONSTRAINT "proposal_attachments_size_range" CHECK ("proposal_attachments"."size" >= 0);--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_author_kind_check" CHECK ("proposals"."author_kind" in ('citizen', 'company', 'startup', 'science', 'authority', 'ngo', 'staff'));--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_state_check" CHECK ("proposals"."state" in ('submitted', 'published', 'hidden', 'merged'));--> statement-breakpoint
ALTER TABLE "progress_report_items" ADD CONSTRAINT "progress_report_items_overall_status_check" CHECK ("progress_report_items"."overall_status" in ('on_track', 'at_risk', 'off_track'));--> statement-breakpoint
ALTER TABLE "progress_report_items" ADD CONSTRAINT "progress_report_items_position_range" CHECK ("progress_report_items"."position" >= 0);--> statement-breakpoint
ALTER TABLE "progress_report_items" ADD CONSTRAINT "progress_report_items_progress_range" CHECK ("progress_report_items"."progress" between 0 and 100);--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_state_check" CHECK ("progress_reports"."state" in ('draft', 'published'));--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_kind_check" CHECK ("reminders"."kind" in ('report_upcoming', 'report_overdue', 'rollup_upcoming', 'rollup_overdue'));--> statement-breakpoint
ALTER TABLE "review_calendar" ADD CONSTRAINT "review_calendar_level_check" CHECK ("review_calendar"."level" in ('office', 'department', 'cdo'));--> statement-breakpoint
ALTER TABLE "review_calendar" ADD CONSTRAINT "review_calendar_cadence_check" CHECK ("review_calendar"."cadence" in ('quarterly', 'semiannual'));--> statement-breakpoint
ALTER TABLE "review_calendar" ADD CONSTRAINT "review_calendar_due_days_range" CHECK ("review_calendar"."due_days" between 1 and 120);--> statement-breakpoint
ALTER TABLE "review_cycles" ADD CONSTRAINT "review_cycles_level_check" CHECK ("review_cycles"."level" in ('office', 'department', 'cdo'));--> statement-breakpoint
ALTER TABLE "review_cycles" ADD CONSTRAINT "review_cycles_state_check" CHECK ("review_cycles"."state" in ('planned', 'open', 'closed'));--> statement-breakpoint
ALTER TABLE "review_meetings" ADD CONSTRAINT "review_meetings_level_check" CHECK ("review_meetings"."level" in ('office', 'department', 'cdo'));--> statement-breakpoint
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_overall_status_check" CHECK ("status_reports"."overall_status" in ('on_track', 'at_risk', 'off_track'));--> statement-breakpoint
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_scope_status_check" CHECK ("status_reports"."scope_status" in ('on_track', 'at_risk', 'off_track'));--> statement-breakpoint
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_time_status_check" CHECK ("status_reports"."time_status" in ('on_track', 'at_risk', 'off_track'));--> statement-breakpoint
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_budget_status_check" CHECK ("status_reports"."budget_status" in ('on_track', 'at_risk', 'off_track'));--> statement-breakpoint
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_resources_status_check" CHECK ("status_reports"."resources_status" in ('on_track', 'at_risk', 'off_track'));--> statement-breakpoint
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_state_check" CHECK ("status_reports"."state" in ('submitted', 'returned', 'approved_office', 'approved_department'));--> statement-breakpoint
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_progress_range" CHECK ("status_reports"."progress" between 0 and 100);--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_subject_type_check" CHECK ("scores"."subject_type" in ('idea', 'project'));--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_score_range" CHECK ("scores"."score" between 0 and 5);--> statement-breakpoint
ALTER TABLE "scoring_criteria" ADD CONSTRAINT "scoring_criteria_axis_check" CHECK ("scoring_criteria"."axis" in ('value', 'effort'));--> statement-breakpoint
ALTER TABLE "scoring_criteria" ADD CONSTRAINT "scoring_criteria_position_range" CHECK ("scoring_criteria"."position" >= 0);--> statement-breakpoint
ALTER TABLE "scoring_models" ADD CONSTRAINT "scoring_models_version_range" CHECK ("scoring_models"."version" >= 1);--> statement-breakpoint
ALTER TABLE "scoring_weights" ADD CONSTRAINT "scoring_weights_weight_range" CHECK ("scoring_weights"."weight" between 0 and 100);--> statement-breakpoint
ALTER TABLE "maturity_levels" ADD CONSTRAINT "maturity_levels_level_range" CHECK ("maturity_levels"."level" >= 0);--> statement-breakpoint
ALTER TABLE "online_services" ADD CONSTRAINT "online_services_level_range" CHECK ("online_services"."level" >= 0);--> statement-breakpoint
ALTER TABLE "charter_guidelines" ADD CONSTRAINT "charter_guidelines_position_range" CHECK ("charter_guidelines"."position" >= 0);--> statement-breakpoint
ALTER TABLE "fields_of_action" ADD CONSTRAINT "fields_of_action_position_range" CHECK ("fields_of_action"."position" >= 0);--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_position_range" CHECK ("goals"."position" >= 0);--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_direction_check" CHECK ("kpis"."direction" in ('increase', 'decrease'));--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_baseline_year_range" CHECK ("kpis"."baseline_year" between 1990 and 2100);--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_target_year_range" CHECK ("kpis"."target_year" between 1990 and 2100);--> statement-breakpoint
ALTER TABLE "pillars" ADD CONSTRAINT "pillars_position_range" CHECK ("pillars"."position" >= 0);--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_role_check" CHECK ("subscriptions"."role" in ('author', 'supporter', 'follower'));--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_frequency_check" CHECK ("subscriptions"."frequency" in ('immediate', 'weekly'));--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_lang_check" CHECK ("subscriptions"."lang" in ('de', 'en'));--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_digital_state_check" CHECK ("processes"."digital_state" in ('analog', 'partly_digital', 'end_to_end'));--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_kind_check" CHECK ("trainings"."kind" in ('project_management', 'process_management', 'other'));--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_participants_range" CHECK ("workshops"."participants" between 1 and 100000);