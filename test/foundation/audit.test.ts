import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, SYSTEM_ACTOR, verifyAudit } from '../../src/server/audit/audit.repository.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { cityAdminActor, enterprise } from '../support/factories.ts';
import { updateEnterprise } from '../../src/server/enterprises/enterprise.service.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.stop());

describe('audit trail (行政处罚法 art. 47: every step recorded)', () => {
  it('writes the event in the same transaction as the state change, and chains it per record', async () => {
    const sut = await enterprise(ctx);
    await updateEnterprise(ctx, await cityAdminActor(ctx), sut.id, { version: 1, employees: 300 }, { ip: '10.0.0.1', requestId: 'req-1' });
    const events = await ctx.db.selectFrom('audit_events').selectAll().where('aggregate_id', '=', sut.id).orderBy('seq').execute();
    expect(events.map((e) => e.type)).toEqual(['enterprise.created', 'enterprise.updated']);
    expect(events[1]!.prev_hash).toBe(events[0]!.hash);
    expect(events[1]!.payload).toMatchObject({ changes: { employees: { from: 120, to: 300 } }, version: 2 });
    expect(events[1]!.ip).toBe('10.0.0.1');
    expect((await verifyAudit(ctx.db)).ok).toBe(true);
  });

  it('leaves no event when the state change rolls back', async () => {
    const before = await ctx.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await appendAudit(trx, { aggregateType: 'system', aggregateId: 'rollback', type: 'demo.seeded', payload: { enterprises: 0, users: 0, seed: 1 }, actor: SYSTEM_ACTOR });
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');
    const after = await ctx.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    await enterprise(ctx);
    const c = new pg.Client({ connectionString: ctx.url });
    await c.connect();
    try {
      await expect(c.query(`UPDATE audit_events SET actor_name = 'x'`)).rejects.toThrow(/append-only/);
      await expect(c.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
      await expect(c.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    } finally {
      await c.end();
    }
  });

  it('keeps chains of concurrent writers to the same record gapless', async () => {
    const id = 'concurrent-record';
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        ctx.db.transaction().execute((trx) =>
          appendAudit(trx, { aggregateType: 'system', aggregateId: id, type: 'demo.seeded', payload: { enterprises: i, users: 0, seed: i }, actor: SYSTEM_ACTOR }),
        ),
      ),
    );
    const seqs = (await ctx.db.selectFrom('audit_events').select('seq').where('aggregate_id', '=', id).orderBy('seq').execute()).map((r) => r.seq);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await verifyAudit(ctx.db)).ok).toBe(true);
  });

  it('verify names the first broken link after a row is edited behind the app\'s back', async () => {
    const target = await enterprise(ctx, { name: '重庆被篡改机械有限公司' });
    expect((await verifyAudit(ctx.db)).ok).toBe(true);
    const row = await ctx.db.selectFrom('audit_events').select(['id']).where('aggregate_id', '=', target.id).executeTakeFirstOrThrow();
    // As the superuser, with the append-only trigger disabled: what an attacker with database access could do.
    const c = new pg.Client({ connectionString: ctx.url });
    await c.connect();
    await c.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
    await c.query(`UPDATE audit_events SET payload = jsonb_set(payload, '{name}', '"重庆清白机械有限公司"') WHERE id = $1`, [row.id]);
    await c.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete');
    await c.end();

    const sut = await verifyAudit(ctx.db);
    expect(sut.ok).toBe(false);
    expect(sut.broken).toMatchObject({ id: Number(row.id), aggregateType: 'enterprise', aggregateId: target.id, seq: 1 });
    expect(sut.broken!.problem).toMatch(/altered/);
  });
});
