import type { TranslationConfig } from '../../config.ts';
import type { Lang } from '../i18n/langs.ts';

/** Why a provider stopped translating: the tenant's own budget, the provider's quota, or a refused key. */
export type StopReason = 'budget' | 'provider_quota' | 'provider_auth';

/** A provider refused for a reason that waiting a few seconds will not cure; translation pauses. */
export class TranslationStopped extends Error {
  override name = 'TranslationStopped';
  constructor(
    readonly reason: StopReason,
    message: string,
  ) {
    super(message);
  }
}

/** What one call to a provider gives back: the texts in the order sent, and what made them. */
export interface MachineResult {
  texts: string[];
  /** The provider's model or version, kept with each translation (`deepl:quality_optimized`, `libretranslate:1.6.0`). */
  model: string;
}

/** One machine translation service behind the adapter; texts are plain text, never HTML. */
export interface MachineTranslator {
  readonly provider: 'deepl' | 'libretranslate';
  /** Most texts and characters one request may carry. */
  readonly batch: { texts: number; characters: number };
  translate(
    texts: readonly string[],
    from: string,
    to: Lang,
    opts?: { glossaryId?: string | undefined },
  ): Promise<MachineResult>;
  /**
   * Makes the provider's copy of a glossary (DeepL glossaries cannot be edited: a new one replaces the
   * old); undefined when the provider has no glossaries.
   */
  createGlossary?(
    name: string,
    from: string,
    to: Lang,
    entries: readonly { term: string; translation: string }[],
  ): Promise<string>;
  deleteGlossary?(id: string): Promise<void>;
  /** Asks the provider whether it answers and accepts the key (`rathaus doctor`); says what it reports. */
  check(): Promise<string>;
}

/** How a failed call is retried: 429 and 5xx wait (Retry-After, else doubling from `baseMs`), up to `tries`. */
export interface RetryPolicy {
  tries: number;
  baseMs: number;
  maxMs: number;
}

const DEFAULT_RETRY: RetryPolicy = { tries: 4, baseMs: 1_000, maxMs: 30_000 };
const TIMEOUT_MS = 30_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends a request, waiting and trying again while the provider answers "too many requests" or fails briefly. */
async function withRetry(
  send: () => Promise<Response>,
  retry: RetryPolicy,
  stopOn: (res: Response) => TranslationStopped | undefined,
): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const res = await send();
    const stopped = stopOn(res);
    if (stopped) throw stopped;
    const transient = res.status === 429 || res.status >= 500;
    if (!transient || attempt >= retry.tries) return res;
    const after = Number(res.headers.get('retry-after'));
    const wait =
      Number.isFinite(after) && after > 0
        ? after * 1000
        : retry.baseMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2);
    await res.body?.cancel();
    await sleep(Math.min(wait, retry.maxMs));
  }
}

async function failure(provider: string, res: Response): Promise<Error> {
  const body = (await res.text()).slice(0, 300);
  return new Error(`${provider} answered ${res.status}: ${body}`);
}

/** DeepL's language codes: English as British English, the rest upper-case. */
function deeplTarget(lang: Lang): string {
  return lang === 'en' ? 'EN-GB' : lang.toUpperCase();
}

/**
 * DeepL API v2 (`POST /v2/translate`): `text[]`, `source_lang`, `target_lang`, plain text, the formal
 * register, the tenant's glossary; `Authorization: DeepL-Auth-Key …`. 456 means the account's quota is
 * spent, 403 a refused key: both stop translating with a notice; 429 and 5xx are retried with back-off.
 */
export function deeplTranslator(
  config: { apiKey: string; apiUrl: string },
  retry: RetryPolicy = DEFAULT_RETRY,
): MachineTranslator {
  const headers = {
    Authorization: `DeepL-Auth-Key ${config.apiKey}`,
    'Content-Type': 'application/json',
    'User-Agent': 'Rathaus',
  };
  const stopOn = (res: Response) =>
    res.status === 456
      ? new TranslationStopped(
          'provider_quota',
          'DeepL: the character quota of the account is used up (456).',
        )
      : res.status === 403
        ? new TranslationStopped('provider_auth', 'DeepL refused the API key (403).')
        : undefined;
  return {
    provider: 'deepl',
    async check() {
      const res = await fetch(`${config.apiUrl}/v2/usage`, {
        headers,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!res.ok) throw await failure('DeepL', res);
      const u = (await res.json()) as { character_count?: number; character_limit?: number };
      return `DeepL answers; ${u.character_count ?? '?'} of ${u.character_limit ?? '?'} characters used this period`;
    },
    // DeepL takes up to 50 texts and 128 KiB per request.
    batch: { texts: 50, characters: 30_000 },
    async translate(texts, from, to, opts = {}) {
      const res = await withRetry(
        () =>
          fetch(`${config.apiUrl}/v2/translate`, {
            method: 'POST',
            headers,
            signal: AbortSignal.timeout(TIMEOUT_MS),
            body: JSON.stringify({
              text: texts,
              source_lang: from.toUpperCase(),
              target_lang: deeplTarget(to),
              // Plain text: nothing is read as markup; line breaks stay.
              split_sentences: 'nonewlines',
              preserve_formatting: true,
              formality: 'prefer_more',
              ...(opts.glossaryId ? { glossary_id: opts.glossaryId } : {}),
            }),
          }),
        retry,
        stopOn,
      );
      if (!res.ok) throw await failure('DeepL', res);
      const json = (await res.json()) as {
        translations?: { text: string; model_type_used?: string }[];
      };
      const out = json.translations ?? [];
      if (out.length !== texts.length)
        throw new Error(`DeepL returned ${out.length} translations for ${texts.length} texts.`);
      return {
        texts: out.map((t) => t.text),
        model: `deepl-v2${out[0]?.model_type_used ? `:${out[0].model_type_used}` : ''}`,
      };
    },
    async createGlossary(name, from, to, entries) {
      const tsv = entries
        .map((e) => `${e.term.replace(/[\t\n]/g, ' ')}\t${e.translation.replace(/[\t\n]/g, ' ')}`)
        .join('\n');
      const res = await withRetry(
        () =>
          fetch(`${config.apiUrl}/v2/glossaries`, {
            method: 'POST',
            headers,
            signal: AbortSignal.timeout(TIMEOUT_MS),
            body: JSON.stringify({
              name,
              source_lang: from.toLowerCase(),
              target_lang: to,
              entries: tsv,
              entries_format: 'tsv',
            }),
          }),
        retry,
        stopOn,
      );
      if (!res.ok) throw await failure('DeepL', res);
      const json = (await res.json()) as { glossary_id?: string };
      if (!json.glossary_id) throw new Error('DeepL created a glossary without an id.');
      return json.glossary_id;
    },
    async deleteGlossary(id) {
      const res = await fetch(`${config.apiUrl}/v2/glossaries/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        headers,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      // Gone already is as good as deleted.
      if (!res.ok && res.status !== 404) throw await failure('DeepL', res);
      await res.body?.cancel();
    },
  };
}

/**
 * LibreTranslate (`POST /translate` with `q`, `source`, `target`, `format`, `api_key`), for cities that
 * host their own. 403 (a refused key) stops translating; 429 and 5xx are retried with back-off.
 */
export function libreTranslator(
  config: { apiUrl: string; apiKey: string | undefined },
  retry: RetryPolicy = DEFAULT_RETRY,
): MachineTranslator {
  const stopOn = (res: Response) =>
    res.status === 403
      ? new TranslationStopped('provider_auth', 'LibreTranslate refused the API key (403).')
      : undefined;
  return {
    provider: 'libretranslate',
    async check() {
      const res = await fetch(`${config.apiUrl}/languages`, {
        headers: { 'User-Agent': 'Rathaus' },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!res.ok) throw await failure('LibreTranslate', res);
      const langs = (await res.json()) as unknown[];
      return `LibreTranslate answers with ${langs.length} languages`;
    },
    batch: { texts: 25, characters: 20_000 },
    async translate(texts, from, to) {
      const res = await withRetry(
        () =>
          fetch(`${config.apiUrl}/translate`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'User-Agent': 'Rathaus' },
            signal: AbortSignal.timeout(TIMEOUT_MS),
            body: JSON.stringify({
              q: texts,
              source: from,
              target: to,
              format: 'text',
              ...(config.apiKey ? { api_key: config.apiKey } : {}),
            }),
          }),
        retry,
        stopOn,
      );
      if (!res.ok) throw await failure('LibreTranslate', res);
      const json = (await res.json()) as { translatedText?: string | string[] };
      const out = Array.isArray(json.translatedText) ? json.translatedText : [json.translatedText];
      if (out.length !== texts.length || out.some((t) => typeof t !== 'string'))
        throw new Error(`LibreTranslate returned ${out.length} translations for ${texts.length} texts.`);
      return { texts: out as string[], model: 'libretranslate' };
    },
  };
}

/** The configured provider, or none (then only people translate, in the back office). */
export function machineTranslator(
  config: TranslationConfig,
  retry?: RetryPolicy,
): MachineTranslator | undefined {
  if (config.provider === 'deepl') return deeplTranslator(config, retry);
  if (config.provider === 'libretranslate') return libreTranslator(config, retry);
  return undefined;
}
