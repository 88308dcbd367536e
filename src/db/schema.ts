/** Gathers every table for migrations and the typed database handle. The only place platform/db may see modules. */
export * from '../modules/agendas/agendas.table.ts';
export * from '../modules/ideas/ideas.table.ts';
export * from '../modules/orgs/orgs.table.ts';
export * from '../modules/projects/projects.table.ts';
export * from '../modules/proposals/proposals.table.ts';
export * from '../modules/reports/reports.table.ts';
export * from '../modules/reviews/reviews.table.ts';
export * from '../modules/scoring/scoring.table.ts';
export * from '../modules/services/services.table.ts';
export * from '../modules/strategy/strategy.table.ts';
export * from '../modules/subscriptions/subscriptions.table.ts';
export * from '../modules/workforce/workforce.table.ts';
export * from '../platform/platform.table.ts';
