import {
  contentStems,
  cosine,
  type DocumentFrequencies,
  type Features,
  features,
  normalize,
  paddedTrigrams,
  STOPWORDS,
  stemOf,
  type Vector,
  vectorize,
  vectorSimilarity,
} from './similarity.ts';
import { synonymGroups } from './thesaurus.ts';

/**
 * What can be measured about how two texts relate, as numbers a learned model combines
 * (`boosted-trees.ts`): the weighted cosines of `similarity.ts`, overlaps of words and stems, how well
 * each word of one text finds a partner in the other (by its letters, or as a synonym from the
 * thesaurus), how much telling content is left without one, and differences in numbers, negation and
 * length. No single one agrees with people as well as their learned combination does (bench/README.md).
 */
export const PAIR_FEATURES = [
  'similarity',
  'trigramCosine',
  'stemCosine',
  'trigramJaccard',
  'stemJaccard',
  'stemWeightedOverlap',
  'stemContainmentMin',
  'stemContainmentMax',
  'wordsMin',
  'wordsMax',
  'wordsDifference',
  'lengthRatio',
  'lengthMax',
  'numbersDiffer',
  'numbers',
  'negationDiffers',
  'alignedMin',
  'alignedMean',
  'unmatchedRarest',
  'unmatchedShare',
  'unmatchedShareMax',
  'stemBigramJaccard',
  'wordJaccard',
  'nounsAligned',
  'othersAligned',
  'wordsMatched',
  'synonymsAligned',
  'synonymsUnmatchedShare',
  'synonymsUnmatchedShareMax',
] as const;

const NEGATIONS = new Set(
  'nicht kein keine keinen keinem keiner keines nie niemals nichts niemand ohne not no never'.split(' '),
);
const NUMBER_WORDS: Record<string, string> = {
  eins: '1',
  zwei: '2',
  drei: '3',
  vier: '4',
  funf: '5',
  sechs: '6',
  sieben: '7',
  acht: '8',
  neun: '9',
  zehn: '10',
  elf: '11',
  zwolf: '12',
  hundert: '100',
  tausend: '1000',
};

interface Word {
  grams: Set<string>;
  weight: number;
  noun: boolean;
  synonyms: readonly number[];
}

/**
 * One text, prepared once under a collection's frequencies and compared with many: its weighted vector
 * and word count at once, the rest (`detail`) when a pair's features are first asked for.
 */
export interface TextProfile {
  text: string;
  /** The text's words (runs of letters and digits) as written. */
  tokens: string[];
  /** How many there are. */
  words: number;
  features: Features;
  vector: Vector;
  detail?: Detail;
}

interface Detail {
  gramSet: Set<string>;
  stemSet: Set<string>;
  stemBigrams: Set<string>;
  wordSet: Set<string>;
  /** Content words (no stop words), each with its trigrams, IDF weight, noun flag and synonym groups. */
  content: Map<string, Word>;
  /** For each trigram, the content words (in `content`'s order) that contain it. */
  gramIndex: Map<string, number[]>;
  /** Every synonym group of any content word. */
  groups: Set<number>;
  contentCount: number;
  numbers: Set<string>;
  negations: number;
}

export function textProfile(text: string, df: DocumentFrequencies): TextProfile {
  const f = features(text);
  const tokens = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return { text, tokens, words: tokens.length, features: f, vector: vectorize(f, df) };
}

function detailOf(profile: TextProfile, df: DocumentFrequencies): Detail {
  if (profile.detail) return profile.detail;
  const text = profile.text;
  const raw = profile.tokens;
  // Normalising the whole text at once is much cheaper than word by word; it keeps the words apart the
  // same way except in rare cases (a letter that decomposes into no letter), where each word is done alone.
  let words: string[] = normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length !== raw.length) words = raw.map(normalize);
  const stemList = contentStems(words);
  const content = new Map<string, Word>();
  let contentCount = 0;
  const numbers = new Set<string>();
  let negations = 0;
  words.forEach((w, i) => {
    if (/^\d+$/.test(w)) numbers.add(w);
    else if (NUMBER_WORDS[w]) numbers.add(NUMBER_WORDS[w]);
    if (NEGATIONS.has(w)) negations++;
    if (STOPWORDS.has(w) || w.length < 2) return;
    contentCount++;
    const noun = /^\p{Lu}/u.test(raw[i]!);
    const known = content.get(w);
    if (known) {
      known.noun ||= noun;
      return;
    }
    content.set(w, {
      grams: new Set(paddedTrigrams(` ${w} `)),
      weight: df.idf('s', stemOf(w)),
      noun,
      synonyms: synonymGroups(w),
    });
  });
  const gramIndex = new Map<string, number[]>();
  const groups = new Set<number>();
  let index = 0;
  for (const w of content.values()) {
    for (const g of w.grams) {
      const list = gramIndex.get(g);
      if (list) list.push(index);
      else gramIndex.set(g, [index]);
    }
    for (const g of w.synonyms) groups.add(g);
    index++;
  }
  profile.detail = {
    gramIndex,
    groups,
    gramSet: new Set(profile.features.grams.keys()),
    stemSet: new Set(profile.features.stems.keys()),
    stemBigrams: new Set(stemList.slice(1).map((s, i) => `${stemList[i]} ${s}`)),
    wordSet: new Set(words),
    content,
    contentCount,
    numbers,
    negations,
  };
  return profile.detail;
}

/** The stems of a profiled text's content words (kept with the profile's detail). */
export function contentStemSet(profile: TextProfile, df: DocumentFrequencies): ReadonlySet<string> {
  return detailOf(profile, df).stemSet;
}

function overlap<T>(a: Set<T>, b: Set<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  const n = overlap(a, b);
  const union = a.size + b.size - n;
  return union ? n / union : 1;
}

/** A synonym counts almost as much as the same word: 0.8 of a letter-for-letter match. */
const SYNONYM_MATCH = 0.8;
const MATCHED = 0.5;

/**
 * How each content word of `x` finds its best partner in `y` (the Dice overlap of their trigrams; a
 * synonym counts SYNONYM_MATCH), summed up by IDF weight. Partners are found through `y`'s trigram index,
 * so a long text costs what the words' shared trigrams cost, not every pair of words.
 */
function alignment(x: Detail, y: Detail, maxWeight: number) {
  let weight = 0;
  let aligned = 0;
  let unmatched = 0;
  let rarest = 0;
  let nouns = 0;
  let nounsAligned = 0;
  let others = 0;
  let othersAligned = 0;
  let matched = 0;
  let synAligned = 0;
  let synUnmatched = 0;
  const partners = [...y.content.values()];
  const shared = new Int32Array(partners.length);
  const touched: number[] = [];
  for (const [key, w] of x.content) {
    let best = 0;
    if (y.content.has(key)) best = 1;
    else {
      for (const g of w.grams) {
        const list = y.gramIndex.get(g);
        if (!list) continue;
        for (const j of list) {
          if (shared[j] === 0) touched.push(j);
          shared[j] = shared[j]! + 1;
        }
      }
      for (const j of touched) {
        const d = (2 * shared[j]!) / (w.grams.size + partners[j]!.grams.size);
        if (d > best) best = d;
        shared[j] = 0;
      }
      touched.length = 0;
    }
    let bestSyn = best;
    if (best < SYNONYM_MATCH && w.synonyms.some((g) => y.groups.has(g))) bestSyn = SYNONYM_MATCH;
    const i = w.weight;
    weight += i;
    aligned += best * i;
    synAligned += bestSyn * i;
    if (best < MATCHED) {
      unmatched += i;
      if (i > rarest) rarest = i;
    }
    if (bestSyn < MATCHED) synUnmatched += i;
    if (w.noun) {
      nouns += i;
      nounsAligned += best * i;
    } else {
      others += i;
      othersAligned += best * i;
    }
    if (best >= 0.7) matched++;
  }
  const words = x.content.size;
  return {
    aligned: weight ? aligned / weight : 0,
    rarest: rarest / maxWeight,
    unmatched: weight ? unmatched / weight : 0,
    nouns: nouns ? nounsAligned / nouns : 1,
    others: others ? othersAligned / others : 1,
    matched: words ? matched / words : 1,
    synonyms: weight ? synAligned / weight : 0,
    synonymsUnmatched: weight ? synUnmatched / weight : 0,
  };
}

/** The measurements of PAIR_FEATURES for two profiled texts (symmetric: the order does not matter). */
export function pairFeatures(pa: TextProfile, pb: TextProfile, df: DocumentFrequencies): number[] {
  const va = pa.vector;
  const vb = pb.vector;
  const a = detailOf(pa, df);
  const b = detailOf(pb, df);
  let sharedWeight = 0;
  let unionWeight = 0;
  let shared = 0;
  for (const s of new Set([...a.stemSet, ...b.stemSet])) {
    const w = df.idf('s', s);
    unionWeight += w;
    if (a.stemSet.has(s) && b.stemSet.has(s)) {
      shared++;
      sharedWeight += w;
    }
  }
  const containA = a.stemSet.size ? shared / a.stemSet.size : 0;
  const containB = b.stemSet.size ? shared / b.stemSet.size : 0;
  const maxWeight = Math.log(df.documents + 1) + 1;
  const ab = alignment(a, b, maxWeight);
  const ba = alignment(b, a, maxWeight);
  const la = a.contentCount;
  const lb = b.contentCount;
  const numbers = a.numbers.size + b.numbers.size;
  return [
    vectorSimilarity(va, vb),
    cosine(va.g, va.gNorm, vb.g, vb.gNorm),
    cosine(va.s, va.sNorm, vb.s, vb.sNorm),
    jaccard(a.gramSet, b.gramSet),
    jaccard(a.stemSet, b.stemSet),
    unionWeight ? sharedWeight / unionWeight : 0,
    Math.min(containA, containB),
    Math.max(containA, containB),
    Math.min(la, lb),
    Math.max(la, lb),
    Math.abs(la - lb) / Math.max(la, lb, 1),
    Math.min(pa.text.length, pb.text.length) / Math.max(pa.text.length, pb.text.length, 1),
    Math.max(pa.text.length, pb.text.length),
    numbers ? 1 - jaccard(a.numbers, b.numbers) : 0,
    numbers,
    a.negations % 2 !== b.negations % 2 ? 1 : 0,
    Math.min(ab.aligned, ba.aligned),
    (ab.aligned + ba.aligned) / 2,
    Math.max(ab.rarest, ba.rarest),
    (ab.unmatched + ba.unmatched) / 2,
    Math.max(ab.unmatched, ba.unmatched),
    jaccard(a.stemBigrams, b.stemBigrams),
    jaccard(a.wordSet, b.wordSet),
    Math.min(ab.nouns, ba.nouns),
    Math.min(ab.others, ba.others),
    Math.min(ab.matched, ba.matched),
    Math.min(ab.synonyms, ba.synonyms),
    (ab.synonymsUnmatched + ba.synonymsUnmatched) / 2,
    Math.max(ab.synonymsUnmatched, ba.synonymsUnmatched),
  ];
}
