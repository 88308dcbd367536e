/**
 * npm run derive:thesaurus — derives the synonym groups the duplicate hints use from OpenThesaurus
 * (LGPL-2.1, Debian package `openthesaurus-de-text`): every group's single-word terms, with usage notes
 * such as "(ugs.)" removed; groups left with fewer than two words are dropped. Writes
 * src/platform/text/thesaurus/openthesaurus-de.txt.gz. The source file is read as the package installs it,
 * or from the path given.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const source = process.argv[2] ?? '/usr/share/openthesaurus-de/openthesaurus.txt';
const lines = readFileSync(source, 'utf8').split('\n');
/** Comment lines; a group may itself begin with '#' ("#;Rautenzeichen"). */
const isComment = (l: string) => l === '#' || l.startsWith('# ');
const header = lines.filter(isComment);
const groups: string[] = [];
for (const line of lines) {
  if (!line.trim() || isComment(line)) continue;
  const words = [
    ...new Set(
      line
        .split(';')
        .map((t) => t.replace(/\([^)]*\)/g, '').trim())
        .filter((t) => t && !/[\s.]/.test(t)),
    ),
  ];
  if (words.length >= 2) groups.push(words.join(';'));
}
const out = [
  ...header,
  `# Derived by bench/derive-thesaurus.ts: single-word terms of each group, usage notes removed (${groups.length} groups).`,
  ...groups,
  '',
].join('\n');
const target = path.join(import.meta.dirname, '..', 'src/platform/text/thesaurus/openthesaurus-de.txt.gz');
writeFileSync(target, gzipSync(Buffer.from(out), { level: 9 }));
console.log(`${groups.length} groups from ${source} written to ${path.relative(process.cwd(), target)}`);
