import { createHash } from 'node:crypto';
import type { Db } from '../db/client.ts';

/**
 * The demo is seeded by the modules that own its tables. Each manifest's seed step writes its part of a
 * city, in the order of the module list (lower modules first): through the module's use cases wherever
 * a rule applies (accounts with hashed passwords, the strategy tree, KPIs and their measurements, review
 * cycles and report tasks, the service catalogue, processes and trainings), and straight into the
 * module's own tables where the demo records history no use case writes today (a status approved a year
 * ago, a proposal condensed in 2017).
 */
export interface DemoSeed {
  db: Db;
  tenantId: string;
  /** The demo's present: it decides which milestones are done and which quarter is open. */
  now: Date;
  /** The municipality's calendar day of `now`. */
  today: string;
  /** The password of every demo account. */
  password: string;
  /** Random numbers of this module's own sequence, the same on every machine. */
  rand: () => number;
  /** What the steps before created, by kind and name, for the steps after them. */
  refs: SeedRefs;
}

export type SeedStep = (seed: DemoSeed) => Promise<void>;

/** Names for what a step created ('account' ▸ e-mail, 'office' ▸ code …), read by later steps. */
export class SeedRefs {
  private readonly kinds = new Map<string, Map<string, string>>();

  set(kind: string, name: string, id: string): void {
    let names = this.kinds.get(kind);
    if (!names) {
      names = new Map();
      this.kinds.set(kind, names);
    }
    names.set(name, id);
  }

  /** The id of a named thing; a missing one is a mistake in the order of the steps. */
  get(kind: string, name: string): string {
    const id = this.kinds.get(kind)?.get(name);
    if (!id) throw new Error(`The demo has no ${kind} "${name}"; is it seeded by a module listed earlier?`);
    return id;
  }

  find(kind: string, name: string): string | undefined {
    return this.kinds.get(kind)?.get(name);
  }

  all(kind: string): ReadonlyMap<string, string> {
    return this.kinds.get(kind) ?? new Map();
  }
}

/** A small deterministic generator (mulberry32), seeded from a name. */
export function seededRandom(name: string): () => number {
  let s = createHash('sha256').update(name).digest().readUInt32LE(0);
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs every module's seed step in the order of the list; each module draws its own random numbers.
 * `before` puts steps of the caller's in the history, each before the named module's (the demo's import
 * of a past participation process happened before the reports that count it were published).
 */
export async function runSeedSteps(
  modules: readonly { name: string; seed?: SeedStep | undefined }[],
  base: Omit<DemoSeed, 'rand' | 'refs'>,
  refs = new SeedRefs(),
  before: Readonly<Record<string, SeedStep>> = {},
): Promise<SeedRefs> {
  for (const name of Object.keys(before))
    if (!modules.some((m) => m.name === name)) throw new Error(`No module "${name}" to seed before.`);
  for (const m of modules) {
    const extra = before[m.name];
    if (extra) await extra({ ...base, refs, rand: seededRandom(`demo:before:${m.name}`) });
    if (m.seed) await m.seed({ ...base, refs, rand: seededRandom(`demo:${m.name}`) });
  }
  return refs;
}
