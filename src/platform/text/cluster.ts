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
export const CLUSTERING = { threshold: 0.3, indexStems: 6, maxCandidates: 50 } as const;

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
  members: number[];
}

function add(into: Map<string, number>, from: Map<string, number>, sign: 1 | -1) {
  for (const [k, v] of from) {
    const x = (into.get(k) ?? 0) + sign * v;
    if (Math.abs(x) < 1e-12) into.delete(k);
    else into.set(k, x);
  }
}

function asVector(c: Centroid): Vector {
  let gn = 0;
  for (const v of c.g.values()) gn += v * v;
  let sn = 0;
  for (const v of c.s.values()) sn += v * v;
  return { g: c.g, gNorm: Math.sqrt(gn), s: c.s, sNorm: Math.sqrt(sn) };
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
    const seen = new Set<number>();
    for (const k of keys[i]!)
      for (const c of index.get(k) ?? []) if (seen.size < CLUSTERING.maxCandidates) seen.add(c);
    let bestC = -1;
    let bestS = 0;
    for (const c of seen) {
      if (!centroids[c]!.members.length) continue;
      const s = vectorSimilarity(vectors[i]!, vectorOf(c));
      if (s > bestS) [bestC, bestS] = [c, s];
    }
    return [bestC, bestS];
  };

  const join = (i: number, c: number) => {
    const cen = centroids[c]!;
    add(cen.g, vectors[i]!.g, 1);
    add(cen.s, vectors[i]!.s, 1);
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
    add(cen.g, vectors[i]!.g, -1);
    add(cen.s, vectors[i]!.s, -1);
    cen.members = cen.members.filter((m) => m !== i);
    centroidVectors.delete(c);
    assignment[i] = -1;
  };

  for (let i = 0; i < texts.length; i++) {
    const [c, s] = best(i);
    if (c >= 0 && s >= threshold) join(i, c);
    else {
      centroids.push({ g: new Map(), s: new Map(), members: [] });
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

/** The heaviest stems of a centroid, shown as the word members most often wrote for them. */
function keyTerms(c: Centroid, memberTexts: string[], n = 5): string[] {
  const top = [...c.s.entries()]
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
