/**
 * 工作台: officers see their own records and deadlines, leaders their unit's and the cases
 * waiting for them; due-soon and overdue deadlines move with the injected clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, world, type World } from './support.ts';

let w: World;
let hazardId: string;

beforeAll(async () => {
  w = await world();
  await w.travel('2026-11-02');
  const inspection = await call(w.app, w.cookies.officer1, 'POST', '/api/inspections', {
    enterpriseId: w.enterpriseId, type: 'planned', date: '2026-11-05', officerIds: [w.ids.officer1, w.ids.officer2],
  });
  const hazard = await call(w.app, w.cookies.officer1, 'POST', '/api/hazards', {
    enterpriseId: w.enterpriseId, inspectionId: inspection.body.id, description: '有限空间作业未配备气体检测仪', location: '污水池', majorHazard: true, violationCode: 'AQSCF-099-3',
  });
  hazardId = hazard.body.id;
  await call(w.app, w.cookies.officer1, 'POST', `/api/hazards/${hazardId}/transitions`, { event: 'order', version: 1, input: { action: 'deadline', dueDate: '2026-11-06' } });
  await call(w.app, w.cookies.officer1, 'POST', '/api/cases', {
    enterpriseId: w.enterpriseId, title: '有限空间作业案', partyKind: 'organisation', source: 'inspection', actEndedOn: '2026-11-01', discoveredOn: '2026-11-02',
    investigatorIds: [w.ids.officer1, w.ids.officer2],
  });
});
afterAll(async () => {
  await w.stop();
});

describe('workbench', () => {
  it("shows an officer his own open records and a deadline due within the week", async () => {
    const sut = (await call(w.app, w.cookies.officer2, 'GET', '/api/workbench')).body;
    expect(sut.scope).toBe('mine');
    expect(sut.inspections).toHaveLength(1);
    expect(sut.hazards).toHaveLength(1); // found on his inspection
    expect(sut.cases).toHaveLength(1);
    const mine = (await call(w.app, w.cookies.officer1, 'GET', '/api/workbench')).body;
    expect(mine.hazards.map((h: { id: string }) => h.id)).toEqual([hazardId]);
    expect(mine.deadlines.dueSoon).toMatchObject([{ kind: 'rectification', dueDate: '2026-11-06', daysLeft: 4, subject: { aggregate: 'hazard', id: hazardId } }]);
    expect(mine.deadlines.overdue).toEqual([]);
    const other = (await call(w.app, w.cookies.officer3, 'GET', '/api/workbench')).body;
    expect([other.inspections, other.hazards, other.cases, other.deadlines.dueSoon]).toEqual([[], [], [], []]);
  });

  it('turns the deadline overdue once its day has passed', async () => {
    await w.travel('2026-11-09');
    const sut = (await call(w.app, w.cookies.officer1, 'GET', '/api/workbench')).body;
    expect(sut.deadlines.overdue).toMatchObject([{ kind: 'rectification', overdue: true, daysLeft: -3 }]);
    expect(sut.hazards[0].nextDeadline).toMatchObject({ kind: 'rectification', overdue: true });
  });

  it("shows a leader the unit's records and the case waiting for filing", async () => {
    const sut = (await call(w.app, w.cookies.leader, 'GET', '/api/workbench')).body;
    expect(sut.scope).toBe('unit');
    expect(sut.hazards).toHaveLength(1);
    expect(sut.deadlines.overdue).toHaveLength(1);
    expect(sut.queues.awaitingApproval.map((c: { title: string; state: string }) => [c.title, c.state])).toEqual([['有限空间作业案', 'draft']]);
  });

  it('measures a transition round trip (no document) through HTTP', async () => {
    const ids: { id: string; version: number }[] = [];
    for (let n = 0; n < 30; n++) {
      const r = await call(w.app, w.cookies.officer1, 'POST', '/api/inspections', {
        enterpriseId: w.enterpriseId, type: 'planned', date: '2026-11-09', officerIds: [w.ids.officer1, w.ids.officer2],
      });
      ids.push(r.body);
    }
    const times: number[] = [];
    for (const i of ids) {
      const t0 = performance.now();
      const r = await call(w.app, w.cookies.officer1, 'POST', `/api/inspections/${i.id}/transitions`, { event: 'start', version: i.version, input: { certificatesShown: true } });
      times.push(performance.now() - t0);
      expect(r.status).toBe(200);
    }
    times.sort((a, b) => a - b);
    console.log(`transition round trip (start, incl. detail response): p50 ${times[15]!.toFixed(1)} ms, p95 ${times[28]!.toFixed(1)} ms`);
    expect(times[15]).toBeLessThan(500);
  });
});
