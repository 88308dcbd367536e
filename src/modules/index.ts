import { registerEventReactions } from '../platform/events.ts';
import type { ModuleManifest } from '../platform/module.ts';
import { agendasModule } from './agendas/agendas.module.ts';
import { cockpitModule } from './cockpit/cockpit.module.ts';
import { commentsModule } from './comments/comments.module.ts';
import { condensingModule } from './condensing/condensing.module.ts';
import { deliveryModule } from './delivery/delivery.module.ts';
import { ideasModule } from './ideas/ideas.module.ts';
import { journeysModule } from './journeys/journeys.module.ts';
import { meetingsModule } from './meetings/meetings.module.ts';
import { moderationModule } from './moderation/moderation.module.ts';
import { orgsModule } from './orgs/orgs.module.ts';
import { portfolioModule } from './portfolio/portfolio.module.ts';
import { projectsModule } from './projects/projects.module.ts';
import { proposalsModule } from './proposals/proposals.module.ts';
import { reportsModule } from './reports/reports.module.ts';
import { reviewsModule } from './reviews/reviews.module.ts';
import { scoringModule } from './scoring/scoring.module.ts';
import { servicesModule } from './services/services.module.ts';
import { siteModule } from './site/site.module.ts';
import { strategyModule } from './strategy/strategy.module.ts';
import { subscriptionsModule } from './subscriptions/subscriptions.module.ts';
import { workforceModule } from './workforce/workforce.module.ts';
import { workshopsModule } from './workshops/workshops.module.ts';

/** Every module of Rathaus, in the order their routes are mounted. */
export const MODULES: readonly ModuleManifest[] = [
  siteModule,
  orgsModule,
  strategyModule,
  proposalsModule,
  workshopsModule,
  commentsModule,
  subscriptionsModule,
  moderationModule,
  ideasModule,
  condensingModule,
  projectsModule,
  deliveryModule,
  reviewsModule,
  meetingsModule,
  cockpitModule,
  reportsModule,
  scoringModule,
  agendasModule,
  servicesModule,
  workforceModule,
  journeysModule,
  portfolioModule,
];

// The modules' reactions to each other's events, registered once for the whole process.
registerEventReactions(MODULES);
