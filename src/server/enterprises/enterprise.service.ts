/** Use cases on enterprises: read within jurisdiction, create and update with their audit events. */
import { jurisdictionOf, orgPathWithin, type Actor } from '../../domain/access.ts';
import { isValidCreditCode, normaliseCreditCode } from '../../domain/credit-code.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Enterprise, EnterpriseInput } from '../../domain/views/enterprises.ts';
import { appendAudit, type AuditOrigin } from '../audit/audit.repository.ts';
import { auditActorOf } from '../auth/auth.service.ts';
import type { AppContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { findEnterprise, listEnterprises, type EnterpriseFilter } from './enterprise.repository.ts';

export const searchEnterprises = (ctx: AppContext, actor: Actor, f: EnterpriseFilter) =>
  listEnterprises(ctx.db, jurisdictionOf(actor), f);

export async function getEnterprise(ctx: AppContext, actor: Actor, id: string): Promise<Enterprise> {
  const found = await findEnterprise(ctx.db, jurisdictionOf(actor), id);
  if (!found) throw new DomainError('NOT_FOUND', '记录不存在');
  return found;
}

function checkCreditCode(raw: string): string {
  const code = normaliseCreditCode(raw);
  if (!isValidCreditCode(code)) {
    throw new DomainError('INVALID_CREDIT_CODE', `统一社会信用代码 ${raw} 无效（GB 32100-2015 校验不通过）`, { key: 'creditCode' });
  }
  return code;
}

async function checkRefs(db: Database, actor: Actor, input: { industryCode?: string; orgId?: string }): Promise<void> {
  if (input.industryCode !== undefined) {
    const ind = await db.selectFrom('industries').select('code').where('code', '=', input.industryCode).executeTakeFirst();
    if (!ind) throw new DomainError('VALIDATION_FAILED', `行业代码 ${input.industryCode} 不存在`, { key: 'industryCode' });
  }
  if (input.orgId !== undefined) {
    const org = await db.selectFrom('org_units').select('path').where('id', '=', input.orgId).executeTakeFirst();
    if (!org || !orgPathWithin(org.path, actor.orgPath)) {
      throw new DomainError('VALIDATION_FAILED', '所属组织机构不存在或不在本单位辖区内', { key: 'orgId' });
    }
  }
}

export async function createEnterprise(ctx: AppContext, actor: Actor, input: EnterpriseInput, origin: AuditOrigin): Promise<Enterprise> {
  const creditCode = checkCreditCode(input.creditCode);
  await checkRefs(ctx.db, actor, input);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const dup = await trx.selectFrom('enterprises').select('id').where('credit_code', '=', creditCode).executeTakeFirst();
    if (dup) throw new DomainError('DUPLICATE', `统一社会信用代码 ${creditCode} 已登记`, { key: 'creditCode' });
    const now = ctx.now();
    const row = await trx
      .insertInto('enterprises')
      .values({
        credit_code: creditCode,
        name: input.name.trim(),
        address: input.address.trim(),
        industry_code: input.industryCode,
        employees: input.employees,
        risk_grade: input.riskGrade,
        org_id: input.orgId,
        legal_representative: input.legalRepresentative?.trim() ?? '',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      aggregateType: 'enterprise', aggregateId: row.id, type: 'enterprise.created',
      payload: { creditCode, name: input.name.trim(), orgId: input.orgId, industryCode: input.industryCode, riskGrade: input.riskGrade },
      actor: auditActorOf(actor), origin, at: now,
    });
    return row.id;
  });
  return getEnterprise(ctx, actor, id);
}

const FIELD_COLUMNS = {
  creditCode: 'credit_code',
  name: 'name',
  address: 'address',
  industryCode: 'industry_code',
  employees: 'employees',
  riskGrade: 'risk_grade',
  orgId: 'org_id',
  legalRepresentative: 'legal_representative',
} as const;

export async function updateEnterprise(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: Partial<EnterpriseInput> & { version: number },
  origin: AuditOrigin,
): Promise<Enterprise> {
  await getEnterprise(ctx, actor, id); // 404 outside the jurisdiction
  const patch: Partial<EnterpriseInput> = { ...input };
  if (patch.creditCode !== undefined) patch.creditCode = checkCreditCode(patch.creditCode);
  await checkRefs(ctx.db, actor, patch);
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom('enterprises').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!locked) throw new DomainError('NOT_FOUND', '记录不存在');
    if (locked.version !== input.version) {
      throw new DomainError('CONFLICT', '记录已被他人修改，请刷新后重试', { currentVersion: locked.version });
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const values: Record<string, unknown> = {};
    for (const [field, column] of Object.entries(FIELD_COLUMNS) as [keyof typeof FIELD_COLUMNS, (typeof FIELD_COLUMNS)[keyof typeof FIELD_COLUMNS]][]) {
      const next = patch[field];
      if (next === undefined) continue;
      const value = typeof next === 'string' ? next.trim() : next;
      if (locked[column] !== value) {
        changes[field] = { from: locked[column], to: value };
        values[column] = value;
      }
    }
    if (Object.keys(changes).length === 0) return;
    if (values.credit_code) {
      const dup = await trx.selectFrom('enterprises').select('id').where('credit_code', '=', values.credit_code as string).where('id', '<>', id).executeTakeFirst();
      if (dup) throw new DomainError('DUPLICATE', `统一社会信用代码 ${String(values.credit_code)} 已登记`, { key: 'creditCode' });
    }
    const now = ctx.now();
    await trx
      .updateTable('enterprises')
      .set({ ...values, version: locked.version + 1, updated_at: now })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, {
      aggregateType: 'enterprise', aggregateId: id, type: 'enterprise.updated',
      payload: { changes, version: locked.version + 1 }, actor: auditActorOf(actor), origin, at: now,
    });
  });
  return getEnterprise(ctx, actor, id);
}
