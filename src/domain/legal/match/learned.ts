/**
 * A linear classifier learnt from labelled descriptions: softmax regression over sparse binary
 * features (canonical words, character bigrams, action classes, actors, accident flags), trained
 * by stochastic gradient descent; few epochs and dropping features seen only once keep it from
 * memorising. Deterministic: fixed shuffling seed.
 * It learns which words tell the provisions apart (备案 → 应急预案备案, 调查组 + 不交 → 拒绝提供资料)
 * from officers' own wordings, where the keyword lists only know the catalogue's.
 *
 * Classes are small integers (the matcher's item families); each training case names the classes
 * it belongs to (one or more) and the classes allowed for it (those in force on its date): the loss
 * is −log Σ p(target) with the softmax taken over the allowed classes only.
 */
import { prng } from '../../prng.ts';

export interface TrainingCase {
  features: readonly string[];
  targets: readonly number[];
  allowed: readonly number[];
}

export interface TrainingOptions {
  epochs: number;
  /** Initial learning rate, decayed as rate / (1 + epoch). */
  rate: number;
}

const MIN_CASES = 2;

/** Chosen by 10-fold cross-validation on the labelled descriptions (npm run bench:match). */
export const DEFAULT_TRAINING: TrainingOptions = { epochs: 8, rate: 12 };

export interface LinearModel {
  /** Class probabilities over `allowed` (same order). */
  probabilities(features: readonly string[], allowed: readonly number[]): Float64Array;
  /** The features present that weigh most for a class, heaviest first (positive weights only). */
  strongest(features: readonly string[], cls: number, limit: number): string[];
}

export function trainLinearModel(
  cases: readonly TrainingCase[],
  classes: number,
  options: TrainingOptions = DEFAULT_TRAINING,
): LinearModel {
  // Features seen in at least two cases get dense ids (one seen once can only memorise that case);
  // the weights are one row of `classes` numbers per feature.
  const seen = new Map<string, number>();
  for (const c of cases) for (const f of new Set(c.features)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const [f, n] of seen) if (n >= MIN_CASES) ids.set(f, ids.size);
  const encoded = cases.map((c) => ({
    rows: [...new Set(c.features)].flatMap((f) => {
      const id = ids.get(f);
      return id === undefined ? [] : [id];
    }),
    targets: new Set(c.targets),
    allowed: Int32Array.from(c.allowed),
  }));
  const weights = new Float32Array(ids.size * classes);
  const bias = new Float32Array(classes);

  /** Softmax over `allowed` of the case's rows; rows are feature ids. */
  function probabilities(rows: readonly number[], allowed: Int32Array): Float64Array {
    const scale = 1 / Math.sqrt(Math.max(1, rows.length));
    const z = new Float64Array(allowed.length);
    for (let k = 0; k < allowed.length; k++) z[k] = bias[allowed[k] ?? 0] ?? 0;
    for (const r of rows) {
      const base = r * classes;
      for (let k = 0; k < allowed.length; k++) z[k] = (z[k] ?? 0) + (weights[base + (allowed[k] ?? 0)] ?? 0) * scale;
    }
    let max = -Infinity;
    for (const v of z) if (v > max) max = v;
    let sum = 0;
    for (let k = 0; k < z.length; k++) {
      z[k] = Math.exp((z[k] ?? 0) - max);
      sum += z[k] ?? 0;
    }
    for (let k = 0; k < z.length; k++) z[k] = (z[k] ?? 0) / sum;
    return z;
  }

  const next = prng(20261125);
  const order = encoded.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const rate = options.rate / (1 + epoch);
    for (const i of order) {
      const c = encoded[i];
      if (!c || c.targets.size === 0) continue;
      const p = probabilities(c.rows, c.allowed);
      let mass = 0;
      for (let k = 0; k < c.allowed.length; k++) if (c.targets.has(c.allowed[k] ?? -1)) mass += p[k] ?? 0;
      if (mass <= 0) continue;
      const scale = 1 / Math.sqrt(Math.max(1, c.rows.length));
      for (let k = 0; k < c.allowed.length; k++) {
        const cls = c.allowed[k] ?? 0;
        const g = (p[k] ?? 0) - (c.targets.has(cls) ? (p[k] ?? 0) / mass : 0); // d(loss)/d(logit)
        if (Math.abs(g) < 1e-4) continue; // a class far from the case: its update would be noise
        bias[cls] = (bias[cls] ?? 0) - rate * g;
        const step = rate * g * scale;
        for (const r of c.rows) {
          const at = r * classes + cls;
          weights[at] = (weights[at] ?? 0) - step;
        }
      }
    }
  }

  const known = (features: readonly string[]) =>
    [...new Set(features)].flatMap((f) => {
      const id = ids.get(f);
      return id === undefined ? [] : [{ f, id }];
    });
  return {
    probabilities: (features, allowed) =>
      probabilities(
        known(features).map(({ id }) => id),
        Int32Array.from(allowed),
      ),
    strongest: (features, cls, limit) =>
      known(features)
        .map(({ f, id }) => ({ f, w: weights[id * classes + cls] ?? 0 }))
        .filter(({ w }) => w > 0)
        .sort((a, b) => b.w - a.w)
        .slice(0, limit)
        .map(({ f }) => f),
  };
}
