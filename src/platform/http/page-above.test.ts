import { describe, expect, it } from 'vitest';
import { pageAboveFinder, routePattern } from './page-above.ts';

describe('the page above a form’s address', () => {
  it('reads route paths with parameters and their own expressions', () => {
    expect(routePattern('/intern/zyklen/:id/rollup').test('/intern/zyklen/abc/rollup')).toBe(true);
    expect(routePattern('/intern/zyklen/:id/rollup').test('/intern/zyklen/a/b/rollup')).toBe(false);
    const run = routePattern('/x/:run{[0-9a-f-]{36}}/:cluster{[A-Za-z0-9_-]{1,20}}');
    expect(run.test('/x/0256b64e-58fb-47ba-8aa3-599fa47f679b/Djz6EpNR')).toBe(true);
    expect(run.test('/x/nope/Djz6EpNR')).toBe(false);
    expect(routePattern('/a.b').test('/aXb')).toBe(false);
  });

  it('leads a GET for a form’s address to the nearest page above it, and nothing else anywhere', () => {
    const above = pageAboveFinder(() => [
      { method: 'ALL', path: '*' },
      { method: 'GET', path: '/intern/zyklen/:id' },
      { method: 'POST', path: '/intern/zyklen/:id/rollup' },
      { method: 'GET', path: '/intern/ideen/buendeln' },
      { method: 'POST', path: '/intern/ideen/buendeln/:run{[0-9a-f-]{36}}/:cluster{[A-Za-z0-9_-]{1,20}}' },
      { method: 'POST', path: '/intern/nirgends/:id' },
    ]);
    expect(above('/intern/zyklen/42/rollup')).toBe('/intern/zyklen/42');
    expect(above('/intern/ideen/buendeln/0256b64e-58fb-47ba-8aa3-599fa47f679b/Djz6EpNR')).toBe(
      '/intern/ideen/buendeln',
    );
    // Not a form's address, or no page above it: still not found.
    expect(above('/intern/zyklen/42/anders')).toBeUndefined();
    expect(above('/intern/nirgends/1')).toBeUndefined();
  });
});
