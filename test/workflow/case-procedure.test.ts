/**
 * Whole walks through the penalty procedure, as the service would drive them: each step's
 * update merged into the record, deadlines opened and satisfied, audit events emitted.
 */
import { describe, expect, it } from 'vitest';
import { paymentStatus, type CaseRecord, type CaseState, type Reviewer } from '../../src/domain/workflow/case.ts';
import { caseRecord, step } from './fixtures.ts';

type At = { state: CaseState; record: CaseRecord };

const reviewer: Reviewer = { userId: 'wang', hasLegalQualification: true, firstTimeReviewer: true };

describe('the general procedure (行政处罚法 chapter V section 2, 3)', () => {
  it('walks filing → investigation → proposal → notice → statement → hearing → legal review → deliberation → decision → service → payment → closing → archive', () => {
    const opened: string[] = [];
    const satisfied: string[] = [];
    const audit: string[] = [];
    let at: At = { state: 'draft', record: caseRecord({ flags: { complexCircumstances: true } }) };
    const go = (...args: Parameters<typeof step<'case'>> extends [unknown, unknown, ...infer R] ? R : never) => {
      const next = step('case', at, ...args);
      opened.push(...next.result.deadlinesToOpen.map((d) => `${d.kind}${d.ref ? `:${d.ref}` : ''} ${d.dueDate}`));
      satisfied.push(...next.result.deadlinesToSatisfy.map((d) => d.kind));
      audit.push(`${next.result.audit.payload.from}→${next.result.audit.payload.to}`);
      at = next;
      return next.result;
    };

    go('file', '2026-03-02', 'leader');
    expect(at.record.filedOn).toBe('2026-03-02');
    go('preserveEvidence', '2026-03-05', 'officer', { approvedBy: 'leader-1' });
    go('decidePreservedEvidence', '2026-03-10', 'officer');
    go('propose', '2026-03-18', 'officer', { penalty: { amount: 60_000, measures: [], benchmark: { min: 50_000, max: 80_000, tier: '较重' } } });
    const notice = go('notify', '2026-03-20', 'officer');
    expect(notice.effects).toEqual([
      { type: 'generateDocument', document: 'penaltyNotice' },
      { type: 'generateDocument', document: 'hearingNotice' },
    ]);
    go('recordStatement', '2026-03-23', 'enterprise_user', { summary: '已于检查当日整改完毕，请求从轻' });
    go('reviewStatement', '2026-03-24', 'officer', { accepted: false });
    go('requestHearing', '2026-03-25', 'enterprise_user');
    go('scheduleHearing', '2026-03-30', 'officer', { hearingDate: '2026-04-10', chairId: 'zhao' });
    go('holdHearing', '2026-04-10', 'officer');
    go('submitForReview', '2026-04-13', 'officer', { reviewer });
    go('passReview', '2026-04-14', 'legal_reviewer', { opinion: '事实清楚，证据确凿，程序合法' }, 'wang');
    go('submitForDeliberation', '2026-04-14', 'leader');
    go('recordDeliberation', '2026-04-15', 'leader', { conclusion: '同意罚款六万元' });
    const decision = go('decide', '2026-04-16', 'leader');
    expect(decision.effects).toEqual([{ type: 'generateDocument', document: 'penaltyDecision' }, { type: 'publishDecision' }]);
    go('serve', '2026-04-17', 'officer', { method: 'inPerson' });
    go('recordPayment', '2026-04-30', 'officer', { amount: 60_000 });
    go('close', '2026-04-30', 'leader');
    go('archive', '2026-05-06', 'officer');

    expect(at.state).toBe('archived');
    expect(opened).toEqual([
      'decision 2026-06-01', // 90 days from 03-02 end Sunday 05-31 → Monday (art. 60)
      'evidencePreservationDecision 2026-03-16', // 7 working days (art. 56, 85)
      'statement 2026-03-27', // 5 working days, local configuration
      'hearingRequest 2026-03-27', // 5 working days (art. 64, 85)
      'service 2026-04-27', // 7 working days (art. 61, 85)
      'publication 2026-04-27', // 7 working days (安全生产法 art. 78)
      'payment 2026-05-06', // 15 days from 04-17 end Saturday 05-02 in the May Day holiday → Wednesday 05-06 (art. 67)
    ]);
    expect(satisfied).toEqual([
      'evidencePreservationDecision',
      'hearingRequest',
      'decision',
      'statement',
      'hearingRequest',
      'service',
      'payment',
    ]);
    expect(audit).toEqual([
      'draft→investigating',
      'investigating→investigating',
      'investigating→investigating',
      'investigating→proposed',
      'proposed→notified',
      'notified→notified',
      'notified→notified',
      'notified→hearingRequested',
      'hearingRequested→hearingScheduled',
      'hearingScheduled→heard',
      'heard→legalReview',
      'legalReview→reviewed',
      'reviewed→deliberation',
      'deliberation→deliberated',
      'deliberated→decided',
      'decided→served',
      'served→served',
      'served→closed',
      'closed→archived',
    ]);
    expect(at.record).toMatchObject({
      notice: { servedOn: '2026-03-20', hearingRights: true, penalty: { amount: 60_000 } },
      statements: [{ receivedOn: '2026-03-23', reviewed: true, accepted: false }],
      hearing: { requestedOn: '2026-03-25', date: '2026-04-10', chairId: 'zhao', heldOn: '2026-04-10', outcome: 'held' },
      legalReview: { reviewer: { userId: 'wang' }, passed: true, completedOn: '2026-04-14' },
      deliberation: { heldOn: '2026-04-15', conclusion: '同意罚款六万元' },
      decision: { decidedOn: '2026-04-16', outcome: 'penalty', penalty: { amount: 60_000 }, decidedBy: 'leader-1' },
      service: { servedOn: '2026-04-17', method: 'inPerson' },
      payment: { amount: 60_000, dueDate: '2026-05-06', paid: 60_000 },
      closedOn: '2026-04-30',
      archivedOn: '2026-05-06',
    });
  });

  it('charges the late surcharge without the days under administrative review, then goes to court (art. 72, 73)', () => {
    let at: At = {
      state: 'served',
      record: caseRecord({
        filedOn: '2026-03-02',
        decision: { decidedOn: '2026-04-16', outcome: 'penalty', penalty: { amount: 60_000, measures: [] }, decidedBy: 'l' },
        service: { servedOn: '2026-04-17', method: 'inPerson' },
        payment: { amount: 60_000, dueDate: '2026-05-06', paid: 0 },
      }),
    };
    at = step('case', at, 'recordAppeal', '2026-05-10', 'officer', { appealKind: 'review' });
    at = step('case', at, 'endAppeal', '2026-05-20', 'officer');
    const surcharge = step('case', at, 'assessSurcharge', '2026-05-26', 'leader');
    // Late 05-07..05-26 = 20 days; 05-10..05-20 under review = 11 days; 9 days × 3 % × 60,000 = 16,200.
    expect(surcharge.record.payment).toMatchObject({ surcharge: 16_200 });
    expect(surcharge.result.audit.payload.data.surcharge).toMatchObject({ daysLate: 20, excludedDays: 11, countedDays: 9 });
    at = step('case', surcharge, 'applyCourtEnforcement', '2026-05-26', 'leader');
    expect(at.state).toBe('courtEnforcement');
    at = step('case', at, 'close', '2026-09-01', 'leader', { reason: '法院裁定准予强制执行，已划拨到账' });
    expect(at.record.courtEnforcement).toEqual({ appliedOn: '2026-05-26', outcome: '法院裁定准予强制执行，已划拨到账' });
  });

  it('satisfies instalment deadlines as the payments cover them (art. 66)', () => {
    let at: At = {
      state: 'served',
      record: caseRecord({ payment: { amount: 30_000, dueDate: '2026-04-16', paid: 0 } }),
    };
    at = step('case', at, 'approveInstalments', '2026-04-10', 'leader', {
      appliedOn: '2026-04-08',
      financialDifficulty: '停产整顿期间无营业收入',
      instalments: [
        { dueDate: '2026-05-15', amount: 10_000 },
        { dueDate: '2026-06-15', amount: 20_000 },
      ],
    });
    const first = step('case', at, 'recordPayment', '2026-05-14', 'officer', { amount: 10_000 });
    expect(first.result.deadlinesToSatisfy).toEqual([{ kind: 'payment', ref: 'instalment-1' }]);
    const second = step('case', first, 'recordPayment', '2026-06-10', 'officer', { amount: 20_000 });
    expect(second.result.deadlinesToSatisfy).toEqual([{ kind: 'payment', ref: 'instalment-2' }]);
    expect(step('case', second, 'close', '2026-06-10', 'leader').state).toBe('closed');
  });

  it('plans only the unpaid rest after a partial payment, and counts the instalments from what was paid (art. 66)', () => {
    let at: At = {
      state: 'served',
      record: caseRecord({ payment: { amount: 30_000, dueDate: '2026-04-16', paid: 0 } }),
    };
    at = step('case', at, 'recordPayment', '2026-04-09', 'officer', { amount: 6_000 });
    at = step('case', at, 'approveInstalments', '2026-04-10', 'leader', {
      appliedOn: '2026-04-08',
      financialDifficulty: '停产整顿期间无营业收入',
      instalments: [
        { dueDate: '2026-05-15', amount: 12_000 },
        { dueDate: '2026-06-15', amount: 12_000 },
      ],
    });
    expect(at.record.payment?.application).toMatchObject({ paidBefore: 6_000 });
    // 6,000 more does not yet cover the first instalment of 12,000: it is overdue after 05-15.
    const part = step('case', at, 'recordPayment', '2026-05-14', 'officer', { amount: 6_000 });
    expect(part.result.deadlinesToSatisfy).toEqual([]);
    expect(paymentStatus(part.record.payment!, '2026-05-16')).toMatchObject({ outstanding: 18_000, overdue: true });
    const first = step('case', part, 'recordPayment', '2026-05-15', 'officer', { amount: 6_000 });
    expect(first.result.deadlinesToSatisfy).toEqual([{ kind: 'payment', ref: 'instalment-1' }]);
    expect(paymentStatus(first.record.payment!, '2026-05-16')).toMatchObject({ outstanding: 12_000, overdue: false });
    const second = step('case', first, 'recordPayment', '2026-06-10', 'officer', { amount: 12_000 });
    expect(second.result.deadlinesToSatisfy).toEqual([{ kind: 'payment', ref: 'instalment-2' }]);
    expect(step('case', second, 'close', '2026-06-10', 'leader').state).toBe('closed');
  });

  it('transfers a suspected crime to the judicial organs and closes the case (art. 27, 57)', () => {
    let at: At = { state: 'investigating', record: caseRecord({ filedOn: '2026-03-02' }) };
    const transfer = step('case', at, 'transfer', '2026-03-20', 'leader', {
      reason: '涉嫌重大责任事故罪',
      transferTo: '重庆市公安局渝北区分局',
    });
    expect(transfer.result).toMatchObject({
      next: 'transferred',
      effects: [{ type: 'transferToJudiciary', to: '重庆市公安局渝北区分局' }],
      deadlinesToSatisfy: [{ kind: 'decision' }],
    });
    at = step('case', transfer, 'close', '2026-03-25', 'leader');
    expect(step('case', at, 'archive', '2026-03-26', 'admin').state).toBe('archived');
  });

  it('decides not to impose a penalty and serves that decision without a payment (art. 33, 57)', () => {
    let at: At = { state: 'investigating', record: caseRecord({ filedOn: '2026-03-02' }) };
    at = step('case', at, 'decideNoPenalty', '2026-03-20', 'leader', { reason: '初次违法且危害后果轻微并及时改正，已进行教育' });
    const served = step('case', at, 'serve', '2026-03-23', 'officer');
    expect(served.result.deadlinesToOpen).toEqual([]);
    expect(served.record.payment).toBeUndefined();
    expect(step('case', served, 'close', '2026-03-23', 'leader').state).toBe('closed');
  });
});

describe('the simple procedure (行政处罚法 art. 51–53)', () => {
  it('decides on the spot, opens payment and publication, and closes once paid', () => {
    let at: At = { state: 'draft', record: caseRecord({ partyKind: 'organisation' }) };
    const onSpot = step('case', at, 'decideOnSpot', '2026-05-06', 'officer', {
      penalty: { amount: 2_000, measures: [] },
      partyInformed: true,
    });
    expect(onSpot.result).toMatchObject({
      next: 'served',
      deadlinesToOpen: [
        { kind: 'payment', dueDate: '2026-05-21' },
        // 05-09 is a make-up working Saturday.
        { kind: 'publication', dueDate: '2026-05-14' },
      ],
    });
    at = step('case', onSpot, 'recordPayment', '2026-05-07', 'officer', { amount: 2_000 });
    at = step('case', at, 'close', '2026-05-07', 'leader');
    expect(step('case', at, 'archive', '2026-05-08', 'officer').state).toBe('archived');
  });
});
