import { z } from 'zod';

/** A repeated field of a raw body: one value or several. */
const list = z.preprocess(
  (v) => (Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]),
  z.array(z.string()),
);
const uuids = z.array(z.string()).transform((ids) => ids.filter((id) => z.uuid().safeParse(id).success));

/** Computing the candidate clusters of one participation process (or all). */
export const ZClusterRunInput = z.object({ process: z.string().max(100) });

/** What the CDO team does with one candidate cluster: accept it as an idea, split, move members, reject. */
export const ZClusterEditInput = z.object({
  /** `bearbeiten`: back from the confirmation page to the form as it was filled in. */
  action: z.enum(['accept', 'move', 'reject', 'split', 'bearbeiten']).catch('split'),
  title: z.string(),
  proposalIds: uuids,
  targetId: z.string().max(20),
  zurueck: z.string(),
});

/**
 * The field-of-action page: the ticked proposals with the field chosen in each one's select
 * (`field-<proposal id>`), or "apply what the model is sure of".
 */
export const ZCategoriseInput = z
  .looseObject({ action: z.string().optional(), ids: list })
  .transform((v) => ({
    confident: v.action === 'confident',
    choices: v.ids.map((id) => {
      const chosen = v[`field-${id}`];
      return { proposalId: id, fieldOfActionId: typeof chosen === 'string' ? chosen : '' };
    }),
  }));
