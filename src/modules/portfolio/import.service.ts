import { and, eq, lt } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { RequestMeta } from '../../platform/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { MessageKey } from '../../platform/i18n/i18n.ts';
import { listAccountsWithRole, loadOrgTree } from '../orgs/orgs.service.ts';
import { canCreateProject } from '../projects/projects.policy.ts';
import {
  findProjectsByIds,
  type ImportedProject,
  importChanges,
  importMatches,
  saveImportedProjects,
} from '../projects/projects.service.ts';
import { listStrategy } from '../strategy/strategy.service.ts';
import { readSheet, type Sheet } from './import.read.ts';

export { readSheet };

import { projectImports } from './portfolio.table.ts';

/** What a column of the workbook can become, and the headers that usually mean it. */
export const IMPORT_FIELDS = [
  {
    name: 'ref',
    required: false,
    headers: ['kennung', 'id', 'nr', 'nr.', 'nummer', 'projektnummer', 'projekt-id', 'ref', 'key'],
  },
  {
    name: 'title',
    required: true,
    headers: ['titel', 'projekt', 'projektname', 'projekttitel', 'name', 'title'],
  },
  {
    name: 'summary',
    required: true,
    headers: ['kurzbeschreibung', 'zusammenfassung', 'summary', 'kurztext', 'ziel'],
  },
  {
    name: 'description',
    required: false,
    headers: ['beschreibung', 'description', 'details', 'langbeschreibung'],
  },
  { name: 'field', required: true, headers: ['handlungsfeld', 'field of action', 'field', 'themenfeld'] },
  {
    name: 'office',
    required: true,
    headers: [
      'amt',
      'federführung',
      'federführendes amt',
      'organisationseinheit',
      'office',
      'dienststelle',
      'lead office',
    ],
  },
  {
    name: 'lead',
    required: false,
    headers: [
      'projektleitung',
      'leitung',
      'lead',
      'projektleiter',
      'projektleiterin',
      'e-mail projektleitung',
    ],
  },
  { name: 'phase', required: false, headers: ['phase', 'status', 'stand', 'projektphase'] },
  {
    name: 'visibility',
    required: false,
    headers: ['sichtbarkeit', 'öffentlich', 'visibility', 'veröffentlichen'],
  },
  {
    name: 'startsOn',
    required: false,
    headers: ['beginn', 'start', 'startdatum', 'starts on', 'projektbeginn'],
  },
  { name: 'endsOn', required: false, headers: ['ende', 'enddatum', 'ends on', 'abschluss', 'projektende'] },
  {
    name: 'budget',
    required: false,
    headers: [
      'budget',
      'budget geplant',
      'kosten',
      'planned budget',
      'mittel',
      'budget (eur)',
      'budget in euro',
    ],
  },
  { name: 'quickWin', required: false, headers: ['quick win', 'quick-win', 'quickwin', 'schnell umsetzbar'] },
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number]['name'];
/** Which column (0-based) feeds which field; a field without a column is not imported. */
export type ImportMapping = Partial<Record<ImportField, number>>;

export interface ImportProblem {
  field: ImportField;
  key: MessageKey;
  values?: Record<string, string | number>;
}
export interface PreviewRow {
  /** The row's number in the workbook (the header is row 1). */
  line: number;
  title: string;
  action: 'create' | 'update' | 'unchanged' | 'invalid';
  problems: ImportProblem[];
  project?: ImportedProject;
}

const norm = (v: string) => v.toLowerCase().replace(/\s+/g, ' ').trim();

/** The mapping the headers suggest: each field takes the first column whose header is one of its names. */
export function guessMapping(headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const used = new Set<number>();
  for (const f of IMPORT_FIELDS) {
    const i = headers.findIndex((h, i) => !used.has(i) && (f.headers as readonly string[]).includes(norm(h)));
    if (i >= 0) {
      mapping[f.name] = i;
      used.add(i);
    }
  }
  return mapping;
}

/** A mapping from a form or query (`map_title=2`), kept within the sheet's columns. */
export function mappingFrom(params: Record<string, string | undefined>, width: number): ImportMapping {
  const mapping: ImportMapping = {};
  for (const f of IMPORT_FIELDS) {
    const raw = params[`map_${f.name}`];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (Number.isInteger(n) && n >= 0 && n < width) mapping[f.name] = n;
  }
  return mapping;
}

const PHASES: Record<string, ImportedProject['phase']> = {
  geplant: 'planned',
  planned: 'planned',
  planung: 'planned',
  'in umsetzung': 'in_progress',
  'in bearbeitung': 'in_progress',
  laufend: 'in_progress',
  in_progress: 'in_progress',
  'in progress': 'in_progress',
  umsetzung: 'in_progress',
  pausiert: 'paused',
  paused: 'paused',
  abgeschlossen: 'completed',
  fertig: 'completed',
  completed: 'completed',
  beendet: 'stopped',
  gestoppt: 'stopped',
  abgebrochen: 'stopped',
  stopped: 'stopped',
};
const YES = new Set(['ja', 'j', 'yes', 'y', 'x', 'true', 'wahr', '1']);
const NO = new Set(['', 'nein', 'n', 'no', 'false', 'falsch', '0']);
const PUBLIC = new Set(['öffentlich', 'public', 'ja', 'yes', 'x', 'true', '1']);
const INTERNAL = new Set(['', 'intern', 'internal', 'nein', 'no', 'false', '0']);

/** A calendar day from 2026-03-31, 31.03.2026 or 31.3.26; undefined when it is none. */
export function parseDay(v: string): string | undefined {
  let y: number;
  let m: number;
  let d: number;
  const iso = v.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  const de = v.match(/^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (de)
    [d, m, y] = [Number(de[1]), Number(de[2]), de[3]!.length === 2 ? 2000 + Number(de[3]) : Number(de[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}

/** An amount in euros as cities write it (125.000,50 €, 125000.5, 125 000) as an exact decimal string. */
export function parseEuros(v: string): string | undefined {
  let s = v.replace(/€|eur|euro/gi, '').replace(/[\s\u00a0']/g, '');
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(s)) return undefined;
  return (Math.round(Number(s) * 100) / 100).toFixed(2);
}

/** What the import needs to resolve names: fields of action, offices, project leads, existing projects. */
async function lookups(db: DbOrTx, tenantId: string) {
  const [strategy, tree, leads, matches] = await Promise.all([
    listStrategy(db, tenantId),
    loadOrgTree(db, tenantId),
    listAccountsWithRole(db, tenantId, 'project_lead'),
    importMatches(db, tenantId),
  ]);
  const fields = new Map<string, string>();
  for (const p of strategy)
    for (const f of p.fields) {
      fields.set(norm(f.key), f.id);
      fields.set(norm(f.name), f.id);
    }
  const offices = new Map<string, string>();
  for (const o of tree.offices()) {
    offices.set(norm(o.name), o.id);
    if (o.code) offices.set(norm(o.code), o.id);
  }
  const people = new Map<string, string>();
  for (const l of leads) {
    people.set(norm(l.email), l.id);
    people.set(norm(l.displayName), l.id);
  }
  return { fields, offices, people, matches };
}

/** Checks every row of a sheet under a mapping: the problems of each, and what importing it would do. */
export async function previewImport(db: DbOrTx, tenantId: string, sheet: Sheet, mapping: ImportMapping) {
  const { fields, offices, people, matches } = await lookups(db, tenantId);
  const missing = IMPORT_FIELDS.filter((f) => f.required && mapping[f.name] === undefined).map((f) => f.name);
  const seen = new Map<string, number>();
  // The projects rows match, read whole first: a blank cell keeps what such a project has.
  const cellOf = (cells: string[], f: ImportField) => {
    const c = mapping[f];
    return c === undefined ? '' : (cells[c] ?? '').trim();
  };
  const candidates = (cells: string[]) => {
    const ref = cellOf(cells, 'ref');
    const byRef = ref ? matches.byRef.get(ref) : undefined;
    if (byRef) return [byRef];
    return (matches.byTitle.get(cellOf(cells, 'title').toLowerCase()) ?? []).filter(
      (t) => !ref || !t.externalRef,
    );
  };
  const existingById = new Map(
    (
      await findProjectsByIds(db, tenantId, [
        ...new Set(sheet.rows.flatMap((cells) => candidates(cells).map((c) => c.id))),
      ])
    ).map((p) => [p.id, p]),
  );
  const claimed = new Map<string, number>();
  const rows: PreviewRow[] = sheet.rows.map((cells, i) => {
    const line = i + 2;
    const get = (f: ImportField) => cellOf(cells, f);
    const problems: ImportProblem[] = [];
    const problem = (field: ImportField, key: MessageKey, values?: Record<string, string | number>) =>
      problems.push({ field, key, ...(values ? { values } : {}) });
    const title = get('title');
    if (title.length < 5)
      problem('title', title ? 'import.problem.tooShort' : 'import.problem.required', { min: 5 });
    else if (title.length > 200) problem('title', 'import.problem.tooLong', { max: 200 });
    const summary = get('summary');
    if (summary.length < 10)
      problem('summary', summary ? 'import.problem.tooShort' : 'import.problem.required', { min: 10 });
    else if (summary.length > 500) problem('summary', 'import.problem.tooLong', { max: 500 });
    const description = get('description');
    if (description.length > 10_000) problem('description', 'import.problem.tooLong', { max: 10_000 });
    const fieldOfActionId = fields.get(norm(get('field')));
    if (!fieldOfActionId)
      problem('field', get('field') ? 'import.problem.unknownField' : 'import.problem.required', {
        value: get('field'),
      });
    const ownerOrgUnitId = offices.get(norm(get('office')));
    if (!ownerOrgUnitId)
      problem('office', get('office') ? 'import.problem.unknownOffice' : 'import.problem.required', {
        value: get('office'),
      });
    const ref = get('ref') || null;
    const identity = ref ? `ref ${ref}` : `title ${title.toLowerCase()}`;
    const twin = seen.get(identity);
    if (twin) problem(ref ? 'ref' : 'title', 'import.problem.duplicate', { line: twin });
    else seen.set(identity, line);
    // Which project the row changes: by Kennung, else by title when exactly one project has it.
    const found = candidates(cells);
    if (found.length > 1) problem(ref ? 'ref' : 'title', 'import.problem.ambiguous', { count: found.length });
    const existing = found.length === 1 ? existingById.get(found[0]!.id) : undefined;
    if (existing) {
      const other = claimed.get(existing.id);
      if (other) problem(ref ? 'ref' : 'title', 'import.problem.sameProject', { line: other });
      else claimed.set(existing.id, line);
    }
    // Optional cells: blank keeps an existing project's value; a new project gets the default.
    const leadText = get('lead');
    const leadAccountId = leadText ? people.get(norm(leadText)) : (existing?.leadAccountId ?? undefined);
    if (leadText && !leadAccountId) problem('lead', 'import.problem.unknownLead', { value: leadText });
    const phaseText = norm(get('phase'));
    const phase = phaseText === '' ? (existing?.phase ?? 'planned') : PHASES[phaseText];
    if (!phase) problem('phase', 'import.problem.phase', { value: get('phase') });
    else if (phase === 'stopped' && existing?.phase !== 'stopped') problem('phase', 'import.problem.stopped');
    const vis = norm(get('visibility'));
    const visibility =
      vis === ''
        ? (existing?.visibility ?? 'internal')
        : PUBLIC.has(vis)
          ? 'public'
          : INTERNAL.has(vis)
            ? 'internal'
            : undefined;
    if (!visibility) problem('visibility', 'import.problem.visibility', { value: get('visibility') });
    const day = (f: 'startsOn' | 'endsOn') => {
      const raw = get(f);
      if (!raw) return existing?.[f] ?? null;
      const d = parseDay(raw);
      if (!d) problem(f, 'import.problem.date', { value: raw });
      return d ?? null;
    };
    const startsOn = day('startsOn');
    const endsOn = day('endsOn');
    if (startsOn && endsOn && endsOn < startsOn) problem('endsOn', 'import.problem.endBeforeStart');
    const budgetText = get('budget');
    const budgetPlanned = budgetText ? (parseEuros(budgetText) ?? null) : (existing?.budgetPlanned ?? null);
    if (budgetText && !budgetPlanned) problem('budget', 'import.problem.money', { value: budgetText });
    const qw = norm(get('quickWin'));
    const quickWin =
      qw === '' ? (existing?.quickWin ?? false) : YES.has(qw) ? true : NO.has(qw) ? false : undefined;
    if (quickWin === undefined) problem('quickWin', 'import.problem.yesNo', { value: get('quickWin') });
    if (problems.length || missing.length) return { line, title, action: 'invalid' as const, problems };
    const project: ImportedProject = {
      existingId: existing?.id ?? null,
      externalRef: ref ?? existing?.externalRef ?? null,
      title,
      summary,
      description: description || (existing?.description ?? ''),
      fieldOfActionId: fieldOfActionId!,
      ownerOrgUnitId: ownerOrgUnitId!,
      leadAccountId: leadAccountId ?? null,
      phase: phase!,
      visibility: visibility!,
      startsOn,
      endsOn,
      budgetPlanned,
      quickWin: quickWin!,
    };
    return { line, title, action: existing ? ('update' as const) : ('create' as const), problems, project };
  });
  // Rows that match an existing project and would change nothing are left alone.
  for (const r of rows)
    if (r.action === 'update' && r.project) {
      const b = existingById.get(r.project.existingId!);
      if (b && importChanges(b, r.project).length === 0) r.action = 'unchanged';
    }
  const count = (a: PreviewRow['action']) => rows.filter((r) => r.action === a).length;
  return {
    rows,
    missing,
    counts: {
      create: count('create'),
      update: count('update'),
      unchanged: count('unchanged'),
      invalid: count('invalid'),
    },
  };
}

/** Removes uploads nobody imported within a day (a nightly job): internal workbooks do not linger. */
export async function removeStaleImports(db: Db) {
  await db.delete(projectImports).where(lt(projectImports.createdAt, new Date(Date.now() - 86_400_000)));
}

/** Keeps an uploaded workbook for mapping and preview (the CDO team); refuses what cannot be read. */
export async function uploadImport(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  file: { name: string; bytes: Buffer },
) {
  if (!canCreateProject(actor)) throw new AppError('FORBIDDEN', 'Only the CDO team may import projects.');
  const sheet = await readSheet(file.bytes, file.name);
  const [row] = await db
    .insert(projectImports)
    .values({
      tenantId,
      fileName: file.name.slice(0, 200),
      content: file.bytes,
      rows: sheet.rows.length,
      uploadedBy: actor!.accountId,
    })
    .returning({ id: projectImports.id });
  return row!.id;
}

/** An upload with its sheet, for the person who uploaded it or the CDO team. */
export async function loadImport(db: DbOrTx, tenantId: string, actor: Actor | null, id: string) {
  if (!canCreateProject(actor)) throw new AppError('FORBIDDEN', 'Only the CDO team may import projects.');
  const [row] = /^[0-9a-f-]{36}$/.test(id)
    ? await db
        .select()
        .from(projectImports)
        .where(and(eq(projectImports.tenantId, tenantId), eq(projectImports.id, id)))
    : [];
  if (!row) throw notFound();
  return { upload: row, sheet: await parsedSheet(row) };
}

/**
 * Uploads read lately, by id: mapping, preview and import each need the sheet, and reading a workbook of
 * 2,000 rows takes about 0.3 s of the event loop (exceljs). An upload never changes, so its sheet is read
 * once; a few are kept, least recently used first out.
 */
const sheets = new Map<string, Promise<Sheet>>();
const KEPT_SHEETS = 8;

function parsedSheet(upload: { id: string; content: Buffer; fileName: string }): Promise<Sheet> {
  let sheet = sheets.get(upload.id);
  if (sheet) sheets.delete(upload.id);
  else {
    sheet = readSheet(upload.content, upload.fileName);
    sheet.catch(() => sheets.delete(upload.id));
  }
  sheets.set(upload.id, sheet);
  for (const id of sheets.keys()) {
    if (sheets.size <= KEPT_SHEETS) break;
    sheets.delete(id);
  }
  return sheet;
}

/**
 * Imports every row of a sheet in one transaction, or nothing: a sheet with any problem is refused
 * (the preview names them). Repeatable: rows match existing projects by Kennung, else by title.
 */
export async function runImport(
  db: Db,
  tenantId: string,
  actor: Actor | null,
  sheet: Sheet,
  mapping: ImportMapping,
  meta: RequestMeta & { uploadId?: string; onProgress?: (done: number, total: number) => void } = {},
) {
  if (!canCreateProject(actor)) throw new AppError('FORBIDDEN', 'Only the CDO team may import projects.');
  return db.transaction(async (tx) => {
    const preview = await previewImport(tx, tenantId, sheet, mapping);
    if (preview.missing.length || preview.counts.invalid)
      throw new AppError(
        'VALIDATION_FAILED',
        `The workbook has problems in ${preview.counts.invalid} rows${preview.missing.length ? ` and lacks the columns ${preview.missing.join(', ')}` : ''}; nothing was imported.`,
        { file: { key: 'import.errors.problems' } },
      );
    const todo = preview.rows.filter((r) => r.action !== 'unchanged').map((r) => r.project!);
    const counts = await saveImportedProjects(tx, tenantId, actor!, todo, {
      ...meta,
      onProgress: (done) => meta.onProgress?.(done, todo.length),
    });
    if (meta.uploadId) {
      await tx
        .delete(projectImports)
        .where(and(eq(projectImports.tenantId, tenantId), eq(projectImports.id, meta.uploadId)));
      sheets.delete(meta.uploadId);
    }
    return { ...counts, unchanged: preview.counts.unchanged };
  });
}
