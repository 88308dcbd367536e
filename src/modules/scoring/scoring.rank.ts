import { type CriterionAxis, SCORE, type SubjectType } from './scoring.table.ts';

/*
 * The ranking rule alone — no database — so the fast tests beside it and the public formula on
 * /priorisierung describe the same arithmetic.
 */

/** Value and ease at least this high make a quick win. */
export const QUICK_WIN = { value: 3, ease: 3.5 } as const;

export interface RankedItem {
  type: SubjectType;
  id: string;
  title: string;
  href: string;
  rank: number;
  total: number;
  value: number;
  ease: number;
  effort: number;
  quickWin: boolean;
  scored: number;
  scores: { criterionId: string; score: number; justification: string }[];
}

/**
 * Ranks subjects by their weighted score: total = Σ weight × score ÷ Σ weight over the scored criteria;
 * value and ease are the same over the value and the effort criteria (effort = 5 − ease). Unscored
 * subjects are listed apart; ties go by title.
 */
export function rankSubjects(
  model: {
    criteria: readonly { id: string; axis: CriterionAxis }[];
    weights: ReadonlyMap<string, number>;
  },
  subjects: readonly { type: SubjectType; id: string; title: string; href: string }[],
  all: readonly {
    subjectType: SubjectType;
    subjectId: string;
    criterionId: string;
    score: number;
    justification: string;
  }[],
) {
  const axis = new Map(model.criteria.map((c) => [c.id, c.axis]));
  const mean = (rows: { criterionId: string; score: number }[]) => {
    let num = 0;
    let den = 0;
    for (const r of rows) {
      const w = model.weights.get(r.criterionId) ?? 0;
      num += w * r.score;
      den += w;
    }
    return den ? num / den : 0;
  };
  const items = subjects.map((s) => {
    const rows = all.filter((x) => x.subjectType === s.type && x.subjectId === s.id);
    const value = mean(rows.filter((r) => axis.get(r.criterionId) === 'value'));
    const ease = mean(rows.filter((r) => axis.get(r.criterionId) === 'effort'));
    return {
      ...s,
      rank: 0,
      total: mean(rows),
      value,
      ease,
      effort: SCORE.max - ease,
      quickWin: rows.length > 0 && value >= QUICK_WIN.value && ease >= QUICK_WIN.ease,
      scored: rows.length,
      scores: rows.map((r) => ({
        criterionId: r.criterionId,
        score: r.score,
        justification: r.justification,
      })),
    };
  });
  // By title in German order (the database's collation differs between the engines).
  const unscored = items
    .filter((i) => i.scored === 0)
    .map(({ type, id, title, href }) => ({ type, id, title, href }))
    .sort((a, b) => a.title.localeCompare(b.title, 'de'));
  const ranked = items
    .filter((i) => i.scored > 0)
    .sort((a, b) => b.total - a.total || a.title.localeCompare(b.title, 'de'));
  ranked.forEach((i, n) => {
    i.rank = n + 1;
  });
  return { items: ranked as RankedItem[], unscored };
}
