import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gunzipSync } from 'node:zlib';
import { normalize, stemOf, stemOnce } from './similarity.ts';

/**
 * German synonym groups from OpenThesaurus (LGPL-2.1; thesaurus/README.md says where they come from and
 * how they were derived). Two words that share a group — "Kaninchen" and "Hase", "rennen" and "laufen" —
 * are matched by the duplicate hints even though no letter agrees. Words are looked up by their Snowball
 * stem, so "Hasen" finds "Hase"; a verb's inflected form ("rennt", "läufst") is also tried as its
 * infinitive.
 */
let groupsByStem: Map<string, readonly number[]> | undefined;
let loading: Promise<void> | undefined;

const FILE = new URL('./thesaurus/openthesaurus-de.txt.gz', import.meta.url);

/** Adds the groups of some lines; `group` numbers them across calls. */
function addLines(
  into: Map<string, number[]>,
  lines: string[],
  from: number,
  to: number,
  group: number,
): number {
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (!line || line === '#' || line.startsWith('# ')) continue;
    group++;
    for (const stem of new Set(line.split(';').map((w) => stemOnce(normalize(w))))) {
      const list = into.get(stem);
      if (list) list.push(group);
      else into.set(stem, [group]);
    }
  }
  return group;
}

/**
 * Reads the thesaurus without holding up the event loop: the file is read and unpacked asynchronously,
 * and its 26,000 groups (about a second of stemming) are indexed a few milliseconds at a time. The
 * duplicate hints wait for it once; later calls return at once.
 */
export function loadThesaurus(): Promise<void> {
  if (groupsByStem) return Promise.resolve();
  loading ??= (async () => {
    const text = (await gunzip(await readFile(FILE))).toString('utf8');
    const lines = text.split('\n');
    const into = new Map<string, number[]>();
    let group = 0;
    for (let i = 0; i < lines.length; ) {
      const until = performance.now() + 5;
      while (i < lines.length && performance.now() < until) {
        group = addLines(into, lines, i, Math.min(lines.length, i + 100), group);
        i += 100;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    groupsByStem = into;
  })();
  return loading;
}

/** Reads the thesaurus at once (offline evaluation and training, where nothing else waits). */
function loadNow(): Map<string, readonly number[]> {
  const lines = gunzipSync(readFileSync(FILE)).toString('utf8').split('\n');
  const into = new Map<string, number[]>();
  addLines(into, lines, 0, lines.length, 0);
  return into;
}

const gunzip = promisify(gunzipCallback);
const NONE: readonly number[] = [];

/**
 * The synonym groups a (normalised) word belongs to; empty when the thesaurus does not know it. Reads the
 * thesaurus at once if `loadThesaurus()` has not finished: servers await that first.
 */
export function synonymGroups(word: string): readonly number[] {
  let groups = memo.get(word);
  if (groups === undefined) {
    groups = lookUp(word);
    if (memo.size > 200_000) memo.clear();
    memo.set(word, groups);
  }
  return groups;
}

const memo = new Map<string, readonly number[]>();

function lookUp(word: string): readonly number[] {
  groupsByStem ??= loadNow();
  const keys = [stemOf(word)];
  // Present-tense verb forms: "rennt" → "rennen", "läufst" → "laufen" (umlauts are folded already).
  if (word.endsWith('t')) keys.push(stemOf(`${word.slice(0, -1)}en`));
  if (word.endsWith('st')) keys.push(stemOf(`${word.slice(0, -2)}en`));
  const found = keys.map((k) => groupsByStem!.get(k) ?? NONE).filter((g) => g.length);
  if (found.length <= 1) return found[0] ?? NONE;
  return [...new Set(found.flat())];
}
