/**
 * The council module's public face for the modules above it: the papers linked to their records, the
 * panel and posts that link them, and the views that show the council's decisions.
 */
export { mountPaperLinks } from './council.routes.tsx';
export {
  canLinkPaper,
  canManageCouncil,
  type PaperSubject,
  type PaperView,
  paperPanel,
  papersOf,
  papersOfOne,
} from './council.service.ts';
export { CouncilDecisions, PaperLinkPanel, PaperList, paperNoticeOf } from './views/council.tsx';
