/**
 * 监督检查 through the API: two officers with certificates valid on the day (行政处罚法第四十二条,
 * 安全生产法第六十七条), certificates shown, the written record signed or the refusal noted
 * (安全生产法第六十八条), the record issued as a numbered document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/server/audit/audit.repository.ts';
import { call, PNG, upload, world, type World } from './support.ts';

let w: World;
beforeAll(async () => {
  w = await world();
});
afterAll(async () => {
  await w.stop();
});

const plan = (officerIds: string[], date = '2026-11-02') => ({ enterpriseId: w.enterpriseId, type: 'planned', date, officerIds });

describe('inspections', () => {
  it('refuses an inspection with a single officer (NOT_ENOUGH_OFFICERS, 行政处罚法第四十二条)', async () => {
    const sut = await call(w.app, w.cookies.officer1, 'POST', '/api/inspections', plan([w.ids.officer1]));
    expect(sut.status).toBe(422);
    expect(sut.body.code).toBe('NOT_ENOUGH_OFFICERS');
    expect(sut.body.details.rule.article).toContain('行政处罚法第四十二条');
  });

  it('refuses an inspection when a second officer’s certificate has expired on the day (CERTIFICATE_INVALID)', async () => {
    await w.ctx.db.updateTable('users').set({ cert_valid_to: '2026-10-31' }).where('id', '=', w.ids.officer3).execute();
    const sut = await call(w.app, w.cookies.officer1, 'POST', '/api/inspections', plan([w.ids.officer1, w.ids.officer3]));
    expect(sut.status).toBe(422);
    expect(sut.body.code).toBe('CERTIFICATE_INVALID');
    expect(sut.body.details.invalid).toEqual([w.ids.officer3]);
    expect(sut.body.details.date).toBe('2026-11-02');
    await w.ctx.db.updateTable('users').set({ cert_valid_to: '2030-12-31' }).where('id', '=', w.ids.officer3).execute();
  });

  it('refuses officers who are not officers of the unit', async () => {
    const sut = await call(w.app, w.cookies.officer1, 'POST', '/api/inspections', plan([w.ids.officer1, w.ids.leader]));
    expect(sut.status).toBe(400);
    expect(sut.body.details.key).toBe('officerIds');
  });

  it('runs an inspection from plan to a signed record issued as 现场检查记录 with a number', async () => {
    const created = await call(w.app, w.cookies.officer1, 'POST', '/api/inspections', {
      ...plan([w.ids.officer1, w.ids.officer2]),
      checklist: [{ item: '可燃气体报警装置', result: 'finding' }],
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body.state).toBe('scheduled');
    expect(created.body.officers.map((o: { certificateValid: boolean }) => o.certificateValid)).toEqual([true, true]);
    expect(created.body.officers[0].certificate.number).toMatch(/^CERT/);

    // Starting without showing the certificates is refused (安全生产法第六十七条).
    const notShown = await call(w.app, w.cookies.officer1, 'POST', `/api/inspections/${id}/transitions`, { event: 'start', version: 1, input: {} });
    expect(notShown.status).toBe(422);
    expect(notShown.body.details.rule.id).toBe('inspection.certificatesShown');

    const started = await call(w.app, w.cookies.officer1, 'POST', `/api/inspections/${id}/transitions`, { event: 'start', version: 1, input: { certificatesShown: true } });
    expect(started.status).toBe(200);
    expect(started.body.state).toBe('onSite');

    const finishEarly = started.body.allowedActions.find((a: { event: string }) => a.event === 'finish');
    expect(finishEarly.allowed).toBe(false);
    expect(finishEarly.blockedBy.id).toBe('inspection.inspectorsSigned');

    const photo = await upload(w.app, w.cookies.officer2, `/api/inspections/${id}/files`, PNG, '现场照片.png');
    expect(photo.status).toBe(201);
    const patched = await call(w.app, w.cookies.officer1, 'PATCH', `/api/inspections/${id}`, {
      version: started.body.version,
      findings: [{ id: 'f1', description: '甲类仓库可燃气体报警装置未定期检测' }],
      officerSignatures: [w.ids.officer1, w.ids.officer2],
      enterpriseRefusal: { note: '企业负责人拒绝在检查记录上签字', notedOn: '2026-11-02' },
      evidenceIds: [photo.body.id],
    });
    expect(patched.status).toBe(200);

    const finished = await call(w.app, w.cookies.officer1, 'POST', `/api/inspections/${id}/transitions`, { event: 'finish', version: patched.body.version });
    expect(finished.status).toBe(200);
    expect(finished.body.state).toBe('completed');
    const [record] = finished.body.documents;
    expect(record).toMatchObject({ kind: 'inspectionRecord', status: 'issued', number: '渝北应急检〔2026〕1号' });
    expect(record.sha256).toMatch(/^[0-9a-f]{64}$/);

    const pdf = await w.app.inject({ method: 'GET', url: record.url, headers: { cookie: w.cookies.officer2 } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('渝北应急检〔2026〕1号现场检查记录.pdf')}`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const timeline = await call(w.app, w.cookies.leader, 'GET', `/api/audit/inspection/${id}`);
    expect(timeline.status).toBe(200);
    const types = timeline.body.events.map((e: { type: string }) => e.type);
    expect(types).toEqual(['workflow.created', 'workflow.transition', 'file.stored', 'workflow.updated', 'workflow.transition', 'document.issued']);
    const issued = timeline.body.events.at(-1);
    expect(issued.payload.sha256).toBe(record.sha256);
    expect((await verifyAudit(w.ctx.db)).ok).toBe(true);
  });

  it('answers 404 for an inspection of another district, like a missing one', async () => {
    const created = await call(w.app, w.cookies.officer1, 'POST', '/api/inspections', plan([w.ids.officer1, w.ids.officer2]));
    const { user, signIn } = await import('../support/factories.ts');
    const outsider = await user(w.ctx, 'officer', '500105');
    const sut = await call(w.app, await signIn(w.app, outsider.username), 'GET', `/api/inspections/${created.body.id}`);
    expect(sut.status).toBe(404);
  });
});
