import { registerEventReactions } from '../platform/events.ts';
import { registerMessages } from '../platform/i18n/i18n.ts';
import type { ModuleManifest } from '../platform/module.ts';
import { agendasModule } from './agendas/agendas.module.ts';
import { cockpitModule } from './cockpit/cockpit.module.ts';
import { commentsModule } from './comments/comments.module.ts';
import { condensingModule } from './condensing/condensing.module.ts';
import { councilModule } from './council/council.module.ts';
import { deliveryModule } from './delivery/delivery.module.ts';
import { feedsModule } from './feeds/feeds.module.ts';
import { ideasModule } from './ideas/ideas.module.ts';
import { journeysModule } from './journeys/journeys.module.ts';
import { legalModule } from './legal/legal.module.ts';
import { meetingsModule } from './meetings/meetings.module.ts';
import { moderationModule } from './moderation/moderation.module.ts';
import { opendataModule } from './opendata/opendata.module.ts';
import { orgsModule } from './orgs/orgs.module.ts';
import { personalModule } from './personal/personal.module.ts';
import { portfolioModule } from './portfolio/portfolio.module.ts';
import { projectsModule } from './projects/projects.module.ts';
import { proposalsModule } from './proposals/proposals.module.ts';
import { questionsModule } from './questions/questions.module.ts';
import { reportsModule } from './reports/reports.module.ts';
import { reviewsModule } from './reviews/reviews.module.ts';
import { scoringModule } from './scoring/scoring.module.ts';
import { servicesModule } from './services/services.module.ts';
import { siteModule } from './site/site.module.ts';
import { statisticsModule } from './statistics/statistics.module.ts';
import { strategyModule } from './strategy/strategy.module.ts';
import { subscriptionsModule } from './subscriptions/subscriptions.module.ts';
import { translationsModule } from './translations/translations.module.ts';
import { workforceModule } from './workforce/workforce.module.ts';
import { workshopsModule } from './workshops/workshops.module.ts';

/**
 * Every module of Rathaus in layer order, bottom to top: a module may import only modules listed before
 * it (test/architecture.test.ts), and their routes are mounted in this order.
 */
const BELOW_TRANSLATIONS: readonly ModuleManifest[] = [
  // organisation
  orgsModule,
  legalModule,
  councilModule,
  // strategy
  strategyModule,
  // participation
  proposalsModule,
  workshopsModule,
  commentsModule,
  subscriptionsModule,
  moderationModule,
  questionsModule,
  // ideas
  ideasModule,
  condensingModule,
  // delivery
  projectsModule,
  deliveryModule,
  // control
  reviewsModule,
  meetingsModule,
  cockpitModule,
  // outputs
  scoringModule,
  agendasModule,
  servicesModule,
  workforceModule,
  reportsModule,
  // pages
  journeysModule,
  personalModule,
  portfolioModule,
  siteModule,
  statisticsModule,
  opendataModule,
  feedsModule,
];

export const MODULES: readonly ModuleManifest[] = [
  ...BELOW_TRANSLATIONS,
  // Translates what every module below declares translatable (handed over as data).
  translationsModule(BELOW_TRANSLATIONS.flatMap((m) => m.translatable ?? [])),
];

// The modules' reactions to each other's events and their messages, registered once for the whole process.
registerEventReactions(MODULES);
registerMessages(MODULES);
