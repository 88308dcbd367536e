/**
 * A refused form is answered at its own address (POST /intern/zyklen/<id>/rollup shows the cycle's page
 * with the errors), which then stays in the address bar. Reloading or bookmarking that address asks for
 * it with GET, which no route answers: it leads to the nearest page above it instead of "not found".
 */

/** Whether the app has a route of its own (not a middleware's) for the method at the path. */
export type HasRoute = (method: 'GET' | 'POST', path: string) => boolean;

/** The nearest page above a form's address, or none where the path is no form's or nothing is above it. */
export function pageAbove(path: string, hasRoute: HasRoute): string | undefined {
  if (!hasRoute('POST', path)) return undefined;
  const parts = path.replace(/\/$/, '').split('/');
  for (let n = parts.length - 1; n >= 2; n--) {
    const above = parts.slice(0, n).join('/');
    if (hasRoute('GET', above)) return above;
  }
  return undefined;
}

/**
 * Asks a Hono router which routes match, as the app itself would route the request; middleware (registered
 * for every method) does not count as a route.
 */
export function routerHasRoute(router: {
  match(method: string, path: string): [[[unknown, { method: string }], unknown][], ...unknown[]];
}): HasRoute {
  return (method, path) => router.match(method, path)[0].some(([[, route]]) => route.method === method);
}
