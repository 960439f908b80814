/**
 * 事故隐患的闭环 through the API: order (责令限期整改, 安全生产法第六十五条), the enterprise
 * reports its rectification with evidence, the officer re-inspects, the hazard closes only after
 * a passed re-inspection with evidence; an overdue rectification is visible and opens a case
 * (安全生产法第一百零二条).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/server/audit/audit.repository.ts';
import { call, PNG, upload, world, type World } from './support.ts';

let w: World;
let inspectionId: string;

beforeAll(async () => {
  w = await world();
  const created = await call(w.app, w.cookies.officer1, 'POST', '/api/inspections', {
    enterpriseId: w.enterpriseId, type: 'special', date: '2026-11-02', officerIds: [w.ids.officer1, w.ids.officer2],
  });
  inspectionId = created.body.id;
});
afterAll(async () => {
  await w.stop();
});

const newHazard = async (description: string) => {
  const r = await call(w.app, w.cookies.officer1, 'POST', '/api/hazards', {
    enterpriseId: w.enterpriseId, inspectionId, description, location: '甲类仓库', violationCode: 'AQSCF-099-3', majorHazard: false,
  });
  expect(r.status).toBe(201);
  return r.body;
};

const act = (cookie: string, id: string, event: string, version: number, input?: object) =>
  call(w.app, cookie, 'POST', `/api/hazards/${id}/transitions`, { event, version, ...(input ? { input } : {}) });

describe('hazards', () => {
  it('closes a hazard only after a re-inspection that passed with evidence', async () => {
    await w.travel('2026-11-02');
    let h = await newHazard('4台可燃气体报警装置未定期检测，其中2台故障');
    expect(h.violation).toMatchObject({ code: 'AQSCF-099-3', confirmedBy: { id: w.ids.officer1 } });
    expect(h.violation.citations[0]).toContain('安全生产法');

    let r = await act(w.cookies.officer1, h.id, 'order', h.version, { action: 'deadline', dueDate: '2026-11-16' });
    expect(r.status).toBe(200);
    h = r.body;
    expect(h.state).toBe('ordered');
    expect(h.deadlines).toMatchObject([{ kind: 'rectification', dueDate: '2026-11-16', status: 'open', rule: { key: 'rectification' } }]);
    expect(h.documents).toMatchObject([{ kind: 'rectificationOrder', status: 'issued', number: '渝北应急改〔2026〕1号' }]);

    // The enterprise reports its rectification with a photo of its own.
    await w.travel('2026-11-10');
    const fromEnterprise = await upload(w.app, w.cookies.enterpriseUser, `/api/hazards/${h.id}/files`, PNG, '整改后.png', 'image/png');
    expect(fromEnterprise.status).toBe(201);
    r = await act(w.cookies.enterpriseUser, h.id, 'reportRectification', h.version, { description: '已更换故障报警装置并送检', evidenceIds: [fromEnterprise.body.id] });
    expect(r.status).toBe(200);
    h = r.body;
    expect(h.deadlines[0]).toMatchObject({ kind: 'rectification', status: 'satisfied' });

    // Not yet re-inspected: closing is not possible from this stage.
    r = await act(w.cookies.officer1, h.id, 'close', h.version);
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('CONFLICT');

    // A re-inspection passed without evidence is refused.
    r = await act(w.cookies.officer1, h.id, 'passReinspection', h.version, { note: '已整改' });
    expect(r.status).toBe(422);
    expect(r.body.details.rule.id).toBe('hazard.reinspectionEvidence');

    const photo = await upload(w.app, w.cookies.officer2, `/api/hazards/${h.id}/files`, PNG, '复查照片.png');
    r = await act(w.cookies.officer1, h.id, 'passReinspection', h.version, { evidenceIds: [photo.body.id], note: '报警装置检测合格' });
    expect(r.status).toBe(200);
    h = r.body;
    expect(h.documents.map((d: { kind: string; status: string }) => [d.kind, d.status])).toEqual([
      ['rectificationOrder', 'issued'],
      ['reinspectionOpinion', 'issued'],
    ]);

    r = await act(w.cookies.officer2, h.id, 'close', h.version);
    expect(r.status).toBe(200);
    expect(r.body.state).toBe('closed');
    expect(r.body.record.closedOn).toBe('2026-11-10');
  });

  it('refuses evidence that belongs to another record', async () => {
    const other = await newHazard('安全出口被货物堵塞');
    const photo = await upload(w.app, w.cookies.officer1, `/api/hazards/${other.id}/files`, PNG, 'x.png');
    const h = await newHazard('疏散指示标志损坏');
    await act(w.cookies.officer1, h.id, 'order', h.version, { action: 'immediate' });
    const reported = await act(w.cookies.officer1, h.id, 'reportRectification', h.version + 1, { description: '已修复' });
    const r = await act(w.cookies.officer1, h.id, 'passReinspection', reported.body.version, { evidenceIds: [photo.body.id] });
    expect(r.status).toBe(400);
    expect(r.body.details).toMatchObject({ key: 'evidenceIds', invalid: [photo.body.id] });
  });

  it('shows an overdue rectification and opens a case for it (安全生产法第一百零二条)', async () => {
    await w.travel('2026-11-02');
    let h = await newHazard('配电箱漏电保护器损坏未更换');
    h = (await act(w.cookies.officer1, h.id, 'order', h.version, { action: 'deadline', dueDate: '2026-11-09' })).body;

    // Before the deadline has passed, no case for not rectifying.
    const early = await act(w.cookies.officer1, h.id, 'openCase', h.version);
    expect(early.status).toBe(422);
    expect(early.body.details.rule).toMatchObject({ id: 'hazard.rectificationOverdue', article: '安全生产法第一百零二条' });

    await w.travel('2026-11-12');
    const seen = await call(w.app, w.cookies.officer1, 'GET', `/api/hazards/${h.id}`);
    expect(seen.body.overdue).toEqual({ overdue: true, daysOverdue: 3, dueDate: '2026-11-09' });
    const listed = await call(w.app, w.cookies.leader, 'GET', '/api/hazards?overdue=true');
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([h.id]);
    const bench = await call(w.app, w.cookies.officer1, 'GET', '/api/workbench');
    expect(bench.body.deadlines.overdue.map((d: { subject: { id: string } }) => d.subject.id)).toContain(h.id);

    const opened = await act(w.cookies.officer1, h.id, 'openCase', seen.body.version);
    expect(opened.status).toBe(200);
    expect(opened.body.state).toBe('ordered');
    const caseId = opened.body.caseId as string;
    expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
    const c = await call(w.app, w.cookies.leader, 'GET', `/api/cases/${caseId}`);
    expect(c.body).toMatchObject({ state: 'draft', hazardId: h.id, violation: { code: 'AQSCF-099-3' } });
    expect(c.body.investigators.map((o: { userId: string }) => o.userId)).toEqual([w.ids.officer1, w.ids.officer2]);

    const again = await act(w.cookies.officer1, h.id, 'openCase', opened.body.version);
    expect(again.status).toBe(422);
    expect(again.body.details.rule.id).toBe('hazard.noCaseYet');
    expect((await verifyAudit(w.ctx.db)).ok).toBe(true);
  });
});
