import type { ModuleManifest } from '../../platform/module.ts';
import { REVIEW_PERMISSIONS } from './reviews.policy.ts';
import { reviewsRoutes } from './reviews.routes.tsx';

/** Review cycles and status reports with their approval. */
export const reviewsModule: ModuleManifest = {
  name: 'reviews',
  permissions: REVIEW_PERMISSIONS,
  routes: reviewsRoutes,
};
