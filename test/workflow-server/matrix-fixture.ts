/**
 * Workflow records for the access matrix (test/foundation/access-matrix.test.ts): an
 * inspection, a hazard, a case, an evidence file and an issued document in the callers' own
 * district (渝北), and the same kinds of records in another district (江北) for the 404 checks.
 */
import type { Actor } from '../../src/domain/access.ts';
import { auditActorOf } from '../../src/server/auth/auth.service.ts';
import type { AppContext } from '../../src/server/context.ts';
import { createPendingDocument, issueDocument } from '../../src/server/documents/issue.service.ts';
import { storeEvidence } from '../../src/server/files/file.service.ts';
import { createCase } from '../../src/server/workflow/case.service.ts';
import { createHazard } from '../../src/server/workflow/hazard.service.ts';
import { createInspection } from '../../src/server/workflow/inspection.service.ts';
import { user } from '../support/factories.ts';
import { PNG } from './support.ts';

export interface WorkflowFixture {
  /** A second officer of 渝北, for requests that need two. */
  officer2: string;
  inspection: string;
  hazard: string;
  case: string;
  file: string;
  document: string;
  foreign: { inspection: string; hazard: string; case: string; file: string; document: string };
}

async function actorOf(ctx: AppContext, id: string): Promise<Actor> {
  const u = await ctx.db
    .selectFrom('users as u')
    .innerJoin('org_units as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.username', 'u.name', 'u.role', 'u.org_id', 'o.name as org_name', 'o.path', 'u.enterprise_id'])
    .where('u.id', '=', id)
    .executeTakeFirstOrThrow();
  return { id: u.id, username: u.username, name: u.name, role: u.role, orgId: u.org_id, orgName: u.org_name, orgPath: u.path, enterpriseId: u.enterprise_id };
}

async function records(ctx: AppContext, officerIds: [string, string], enterpriseId: string, issue: boolean) {
  const officer = await actorOf(ctx, officerIds[0]);
  const inspection = await createInspection(ctx, officer, { enterpriseId, type: 'planned', date: '2026-11-25', officerIds }, {});
  const hazard = await createHazard(ctx, officer, { enterpriseId, inspectionId: inspection, description: '配电箱漏电保护器损坏', location: '配电房', violationCode: 'AQSCF-099-1', majorHazard: false }, {});
  const caseId = await createCase(
    ctx,
    officer,
    { enterpriseId, title: '未对安全设备进行维护保养案', partyKind: 'organisation', source: 'inspection', actEndedOn: '2026-11-20', discoveredOn: '2026-11-25', investigatorIds: officerIds, violationCode: 'AQSCF-099-1' },
    {},
  );
  const file = await storeEvidence(ctx, officer, { aggregate: 'inspection', id: inspection }, PNG, '现场照片.png', {});
  const document = await ctx.db.transaction().execute((trx) =>
    createPendingDocument(trx, { aggregate: 'inspection', aggregateId: inspection, enterpriseId, kind: 'inspectionRecord', createdBy: officer.id, at: ctx.now() }),
  );
  if (issue) await issueDocument(ctx, document, auditActorOf(officer));
  return { inspection, hazard, case: caseId, file: file.id, document };
}

export async function workflowFixture(ctx: AppContext, own: { enterpriseId: string; officerId: string }, foreignEnterpriseId: string): Promise<WorkflowFixture> {
  const officer2 = (await user(ctx, 'officer', '500112')).id;
  const mine = await records(ctx, [own.officerId, officer2], own.enterpriseId, true);
  const foreignOfficers = [(await user(ctx, 'officer', '500105')).id, (await user(ctx, 'officer', '500105')).id] as [string, string];
  const foreign = await records(ctx, foreignOfficers, foreignEnterpriseId, false);
  return { officer2, ...mine, foreign };
}
