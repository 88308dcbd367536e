import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cruise, type IForbiddenRuleType, type IReporterOutput } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../src/modules/index.ts';
import { LAYERS } from '../src/platform/module.ts';

/**
 * The house rules, checked with dependency-cruiser on every `npm test`:
 * - no cycle anywhere in src/;
 * - a module imports only modules listed before it in src/modules/index.ts (the layer order), so no two
 *   modules depend on each other and the lifecycle runs upward;
 * - from another module only its public face: *.service, *.policy, *.schemas, *.events, *.types or
 *   index.ts; table and query files may also read lower modules' *.table files (joins, foreign keys);
 * - platform/, db/ and ui/ know no module; modules know nothing of the composition root;
 * - a module's seed step (*.seed.ts) may read the demo's content (src/demo/content/), which is plain data.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const ORDER = MODULES.map((m) => m.name);
const PUBLIC_FACE = '\\.(service|policy|schemas|events|types)\\.tsx?$|/index\\.ts$';

function rules(): IForbiddenRuleType[] {
  const later = (i: number) => ORDER.slice(i + 1);
  return [
    {
      name: 'no-cycle',
      comment: 'No file depends on itself through others at run time (types may refer to each other).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    ...ORDER.flatMap((name, i): IForbiddenRuleType[] =>
      later(i).length
        ? [
            {
              name: `downward-only:${name}`,
              comment: `${name} may import only modules listed before it in src/modules/index.ts.`,
              severity: 'error',
              from: { path: `^src/modules/${name}/` },
              to: { path: `^src/modules/(${later(i).join('|')})/` },
            },
          ]
        : [],
    ),
    {
      name: 'public-face-only',
      comment: "Another module's files are reached only through its public face.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: '\\.(table|queries)\\.ts$' },
      to: { path: '^src/modules/[^/]+/', pathNot: [`^src/modules/$1/`, PUBLIC_FACE] },
    },
    {
      name: 'tables-read-tables',
      comment: "Table and query files may read another module's tables, nothing else of it but its face.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/.+\\.(table|queries)\\.ts$' },
      to: { path: '^src/modules/[^/]+/', pathNot: [`^src/modules/$1/`, PUBLIC_FACE, '\\.table\\.ts$'] },
    },
    {
      name: 'plumbing-knows-no-module',
      comment: 'platform/, db/ and ui/ sit below every module.',
      severity: 'error',
      from: { path: '^src/(platform|db|ui)/' },
      to: { path: '^src/(modules|demo|cli)/|^src/(app|main)\\.ts$' },
    },
    {
      name: 'modules-know-no-composition',
      comment: 'Modules never import the composition root, the CLI, the demo runner or the module list.',
      severity: 'error',
      from: { path: '^src/modules/[^/]+/' },
      to: {
        path: '^src/(demo|cli)/|^src/(app|main)\\.ts$|^src/modules/index\\.ts$',
        pathNot: '^src/demo/content/',
      },
    },
    {
      name: 'demo-content-for-seed-steps',
      comment:
        "The demo's content (texts and facts of the demo city) is read by the modules' seed steps only.",
      severity: 'error',
      from: { path: '^src/modules/', pathNot: '\\.seed\\.ts$' },
      to: { path: '^src/demo/content/' },
    },
    {
      name: 'demo-content-is-data',
      comment: "The demo's content imports nothing of Rathaus.",
      severity: 'error',
      from: { path: '^src/demo/content/' },
      to: { path: '^src/' },
    },
    {
      name: 'manifests-for-the-list',
      comment: "A module's manifest is read by the module list (and tests), never by another module.",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/modules/index\\.ts$' },
      to: { path: '\\.module\\.ts$' },
    },
  ];
}

async function violations() {
  const result = await cruise(['src'], {
    validate: true,
    ruleSet: { forbidden: rules() },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: path.join(ROOT, 'tsconfig.json') },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/db/migrations' },
    baseDir: ROOT,
  });
  const output = (result as IReporterOutput).output;
  if (typeof output === 'string') throw new Error('dependency-cruiser returned a report, not the graph');
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('the module structure', () => {
  it('lists every module folder once, in layer order, under its folder name', () => {
    const folders = readdirSync(path.join(ROOT, 'src/modules'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect([...ORDER].sort()).toEqual(folders);
    expect(new Set(ORDER).size).toBe(ORDER.length);
    // The list climbs the layers: organisation ▸ strategy ▸ participation ▸ … ▸ pages.
    const ranks = MODULES.map((m) => LAYERS.indexOf(m.layer));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('keeps every import downward, through public faces, without cycles', async () => {
    expect(await violations()).toEqual([]);
  }, 120_000);

  it('has no `as never` cast (forms are parsed at the edge; use cases take typed input)', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
      );
    const casts = [...walk(path.join(ROOT, 'src')), ...walk(path.join(ROOT, 'test'))]
      // This file names the cast it looks for.
      .filter((f) => /\.tsx?$/.test(f) && f !== import.meta.filename)
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .flatMap((line, i) => (/\bas never\b/.test(line) ? [`${path.relative(ROOT, f)}:${i + 1}`] : [])),
      );
    expect(casts).toEqual([]);
  });
});
