import { describe, expect, it } from 'vitest';
import { trainLinearModel } from '../../src/domain/legal/match/learned.ts';

// Three provisions told apart by their words: 0 = blocked exit, 1 = no training, 2 = no permit.
const CASES = [
  { features: ['w:疏散通道', 'w:堵塞'], targets: [0], allowed: [0, 1, 2] },
  { features: ['w:安全出口', 'w:堵塞', 'w:货物'], targets: [0], allowed: [0, 1, 2] },
  { features: ['w:新员工', 'w:培训'], targets: [1], allowed: [0, 1, 2] },
  { features: ['w:岗前', 'w:培训', 'w:新员工'], targets: [1], allowed: [0, 1, 2] },
  { features: ['w:许可证', 'w:无证'], targets: [2], allowed: [0, 1, 2] },
  { features: ['w:许可证', 'w:过期', 'w:无证'], targets: [2], allowed: [0, 1, 2] },
];

describe('the learnt classifier', () => {
  it('ranks the provision whose words a new description shares first', () => {
    const sut = trainLinearModel(CASES, 3);
    const p = sut.probabilities(['w:培训', 'w:新员工', 'w:车间'], [0, 1, 2]);
    expect(p[1]).toBeGreaterThan(0.6);
    expect(p[1]).toBeGreaterThan(Math.max(p[0] ?? 0, p[2] ?? 0));
  });

  it('gives probabilities over the allowed classes only, summing to one', () => {
    const sut = trainLinearModel(CASES, 3);
    const p = sut.probabilities(['w:许可证'], [0, 2]);
    expect(p).toHaveLength(2);
    expect((p[0] ?? 0) + (p[1] ?? 0)).toBeCloseTo(1, 10);
    expect(p[1]).toBeGreaterThan(p[0] ?? 0);
  });

  it('ignores words it never saw twice, and learns the same model every time', () => {
    const a = trainLinearModel(CASES, 3).probabilities(['w:堵塞', 'w:货物', 'w:从未见过'], [0, 1, 2]); // 货物: in one case only
    const b = trainLinearModel(CASES, 3).probabilities(['w:堵塞'], [0, 1, 2]);
    expect([...a]).toEqual([...b]);
  });

  it('names the words that weigh most for a class, leaving out those against it', () => {
    const sut = trainLinearModel(CASES, 3);
    const words = sut.strongest(['w:许可证', 'w:无证', 'w:培训'], 2, 3);
    expect(words).toEqual(expect.arrayContaining(['w:许可证', 'w:无证']));
    expect(words).not.toContain('w:培训');
  });
});
