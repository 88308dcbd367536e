import { eld } from 'eld';

let ready: Promise<void> | undefined;

/**
 * The language a contribution (proposal, comment) is written in (ISO 639-1, e.g. de, en, tr, ar), detected offline with ELD;
 * `und` when the text is too short or the detector is unsure. Loads its data (~0.4 s) on first use.
 */
export async function detectLanguage(text: string): Promise<string> {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 12) return 'und';
  const loader = eld as { load?: (size: string) => Promise<unknown> };
  ready ??= Promise.resolve(loader.load ? loader.load('medium') : undefined).then(() => undefined);
  await ready;
  const result = eld.detect(text) as { language: string; isReliable?: () => boolean };
  if (!result.language || (result.isReliable && !result.isReliable())) return 'und';
  return result.language;
}
