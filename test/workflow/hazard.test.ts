import { describe, expect, it } from 'vitest';
import type { HazardRecord, HazardState } from '../../src/domain/workflow/hazard.ts';
import { rectificationOverdue } from '../../src/domain/workflow/hazard.ts';
import { allowedActions, transition } from '../../src/domain/workflow/index.ts';
import type { Role } from '../../src/domain/glossary.ts';
import { hazardRecord, step } from './fixtures.ts';

const sut = transition;

const fire = (state: HazardState, event: Parameters<typeof transition<'hazard'>>[2], today: string, record: HazardRecord, input = {}, role: Role = 'officer') =>
  sut('hazard', state, event, { today, actor: { id: `${role}-1`, role }, record, input });

const ordered = (over: Partial<HazardRecord> = {}) =>
  hazardRecord({ order: { action: 'deadline', orderedOn: '2026-05-06', dueDate: '2026-05-20' }, ...over });

describe('the hazard loop (安全生产法 art. 65, 102)', () => {
  it('walks ordered → rectification reported → re-inspection passed → closed', () => {
    let at: { state: HazardState; record: HazardRecord } = { state: 'recorded', record: hazardRecord() };

    const order = step('hazard', at, 'order', '2026-05-06', 'officer', { action: 'deadline', dueDate: '2026-05-20' }, 'zhang');
    expect(order.result).toMatchObject({
      next: 'ordered',
      update: { violation: { code: 'AQSCF-099-2', confirmedBy: 'zhang' } },
      deadlinesToOpen: [{ kind: 'rectification', dueDate: '2026-05-20', from: '2026-05-06', rule: { key: 'rectification' } }],
      effects: [{ type: 'generateDocument', document: 'rectificationOrder' }, { type: 'notifyParty', message: '责令整改' }],
    });
    at = order;

    const report = step('hazard', at, 'reportRectification', '2026-05-15', 'enterprise_user', {
      description: '已清理杂物并加装漏电保护器',
      evidenceIds: ['photo-1'],
    });
    expect(report.result.deadlinesToSatisfy).toEqual([{ kind: 'rectification' }]);
    at = report;

    at = step('hazard', at, 'passReinspection', '2026-05-18', 'officer', { evidenceIds: ['photo-2'] });
    const close = step('hazard', at, 'close', '2026-05-18', 'officer');
    expect(close.state).toBe('closed');
    expect(close.record.reinspections).toEqual([{ on: '2026-05-18', officerId: 'officer-1', passed: true, evidenceIds: ['photo-2'] }]);
  });

  it('goes round again after a failed re-inspection, with a new deadline', () => {
    let at: { state: HazardState; record: HazardRecord } = { state: 'rectificationReported', record: ordered() };
    const fail = step('hazard', at, 'failReinspection', '2026-05-18', 'officer', { dueDate: '2026-06-05', note: '漏电保护器未接线' });
    expect(fail.result).toMatchObject({
      next: 'reinspectionFailed',
      update: { order: { dueDate: '2026-06-05' } },
      deadlinesToOpen: [{ kind: 'rectification', dueDate: '2026-06-05', from: '2026-05-18' }],
    });
    at = fail;
    at = step('hazard', at, 'reportRectification', '2026-06-01', 'enterprise_user', { description: '已接线', evidenceIds: ['p3'] });
    at = step('hazard', at, 'passReinspection', '2026-06-03', 'officer', { evidenceIds: ['p4'] });
    expect(step('hazard', at, 'close', '2026-06-03', 'officer').state).toBe('closed');
  });

  it('rejects a passed re-inspection without evidence', () => {
    expect(fire('rectificationReported', 'passReinspection', '2026-05-18', ordered(), { evidenceIds: [] })).toMatchObject({
      ok: false,
      rule: { id: 'hazard.reinspectionEvidence' },
    });
  });

  it('closes a hazard only after a passed re-inspection carrying evidence', () => {
    const failedLast = ordered({
      reinspections: [
        { on: '2026-05-10', officerId: 'o', passed: true, evidenceIds: ['p1'] },
        { on: '2026-05-18', officerId: 'o', passed: false, evidenceIds: [] },
      ],
    });
    expect(fire('reinspectionPassed', 'close', '2026-05-18', failedLast)).toMatchObject({
      ok: false,
      rule: { id: 'hazard.closeAfterPassedReinspection', message: '隐患只有在复查通过并附有复查证据后才能销号' },
    });
    const noEvidence = ordered({ reinspections: [{ on: '2026-05-18', officerId: 'o', passed: true, evidenceIds: [] }] });
    expect(fire('reinspectionPassed', 'close', '2026-05-18', noEvidence).ok).toBe(false);
  });

  it('closes a major hazard only with a leader approval (art. 65 item 3)', () => {
    const record = ordered({ majorHazard: true, reinspections: [{ on: '2026-05-18', officerId: 'o', passed: true, evidenceIds: ['p'] }] });
    expect(fire('reinspectionPassed', 'close', '2026-05-18', record, {}, 'officer')).toMatchObject({ ok: false, rule: { id: 'hazard.majorHazardApproval' } });
    expect(fire('reinspectionPassed', 'close', '2026-05-18', record, {}, 'leader').ok).toBe(true);
  });

  it('orders only a hazard whose violation the officer confirms', () => {
    const unmatched = hazardRecord({ violation: null });
    expect(fire('recorded', 'order', '2026-05-06', unmatched, { action: 'immediate' })).toMatchObject({ ok: false, rule: { id: 'hazard.violationConfirmed' } });
    expect(fire('recorded', 'order', '2026-05-06', unmatched, { action: 'immediate', violationCode: 'AQSCF-101-1' })).toMatchObject({
      ok: true,
      update: { violation: { code: 'AQSCF-101-1' }, order: { action: 'immediate', dueDate: '2026-05-06' } },
    });
  });

  it('rejects a rectification deadline in the past or missing', () => {
    expect(fire('recorded', 'order', '2026-05-06', hazardRecord(), { action: 'deadline', dueDate: '2026-05-05' }).ok).toBe(false);
    expect(fire('recorded', 'order', '2026-05-06', hazardRecord(), { action: 'deadline' })).toMatchObject({ rule: { id: 'hazard.rectificationDeadline' } });
  });

  it('lets the enterprise report its rectification but not re-inspect', () => {
    expect(fire('ordered', 'reportRectification', '2026-05-10', ordered(), { description: '已整改' }, 'enterprise_user').ok).toBe(true);
    expect(fire('rectificationReported', 'passReinspection', '2026-05-10', ordered(), { evidenceIds: ['p'] }, 'enterprise_user')).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('overdue rectification (安全生产法 art. 102)', () => {
  it('is overdue the day after the deadline, not on it', () => {
    expect(rectificationOverdue('ordered', ordered(), '2026-05-20')).toEqual({ overdue: false, daysOverdue: 0, dueDate: '2026-05-20' });
    expect(rectificationOverdue('ordered', ordered(), '2026-05-23')).toEqual({ overdue: true, daysOverdue: 3, dueDate: '2026-05-20' });
  });

  it('is not overdue once the enterprise reported in time', () => {
    expect(rectificationOverdue('rectificationReported', ordered(), '2026-05-23').overdue).toBe(false);
  });

  it('opens a penalty case for an overdue rectification, once', () => {
    expect(fire('ordered', 'openCase', '2026-05-20', ordered())).toMatchObject({ ok: false, rule: { id: 'hazard.rectificationOverdue', article: '安全生产法第一百零二条' } });
    const result = fire('ordered', 'openCase', '2026-05-21', ordered());
    expect(result).toMatchObject({
      ok: true,
      next: 'ordered',
      update: { caseRequestedOn: '2026-05-21' },
      effects: [{ type: 'openPenaltyCase', source: 'inspection', basis: [{ law: '中华人民共和国安全生产法', article: 102 }] }],
    });
    expect(fire('ordered', 'openCase', '2026-05-22', ordered({ caseRequestedOn: '2026-05-21' }))).toMatchObject({ ok: false, rule: { id: 'hazard.noCaseYet' } });
  });

  it('shows the case action blocked until the deadline passes', () => {
    const ctx = { today: '2026-05-10', actor: { id: 'o', role: 'officer' as const }, record: ordered() };
    expect(allowedActions('hazard', 'ordered', ctx).find((a) => a.event === 'openCase')).toMatchObject({
      allowed: false,
      blockedBy: { id: 'hazard.rectificationOverdue' },
    });
  });
});
