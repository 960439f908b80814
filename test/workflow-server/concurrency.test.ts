/**
 * Concurrency: two transitions on one record — exactly one wins, the other gets 409 CONFLICT;
 * document numbers per issuing unit, kind and year have no gaps and no duplicates when twenty
 * documents are issued at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/server/audit/audit.repository.ts';
import { createPendingDocument, issueDocument, issuingUnit, nextDocumentSeq } from '../../src/server/documents/issue.service.ts';
import { call, world, type World } from './support.ts';

let w: World;
beforeAll(async () => {
  w = await world();
});
afterAll(async () => {
  await w.stop();
});

const newInspection = async () =>
  (await call(w.app, w.cookies.officer1, 'POST', '/api/inspections', {
    enterpriseId: w.enterpriseId, type: 'planned', date: '2026-11-02', officerIds: [w.ids.officer1, w.ids.officer2],
  })).body;

describe('concurrent transitions', () => {
  it('lets exactly one of two simultaneous transitions on the same record win; the other gets 409 CONFLICT', async () => {
    const i = await newInspection();
    const start = (cookie: string) =>
      call(w.app, cookie, 'POST', `/api/inspections/${i.id}/transitions`, { event: 'start', version: i.version, input: { certificatesShown: true } });
    const results = await Promise.all([start(w.cookies.officer1), start(w.cookies.officer2)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('CONFLICT');
    const events = await w.ctx.db.selectFrom('audit_events').select('type').where('aggregate_id', '=', i.id).where('type', '=', 'workflow.transition').execute();
    expect(events).toHaveLength(1);
  });

  it('serialises ten simultaneous cancels of ten inspections without losing any', async () => {
    const list = await Promise.all(Array.from({ length: 10 }, () => newInspection()));
    const results = await Promise.all(
      list.map((i) => call(w.app, w.cookies.officer1, 'POST', `/api/inspections/${i.id}/transitions`, { event: 'cancel', version: i.version, input: { reason: '企业停产' } })),
    );
    expect(results.map((r) => r.body.state)).toEqual(Array(10).fill('cancelled'));
  });
});

describe('document numbering', () => {
  it('numbers twenty documents issued at once 1 to 20 exactly (渝北应急检〔2026〕n号)', async () => {
    const i = await newInspection();
    const ids = await w.ctx.db.transaction().execute(async (trx) => {
      const out: string[] = [];
      for (let n = 0; n < 20; n++) {
        out.push(await createPendingDocument(trx, { aggregate: 'inspection', aggregateId: i.id, enterpriseId: w.enterpriseId, kind: 'inspectionRecord', createdBy: w.ids.officer1, at: w.ctx.now() }));
      }
      return out;
    });
    const t0 = performance.now();
    const issued = await Promise.all(ids.map((id) => issueDocument(w.ctx, id, SYSTEM_ACTOR)));
    const ms = performance.now() - t0;
    expect(issued.every((d) => d.status === 'issued')).toBe(true);
    const seqs = issued.map((d) => Number(/〔2026〕(\d+)号$/.exec(d.number!)![1])).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, k) => k + 1));
    expect(new Set(issued.map((d) => d.sha256)).size).toBe(20);
    const stored = await w.ctx.db.selectFrom('audit_events').select('payload').where('aggregate_id', '=', i.id).where('type', '=', 'document.issued').execute();
    expect(stored).toHaveLength(20);
    console.log(`issued 20 documents in parallel in ${ms.toFixed(0)} ms (${(ms / 20).toFixed(0)} ms each)`);
  });

  it('gives a number back when its transaction rolls back, so the sequence has no gap', async () => {
    const unit = await issuingUnit(w.ctx.db, w.enterpriseId);
    const take = () => w.ctx.db.transaction().execute((trx) => nextDocumentSeq(trx, unit.id, 'closingApproval', 2026));
    expect(await take()).toBe(1);
    await expect(
      w.ctx.db.transaction().execute(async (trx) => {
        await nextDocumentSeq(trx, unit.id, 'closingApproval', 2026);
        throw new Error('render failed');
      }),
    ).rejects.toThrow('render failed');
    const parallel = await Promise.all(Array.from({ length: 20 }, () => take()));
    expect(parallel.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, k) => k + 2));
    // Another kind and another year count on their own.
    expect(await w.ctx.db.transaction().execute((trx) => nextDocumentSeq(trx, unit.id, 'closingApproval', 2027))).toBe(1);
  });
});
