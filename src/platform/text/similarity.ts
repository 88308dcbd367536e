import snowball from 'snowball-stemmers';

/**
 * How alike two proposals are, from 0 to 1 — the function behind duplicate hints.
 *
 * A weighted cosine of two sparse vectors: character trigrams of the whole normalised text (robust to
 * inflection, compounds and typos: "Radweg" / "Radwegen" / "Fahrradwege") and Snowball-stemmed content
 * words (whole-word meaning). Each feature is weighted by a sublinear term frequency and its inverse
 * document frequency raised to 1.5, so rare, telling features dominate and words like "Stadt" or
 * "bitte" hardly count. The IDF comes from the tenant's own proposals (or, in `rathaus eval similarity`,
 * from the evaluated texts themselves), never from the scores.
 *
 * Chosen on the train split of the German STS benchmark (Spearman 0.70 there, 0.785 on dev, where
 * PostgreSQL trigram similarity reaches about 0.66); see bench/similarity.ts.
 */
export const SIMILARITY = { stemWeight: 0.2, idfPower: 1.5 } as const;

const stemmer = snowball.newStemmer('german');

export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei bin bis bist da damit dann das dass dein deine dem den denn der des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwas euch euer für gegen hab habe haben hat hatte hier hin hinter ich ihr ihre im in ist ja jede jedem jeden jeder jedes jetzt kann kein keine können machen man manche mehr mein meine mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so solche soll sollte sondern sonst über um und uns unser unter viel vom von vor während war waren warum was weg weil weiter welche wenn werde werden wie wieder will wir wird wo wollen würde zu zum zur zwar zwischen ' +
    'a an and are as at be by for from has have in is it of on or that the this to was were will with'
  ).split(' '),
);

/** Lower case, umlauts and accents folded, ß as ss: "Straße" and "strasse" are the same text. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

const stemCache = new Map<string, string>();

/** The Snowball stem of a word without keeping it (for word lists read once, which would only fill the memo). */
export function stemOnce(word: string): string {
  return stemCache.get(word) ?? stemmer.stem(word);
}

/** The Snowball stem of a word; memoized, since a city's vocabulary repeats (the stemmer costs µs a word). */
export function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer.stem(word);
    if (stemCache.size > 500_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Content words, stemmed (German Snowball). */
export function stems(text: string): string[] {
  return contentStems(normalize(text).match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** The stems of the content words among normalised words, in their order (stop words and single letters left out). */
export function contentStems(words: readonly string[]): string[] {
  return words.filter((w) => !STOPWORDS.has(w) && w.length > 1).map(stemOf);
}

/** Character trigrams of the whole text, spaces kept (so word boundaries count). */
export function trigrams(text: string): string[] {
  return paddedTrigrams(
    ` ${normalize(text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `,
  );
}

/** The trigrams of a string as it is (the caller pads it with spaces where word boundaries should count). */
export function paddedTrigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}

/** The features of one text: trigram and stem counts. Compute once, compare often. */
export interface Features {
  grams: Map<string, number>;
  stems: Map<string, number>;
}

export function count(items: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

export function features(text: string): Features {
  return { grams: count(trigrams(text)), stems: count(stems(text)) };
}

/** Document frequencies as plain data (structured-clone safe). */
export interface DocumentFrequenciesData {
  gdf: Map<string, number>;
  sdf: Map<string, number>;
  documents: number;
}

/** Document frequencies of features over a collection; `idf()` turns them into weights. */
export class DocumentFrequencies {
  private readonly gdf = new Map<string, number>();
  private readonly sdf = new Map<string, number>();
  private readonly gw = new Map<string, number>();
  private readonly sw = new Map<string, number>();
  documents = 0;

  add(f: Features): void {
    this.documents++;
    this.gw.clear();
    this.sw.clear();
    for (const k of f.grams.keys()) this.gdf.set(k, (this.gdf.get(k) ?? 0) + 1);
    for (const k of f.stems.keys()) this.sdf.set(k, (this.sdf.get(k) ?? 0) + 1);
  }

  /** Plain data (maps and a count) that crosses to and from a worker thread. */
  toData(): DocumentFrequenciesData {
    return { gdf: this.gdf, sdf: this.sdf, documents: this.documents };
  }

  static fromData(data: DocumentFrequenciesData): DocumentFrequencies {
    const df = new DocumentFrequencies();
    for (const [k, v] of data.gdf) df.gdf.set(k, v);
    for (const [k, v] of data.sdf) df.sdf.set(k, v);
    df.documents = data.documents;
    return df;
  }

  /** Puts back one feature's frequency of a saved count (see toData). */
  restore(kind: 'g' | 's', key: string, documents: number): void {
    (kind === 'g' ? this.gdf : this.sdf).set(key, documents);
  }

  /** In how many documents the feature occurs. */
  frequency(kind: 'g' | 's', key: string): number {
    return (kind === 'g' ? this.gdf : this.sdf).get(key) ?? 0;
  }

  /** Smoothed IDF; unseen features get the highest weight. */
  idf(kind: 'g' | 's', key: string): number {
    const df = (kind === 'g' ? this.gdf : this.sdf).get(key) ?? 0;
    return Math.log((this.documents + 1) / (df + 1)) + 1;
  }

  /** The `n` rarest stems of a text that occur in the collection: the terms that best find candidates in an index. */
  rarestStems(f: Features, n: number): string[] {
    return [...f.stems.keys()]
      .filter((k) => this.sdf.has(k))
      .sort((a, b) => (this.sdf.get(a) ?? 0) - (this.sdf.get(b) ?? 0) || (a < b ? -1 : 1))
      .slice(0, n);
  }

  /** idf^power, memoized (the frequencies do not change between builds). */
  weight(kind: 'g' | 's', key: string): number {
    const memo = kind === 'g' ? this.gw : this.sw;
    let w = memo.get(key);
    if (w === undefined) {
      w = this.idf(kind, key) ** SIMILARITY.idfPower;
      memo.set(key, w);
    }
    return w;
  }
}

/** A text's features weighted under a collection's IDF, with their norms: compare many without redoing work. */
export interface Vector {
  g: Map<string, number>;
  gNorm: number;
  s: Map<string, number>;
  sNorm: number;
}

function weigh(counts: Map<string, number>, w: (k: string) => number): [Map<string, number>, number] {
  const out = new Map<string, number>();
  let norm = 0;
  for (const [k, v] of counts) {
    const x = (1 + Math.log(v)) * w(k);
    out.set(k, x);
    norm += x * x;
  }
  return [out, Math.sqrt(norm)];
}

export function vectorize(f: Features, df: DocumentFrequencies): Vector {
  const [g, gNorm] = weigh(f.grams, (k) => df.weight('g', k));
  const [s, sNorm] = weigh(f.stems, (k) => df.weight('s', k));
  return { g, gNorm, s, sNorm };
}

/** Cosine of two weighted sparse vectors given their norms; 0 when either is empty. */
export function cosine(a: Map<string, number>, an: number, b: Map<string, number>, bn: number): number {
  if (!an || !bn) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) {
    const o = large.get(k);
    if (o !== undefined) dot += v * o;
  }
  return dot / (an * bn);
}

/** Similarity of two weighted texts, from 0 (nothing shared) to 1. */
export function vectorSimilarity(a: Vector, b: Vector): number {
  const g = cosine(a.g, a.gNorm, b.g, b.gNorm);
  // Texts without content words (only numbers or stop words) are compared by their characters alone.
  if (!a.s.size && !b.s.size) return g;
  return (1 - SIMILARITY.stemWeight) * g + SIMILARITY.stemWeight * cosine(a.s, a.sNorm, b.s, b.sNorm);
}

/** Similarity of two texts' features under the collection's IDF, from 0 (nothing shared) to 1. */
export function similarity(a: Features, b: Features, df: DocumentFrequencies): number {
  return vectorSimilarity(vectorize(a, df), vectorize(b, df));
}
