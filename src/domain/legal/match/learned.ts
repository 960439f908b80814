/**
 * A linear classifier learnt from labelled descriptions: softmax regression over sparse binary
 * features (canonical words, character bigrams, action classes, actors, accident flags), trained
 * by stochastic gradient descent with L2 regularisation. Deterministic: fixed shuffling seed.
 * It learns which words tell the provisions apart (备案 → 应急预案备案, 调查组 + 不交 → 拒绝提供资料)
 * from officers' own wordings, where the keyword lists only know the catalogue's.
 *
 * Classes are small integers (the matcher's item families); each training case names the classes
 * it belongs to (one or more) and the classes allowed for it (those in force on its date): the loss
 * is −log Σ p(target) with the softmax taken over the allowed classes only.
 */

export interface TrainingCase {
  features: readonly string[];
  targets: readonly number[];
  allowed: readonly number[];
}

export interface TrainingOptions {
  epochs: number;
  /** Initial learning rate, decayed as rate / (1 + epoch). */
  rate: number;
  /** L2 penalty per update. */
  l2: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 20, rate: 6, l2: 0 };

export interface LinearModel {
  /** Class probabilities over `allowed` (same order). */
  probabilities(features: readonly string[], allowed: readonly number[]): Float64Array;
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainLinearModel(
  cases: readonly TrainingCase[],
  classes: number,
  options: TrainingOptions = DEFAULT_TRAINING,
): LinearModel {
  const weights = new Map<string, Float64Array>();
  const bias = new Float64Array(classes);
  const row = (f: string, create: boolean): Float64Array | undefined => {
    let w = weights.get(f);
    if (!w && create) {
      w = new Float64Array(classes);
      weights.set(f, w);
    }
    return w;
  };

  function logits(features: readonly string[], allowed: readonly number[], create: boolean): { rows: Float64Array[]; p: Float64Array; scale: number } {
    const rows = features.map((f) => row(f, create)).filter((w): w is Float64Array => w !== undefined);
    const scale = 1 / Math.sqrt(Math.max(1, features.length));
    const p = new Float64Array(allowed.length);
    let max = -Infinity;
    allowed.forEach((c, k) => {
      let z = bias[c] ?? 0;
      for (const w of rows) z += (w[c] ?? 0) * scale;
      p[k] = z;
      if (z > max) max = z;
    });
    let sum = 0;
    for (let k = 0; k < p.length; k++) {
      p[k] = Math.exp((p[k] ?? 0) - max);
      sum += p[k] ?? 0;
    }
    for (let k = 0; k < p.length; k++) p[k] = (p[k] ?? 0) / sum;
    return { rows, p, scale };
  }

  const next = random(20261125);
  const order = cases.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const rate = options.rate / (1 + epoch);
    for (const i of order) {
      const c = cases[i];
      if (!c || c.targets.length === 0) continue;
      const { rows, p, scale } = logits(c.features, c.allowed, true);
      const targets = new Set(c.targets);
      let mass = 0;
      c.allowed.forEach((cls, k) => {
        if (targets.has(cls)) mass += p[k] ?? 0;
      });
      if (mass <= 0) continue;
      c.allowed.forEach((cls, k) => {
        const q = targets.has(cls) ? (p[k] ?? 0) / mass : 0;
        const g = (p[k] ?? 0) - q; // d(loss)/d(logit)
        if (Math.abs(g) < 1e-4) return; // a class far from the case: its update would be noise

        bias[cls] = (bias[cls] ?? 0) - rate * g;
        for (const w of rows) w[cls] = (w[cls] ?? 0) * (1 - options.l2) - rate * g * scale;
      });
    }
  }

  return { probabilities: (features, allowed) => logits(features, allowed, false).p };
}
