import {
  DocumentFrequencies,
  features,
  normalize,
  stems,
  type Vector,
  vectorize,
  vectorSimilarity,
} from './similarity.ts';

/**
 * Groups texts that say much the same, for condensing proposals into project ideas.
 *
 * Leader clustering over the duplicate hints' vectors, made linear in practice by an inverted index: a
 * text is compared only with clusters that share one of its rarest stems; it joins the most similar one
 * above `threshold`, or starts a new cluster. A second pass moves each text to its best cluster now that
 * all clusters exist. Clusters are compared through their centroid (sum of member vectors). Singletons
 * are reported as unclustered. A person accepts, renames, splits or rejects every cluster.
 */
/** threshold: least similarity to join; indexStems: rarest stems a text is indexed under; maxCandidates: clusters compared per text; maxPosting: stems in more clusters are skipped. */
export const CLUSTERING = { threshold: 0.3, indexStems: 6, maxCandidates: 5, maxPosting: 100 } as const;

export interface Cluster {
  /** Indexes into the input texts, in input order. */
  members: number[];
  /** The words that characterise the cluster, most telling first (original spelling). */
  keyTerms: string[];
}

export interface ClusterResult {
  clusters: Cluster[];
  unclustered: number[];
}

interface Centroid {
  g: Map<string, number>;
  s: Map<string, number>;
  /** Squared norms, kept up to date on every join and leave (recomputing them is quadratic for big clusters). */
  gSq: number;
  sSq: number;
  members: number[];
}

/** Adds (or subtracts) a vector into a centroid map and returns the change of its squared norm. */
function add(into: Map<string, number>, from: Map<string, number>, sign: 1 | -1): number {
  let delta = 0;
  for (const [k, v] of from) {
    const old = into.get(k) ?? 0;
    const x = old + sign * v;
    delta += x * x - old * old;
    if (Math.abs(x) < 1e-12) into.delete(k);
    else into.set(k, x);
  }
  return delta;
}

function asVector(c: Centroid): Vector {
  return { g: c.g, gNorm: Math.sqrt(Math.max(0, c.gSq)), s: c.s, sNorm: Math.sqrt(Math.max(0, c.sSq)) };
}

/** Clusters texts; `onProgress(done, total)` is called now and then for long runs. */
export function clusterTexts(
  texts: readonly string[],
  opts: {
    threshold?: number;
    df?: DocumentFrequencies;
    onProgress?: (done: number, total: number) => void;
  } = {},
): ClusterResult {
  const threshold = opts.threshold ?? CLUSTERING.threshold;
  const feats = texts.map((t) => features(t));
  const df = opts.df ?? new DocumentFrequencies();
  if (!opts.df) for (const f of feats) df.add(f);
  const vectors = feats.map((f) => vectorize(f, df));
  const keys = feats.map((f) => df.rarestStems(f, CLUSTERING.indexStems));

  const centroids: Centroid[] = [];
  const index = new Map<string, Set<number>>();
  const assignment = new Array<number>(texts.length).fill(-1);
  const centroidVectors = new Map<number, Vector>();

  const vectorOf = (c: number) => {
    let v = centroidVectors.get(c);
    if (!v) {
      v = asVector(centroids[c]!);
      centroidVectors.set(c, v);
    }
    return v;
  };

  const best = (i: number): [number, number] => {
    // Clusters sharing most of the text's rarest stems are the likeliest; only the best few are compared.
    const shared = new Map<number, number>();
    for (const k of keys[i]!) {
      const posting = index.get(k);
      // A stem found in very many clusters tells nothing about which one fits.
      if (!posting || posting.size > CLUSTERING.maxPosting) continue;
      for (const c of posting) shared.set(c, (shared.get(c) ?? 0) + 1);
    }
    const candidates = [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, CLUSTERING.maxCandidates)
      .map(([c]) => c);
    let bestC = -1;
    let bestS = 0;
    for (const c of candidates) {
      if (!centroids[c]!.members.length) continue;
      const s = vectorSimilarity(vectors[i]!, vectorOf(c));
      if (s > bestS) [bestC, bestS] = [c, s];
    }
    return [bestC, bestS];
  };

  const join = (i: number, c: number) => {
    const cen = centroids[c]!;
    cen.gSq += add(cen.g, vectors[i]!.g, 1);
    cen.sSq += add(cen.s, vectors[i]!.s, 1);
    cen.members.push(i);
    centroidVectors.delete(c);
    assignment[i] = c;
    for (const k of keys[i]!) {
      let set = index.get(k);
      if (!set) {
        set = new Set();
        index.set(k, set);
      }
      set.add(c);
    }
  };

  const leave = (i: number) => {
    const c = assignment[i]!;
    const cen = centroids[c]!;
    cen.gSq += add(cen.g, vectors[i]!.g, -1);
    cen.sSq += add(cen.s, vectors[i]!.s, -1);
    const at = cen.members.indexOf(i);
    cen.members[at] = cen.members[cen.members.length - 1]!;
    cen.members.pop();
    centroidVectors.delete(c);
    assignment[i] = -1;
  };

  for (let i = 0; i < texts.length; i++) {
    const [c, s] = best(i);
    if (c >= 0 && s >= threshold) join(i, c);
    else {
      centroids.push({ g: new Map(), s: new Map(), gSq: 0, sSq: 0, members: [] });
      join(i, centroids.length - 1);
    }
    if (opts.onProgress && i % 1000 === 0) opts.onProgress(i, texts.length * 2);
  }
  // Second pass: now that every cluster exists, move each text to the cluster it fits best.
  for (let i = 0; i < texts.length; i++) {
    const own = assignment[i]!;
    leave(i);
    const [c, s] = best(i);
    join(i, c >= 0 && s >= threshold ? c : own);
    if (opts.onProgress && i % 1000 === 0) opts.onProgress(texts.length + i, texts.length * 2);
  }
  opts.onProgress?.(texts.length * 2, texts.length * 2);

  const clusters: Cluster[] = [];
  const unclustered: number[] = [];
  for (const cen of centroids) {
    if (cen.members.length === 0) continue;
    if (cen.members.length === 1) {
      unclustered.push(cen.members[0]!);
      continue;
    }
    const members = [...cen.members].sort((a, b) => a - b);
    clusters.push({
      members,
      keyTerms: keyTerms(
        cen,
        members.map((m) => texts[m]!),
      ),
    });
  }
  clusters.sort((a, b) => b.members.length - a.members.length || a.members[0]! - b.members[0]!);
  return { clusters, unclustered: unclustered.sort((a, b) => a - b) };
}

/**
 * Words that say nothing about a cluster's topic — letter phrases ("Sehr geehrte Damen und Herren"),
 * politeness, fillers — and are never shown as its key terms (they still count for similarity).
 */
const LABEL_NOISE = new Set(
  stems(
    'sehr geehrte geehrter geehrten damen herren liebe lieber hallo guten tag grüße gruß freundlichen mfg vielen dank danke bitte beste besten viele gerne leider eigentlich einfach immer ganz schon wäre wären könnte könnten gibt gäbe sollten müsste müssten mal bzw usw etc für über per pro können während würde außer neben nötig dabei daher deshalb trotzdem',
  ),
);

/**
 * The key terms of a group of texts as a run names its clusters: for a group the team changed (split off
 * or moved members), so its name fits its members again.
 */
export function keyTermsOf(texts: readonly string[], df: DocumentFrequencies): string[] {
  const centroid: Centroid = { g: new Map(), s: new Map(), gSq: 0, sSq: 0, members: [] };
  for (const t of texts) add(centroid.s, vectorize(features(t), df).s, 1);
  return keyTerms(centroid, [...texts]);
}

/** The heaviest stems of a centroid, shown as the word members most often wrote for them. */
function keyTerms(c: Centroid, memberTexts: string[], n = 5): string[] {
  const top = [...c.s.entries()]
    .filter(([stem]) => !LABEL_NOISE.has(stem))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([stem]) => stem);
  const surface = new Map<string, Map<string, number>>();
  for (const t of memberTexts) {
    for (const w of t.match(/[\p{L}\p{N}]+/gu) ?? []) {
      const s = stems(w)[0];
      if (!s || !top.includes(s)) continue;
      const forms = surface.get(s) ?? new Map<string, number>();
      forms.set(w, (forms.get(w) ?? 0) + 1);
      surface.set(s, forms);
    }
  }
  return top.map((s) => {
    const forms = surface.get(s);
    if (!forms) return s;
    return [...forms.entries()].sort(
      (a, b) => b[1] - a[1] || normalize(a[0]).localeCompare(normalize(b[0])),
    )[0]![0];
  });
}
