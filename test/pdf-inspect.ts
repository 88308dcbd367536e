import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What a PDF reader and an accessibility checker read from a PDF, by poppler-utils and qpdf (CI installs both). */
export interface PdfFacts {
  /** pdfinfo's "Tagged:" line. */
  tagged: boolean;
  title: string;
  pages: number;
  /** The document catalogue's /Lang. */
  lang: string;
  /** `pdfuaid:part` in the XMP metadata: 1 for PDF/UA-1. */
  uaPart: string | null;
  /** Whether the viewer shows the title, not the file name (PDF/UA requires it). */
  displayDocTitle: boolean;
  /** The languages structure elements declare (passages in another language than the document's). */
  passageLangs: string[];
  /** Every structure element of type Figure, with its alternative text. */
  figures: { alt: string | null }[];
  /** The structure tree as pdfinfo -struct-text prints it: element types and their text, indented. */
  structure: string;
  /** The text as pdftotext extracts it, in reading order. */
  text: string;
}

type QpdfObject = {
  value?: Record<string, unknown>;
  stream?: { dict: Record<string, unknown>; data?: string };
};

/** A string from qpdf's JSON ("u:…" is a Unicode string, "b:…" bytes in hex). */
function qpdfString(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  if (v.startsWith('u:')) return v.slice(2);
  if (v.startsWith('b:')) return Buffer.from(v.slice(2), 'hex').toString('latin1');
  return v;
}

export async function inspectPdf(pdf: Buffer): Promise<PdfFacts> {
  const dir = await mkdtemp(join(tmpdir(), 'rathaus-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, pdf);
    const [info, struct, text, json] = await Promise.all([
      run('pdfinfo', [file]),
      run('pdfinfo', ['-struct-text', file], { maxBuffer: 64 * 1024 * 1024 }),
      run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 }),
      run('qpdf', ['--json', '--json-key=qpdf', '--json-stream-data=inline', file], {
        maxBuffer: 256 * 1024 * 1024,
      }),
    ]);
    const field = (name: string) =>
      new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info.stdout)?.[1]?.trim() ?? '';
    const objects = Object.values(
      (JSON.parse(json.stdout) as { qpdf: [unknown, Record<string, QpdfObject>] }).qpdf[1],
    );
    const catalog = objects.find((o) => o.value?.['/Type'] === '/Catalog')?.value ?? {};
    const xmp = objects.find((o) => o.stream?.dict['/Subtype'] === '/XML' && o.stream.data);
    const xml = xmp ? Buffer.from(xmp.stream!.data!, 'base64').toString('utf8') : '';
    const prefs = (catalog['/ViewerPreferences'] ?? {}) as Record<string, unknown>;
    return {
      tagged: field('Tagged') === 'yes',
      title: field('Title'),
      pages: Number(field('Pages')),
      lang: qpdfString(catalog['/Lang']) ?? '',
      uaPart: /pdfuaid:part(?:>|=")(\d)/.exec(xml)?.[1] ?? null,
      displayDocTitle: prefs['/DisplayDocTitle'] === true,
      passageLangs: [
        ...new Set(
          objects
            .filter((o) => o.value?.['/Type'] === '/StructElem' && o.value['/Lang'])
            .map((o) => qpdfString(o.value!['/Lang'])!),
        ),
      ],
      figures: objects
        .filter((o) => o.value?.['/Type'] === '/StructElem' && o.value['/S'] === '/Figure')
        .map((o) => ({ alt: qpdfString(o.value!['/Alt']) })),
      structure: struct.stdout,
      text: text.stdout,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The structure tree's elements in reading order with the text inside each (pdfinfo -struct-text prints
 * an element's type, then its content indented below it; a heading's own title attribute is not its text).
 */
export function structElements(structure: string): { type: string; text: string }[] {
  const lines = structure.split('\n');
  const out: { type: string; text: string }[] = [];
  const indent = (l: string) => l.length - l.trimStart().length;
  for (const [i, line] of lines.entries()) {
    const m = /^\s*([A-Z][A-Za-z0-9]*)\b/.exec(line);
    if (!m) continue;
    const depth = indent(line);
    const texts: string[] = [];
    for (const next of lines.slice(i + 1)) {
      if (next.trim() && indent(next) <= depth) break;
      const t = /^\s*"(.*)"$/.exec(next);
      if (t) texts.push(t[1]!);
    }
    out.push({ type: m[1]!, text: texts.join(' ').replace(/\s+/g, ' ').trim() });
  }
  return out;
}

/** The fonts a PDF uses, as pdffonts lists them: each font's name and whether it is embedded. */
export async function pdfFonts(pdf: Buffer): Promise<{ name: string; embedded: boolean }[]> {
  const dir = await mkdtemp(join(tmpdir(), 'rathaus-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdffonts', [file]);
    // After two header lines: name, type (one or two words), encoding, emb, sub, uni, object number, generation.
    return stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => {
        const cols = l.trim().split(/\s+/);
        return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
      });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
