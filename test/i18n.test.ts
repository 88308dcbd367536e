import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { de, en } from '../src/platform/i18n/i18n.ts';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj === 'string' || Array.isArray(obj)) return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory()
      ? sources(p)
      : /\.tsx?$/.test(name) && !name.endsWith('.test.ts')
        ? [p]
        : [];
  });
}

describe('translations', () => {
  const deKeys = new Set(keys(de));
  const enKeys = new Set(keys(en));
  const has = (set: Set<string>, key: string) => set.has(key) || set.has(`${key}_other`);

  it('has the same keys in German and English', () => {
    expect([...deKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !deKeys.has(k))).toEqual([]);
  });

  it('has every key the code uses, in both languages', () => {
    const used = new Set<string>();
    const prefixes = new Set<string>();
    for (const file of sources(path.resolve(import.meta.dirname, '../src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/'((?:validation|login|participate|ideas|moderation)\.[a-zA-Z]+)'/g))
        used.add(m[1]!);
      for (const m of text.matchAll(/\bt\(\s*`([a-zA-Z]+\.)\$\{/g)) prefixes.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(150);
    const missing = [...used].filter((k) => !has(deKeys, k) || !has(enKeys, k));
    expect(missing).toEqual([]);
    for (const p of prefixes)
      expect(
        [...deKeys].some((k) => k.startsWith(p)),
        p,
      ).toBe(true);
  });

  it('has every state, phase, status and author kind the domain knows', async () => {
    const { AUTHOR_KINDS } = await import('../src/modules/proposals/proposals.table.ts');
    const { PROJECT_PHASES } = await import('../src/modules/projects/projects.table.ts');
    const { STATUSES, REPORT_STATES } = await import('../src/modules/reviews/reviews.table.ts');
    const { IDEA_STATES } = await import('../src/modules/ideas/ideas.table.ts');
    const expected = [
      ...AUTHOR_KINDS.map((k) => `authorKind.${k}`),
      ...PROJECT_PHASES.map((k) => `phase.${k}`),
      ...STATUSES.map((k) => `status.${k}`),
      ...REPORT_STATES.map((k) => `reportState.${k}`),
      ...IDEA_STATES.map((k) => `ideaState.${k}`),
      ...[
        'NOT_FOUND',
        'FORBIDDEN',
        'UNAUTHENTICATED',
        'CSRF_REJECTED',
        'RATE_LIMITED',
        'INVALID_STATE',
        'CONFLICT',
        'VALIDATION_FAILED',
        'INTERNAL',
      ].flatMap((c) => [`error.${c}.title`, `error.${c}.text`]),
    ];
    expect(expected.filter((k) => !deKeys.has(k) || !enKeys.has(k))).toEqual([]);
  });
});
