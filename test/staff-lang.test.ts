import { sql } from 'drizzle-orm';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedBonn } from '../src/demo/seed.ts';
import { Client, testApp, testDatabase, uniq } from './helpers.ts';

/**
 * The back office speaks the account's language, while the city's content (project titles, units,
 * proposals, ideas, services) stays in German: on an English staff page that content is marked
 * `lang="de"`, as on the public pages, so a screen reader reads it in German (walk).
 */
describe('the back office in English', () => {
  let database: Awaited<ReturnType<typeof testDatabase>>;
  let host: string;
  let tenantId: string;
  beforeAll(async () => {
    database = await testDatabase();
    const slug = uniq('bonn');
    host = `${slug}.test`;
    ({ tenantId } = await seedBonn(
      database.db,
      'demo-password-123',
      new Date('2026-11-29T12:00:00Z'),
      [host],
      slug,
    ));
  });

  it('marks the city’s German content lang="de" on every page a role reaches', async () => {
    const content = await database.rows<{ text: string }>(sql`
      select title as text from projects where tenant_id = ${tenantId}
      union select name from fields_of_action where tenant_id = ${tenantId}
      union select name from pillars where tenant_id = ${tenantId}
      union select title from goals where tenant_id = ${tenantId}
      union select name from org_units where tenant_id = ${tenantId}
      union select name from partners where tenant_id = ${tenantId}
      union select title from ideas where tenant_id = ${tenantId}
      union select title from milestones where tenant_id = ${tenantId}
      union select title from review_meetings where tenant_id = ${tenantId}
      union select title from action_items where tenant_id = ${tenantId}
      union (select title from proposals where tenant_id = ${tenantId} and language = 'de' order by created_at desc limit 200)
      union select name from online_services where tenant_id = ${tenantId}`);
    const german = new Set(content.map((r) => r.text.trim()).filter((x) => x.length > 12));
    const partnerNames = await database.rows<{ text: string }>(
      sql`select name as text from partners where tenant_id = ${tenantId}`,
    );
    const inMessages = [...german].filter((g) => !partnerNames.some((p) => p.text === g));
    const names = new Set(
      (
        await database.rows<{ text: string }>(
          sql`select display_name as text from accounts where tenant_id = ${tenantId}`,
        )
      ).map((r) => r.text),
    );
    const unmarked = new Map<string, string>();
    let checked = 0;
    let pages = 0;
    for (const email of [
      'cdo@bonn.example',
      'leitung66@bonn.example',
      'dezernat4@bonn.example',
      'admin@bonn.example',
    ]) {
      await database.db.execute(
        sql`update accounts set language = 'en' where tenant_id = ${tenantId} and email = ${email}`,
      );
      const c = new Client((await testApp()).app, host);
      await c.login(email, 'demo-password-123');
      const seen = new Set<string>();
      const queue = ['/intern'];
      while (queue.length && seen.size < 90) {
        const path = queue.shift()!;
        const shape = path.replace(/[0-9a-f-]{36}/g, ':id').replace(/\?.*$/, '');
        if (seen.has(shape)) continue;
        seen.add(shape);
        const res = await c.get(path);
        if (res.status !== 200 || !res.headers.get('content-type')?.includes('text/html')) continue;
        pages++;
        // A page part passed where a message wanted text shows as "[object Object]"; a marker left over.
        expect(res.text, path).not.toMatch(/\[object Object\]|\uE000|\uE001/);
        const { document } = parseHTML(res.text);
        for (const a of Array.from(document.querySelectorAll('a[href^="/intern"]'))) {
          const href = a.getAttribute('href')!.replace(/#.*$/, '');
          if (!/\.(csv|pdf|json|ics)(\?|$)|abmelden|export/.test(href)) queue.push(href);
        }
        const walk = (node: Node) => {
          for (const child of Array.from(node.childNodes)) {
            if (child.nodeType === 3) {
              const text = (child.textContent ?? '').trim();
              if (!german.has(text)) {
                // A message that names the city's words ("Remove the role “Staff – Amt 40”"); not an option's
                // label, which cannot hold markup, nor an account's name that contains an organisation's.
                if (text.length > 12 && child.parentElement?.tagName !== 'OPTION') {
                  const part = inMessages.find((g) => text.includes(g) && !names.has(text));
                  if (part) {
                    let el = child.parentElement;
                    while (el && !el.hasAttribute('lang')) el = el.parentElement;
                    if (el?.getAttribute('lang') !== 'de') {
                      const where = `in a message: ${shape} <${child.parentElement?.tagName.toLowerCase()}>`;
                      if (!unmarked.has(where)) unmarked.set(where, text.slice(0, 120));
                    }
                  }
                }
                continue;
              }
              checked++;
              let el = child.parentElement;
              while (el && !el.hasAttribute('lang')) el = el.parentElement;
              if (el?.getAttribute('lang') !== 'de') {
                const where = `${shape} <${child.parentElement?.tagName.toLowerCase()} class="${child.parentElement?.getAttribute('class') ?? ''}">`;
                if (!unmarked.has(where)) unmarked.set(where, text);
              }
            } else if (
              child.nodeType === 1 &&
              !['HEAD', 'SCRIPT', 'STYLE', 'svg', 'SVG'].includes((child as Element).tagName)
            ) {
              walk(child);
            }
          }
        };
        walk(document.body);
      }
    }
    // About 160 pages of four roles, some 3,500 of the city's words on them.
    expect(pages).toBeGreaterThan(120);
    expect(checked).toBeGreaterThan(2000);
    expect([...unmarked].map(([where, text]) => `${where} ${text}`)).toEqual([]);
  }, 300_000);
});
