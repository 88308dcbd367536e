/**
 * A refused form is answered at its own address (POST /intern/zyklen/<id>/rollup shows the cycle's page
 * with the errors), which then stays in the address bar. Reloading or bookmarking that address asks for
 * it with GET, which no route answers: it leads to the nearest page above it instead of "not found".
 */

interface RouteLike {
  method: string;
  path: string;
}

/** A route's path (`/intern/zyklen/:id/rollup`, `/x/:run{[0-9a-f-]{36}}`) as an anchored expression. */
export function routePattern(path: string): RegExp {
  let out = '';
  for (let i = 0; i < path.length; ) {
    const ch = path[i]!;
    if (ch === ':') {
      let j = i + 1;
      while (j < path.length && /\w/.test(path[j]!)) j++;
      if (path[j] === '{') {
        // The parameter's own expression, which may hold braces itself ({36}).
        let depth = 0;
        let k = j;
        for (; k < path.length; k++) {
          if (path[k] === '{') depth++;
          else if (path[k] === '}' && --depth === 0) break;
        }
        out += `(?:${path.slice(j + 1, k)})`;
        i = k + 1;
      } else {
        out += '[^/]+';
        i = j;
      }
    } else if (ch === '*') {
      out += '.*';
      i++;
    } else {
      out += ch.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      i++;
    }
  }
  return new RegExp(`^${out}/?$`);
}

/** Compiles the app's routes once; then answers where a GET for a form's address should lead. */
export function pageAboveFinder(routes: () => readonly RouteLike[]) {
  let compiled: { forms: RegExp[]; pages: RegExp[] } | undefined;
  return (path: string): string | undefined => {
    compiled ??= {
      forms: routes()
        .filter((r) => r.method === 'POST' && !r.path.includes('*'))
        .map((r) => routePattern(r.path)),
      pages: routes()
        .filter((r) => r.method === 'GET' && !r.path.includes('*'))
        .map((r) => routePattern(r.path)),
    };
    const { forms, pages } = compiled;
    if (!forms.some((re) => re.test(path))) return undefined;
    const parts = path.replace(/\/$/, '').split('/');
    for (let n = parts.length - 1; n >= 2; n--) {
      const above = parts.slice(0, n).join('/');
      if (pages.some((re) => re.test(above))) return above;
    }
    return undefined;
  };
}
