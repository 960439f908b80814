/**
 * 听证 through the API (行政处罚法第六十三条、第六十四条): a 67,500-yuan fine on an organisation
 * (较大数额, configured at 50,000) gives hearing rights; the party asks within five working days,
 * is notified seven working days before, the hearing is chaired by someone who did not investigate;
 * the decision follows legal review and cites the hearing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/server/audit/audit.repository.ts';
import { actOnCase, call, PNG, upload, world, type World } from './support.ts';

let w: World;
beforeAll(async () => {
  w = await world();
});
afterAll(async () => {
  await w.stop();
});

const act = (cookie: string, id: string, event: string, input?: object) => actOnCase(w.app, cookie, id, event, input);

describe('hearing', () => {
  it('holds a requested hearing before legal review and decision', async () => {
    await w.travel('2026-11-02');
    const c = (await call(w.app, w.cookies.officer1, 'POST', '/api/cases', {
      enterpriseId: w.enterpriseId, title: '未按规定投保安全生产责任保险案', partyKind: 'organisation', source: 'inspection',
      actEndedOn: '2026-10-30', discoveredOn: '2026-11-02', investigatorIds: [w.ids.officer1, w.ids.officer2], violationCode: 'AQSCF-109',
      facts: '你单位属于高危行业，未按照国家规定投保安全生产责任保险。',
    })).body;
    await upload(w.app, w.cookies.officer1, `/api/cases/${c.id}/files`, PNG, '保险缴费记录.png');
    expect((await act(w.cookies.leader, c.id, 'file')).status).toBe(200);
    const proposed = await act(w.cookies.officer1, c.id, 'propose', { penalty: { amount: 67500, measures: ['orderCorrection'] }, discretion: { facts: {} } });
    expect(proposed.body.requirements.hearingRights[0].article).toContain('行政处罚法第六十三条');

    let r = await act(w.cookies.officer1, c.id, 'notify');
    expect(r.body.record.notice).toMatchObject({ hearingRights: true, hearingRequestDueDate: '2026-11-09' });
    expect(r.body.documents.filter((d: { status: string }) => d.status === 'issued').map((d: { kind: string }) => d.kind).sort()).toEqual(['filingApproval', 'hearingNotice', 'penaltyNotice']);

    await w.travel('2026-11-05');
    r = await act(w.cookies.enterpriseUser, c.id, 'requestHearing');
    expect(r.body.state).toBe('hearingRequested');

    // The chair may not be an investigator; notice must come seven working days before.
    r = await act(w.cookies.leader, c.id, 'scheduleHearing', { hearingDate: '2026-11-16', chairId: w.ids.officer1 });
    expect(r.status).toBe(422);
    expect(r.body.details.rule.id).toBe('case.hearingChairNotInvestigator');
    r = await act(w.cookies.leader, c.id, 'scheduleHearing', { hearingDate: '2026-11-12', chairId: w.ids.officer3 });
    expect(r.status).toBe(422);
    expect(r.body.details.rule.id).toBe('case.hearingNoticeInTime');
    r = await act(w.cookies.leader, c.id, 'scheduleHearing', { hearingDate: '2026-11-16', chairId: w.ids.officer3 });
    expect(r.body.state).toBe('hearingScheduled');

    await w.travel('2026-11-16');
    r = await act(w.cookies.leader, c.id, 'holdHearing');
    expect(r.body.state).toBe('heard');
    r = await act(w.cookies.officer1, c.id, 'submitForReview', { reviewerId: w.ids.reviewer });
    expect(r.body.requirements.legalReview).toMatchObject([{ text: '罚款50000元以上' }]);
    r = await act(w.cookies.reviewer, c.id, 'passReview', { opinion: '同意' });
    await w.travel('2026-11-17');
    r = await act(w.cookies.leader, c.id, 'decide');
    expect(r.status).toBe(200);
    expect(r.body.documents.find((d: { kind: string }) => d.kind === 'penaltyDecision')).toMatchObject({ status: 'issued', error: null });
    expect((await verifyAudit(w.ctx.db)).ok).toBe(true);
  });
});
