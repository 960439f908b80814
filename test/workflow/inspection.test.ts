import { describe, expect, it } from 'vitest';
import { allowedActions, transition } from '../../src/domain/workflow/index.ts';
import type { InspectionInput, InspectionRecord } from '../../src/domain/workflow/inspection.ts';
import { inspectionRecord, officer, step, uncertified } from './fixtures.ts';

const sut = transition;

const start = (record: InspectionRecord, input: InspectionInput = { certificatesShown: true }, today = '2026-05-06') =>
  sut('inspection', 'scheduled', 'start', { today, actor: { id: 'zhang', role: 'officer' }, record, input });

describe('two certified officers (行政处罚法 art. 42, applied by the bureau to every inspection)', () => {
  it('starts an inspection with two officers whose certificates are valid that day', () => {
    expect(start(inspectionRecord())).toMatchObject({ ok: true, next: 'onSite', update: { date: '2026-05-06', certificatesShown: true } });
  });

  it('refuses an inspection with a single officer, with NOT_ENOUGH_OFFICERS', () => {
    const result = start(inspectionRecord({ officers: [officer('zhang')] }));
    expect(result).toMatchObject({
      ok: false,
      code: 'NOT_ENOUGH_OFFICERS',
      rule: { id: 'inspection.twoOfficers', article: '行政处罚法第四十二条' },
      details: { officers: 1, required: 2 },
    });
  });

  it('does not count the same officer twice', () => {
    expect(start(inspectionRecord({ officers: [officer('zhang'), officer('zhang')] }))).toMatchObject({ code: 'NOT_ENOUGH_OFFICERS' });
  });

  it('refuses an inspection when a certificate expired the day before, with CERTIFICATE_INVALID', () => {
    const record = inspectionRecord({ officers: [officer('zhang'), officer('li', '2021-05-06', '2026-05-05')] });
    expect(start(record)).toMatchObject({
      ok: false,
      code: 'CERTIFICATE_INVALID',
      rule: { id: 'inspection.certificatesValid' },
      details: { date: '2026-05-06', invalid: ['li'] },
    });
  });

  it('accepts a certificate on its last day of validity', () => {
    const record = inspectionRecord({ officers: [officer('zhang'), officer('li', '2021-05-06', '2026-05-06')] });
    expect(start(record).ok).toBe(true);
  });

  it('refuses suspended and missing certificates', () => {
    const suspended = { userId: 'li', certificate: { number: 'x', validFrom: '2024-01-01', validTo: '2028-12-31', status: 'suspended' as const } };
    expect(start(inspectionRecord({ officers: [officer('zhang'), suspended] }))).toMatchObject({ code: 'CERTIFICATE_INVALID' });
    expect(start(inspectionRecord({ officers: [officer('zhang'), uncertified('li')] }))).toMatchObject({ code: 'CERTIFICATE_INVALID' });
  });

  it('judges the certificate on the day the inspection takes place, not the planned day', () => {
    const record = inspectionRecord({ date: '2026-05-01', officers: [officer('zhang'), officer('li', '2026-05-04', '2031-05-03')] });
    expect(start(record, { certificatesShown: true, date: '2026-05-06' })).toMatchObject({ ok: true, update: { date: '2026-05-06' } });
  });

  it('does not count a technical inspector as an officer', () => {
    const record = inspectionRecord({ officers: [officer('zhang')], techInspectorIds: ['expert-1'] });
    expect(start(record)).toMatchObject({ code: 'NOT_ENOUGH_OFFICERS' });
  });
});

describe('certificates shown and the signed record (安全生产法 art. 67, 68)', () => {
  it('refuses to start unless the certificates were shown (art. 67)', () => {
    expect(start(inspectionRecord(), {})).toMatchObject({ ok: false, rule: { id: 'inspection.certificatesShown', article: '安全生产法第六十七条第二款、行政处罚法第五十五条' } });
  });

  const onSite = inspectionRecord({ certificatesShown: true, findings: [{ id: 'f1', description: '安全出口堵塞' }] });
  const finish = (record: InspectionRecord) =>
    sut('inspection', 'onSite', 'finish', { today: '2026-05-06', actor: { id: 'zhang', role: 'officer' }, record });

  it('refuses to finish before the inspectors signed the record (art. 68)', () => {
    const record = { ...onSite, officerSignatures: ['zhang'], enterpriseSignature: { signedBy: '王厂长', signedOn: '2026-05-06' } };
    expect(finish(record)).toMatchObject({ ok: false, rule: { id: 'inspection.inspectorsSigned' } });
  });

  it('refuses to finish without the enterprise head signature or a noted refusal (art. 68)', () => {
    const record = { ...onSite, officerSignatures: ['zhang', 'li'] };
    expect(finish(record)).toMatchObject({ ok: false, rule: { id: 'inspection.enterpriseSignedOrRefusalNoted' } });
    expect(finish({ ...record, enterpriseRefusal: { note: '  ', notedOn: '2026-05-06' } }).ok).toBe(false);
  });

  it('finishes with the head refusal noted, and says so in the audit', () => {
    const record = { ...onSite, officerSignatures: ['zhang', 'li'], enterpriseRefusal: { note: '负责人拒绝签字，已录像', notedOn: '2026-05-06' } };
    expect(finish(record)).toMatchObject({
      ok: true,
      next: 'completed',
      effects: [{ type: 'generateDocument', document: 'inspectionRecord' }],
      audit: { type: 'workflow.transition', payload: { aggregate: 'inspection', event: 'finish', data: { enterpriseRefusedToSign: true, findings: 1 } } },
    });
  });
});

describe('the inspection from plan to record', () => {
  it('walks scheduled → on site → completed', () => {
    let at = { state: 'scheduled' as const, record: inspectionRecord() } as { state: 'scheduled' | 'onSite' | 'completed' | 'cancelled'; record: InspectionRecord };
    at = step('inspection', at, 'start', '2026-05-06', 'officer', { certificatesShown: true });
    at.record = { ...at.record, officerSignatures: ['zhang', 'li'], enterpriseSignature: { signedBy: '王厂长', signedOn: '2026-05-06' } };
    at = step('inspection', at, 'finish', '2026-05-06', 'officer');
    expect(at.state).toBe('completed');
    expect(at.record.completedOn).toBe('2026-05-06');
  });

  it('cancels a scheduled inspection only with a reason', () => {
    const record = inspectionRecord();
    expect(sut('inspection', 'scheduled', 'cancel', { today: '2026-05-06', actor: { id: 'l', role: 'leader' }, record })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
    expect(
      sut('inspection', 'scheduled', 'cancel', { today: '2026-05-06', actor: { id: 'l', role: 'leader' }, record, input: { reason: '企业已停产' } }),
    ).toMatchObject({ ok: true, next: 'cancelled' });
  });

  it('lists start as blocked for want of a second certified officer', () => {
    const actions = allowedActions('inspection', 'scheduled', {
      today: '2026-05-06',
      actor: { id: 'zhang', role: 'officer' },
      record: inspectionRecord({ officers: [officer('zhang'), uncertified('li')] }),
    });
    expect(actions.find((a) => a.event === 'start')).toMatchObject({
      allowed: false,
      blockedBy: { id: 'inspection.certificatesValid', code: 'CERTIFICATE_INVALID' },
      checkedOnSubmit: [{ id: 'inspection.certificatesShown' }],
    });
  });
});
