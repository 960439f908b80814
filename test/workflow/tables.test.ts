/**
 * The transition tables as data: consistent, and every guard cites an article that exists in
 * the official text.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKFLOW_CONFIG, resolveWorkflowConfig } from '../../src/domain/workflow/config.ts';
import { AGGREGATES, GUARD_RULES, MACHINES, initialState, machineProblems } from '../../src/domain/workflow/index.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { articlesOf } from '../calendar/law-text.ts';

describe('transition tables', () => {
  it.each(AGGREGATES)('%s: every event, state and guard is known; nothing leaves a final state', (aggregate) => {
    expect(machineProblems(MACHINES[aggregate])).toEqual([]);
  });

  it.each(AGGREGATES)('%s: every guard is used by some transition', (aggregate) => {
    const machine = MACHINES[aggregate];
    const used = new Set(machine.transitions.flatMap((t) => t.guards));
    expect(Object.keys(machine.guards).filter((id) => !used.has(id))).toEqual([]);
  });

  it.each(AGGREGATES)('%s: every state except the initial one can be reached, every state is labelled', (aggregate) => {
    const machine = MACHINES[aggregate];
    const reached = new Set<string>([machine.initial]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of machine.transitions) {
        if (t.to !== 'same' && !reached.has(t.to) && t.from.some((s) => reached.has(s))) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect(machine.states.filter((s) => !reached.has(s))).toEqual([]);
    expect(machine.states.filter((s) => !(machine.stateLabels as Record<string, string>)[s])).toEqual([]);
  });

  it('starts each aggregate in its initial state', () => {
    expect([initialState('inspection'), initialState('hazard'), initialState('case')]).toEqual(['scheduled', 'recorded', 'draft']);
  });
});

describe('guard rules cite the law', () => {
  it('every rule has an id, a Chinese message and an article', () => {
    for (const rule of GUARD_RULES) {
      expect(rule.id).toMatch(new RegExp(`^${rule.aggregate}\\.`));
      expect(rule.message).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.article.length).toBeGreaterThan(0);
    }
    expect(new Set(GUARD_RULES.map((r) => r.id)).size).toBe(GUARD_RULES.length);
  });

  it.each(GUARD_RULES.map((r) => [r.id, r] as const))('%s cites articles that exist', (_id, rule) => {
    for (const ref of rule.refs) {
      const text = articlesOf(ref.law).get(ref.article);
      expect(text, `${ref.law} art. ${ref.article}`).toBeDefined();
      if (ref.item !== undefined) expect(text).toContain(`（${'一二三四五六七八九十'[ref.item - 1]}）`);
    }
  });

  it('uses the certificate codes for the two-officer rules', () => {
    const byId = new Map(GUARD_RULES.map((r) => [r.id, r]));
    expect(byId.get('inspection.twoOfficers')?.code).toBe('NOT_ENOUGH_OFFICERS');
    expect(byId.get('inspection.certificatesValid')?.code).toBe('CERTIFICATE_INVALID');
  });
});

describe('workflow configuration', () => {
  it('defaults to a 5-working-day statement period and 3 % surcharge, frozen', () => {
    expect(DEFAULT_WORKFLOW_CONFIG.statementPeriod).toEqual({ days: 5, unit: 'workingDays' });
    expect(DEFAULT_WORKFLOW_CONFIG.lateSurchargeRatePercent).toBe(3);
    expect(Object.isFrozen(resolveWorkflowConfig().hearing.largeFine)).toBe(true);
  });

  it('overlays local values on the defaults', () => {
    const config = resolveWorkflowConfig({ statementPeriod: { days: 3 }, lateSurchargeRatePercent: 1 });
    expect(config.statementPeriod).toEqual({ days: 3, unit: 'workingDays' });
    expect(config.lateSurchargeRatePercent).toBe(1);
  });

  it.each([
    [{ lateSurchargeRatePercent: 4 }, 'lateSurchargeRatePercent'],
    [{ statementPeriod: { days: 0 } }, 'statementPeriod.days'],
    [{ hearing: { largeFine: { citizen: -1, organisation: 50_000 } } }, 'hearing.largeFine.citizen'],
    [{ legalReview: { measures: ['fly'] } }, 'legalReview.measures'],
  ])('rejects %j', (input, field) => {
    try {
      resolveWorkflowConfig(input as Parameters<typeof resolveWorkflowConfig>[0]);
      expect.fail('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).details).toMatchObject({ field });
    }
  });
});
