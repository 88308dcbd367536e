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

const STOPWORDS = new Set(
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

/** Content words, stemmed (German Snowball). */
export function stems(text: string): string[] {
  const words = normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => !STOPWORDS.has(w) && w.length > 1).map((w) => stemmer.stem(w));
}

/** Character trigrams of the whole text, spaces kept (so word boundaries count). */
export function trigrams(text: string): string[] {
  const s = ` ${normalize(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}

/** The features of one text: trigram and stem counts. Compute once, compare often. */
export interface Features {
  grams: Map<string, number>;
  stems: Map<string, number>;
}

function count(items: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

export function features(text: string): Features {
  return { grams: count(trigrams(text)), stems: count(stems(text)) };
}

/** Document frequencies of features over a collection; `idf()` turns them into weights. */
export class DocumentFrequencies {
  private readonly df = new Map<string, number>();
  documents = 0;

  add(f: Features): void {
    this.documents++;
    for (const k of f.grams.keys()) this.df.set(`g:${k}`, (this.df.get(`g:${k}`) ?? 0) + 1);
    for (const k of f.stems.keys()) this.df.set(`s:${k}`, (this.df.get(`s:${k}`) ?? 0) + 1);
  }

  /** Smoothed IDF; unseen features get the highest weight. */
  idf(kind: 'g' | 's', key: string): number {
    return Math.log((this.documents + 1) / ((this.df.get(`${kind}:${key}`) ?? 0) + 1)) + 1;
  }

  /** The `n` rarest stems of a text: the terms that best find candidates in an index. */
  rarestStems(f: Features, n: number): string[] {
    return [...f.stems.keys()].sort((a, b) => this.idf('s', b) - this.idf('s', a)).slice(0, n);
  }

  toJSON() {
    return { documents: this.documents, df: Object.fromEntries(this.df) };
  }

  static fromJSON(data: { documents: number; df: Record<string, number> }): DocumentFrequencies {
    const d = new DocumentFrequencies();
    d.documents = data.documents;
    for (const [k, v] of Object.entries(data.df)) d.df.set(k, v);
    return d;
  }
}

function cosine(a: Map<string, number>, b: Map<string, number>, weight: (k: string) => number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    const wa = (1 + Math.log(v)) * weight(k);
    na += wa * wa;
    const vb = b.get(k);
    if (vb !== undefined) dot += wa * (1 + Math.log(vb)) * weight(k);
  }
  for (const [k, v] of b) {
    const wb = (1 + Math.log(v)) * weight(k);
    nb += wb * wb;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Similarity of two texts' features under the collection's IDF, from 0 (nothing shared) to 1. */
export function similarity(a: Features, b: Features, df: DocumentFrequencies): number {
  const p = SIMILARITY.idfPower;
  const g = cosine(a.grams, b.grams, (k) => df.idf('g', k) ** p);
  // Texts without content words (only numbers or stop words) are compared by their characters alone.
  if (!a.stems.size && !b.stems.size) return g;
  const s = cosine(a.stems, b.stems, (k) => df.idf('s', k) ** p);
  return (1 - SIMILARITY.stemWeight) * g + SIMILARITY.stemWeight * s;
}
