import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { pageAbove, routerHasRoute } from './page-above.ts';

describe('the page above a form’s address', () => {
  it('leads a GET for a form’s address to the nearest page above it, and nothing else anywhere', async () => {
    const app = new Hono();
    app.use('*', (_c, next) => next());
    app.get('/intern/zyklen/:id', (c) => c.text('cycle'));
    app.post('/intern/zyklen/:id/rollup', (c) => c.text('rollup'));
    app.get('/intern/ideen/buendeln', (c) => c.text('groups'));
    app.post('/intern/ideen/buendeln/:run{[0-9a-f-]{36}}/:cluster{[A-Za-z0-9_-]{1,20}}', (c) =>
      c.text('edit'),
    );
    app.post('/intern/nirgends/:id', (c) => c.text('nowhere'));
    await app.request('/intern/zyklen/1');
    const has = routerHasRoute(app.router);
    expect(pageAbove('/intern/zyklen/42/rollup', has)).toBe('/intern/zyklen/42');
    expect(pageAbove('/intern/ideen/buendeln/0256b64e-58fb-47ba-8aa3-599fa47f679b/Djz6EpNR', has)).toBe(
      '/intern/ideen/buendeln',
    );
    // Not a form's address (the middleware for every path does not count), or no page above it.
    expect(pageAbove('/intern/zyklen/42/anders', has)).toBeUndefined();
    expect(pageAbove('/intern/ideen/buendeln/kein-lauf/Djz6EpNR', has)).toBeUndefined();
    expect(pageAbove('/intern/nirgends/1', has)).toBeUndefined();
  });
});
