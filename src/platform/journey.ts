import type { Child } from 'hono/jsx';
import type { DbOrTx } from '../db/client.ts';
import type { Actor } from './auth/actor.ts';
import type { Lang, T } from './i18n/i18n.ts';

/**
 * "What became of it?" told by the modules that own each stage. A stop is a thing a module owns (a
 * proposal, an idea, a project); a module that continues the story from a kind of stop contributes steps
 * through its manifest, and a step may lead on to a stop of its own whose steps follow it. The page at the
 * top walks the contributions from its start without importing the modules that tell the later stages, so
 * a new stage (a service raised to a higher level, a council decision) is added in its own module only.
 */
export interface Stop {
  /** The kind of thing, as its module names it: 'proposal', 'idea', 'project' … */
  type: string;
  id: string;
}

/** One line of the journey: reached (with its day) or still to come. */
export interface JourneyStep {
  done: boolean;
  /** Translated. */
  label: string;
  date?: Date | null | undefined;
  /** A link or a badge under the label. */
  detail?: Child;
  /** Where the journey goes on from this step; that stop's steps follow right after it. */
  next?: Stop | undefined;
}

/** Who is looking: the public sees only what is public; staff see internal projects too. */
export interface JourneyViewer {
  db: DbOrTx;
  tenantId: string;
  actor: Actor | null;
  t: T;
  lang: Lang;
}

export interface JourneyContribution {
  /** The kind of stop whose story this module continues. */
  from: string;
  /** Among the modules continuing from the same kind of stop, lower comes first. */
  order: number;
  steps(viewer: JourneyViewer, stop: Stop): Promise<readonly JourneyStep[]>;
}

/** A journey is short; a longer chain means two modules lead to each other's stops. */
const MAX_DEPTH = 8;

/**
 * The steps after `start`, depth first: each contribution for the stop's kind in order, and after every
 * step that leads on, the steps of the stop it leads to. Each stop is told once.
 */
export async function followJourney(
  contributions: readonly JourneyContribution[],
  viewer: JourneyViewer,
  start: Stop,
): Promise<JourneyStep[]> {
  const byKind = new Map<string, JourneyContribution[]>();
  for (const c of contributions) byKind.set(c.from, [...(byKind.get(c.from) ?? []), c]);
  for (const list of byKind.values()) list.sort((a, b) => a.order - b.order);
  const seen = new Set<string>();
  const walk = async (stop: Stop, depth: number): Promise<JourneyStep[]> => {
    const key = `${stop.type}:${stop.id}`;
    if (seen.has(key) || depth > MAX_DEPTH) return [];
    seen.add(key);
    const told = await Promise.all((byKind.get(stop.type) ?? []).map((c) => c.steps(viewer, stop)));
    const out: JourneyStep[] = [];
    for (const step of told.flat()) {
      out.push(step);
      if (step.next) out.push(...(await walk(step.next, depth + 1)));
    }
    return out;
  };
  return walk(start, 0);
}
