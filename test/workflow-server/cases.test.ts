/**
 * 行政处罚案件 through the API, as legal examples, moving the injected clock instead of sleeping:
 * the general procedure (立案 → 拟处罚 from the discretion benchmark → 告知 → 陈述申辩 window →
 * 法制审核 by the assigned reviewer → 决定 → 送达 → 缴款 → 结案 → 归档), and the simple procedure
 * on the spot (行政处罚法第五十一条).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/server/audit/audit.repository.ts';
import { signIn, user } from '../support/factories.ts';
import { call, PNG, upload, world, type World } from './support.ts';

let w: World;
beforeAll(async () => {
  w = await world();
});
afterAll(async () => {
  await w.stop();
});

const act = (cookie: string, id: string, event: string, version: number, input?: object) =>
  call(w.app, cookie, 'POST', `/api/cases/${id}/transitions`, { event, version, ...(input ? { input } : {}) });

const openCase = async (extra: object = {}) => {
  const r = await call(w.app, w.cookies.officer1, 'POST', '/api/cases', {
    enterpriseId: w.enterpriseId,
    title: '重庆渝兴化工有限公司未对安全设备进行经常性维护、保养和定期检测案',
    partyKind: 'organisation',
    source: 'inspection',
    actEndedOn: '2026-10-20',
    discoveredOn: '2026-11-02',
    investigatorIds: [w.ids.officer1, w.ids.officer2],
    violationCode: 'AQSCF-099-3',
    facts: '你单位甲类仓库内4台可燃气体报警装置未进行经常性维护、保养和定期检测，其中2台处于故障状态。',
    ...extra,
  });
  expect(r.status).toBe(201);
  return r.body;
};

describe('penalty case, general procedure', () => {
  it('walks a case from filing to archive, each step on its legal day', async () => {
    await w.travel('2026-11-02'); // Monday
    let c = await openCase({ flags: { difficultMultipleRelations: true } });
    expect(c.requirements.legalReview).toEqual([{ article: '行政处罚法第五十八条第一款第（三）项', text: '案件情况疑难复杂、涉及多个法律关系' }]);
    await upload(w.app, w.cookies.officer1, `/api/cases/${c.id}/files`, PNG, '现场照片.png');

    // 立案 by a leader: the 90-day decision deadline opens (行政处罚法第六十条).
    let r = await act(w.cookies.leader, c.id, 'file', c.version);
    expect(r.status).toBe(200);
    c = r.body;
    expect(c.state).toBe('investigating');
    expect(c.deadlines).toMatchObject([{ kind: 'decision', status: 'open', dueDate: '2027-02-01' }]);
    expect(c.documents).toMatchObject([{ kind: 'filingApproval', status: 'issued', number: '渝北应急立〔2026〕1号' }]);

    // The benchmark for the facts is 超过1万元、2.5万元以下; 30,000 without a reason is refused (第三十四条).
    const suggestion = await call(w.app, w.cookies.officer1, 'POST', `/api/cases/${c.id}/penalty-suggestion`, { facts: {} });
    expect(suggestion.body.penalty).toMatchObject({ amount: 17500, benchmark: { min: 10000, max: 25000, tier: '一般' } });
    r = await act(w.cookies.officer1, c.id, 'propose', c.version, { penalty: { amount: 30000, measures: ['orderCorrection'] }, discretion: { facts: {} } });
    expect(r.status).toBe(422);
    expect(r.body.details.rule).toMatchObject({ id: 'case.deviationJustified', article: '行政处罚法第三十四条' });
    // A forged range is ignored: the server computes it.
    r = await act(w.cookies.officer1, c.id, 'propose', c.version, {
      penalty: { amount: 20000, measures: ['orderCorrection'], benchmark: { min: 0, max: 100000 } },
      discretion: { facts: {} },
    });
    expect(r.status).toBe(200);
    c = r.body;
    expect(c.record.proposal).toMatchObject({ amount: 20000, benchmark: { min: 10000, max: 25000 } });
    expect(c.discretion).toMatchObject({ recommended: 17500, range: { min: 10000, max: 25000 } });

    // 告知: a five-working-day statement period (local configuration), no hearing rights below 50,000.
    r = await act(w.cookies.officer1, c.id, 'notify', c.version);
    c = r.body;
    expect(c.state).toBe('notified');
    expect(c.record.notice).toMatchObject({ servedOn: '2026-11-02', statementDueDate: '2026-11-09', hearingRights: false });
    expect(c.documents.map((d: { kind: string; status: string; number: string }) => [d.kind, d.status, d.number])).toContainEqual([
      'penaltyNotice',
      'issued',
      '渝北应急告〔2026〕1号',
    ]);

    // No decision before the statement period ends (行政处罚法第四十五条、第六十二条).
    r = await act(w.cookies.leader, c.id, 'decide', c.version);
    expect(r.status).toBe(422);
    expect(r.body.details).toMatchObject({ rule: { id: 'case.statementPeriodClosed' }, statementDueDate: '2026-11-09' });
    const blocked = c.allowedActions.find((a: { event: string }) => a.event === 'decide');
    expect(blocked).toMatchObject({ allowed: false, blockedBy: { id: 'workflow.role', code: 'FORBIDDEN' } }); // officers do not decide
    const leaderView = await call(w.app, w.cookies.leader, 'GET', `/api/cases/${c.id}`);
    expect(leaderView.body.allowedActions.find((a: { event: string }) => a.event === 'decide')).toMatchObject({
      allowed: false,
      blockedBy: { id: 'case.statementPeriodClosed' },
    });

    // The party states its case; the officers re-check it.
    await w.travel('2026-11-04');
    r = await act(w.cookies.enterpriseUser, c.id, 'recordStatement', c.version, { summary: '报警装置已于发现后立即送检，请求从轻处罚' });
    expect(r.status).toBe(200);
    r = await act(w.cookies.officer1, c.id, 'reviewStatement', r.body.version, { accepted: false });
    c = r.body;

    // After the period: legal review by the assigned reviewer, who did not investigate.
    await w.travel('2026-11-10');
    r = await act(w.cookies.leader, c.id, 'decide', c.version);
    expect(r.status).toBe(422);
    expect(r.body.details.rule.id).toBe('case.legalReviewPassed');
    r = await act(w.cookies.officer1, c.id, 'submitForReview', c.version, { reviewerId: w.ids.reviewer });
    expect(r.status).toBe(200);
    c = r.body;
    expect(c.record.legalReview.reviewer).toEqual({ userId: w.ids.reviewer, hasLegalQualification: true, firstTimeReviewer: true });
    const queue = await call(w.app, w.cookies.reviewer, 'GET', '/api/workbench');
    expect(queue.body.queues.awaitingReview.map((x: { id: string }) => x.id)).toEqual([c.id]);

    const otherReviewer = await user(w.ctx, 'legal_reviewer', '500112');
    const notAssigned = await act(await signIn(w.app, otherReviewer.username), c.id, 'passReview', c.version, { opinion: '同意' });
    expect(notAssigned.status).toBe(422);
    expect(notAssigned.body.details.rule.id).toBe('case.assignedReviewer');
    const byInvestigator = await act(w.cookies.officer1, c.id, 'passReview', c.version, { opinion: '同意' });
    expect(byInvestigator.status).toBe(403);

    r = await act(w.cookies.reviewer, c.id, 'passReview', c.version, { opinion: '事实清楚，证据确凿，适用依据正确，程序合法，处罚适当' });
    expect(r.status).toBe(200);
    c = r.body;

    const approvals = await call(w.app, w.cookies.leader, 'GET', '/api/workbench');
    expect(approvals.body.queues.awaitingApproval.map((x: { id: string }) => x.id)).toContain(c.id);

    // 决定: the decision document, service within 7 working days, publication (公示) done by the effect.
    r = await act(w.cookies.leader, c.id, 'decide', c.version);
    expect(r.status).toBe(200);
    c = r.body;
    expect(c.state).toBe('decided');
    expect(c.documents.find((d: { kind: string }) => d.kind === 'penaltyDecision')).toMatchObject({ status: 'issued', number: '渝北应急罚〔2026〕1号' });
    const byKind = (kind: string) => c.deadlines.filter((d: { kind: string }) => d.kind === kind).map((d: { status: string }) => d.status);
    expect(byKind('statement')).toEqual(['satisfied']);
    expect(byKind('decision')).toEqual(['satisfied']);
    expect(byKind('publication')).toEqual(['satisfied']);
    expect(c.deadlines.find((d: { kind: string }) => d.kind === 'service')).toMatchObject({ status: 'open', dueDate: '2026-11-19' });

    await w.travel('2026-11-11');
    r = await act(w.cookies.officer2, c.id, 'serve', c.version, { method: 'inPerson' });
    c = r.body;
    expect(c.state).toBe('served');
    expect(c.record.payment).toEqual({ amount: 20000, dueDate: '2026-11-26', paid: 0 });

    // 结案 needs the fine paid (行政处罚法第六十六条).
    r = await act(w.cookies.leader, c.id, 'close', c.version);
    expect(r.status).toBe(422);
    expect(r.body.details.rule.id).toBe('case.executionComplete');

    await w.travel('2026-11-20');
    r = await act(w.cookies.officer1, c.id, 'recordPayment', c.version, { amount: 20000 });
    c = r.body;
    expect(c.deadlines.find((d: { kind: string }) => d.kind === 'payment')).toMatchObject({ status: 'satisfied' });

    r = await act(w.cookies.leader, c.id, 'close', c.version);
    expect(r.status).toBe(200);
    c = r.body;
    expect(c.state).toBe('closed');
    r = await act(w.cookies.officer1, c.id, 'archive', c.version);
    c = r.body;
    expect(c.state).toBe('archived');

    expect(c.deadlines.filter((d: { status: string }) => d.status === 'open')).toEqual([]);
    expect(c.documents.map((d: { kind: string; status: string }) => `${d.kind}:${d.status}`)).toEqual([
      'filingApproval:issued',
      'penaltyNotice:issued',
      'penaltyDecision:issued',
      'closingApproval:issued',
    ]);
    const timeline = await call(w.app, w.cookies.leader, 'GET', `/api/audit/case/${c.id}`);
    const transitions = timeline.body.events.filter((e: { type: string }) => e.type === 'workflow.transition').map((e: { payload: { event: string } }) => e.payload.event);
    expect(transitions).toEqual([
      'file', 'propose', 'notify', 'recordStatement', 'reviewStatement', 'submitForReview', 'passReview', 'decide', 'serve', 'recordPayment', 'close', 'archive',
    ]);
    expect((await verifyAudit(w.ctx.db)).ok).toBe(true);
  });

  it('keeps the transition when a document cannot be made, and issues it again later with the same number', async () => {
    await w.travel('2026-11-02');
    let c = await openCase();
    c = (await act(w.cookies.leader, c.id, 'file', c.version)).body;
    c = (await act(w.cookies.officer1, c.id, 'propose', c.version, { penalty: { amount: 17500, measures: ['orderCorrection'] }, discretion: { facts: {} } })).body;
    // No evidence on file: the notice cannot state what proves the facts (行政处罚法第四十四条).
    const r = await act(w.cookies.officer1, c.id, 'notify', c.version);
    expect(r.status).toBe(200);
    expect(r.body.state).toBe('notified');
    const notice = r.body.documents.find((d: { kind: string }) => d.kind === 'penaltyNotice');
    expect(notice.status).toBe('failed');
    expect(notice.error).toContain('证据');
    expect(notice.number).toMatch(/^渝北应急告〔2026〕\d+号$/);

    await upload(w.app, w.cookies.officer1, `/api/cases/${c.id}/files`, PNG, '询问笔录.png');
    const again = await call(w.app, w.cookies.officer1, 'POST', `/api/documents/${notice.id}/issue`, {});
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'issued', number: notice.number, error: null });
    const twice = await call(w.app, w.cookies.officer1, 'POST', `/api/documents/${notice.id}/issue`, {});
    expect(twice.status).toBe(409);
  });
});

describe('penalty case, simple procedure', () => {
  it('decides on the spot a fine within 3,000 yuan for an organisation (行政处罚法第五十一条)', async () => {
    await w.travel('2026-11-02');
    const c = await openCase({ title: '当场处罚案' });
    await upload(w.app, w.cookies.officer2, `/api/cases/${c.id}/files`, PNG, '现场照片.png');
    const tooMuch = await act(w.cookies.officer1, c.id, 'decideOnSpot', c.version, { penalty: { amount: 5000, measures: [], deviationReason: '当场处罚' }, partyInformed: true });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.details.rule.id).toBe('case.simpleProcedureLimits');
    const r = await act(w.cookies.officer1, c.id, 'decideOnSpot', c.version, {
      penalty: { amount: 2000, measures: ['warning'], deviationReason: '简易程序，当场处以警告并处罚款二千元' },
      partyInformed: true,
    });
    expect(r.status).toBe(200);
    expect(r.body.state).toBe('served');
    expect(r.body.record.decision).toMatchObject({ outcome: 'onSpot', penalty: { amount: 2000, measures: ['warning'] } });
    expect(r.body.deadlines.find((d: { kind: string }) => d.kind === 'payment')).toMatchObject({ status: 'open', dueDate: '2026-11-17' });
    expect(r.body.documents).toMatchObject([{ kind: 'penaltyDecision', status: 'issued', error: null }]);
  });
});
