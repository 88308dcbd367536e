// The worker thread that turns Typst into PDF (see typst.ts). Plain JavaScript: a worker does not inherit
// the TypeScript loader of the thread that starts it. Typst's layout of a long report takes a few hundred
// milliseconds of one core, which would otherwise stop every other request for that long.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

/** Created at the first job: loading the embedded fonts costs about 50 ms. */
let compiler;
/**
 * The documents' root: a folder that does not exist, so a document reads only the files its job hands
 * over, never the server's own.
 */
const ROOT = '/rathaus-typst-files';

/**
 * Typefaces beyond Typst's own (Libertinus Serif, New Computer Modern, DejaVu Sans Mono), which write
 * no Arabic: Amiri, a Naskh face (SIL Open Font License), from the npm package that ships its TTF files.
 */
function extraFonts() {
  const require = createRequire(import.meta.url);
  const dir = require.resolve('@expo-google-fonts/amiri/package.json').replace(/package\.json$/, '');
  return ['400Regular/Amiri_400Regular.ttf', '700Bold/Amiri_700Bold.ttf'].map((f) => readFileSync(dir + f));
}

parentPort.on('message', (job) => {
  try {
    compiler ??= NodeCompiler.create({ workspace: ROOT, fontArgs: [{ fontBlobs: extraFonts() }] });
    // Files the document reads (a logo) exist for this job only.
    compiler.resetShadow();
    for (const [path, bytes] of Object.entries(job.files ?? {}))
      compiler.mapShadow(ROOT + path, Buffer.from(bytes));
    const result = compiler.compile({ mainFileContent: job.template, inputs: job.inputs });
    const error = result.takeError();
    if (error) {
      const messages = (error.shortDiagnostics ?? []).map((d) => d.message);
      parentPort.postMessage({ id: job.id, error: messages.join('; ') || 'Typst could not compile.' });
      return;
    }
    const pdf = compiler.pdf(result.result, {
      pdfStandard: job.standard,
      creationTimestamp: job.timestamp,
    });
    // Typst memoises layouts across compilations; a report is compiled once per change, so the memo
    // would only grow (about 12 MB per 100-project report). Entries unused in the last two are dropped.
    compiler.evictCache(2);
    const bytes = new Uint8Array(pdf.byteLength);
    bytes.set(pdf);
    parentPort.postMessage({ id: job.id, pdf: bytes }, [bytes.buffer]);
  } catch (e) {
    parentPort.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
