/**
 * The penalty case's guards as legal examples: facts → outcome, citing the article.
 * Dates: filed 2026-03-02; notice served Friday 2026-03-20; the statement period (5 working
 * days, default configuration) and the hearing request window (5 working days, art. 64, 85)
 * both end Friday 2026-03-27.
 */
import { describe, expect, it } from 'vitest';
import { resolveWorkflowConfig } from '../../src/domain/workflow/config.ts';
import type { CaseInput, CaseRecord, CaseState, Reviewer } from '../../src/domain/workflow/case.ts';
import { allowedActions, transition } from '../../src/domain/workflow/index.ts';
import type { Penalty } from '../../src/domain/workflow/penalty-rules.ts';
import type { Role } from '../../src/domain/glossary.ts';
import { caseRecord, officer, uncertified } from './fixtures.ts';

const sut = transition;

const fine = (amount: number, measures: Penalty['measures'] = []): Penalty => ({ amount, measures });

/** A filed case notified of a 30,000 yuan fine: no hearing rights, no legal review, no deliberation. */
const notified = (over: Partial<CaseRecord> = {}): CaseRecord =>
  caseRecord({
    filedOn: '2026-03-02',
    proposal: fine(30_000),
    notice: { servedOn: '2026-03-20', penalty: fine(30_000), hearingRights: false, statementDueDate: '2026-03-27' },
    ...over,
  });

/** Notified of a 60,000 yuan fine: hearing rights (art. 63), legal review already passed. */
const notifiedWithHearingRights = (over: Partial<CaseRecord> = {}): CaseRecord =>
  notified({
    proposal: fine(60_000),
    notice: {
      servedOn: '2026-03-20',
      penalty: fine(60_000),
      hearingRights: true,
      statementDueDate: '2026-03-27',
      hearingRequestDueDate: '2026-03-27',
    },
    legalReview: { reviewer: qualifiedReviewer, submittedOn: '2026-03-30', passed: true, completedOn: '2026-03-30' },
    ...over,
  });

const qualifiedReviewer: Reviewer = { userId: 'wang', hasLegalQualification: true, firstTimeReviewer: true };

const fire = (
  state: CaseState,
  event: Parameters<typeof transition<'case'>>[2],
  today: string,
  record: CaseRecord,
  input?: CaseInput,
  role: Role = 'leader',
  actorId = `${role}-1`,
) => sut('case', state, event, { today, actor: { id: actorId, role }, record, ...(input ? { input } : {}) });

const blockedBy = (result: ReturnType<typeof fire>) => (result.ok ? 'ok' : result.rule.id);

describe('notice and hearing the party (行政处罚法 art. 44, 45, 62)', () => {
  it('rejects a decision before the party was notified (art. 44, 62)', () => {
    const record = caseRecord({ filedOn: '2026-03-02', proposal: fine(30_000) });
    const result = fire('proposed', 'decide', '2026-03-30', record);
    expect(result).toMatchObject({
      ok: false,
      code: 'RULE_VIOLATION',
      rule: { id: 'case.partyNotified', article: '行政处罚法第四十四条、第六十二条' },
    });
  });

  it('rejects a decision while the statement period is open', () => {
    expect(blockedBy(fire('notified', 'decide', '2026-03-27', notified()))).toBe('case.statementPeriodClosed');
  });

  it('allows a decision once the statement period has passed', () => {
    expect(fire('notified', 'decide', '2026-03-30', notified())).toMatchObject({ ok: true, next: 'decided' });
  });

  it('allows a decision when the party expressly waived the statement (art. 62)', () => {
    const record = notified({ waiver: { statement: true, hearing: false, recordedOn: '2026-03-21' } });
    expect(fire('notified', 'decide', '2026-03-23', record)).toMatchObject({ ok: true, next: 'decided' });
  });

  it('records a waiver only when the party states it expressly', () => {
    expect(blockedBy(fire('notified', 'waiveRights', '2026-03-23', notified(), {}, 'officer'))).toBe('case.waiverExpress');
    const result = fire('notified', 'waiveRights', '2026-03-23', notified(), { waiveStatement: true }, 'enterprise_user');
    expect(result).toMatchObject({
      ok: true,
      next: 'notified',
      update: { waiver: { statement: true, hearing: false, recordedOn: '2026-03-23' } },
      deadlinesToSatisfy: [{ kind: 'statement' }],
    });
  });

  it('rejects a decision before the party statement was re-checked (art. 45)', () => {
    const record = notified({ statements: [{ receivedOn: '2026-03-24', summary: '已整改', reviewed: false }] });
    expect(blockedBy(fire('notified', 'decide', '2026-03-30', record))).toBe('case.statementsReviewed');
  });

  it('rejects a heavier penalty after the party made a statement (art. 45)', () => {
    const record = notified({ statements: [{ receivedOn: '2026-03-24', summary: '已整改', reviewed: true, accepted: false }] });
    const result = fire('notified', 'decide', '2026-03-30', record, { penalty: fine(40_000) });
    expect(result).toMatchObject({ ok: false, rule: { id: 'case.noHeavierAfterStatement', article: '行政处罚法第四十五条' } });
  });

  it('rejects a statement review that raises the penalty (art. 45)', () => {
    const record = notified({ statements: [{ receivedOn: '2026-03-24', summary: '已整改', reviewed: false }] });
    const heavier = fire('notified', 'reviewStatement', '2026-03-25', record, { accepted: false, penalty: fine(35_000) }, 'officer');
    expect(blockedBy(heavier)).toBe('case.noHeavierAfterStatement');
  });

  it('lowers the proposal when the statement is accepted, and then decides the lower amount', () => {
    const record = notified({ statements: [{ receivedOn: '2026-03-24', summary: '已整改', reviewed: false }] });
    const review = fire('notified', 'reviewStatement', '2026-03-25', record, { accepted: true, penalty: fine(20_000) }, 'officer');
    expect(review).toMatchObject({ ok: true, update: { proposal: { amount: 20_000 } } });
    if (!review.ok) return;
    const decided = fire('notified', 'decide', '2026-03-30', { ...record, ...review.update });
    expect(decided).toMatchObject({ ok: true, update: { decision: { outcome: 'penalty', penalty: { amount: 20_000 } } } });
  });

  it('rejects a decision heavier than the notified penalty without a new notice (art. 44)', () => {
    const result = fire('notified', 'decide', '2026-03-30', notified(), { penalty: fine(30_000, ['suspendProduction']) });
    expect(blockedBy(result)).toBe('case.withinNotifiedPenalty');
  });

  it('allows a warning instead of the notified fine, a lighter penalty', () => {
    expect(fire('notified', 'decide', '2026-03-30', notified(), { penalty: fine(0, ['warning']) }).ok).toBe(true);
  });
});

describe('hearing (行政处罚法 art. 63, 64, 85)', () => {
  const waivedStatement = { waiver: { statement: true, hearing: false, recordedOn: '2026-03-21' } };

  it('rejects a decision inside the hearing request window (art. 64, 85)', () => {
    const record = notifiedWithHearingRights(waivedStatement);
    const result = fire('notified', 'decide', '2026-03-27', record);
    expect(result).toMatchObject({
      ok: false,
      rule: { id: 'case.hearingWindowClosed', article: '行政处罚法第六十四条第（一）项、第八十五条' },
      details: { hearingRequestDueDate: '2026-03-27' },
    });
  });

  it('allows a decision after the window closed without a request', () => {
    expect(fire('notified', 'decide', '2026-03-30', notifiedWithHearingRights()).ok).toBe(true);
  });

  it('allows a decision inside the window when the party expressly waived the hearing', () => {
    const record = notifiedWithHearingRights({ waiver: { statement: true, hearing: true, recordedOn: '2026-03-21' } });
    expect(fire('notified', 'decide', '2026-03-23', record).ok).toBe(true);
  });

  it('accepts a hearing request on the fifth working day and rejects it on the sixth (art. 64)', () => {
    const record = notifiedWithHearingRights();
    expect(fire('notified', 'requestHearing', '2026-03-27', record, {}, 'enterprise_user')).toMatchObject({
      ok: true,
      next: 'hearingRequested',
      deadlinesToSatisfy: [{ kind: 'hearingRequest' }],
    });
    expect(blockedBy(fire('notified', 'requestHearing', '2026-03-30', record, {}, 'enterprise_user'))).toBe(
      'case.hearingRequestInTime',
    );
  });

  it('counts the hearing window in working days across the National Day holiday (art. 85)', () => {
    // Notice served 2026-09-30: five calendar days would end 10-05; five working days end 10-13.
    const notify = fire('proposed', 'notify', '2026-09-30', caseRecord({ filedOn: '2026-09-01', proposal: fine(60_000) }), {}, 'officer');
    expect(notify).toMatchObject({ ok: true, update: { notice: { hearingRights: true, hearingRequestDueDate: '2026-10-13' } } });
    if (!notify.ok) return;
    const record = { ...caseRecord(), ...notify.update };
    expect(fire('notified', 'requestHearing', '2026-10-12', record, {}, 'enterprise_user').ok).toBe(true);
  });

  it('rejects a hearing request where art. 63 gives no hearing right', () => {
    expect(blockedBy(fire('notified', 'requestHearing', '2026-03-23', notified(), {}, 'enterprise_user'))).toBe(
      'case.hearingRightsApply',
    );
  });

  it('rejects a decision while a requested hearing has not been held (art. 64, 65)', () => {
    const record = notifiedWithHearingRights({ hearing: { requestedOn: '2026-03-24' } });
    expect(blockedBy(fire('hearingRequested', 'decide', '2026-04-20', record))).toBe('case.hearingConcluded');
  });

  it('rejects a hearing chaired by an investigator of the case (art. 64 item 4)', () => {
    const record = notifiedWithHearingRights({ hearing: { requestedOn: '2026-03-24' } });
    const input = { hearingDate: '2026-04-10', chairId: 'zhang', notifiedOn: '2026-03-30' };
    expect(blockedBy(fire('hearingRequested', 'scheduleHearing', '2026-03-30', record, input))).toBe(
      'case.hearingChairNotInvestigator',
    );
  });

  it('requires the hearing notice 7 working days before the hearing (art. 64 item 2, 85)', () => {
    // Hearing Friday 2026-04-10; 清明 04-04..06 off: the latest notice day is 03-31.
    const record = notifiedWithHearingRights({ hearing: { requestedOn: '2026-03-24' } });
    const late = fire('hearingRequested', 'scheduleHearing', '2026-04-01', record, { hearingDate: '2026-04-10', chairId: 'zhao' });
    expect(late).toMatchObject({ ok: false, rule: { id: 'case.hearingNoticeInTime' }, details: { latestNoticeDate: '2026-03-31' } });
    const inTime = fire('hearingRequested', 'scheduleHearing', '2026-03-31', record, { hearingDate: '2026-04-10', chairId: 'zhao' });
    expect(inTime).toMatchObject({ ok: true, next: 'hearingScheduled', update: { hearing: { notifiedOn: '2026-03-31' } } });
  });
});

describe('legal review (法制审核, 行政处罚法 art. 58)', () => {
  it('requires legal review when the amount exceeds the configured threshold', () => {
    const record = notified({ proposal: fine(60_000), notice: { ...notified().notice!, penalty: fine(60_000) } });
    const result = fire('notified', 'decide', '2026-03-30', record);
    expect(result).toMatchObject({ ok: false, rule: { id: 'case.legalReviewPassed', article: '行政处罚法第五十八条' } });
    if (result.ok) return;
    expect(result.details?.reasons).toEqual([{ article: '本局重大执法决定法制审核目录', text: '罚款50000元以上' }]);
  });

  it('follows the bureau configuration of the threshold', () => {
    const record = notified({ proposal: fine(60_000), notice: { ...notified().notice!, penalty: fine(60_000) } });
    const config = resolveWorkflowConfig({ legalReview: { amountAtLeast: { citizen: 50_000, organisation: 100_000 } } });
    const result = sut('case', 'notified', 'decide', { today: '2026-03-30', actor: { id: 'l', role: 'leader' }, record, config });
    expect(result.ok).toBe(true);
  });

  it('requires legal review for a small fine involving major public interest (art. 58 item 1)', () => {
    const record = notified({ flags: { majorPublicInterest: true } });
    expect(blockedBy(fire('notified', 'decide', '2026-03-30', record))).toBe('case.legalReviewPassed');
  });

  it('requires legal review after a hearing when the case bears on major rights (art. 58 item 2)', () => {
    const withoutHearing = notified({ flags: { majorRights: true } });
    expect(fire('notified', 'decide', '2026-03-30', withoutHearing).ok).toBe(true);
    const afterHearing = notified({
      flags: { majorRights: true },
      hearing: { requestedOn: '2026-03-24', date: '2026-04-10', heldOn: '2026-04-10', outcome: 'held' },
    });
    expect(blockedBy(fire('heard', 'decide', '2026-04-13', afterHearing))).toBe('case.legalReviewPassed');
  });

  it('rejects a reviewer who investigated the case', () => {
    const reviewer: Reviewer = { userId: 'zhang', hasLegalQualification: true, firstTimeReviewer: false };
    const result = fire('notified', 'submitForReview', '2026-03-30', notified(), { reviewer }, 'officer');
    expect(result).toMatchObject({ ok: false, rule: { id: 'case.reviewerNotInvestigator', message: '法制审核人员不得为本案调查人员' } });
  });

  it('rejects a first-time reviewer without the national legal qualification (art. 58 para. 2)', () => {
    const novice: Reviewer = { userId: 'wang', hasLegalQualification: false, firstTimeReviewer: true };
    expect(blockedBy(fire('notified', 'submitForReview', '2026-03-30', notified(), { reviewer: novice }, 'officer'))).toBe(
      'case.reviewerQualified',
    );
    const veteran: Reviewer = { userId: 'wang', hasLegalQualification: false, firstTimeReviewer: false };
    expect(fire('notified', 'submitForReview', '2026-03-30', notified(), { reviewer: veteran }, 'officer').ok).toBe(true);
  });

  it('lets only the assigned reviewer give the opinion', () => {
    const record = notified({ legalReview: { reviewer: qualifiedReviewer, submittedOn: '2026-03-30' } });
    expect(blockedBy(fire('legalReview', 'passReview', '2026-03-31', record, {}, 'legal_reviewer', 'chen'))).toBe(
      'case.assignedReviewer',
    );
    expect(fire('legalReview', 'passReview', '2026-03-31', record, {}, 'legal_reviewer', 'wang')).toMatchObject({
      ok: true,
      next: 'reviewed',
      update: { legalReview: { passed: true, completedOn: '2026-03-31' } },
    });
  });

  it('sends the case back to investigation when the review fails', () => {
    const record = notified({ legalReview: { reviewer: qualifiedReviewer, submittedOn: '2026-03-30' } });
    const result = fire('legalReview', 'failReview', '2026-03-31', record, { opinion: '证据不足' }, 'legal_reviewer', 'wang');
    expect(result).toMatchObject({ ok: true, next: 'investigating', update: { legalReview: { passed: false } } });
  });

  it('rejects submitting for review before the party was heard', () => {
    expect(blockedBy(fire('notified', 'submitForReview', '2026-03-25', notified(), { reviewer: qualifiedReviewer }, 'officer'))).toBe(
      'case.statementPeriodClosed',
    );
  });
});

describe('collective deliberation (集体讨论, 行政处罚法 art. 57)', () => {
  it('requires collective deliberation to decide on a major violation', () => {
    const record = notified({ flags: { majorViolation: true } });
    expect(blockedBy(fire('notified', 'decide', '2026-03-30', record))).toBe('case.collectiveDeliberationHeld');
    const deliberated = { ...record, deliberation: { submittedOn: '2026-03-30', heldOn: '2026-03-31', conclusion: '同意' } };
    expect(fire('deliberated', 'decide', '2026-04-01', deliberated).ok).toBe(true);
  });

  it('requires collective deliberation from the configured amount (unverified default 200,000 yuan for an organisation)', () => {
    const big = fine(200_000);
    const record = notified({
      proposal: big,
      notice: { ...notified().notice!, penalty: big },
      legalReview: { reviewer: qualifiedReviewer, submittedOn: '2026-03-30', passed: true },
    });
    expect(blockedBy(fire('reviewed', 'decide', '2026-03-31', record))).toBe('case.collectiveDeliberationHeld');
  });
});

describe('time limits (行政处罚法 art. 36, 60)', () => {
  it('allows a decision on the last day of the 90 days and rejects it the day after (art. 60)', () => {
    // Filed 2026-03-02: day 90 is Sunday 05-31, so the period ends Monday 06-01.
    expect(fire('notified', 'decide', '2026-06-01', notified()).ok).toBe(true);
    const late = fire('notified', 'decide', '2026-06-02', notified());
    expect(late).toMatchObject({ ok: false, rule: { id: 'case.decisionTimeLimit' }, details: { dueDate: '2026-06-01' } });
  });

  it('allows a later decision with an extension approved on the basis of another rule', () => {
    const extend = fire('notified', 'extendDecisionPeriod', '2026-05-20', notified(), {
      dueDate: '2026-07-31',
      basis: '安全生产违法行为行政处罚办法规定的延长情形（经负责人批准）',
    });
    expect(extend).toMatchObject({
      ok: true,
      next: 'notified',
      update: { decisionExtension: { dueDate: '2026-07-31', approvedBy: 'leader-1', approvedOn: '2026-05-20' } },
      deadlinesToCancel: [{ kind: 'decision' }],
      deadlinesToOpen: [{ kind: 'decision', dueDate: '2026-07-31', rule: { key: 'decisionExtended' } }],
    });
    if (!extend.ok) return;
    expect(fire('notified', 'decide', '2026-06-02', { ...notified(), ...extend.update }).ok).toBe(true);
  });

  it('rejects an extension without a basis or not beyond the current due date', () => {
    expect(fire('notified', 'extendDecisionPeriod', '2026-05-20', notified(), { dueDate: '2026-07-31' })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      details: { missing: ['basis'] },
    });
    expect(blockedBy(fire('notified', 'extendDecisionPeriod', '2026-05-20', notified(), { dueDate: '2026-05-30', basis: '规章规定' }))).toBe(
      'case.extensionBasis',
    );
  });

  it('rejects filing an act undiscovered for more than two years (art. 36)', () => {
    const record = caseRecord({ actEndedOn: '2024-02-29', discoveredOn: '2026-03-02' });
    const result = fire('draft', 'file', '2026-03-02', record);
    expect(result).toMatchObject({ ok: false, rule: { id: 'case.limitation', article: '行政处罚法第三十六条' }, details: { limitationEnds: '2026-02-28' } });
  });

  it('allows five years where life or health is involved with harmful consequences (art. 36)', () => {
    const record = caseRecord({ actEndedOn: '2024-02-29', discoveredOn: '2026-03-02', harmToLifeHealthOrFinance: true });
    expect(fire('draft', 'file', '2026-03-02', record).ok).toBe(true);
  });

  it('counts limitation from the end of a continuing act (art. 36)', () => {
    // An unlicensed operation from 2019 that went on until 2025-06-30.
    const record = caseRecord({ actEndedOn: '2025-06-30', discoveredOn: '2026-03-02' });
    expect(fire('draft', 'file', '2026-03-02', record).ok).toBe(true);
  });
});

describe('one fine per act (行政处罚法 art. 29) and discretion (art. 34)', () => {
  const investigating = caseRecord({ filedOn: '2026-03-02' });
  const ref = (article: number) => ({ law: '中华人民共和国安全生产法', article });

  it('rejects a second fine for an act already fined (art. 29)', () => {
    const record = { ...investigating, actAlreadyFined: true };
    expect(blockedBy(fire('investigating', 'propose', '2026-03-10', record, { penalty: fine(10_000) }, 'officer'))).toBe(
      'case.oneFinePerAct',
    );
    expect(fire('investigating', 'propose', '2026-03-10', record, { penalty: fine(0, ['suspendProduction']) }, 'officer').ok).toBe(true);
  });

  it('requires the provision with the highest fine when several apply (art. 29)', () => {
    const penalty = (basis: number): Penalty => ({
      amount: 50_000,
      measures: [],
      basis: ref(basis),
      applicableProvisions: [
        { ref: ref(99), maxFine: 50_000 },
        { ref: ref(102), maxFine: 100_000 },
      ],
    });
    expect(blockedBy(fire('investigating', 'propose', '2026-03-10', investigating, { penalty: penalty(99) }, 'officer'))).toBe(
      'case.highestProvision',
    );
    expect(fire('investigating', 'propose', '2026-03-10', investigating, { penalty: penalty(102) }, 'officer').ok).toBe(true);
  });

  it('requires and records a reason when the amount leaves the discretion benchmark', () => {
    const outside: Penalty = { amount: 40_000, measures: [], benchmark: { min: 10_000, max: 30_000, tier: '一般' } };
    expect(blockedBy(fire('investigating', 'propose', '2026-03-10', investigating, { penalty: outside }, 'officer'))).toBe(
      'case.deviationJustified',
    );
    const justified = { ...outside, deviationReason: '拒不配合检查，多次整改不到位' };
    expect(fire('investigating', 'propose', '2026-03-10', investigating, { penalty: justified }, 'officer')).toMatchObject({
      ok: true,
      next: 'proposed',
      update: { proposal: { deviationReason: '拒不配合检查，多次整改不到位' } },
    });
  });
});

describe('statutory range of the penalty clause (行政处罚法 art. 4, art. 5 para. 2, art. 32)', () => {
  const investigating = caseRecord({ filedOn: '2026-03-02' });
  // 安全生产法第九十九条第三项: 责令限期改正，处五万元以下的罚款; 逾期未改正的，处五万元以上二十万元以下的罚款.
  const art99 = { law: '中华人民共和国安全生产法', article: 99, item: 3 };
  const base = { min: 0, max: 50_000, basis: art99 };
  const notCorrected = { min: 50_000, max: 200_000, basis: art99 };
  const art32 = { law: '中华人民共和国行政处罚法', article: 32 };

  it('rejects a fine above the maximum of the penalty clause, even with a written reason (art. 4, art. 5 para. 2)', () => {
    const penalty: Penalty = { amount: 60_000, measures: [], benchmark: { min: 10_000, max: 25_000, tier: '一般' }, statutory: base, deviationReason: '情节恶劣' };
    const result = fire('investigating', 'propose', '2026-03-10', investigating, { penalty }, 'officer');
    expect(result).toMatchObject({
      ok: false,
      code: 'RULE_VIOLATION',
      rule: { id: 'case.withinStatutoryRange', article: '行政处罚法第四条、第五条第二款、第三十二条' },
      details: { amount: 60_000, statutory: { min: 0, max: 50_000 }, provision: '安全生产法第九十九条第（三）项', breach: 'above' },
    });
    expect(fire('investigating', 'propose', '2026-03-10', investigating, { penalty: { ...penalty, amount: 50_000 } }, 'officer').ok).toBe(true);
  });

  it('rejects a fine below the minimum of the clause unless the computation applied 减轻 citing art. 32', () => {
    const penalty: Penalty = { amount: 30_000, measures: [], benchmark: { min: 50_000, max: 87_500, tier: '一般' }, statutory: notCorrected, deviationReason: '主动消除危害后果' };
    const below = fire('investigating', 'propose', '2026-03-10', investigating, { penalty }, 'officer');
    expect(blockedBy(below)).toBe('case.withinStatutoryRange');
    expect(below).toMatchObject({ details: { breach: 'below' } });
    const reduced = { ...penalty, statutory: { ...notCorrected, reduced: art32 } };
    expect(fire('investigating', 'propose', '2026-03-10', investigating, { penalty: reduced }, 'officer')).toMatchObject({ ok: true, next: 'proposed' });
  });

  it('still requires a reason for an amount inside the statutory range but outside the benchmark (art. 34)', () => {
    const penalty: Penalty = { amount: 40_000, measures: [], benchmark: { min: 10_000, max: 25_000, tier: '一般' }, statutory: base };
    expect(blockedBy(fire('investigating', 'propose', '2026-03-10', investigating, { penalty }, 'officer'))).toBe('case.deviationJustified');
    const justified = { ...penalty, deviationReason: '报警装置长期故障，危害较大' };
    expect(fire('investigating', 'propose', '2026-03-10', investigating, { penalty: justified }, 'officer').ok).toBe(true);
  });

  it('accepts no fine for an act already fined, below the minimum, as art. 29 requires', () => {
    const record = { ...investigating, actAlreadyFined: true };
    const penalty: Penalty = { amount: 0, measures: ['suspendProduction'], statutory: notCorrected, deviationReason: '同一违法行为已被罚款' };
    expect(fire('investigating', 'propose', '2026-03-10', record, { penalty }, 'officer').ok).toBe(true);
  });

  it('checks a revised penalty at the decision too', () => {
    const record = notified({ proposal: { ...fine(30_000), statutory: base }, waiver: { statement: true, hearing: true, recordedOn: '2026-03-20' } });
    const over = { ...fine(55_000), statutory: base };
    expect(blockedBy(fire('notified', 'decide', '2026-03-23', record, { penalty: over }))).toBe('case.withinStatutoryRange');
    expect(fire('notified', 'decide', '2026-03-23', record).ok).toBe(true);
  });
});

describe('officers (行政处罚法 art. 42)', () => {
  it('rejects filing with a single investigator', () => {
    const result = fire('draft', 'file', '2026-03-02', caseRecord({ investigators: [officer('zhang')] }));
    expect(result).toMatchObject({ ok: false, code: 'NOT_ENOUGH_OFFICERS', rule: { id: 'case.twoInvestigators' } });
  });

  it('rejects filing when only one investigator holds a valid certificate', () => {
    const record = caseRecord({ investigators: [officer('zhang'), officer('li', '2020-01-01', '2025-12-31'), uncertified('zhao')] });
    const result = fire('draft', 'file', '2026-03-02', record);
    expect(result).toMatchObject({ ok: false, code: 'CERTIFICATE_INVALID', details: { invalid: ['li', 'zhao'] } });
  });
});

describe('simple procedure (简易程序, 行政处罚法 art. 51)', () => {
  const onSpot = (party: CaseRecord['partyKind'], penalty: Penalty) =>
    fire('draft', 'decideOnSpot', '2026-05-06', caseRecord({ partyKind: party }), { penalty, partyInformed: true }, 'officer');

  it('allows a 3,000 yuan fine on an organisation on the spot', () => {
    expect(onSpot('organisation', fine(3_000))).toMatchObject({ ok: true, next: 'served' });
  });

  it('rejects 3,001 yuan on an organisation and 201 yuan on a citizen', () => {
    expect(blockedBy(onSpot('organisation', fine(3_001)))).toBe('case.simpleProcedureLimits');
    expect(blockedBy(onSpot('citizen', fine(201)))).toBe('case.simpleProcedureLimits');
    expect(onSpot('citizen', fine(200)).ok).toBe(true);
  });

  it('allows a warning and rejects a suspension of business on the spot', () => {
    expect(onSpot('organisation', fine(0, ['warning'])).ok).toBe(true);
    expect(blockedBy(onSpot('organisation', fine(0, ['suspendProduction'])))).toBe('case.simpleProcedureLimits');
  });

  it('rejects an on-the-spot decision without informing and hearing the party (art. 44, 45)', () => {
    const result = fire('draft', 'decideOnSpot', '2026-05-06', caseRecord(), { penalty: fine(500), partyInformed: false }, 'officer');
    expect(blockedBy(result)).toBe('case.onSpotPartyHeard');
  });
});

describe('execution (行政处罚法 art. 61, 66, 67, 72)', () => {
  const decided = notified({
    decision: { decidedOn: '2026-03-30', outcome: 'penalty', penalty: fine(30_000), decidedBy: 'leader-1' },
  });

  it('rejects electronic service without the party signed consent (art. 61 para. 2)', () => {
    expect(blockedBy(fire('decided', 'serve', '2026-03-31', decided, { method: 'electronic' }, 'officer'))).toBe(
      'case.electronicServiceConsent',
    );
    expect(fire('decided', 'serve', '2026-03-31', decided, { method: 'electronic', electronicConsent: true }, 'officer').ok).toBe(true);
  });

  it('opens 15 days to pay from service, ending on the next working day after a holiday (art. 67)', () => {
    const result = fire('decided', 'serve', '2026-09-16', decided, { date: '2026-09-16' }, 'officer');
    expect(result).toMatchObject({
      ok: true,
      update: { payment: { amount: 30_000, dueDate: '2026-10-08', paid: 0 } },
      deadlinesToOpen: [{ kind: 'payment', dueDate: '2026-10-08', rule: { key: 'payment' } }],
      deadlinesToSatisfy: [{ kind: 'service' }],
    });
  });

  const served = { ...decided, service: { servedOn: '2026-04-01', method: 'inPerson' as const }, payment: { amount: 30_000, dueDate: '2026-04-16', paid: 0 } };

  it('approves instalments only on an application citing genuine financial difficulty (art. 66)', () => {
    const plan = [
      { dueDate: '2026-05-15', amount: 10_000 },
      { dueDate: '2026-06-15', amount: 20_000 },
    ];
    expect(blockedBy(fire('served', 'approveInstalments', '2026-04-10', served, { appliedOn: '2026-04-08', financialDifficulty: ' ', instalments: plan }))).toBe(
      'case.instalmentApplication',
    );
    const short = [{ dueDate: '2026-05-15', amount: 10_000 }, { dueDate: '2026-06-15', amount: 10_000 }];
    expect(blockedBy(fire('served', 'approveInstalments', '2026-04-10', served, { appliedOn: '2026-04-08', financialDifficulty: '疫情停产，资金周转困难', instalments: short }))).toBe(
      'case.instalmentPlan',
    );
    const ok = fire('served', 'approveInstalments', '2026-04-10', served, { appliedOn: '2026-04-08', financialDifficulty: '疫情停产，资金周转困难', instalments: plan });
    expect(ok).toMatchObject({
      ok: true,
      deadlinesToCancel: [{ kind: 'payment' }],
      deadlinesToOpen: [
        { kind: 'payment', ref: 'instalment-1', dueDate: '2026-05-15', rule: { key: 'instalment' } },
        { kind: 'payment', ref: 'instalment-2', dueDate: '2026-06-15', rule: { key: 'instalment' } },
      ],
    });
  });

  it('applies to the court only once payment is overdue (art. 72)', () => {
    expect(blockedBy(fire('served', 'applyCourtEnforcement', '2026-04-16', served))).toBe('case.paymentOverdue');
    expect(fire('served', 'applyCourtEnforcement', '2026-04-17', served)).toMatchObject({ ok: true, next: 'courtEnforcement' });
  });

  it('does not close a case with an unpaid fine', () => {
    expect(blockedBy(fire('served', 'close', '2026-04-10', served))).toBe('case.executionComplete');
    const paid = { ...served, payment: { ...served.payment, paid: 30_000 } };
    expect(fire('served', 'close', '2026-04-10', paid).ok).toBe(true);
  });
});

describe('the engine around the guards', () => {
  it('lets only a leader decide', () => {
    expect(fire('notified', 'decide', '2026-03-30', notified(), undefined, 'officer')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('rejects an event from a state it does not leave from, with CONFLICT', () => {
    expect(fire('archived', 'decide', '2026-03-30', notified())).toMatchObject({ ok: false, code: 'CONFLICT', rule: { id: 'workflow.wrongState' } });
  });

  it('rejects a negative fine, an unknown measure and a zero payment as invalid input', () => {
    const investigating = caseRecord({ filedOn: '2026-03-02' });
    expect(fire('investigating', 'propose', '2026-03-10', investigating, { penalty: fine(-1) }, 'officer')).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      details: { fields: ['penalty.amount'] },
    });
    const unknownMeasure = { amount: 100, measures: ['flogging'] } as unknown as Penalty;
    expect(fire('investigating', 'propose', '2026-03-10', investigating, { penalty: unknownMeasure }, 'officer')).toMatchObject({
      details: { fields: ['penalty.measures'] },
    });
    expect(fire('investigating', 'propose', '2026-03-10', investigating, { penalty: fine(1_234.5) }, 'officer').ok).toBe(true);
    const served = caseRecord({ payment: { amount: 100, dueDate: '2026-04-16', paid: 0 } });
    expect(fire('served', 'recordPayment', '2026-04-10', served, { amount: 0 }, 'officer')).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('rejects an unknown event', () => {
    expect(fire('notified', 'fly' as 'decide', '2026-03-30', notified())).toMatchObject({ ok: false, code: 'UNKNOWN_KEY' });
  });

  it('rejects a fact dated in the future and an invalid date', () => {
    expect(fire('proposed', 'notify', '2026-03-20', notified(), { date: '2026-03-21' }, 'officer')).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      rule: { id: 'workflow.futureDate' },
    });
    expect(fire('proposed', 'notify', '2026-03-20', notified(), { date: '2026-02-30' }, 'officer')).toMatchObject({
      ok: false,
      code: 'INVALID_DATE',
    });
  });
});

describe('allowedActions', () => {
  it('shows the decision blocked by the statement period, with its article and Chinese explanation', () => {
    const actions = allowedActions('case', 'notified', { today: '2026-03-25', actor: { id: 'l', role: 'leader' }, record: notified() });
    expect(actions.find((a) => a.event === 'decide')).toMatchObject({
      label: '作出处罚决定',
      to: 'decided',
      allowed: false,
      blockedBy: {
        id: 'case.statementPeriodClosed',
        article: '行政处罚法第四十五条、第六十二条',
        message: '陈述申辩期限届满前不得作出决定，当事人明确放弃陈述、申辩权利的除外',
        code: 'RULE_VIOLATION',
      },
    });
    expect(actions.find((a) => a.event === 'transfer')).toMatchObject({ allowed: true });
  });

  it('shows an officer the decision as reserved to leaders, and lists rules checked on submission', () => {
    const actions = allowedActions('case', 'notified', { today: '2026-03-30', actor: { id: 'o', role: 'officer' }, record: notified() });
    expect(actions.find((a) => a.event === 'decide')).toMatchObject({
      allowed: false,
      blockedBy: { code: 'FORBIDDEN', message: '仅负责人可以进行该操作' },
    });
    const review = actions.find((a) => a.event === 'submitForReview');
    expect(review?.allowed).toBe(true);
    expect(review?.checkedOnSubmit.map((r) => r.id)).toEqual(['case.reviewerNotInvestigator', 'case.reviewerQualified']);
  });

  it('takes the role from the argument when given', () => {
    const ctx = { today: '2026-03-30', actor: { id: 'o', role: 'officer' as const }, record: notified() };
    expect(allowedActions('case', 'notified', ctx, 'leader').find((a) => a.event === 'decide')?.allowed).toBe(true);
  });
});
