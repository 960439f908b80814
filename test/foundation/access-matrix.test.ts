/**
 * Every role × every route: who gets through, who is refused (403), who is not even told the
 * record exists (404), and anonymous callers (401). The route list comes from the OpenAPI
 * document, so a new route without a row here fails this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/domain/glossary.ts';
import { buildApp, type App } from '../../src/server/http/app.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { creditCode, enterprise, org, signIn, user } from '../support/factories.ts';
import { importLaws } from '../../src/server/legal/law-import.service.ts';
import { lawsDir } from '../legal/import-support.ts';
import { defaultBenchmark } from '../../src/domain/discretion/index.ts';
import { findViolation } from '../../src/domain/legal/catalogue/index.ts';
import { workflowFixture, type WorkflowFixture } from '../workflow-server/matrix-fixture.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Caller = Role | 'anonymous';
const CALLERS: Caller[] = ['anonymous', ...ROLES];

interface Fixture {
  ownEnterprise: string;
  foreignEnterprise: string;
  yubeiOrgId: string;
  userIds: Record<Role, string>;
  /** Inspections, hazards, cases, files and documents (test/workflow-server/matrix-fixture.ts). */
  workflow: WorkflowFixture;
}

interface Row {
  /** The sample request. */
  request: (f: Fixture) => { url: string; payload?: unknown };
  /** Expected status per caller; callers not listed expect `otherwise`. */
  expect: Partial<Record<Caller, number>>;
  otherwise: number;
}

const ALL_SIGNED_IN = (status: number): Partial<Record<Caller, number>> => Object.fromEntries(ROLES.map((r) => [r, status]));

/** Keyed by "METHOD /api/path" exactly as in the OpenAPI document. */
export const MATRIX: Record<string, Row> = {
  'GET /api/health': { request: () => ({ url: '/api/health' }), expect: {}, otherwise: 200 },
  'POST /api/auth/login': {
    request: () => ({ url: '/api/auth/login', payload: { username: `nobody.${Math.floor(Math.random() * 1e9)}`, password: 'x' } }),
    expect: {},
    otherwise: 401,
  },
  'POST /api/auth/logout': { request: () => ({ url: '/api/auth/logout' }), expect: ALL_SIGNED_IN(204), otherwise: 401 },
  'GET /api/me': { request: () => ({ url: '/api/me' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/orgs': { request: () => ({ url: '/api/orgs' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/industries': { request: () => ({ url: '/api/industries' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/enterprises': {
    request: () => ({ url: '/api/enterprises' }),
    expect: { anonymous: 401, social_supervisor: 403 },
    otherwise: 200,
  },
  'GET /api/enterprises/{id}': {
    request: (f) => ({ url: `/api/enterprises/${f.ownEnterprise}` }),
    expect: { anonymous: 401, social_supervisor: 403 },
    otherwise: 200,
  },
  'POST /api/enterprises': {
    request: (f) => ({
      url: '/api/enterprises',
      payload: { creditCode: creditCode(), name: '重庆矩阵测试有限公司', address: '重庆市渝北区', industryCode: 'other', employees: 1, riskGrade: 'D', orgId: f.yubeiOrgId },
    }),
    expect: { anonymous: 401, admin: 201 },
    otherwise: 403,
  },
  'PATCH /api/enterprises/{id}': {
    request: (f) => ({ url: `/api/enterprises/${f.ownEnterprise}`, payload: { version: 999, employees: 7 } }),
    expect: { anonymous: 401, admin: 409 },
    otherwise: 403,
  },
  'GET /api/audit/{type}/{id}': {
    request: (f) => ({ url: `/api/audit/enterprise/${f.ownEnterprise}` }),
    expect: { anonymous: 401, officer: 200, legal_reviewer: 200, leader: 200, admin: 200 },
    otherwise: 403,
  },
  'GET /api/legal/laws': { request: () => ({ url: '/api/legal/laws' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/legal/laws/{slug}': { request: () => ({ url: '/api/legal/laws/anquan-shengchan-fa' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/legal/articles/{ref}': {
    request: () => ({ url: `/api/legal/articles/${encodeURIComponent('anquan-shengchan-fa/99/i1')}` }),
    expect: ALL_SIGNED_IN(200),
    otherwise: 401,
  },
  'GET /api/legal/search': { request: () => ({ url: `/api/legal/search?q=${encodeURIComponent('疏散通道')}` }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'POST /api/legal/match': {
    request: () => ({ url: '/api/legal/match', payload: { text: '厂房东侧疏散通道上堆满了货物' } }),
    expect: ALL_SIGNED_IN(200),
    otherwise: 401,
  },
  'POST /api/penalty/compute': {
    request: () => ({ url: '/api/penalty/compute', payload: { violation: 'AQSCF-099-1', actDate: '2026-03-02', facts: {} } }),
    expect: { anonymous: 401, tech_inspector: 403, social_supervisor: 403, enterprise_user: 403 },
    otherwise: 200,
  },
  'GET /api/benchmarks': { request: () => ({ url: `/api/benchmarks?q=${encodeURIComponent('安全警示标志')}` }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/benchmarks/{code}': { request: () => ({ url: '/api/benchmarks/AQSCF-099-1' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'POST /api/benchmarks/{code}/versions': {
    // A valid version based on a stale version number: administrators get through to the 409.
    request: () => ({ url: '/api/benchmarks/AQSCF-099-1/versions', payload: { ...defaultBenchmark(findViolation('AQSCF-099-1')!), expectedVersion: 999 } }),
    expect: { anonymous: 401, admin: 409 },
    otherwise: 403,
  },

  // ——— enforcement workflow (#4): version 999 is stale, so permitted callers reach the 409 without changing anything ———
  'GET /api/inspections': { request: () => ({ url: '/api/inspections' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'POST /api/inspections': {
    request: (f) => ({ url: '/api/inspections', payload: { enterpriseId: f.ownEnterprise, type: 'planned', date: '2026-11-25', officerIds: [f.userIds.officer, f.workflow.officer2] } }),
    expect: { anonymous: 401, officer: 201 },
    otherwise: 403,
  },
  'GET /api/inspections/{id}': { request: (f) => ({ url: `/api/inspections/${f.workflow.inspection}` }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'PATCH /api/inspections/{id}': {
    request: (f) => ({ url: `/api/inspections/${f.workflow.inspection}`, payload: { version: 999, findings: [] } }),
    expect: { anonymous: 401, officer: 409 },
    otherwise: 403,
  },
  'POST /api/inspections/{id}/transitions': {
    request: (f) => ({ url: `/api/inspections/${f.workflow.inspection}/transitions`, payload: { event: 'cancel', version: 999, input: { reason: '矩阵测试' } } }),
    expect: ALL_SIGNED_IN(409),
    otherwise: 401,
  },
  'POST /api/inspections/{id}/files': {
    // A JSON body: permitted callers get through to the 415 (multipart required).
    request: (f) => ({ url: `/api/inspections/${f.workflow.inspection}/files`, payload: {} }),
    expect: { anonymous: 401, officer: 415 },
    otherwise: 403,
  },
  'GET /api/hazards': { request: () => ({ url: '/api/hazards?overdue=true' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'POST /api/hazards': {
    request: (f) => ({ url: '/api/hazards', payload: { enterpriseId: f.ownEnterprise, description: '安全出口堵塞', location: '二号车间', majorHazard: false } }),
    expect: { anonymous: 401, officer: 201 },
    otherwise: 403,
  },
  'GET /api/hazards/{id}': { request: (f) => ({ url: `/api/hazards/${f.workflow.hazard}` }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'PATCH /api/hazards/{id}': {
    request: (f) => ({ url: `/api/hazards/${f.workflow.hazard}`, payload: { version: 999, location: '配电房' } }),
    expect: { anonymous: 401, officer: 409 },
    otherwise: 403,
  },
  'POST /api/hazards/{id}/transitions': {
    request: (f) => ({ url: `/api/hazards/${f.workflow.hazard}/transitions`, payload: { event: 'order', version: 999, input: { action: 'immediate' } } }),
    expect: ALL_SIGNED_IN(409),
    otherwise: 401,
  },
  'POST /api/hazards/{id}/files': {
    request: (f) => ({ url: `/api/hazards/${f.workflow.hazard}/files`, payload: {} }),
    expect: { anonymous: 401, officer: 415, enterprise_user: 415 },
    otherwise: 403,
  },
  'GET /api/cases': { request: () => ({ url: '/api/cases?queue=approval' }), expect: { anonymous: 401, tech_inspector: 403 }, otherwise: 200 },
  'POST /api/cases': {
    request: (f) => ({
      url: '/api/cases',
      payload: { enterpriseId: f.ownEnterprise, title: '矩阵测试案', partyKind: 'organisation', source: 'inspection', actEndedOn: '2026-11-20', discoveredOn: '2026-11-25', investigatorIds: [f.userIds.officer, f.workflow.officer2] },
    }),
    expect: { anonymous: 401, officer: 201 },
    otherwise: 403,
  },
  'GET /api/cases/{id}': { request: (f) => ({ url: `/api/cases/${f.workflow.case}` }), expect: { anonymous: 401, tech_inspector: 403 }, otherwise: 200 },
  'PATCH /api/cases/{id}': {
    request: (f) => ({ url: `/api/cases/${f.workflow.case}`, payload: { version: 999, facts: '矩阵测试' } }),
    expect: { anonymous: 401, officer: 409 },
    otherwise: 403,
  },
  'POST /api/cases/{id}/penalty-suggestion': {
    request: (f) => ({ url: `/api/cases/${f.workflow.case}/penalty-suggestion`, payload: { facts: { firstOffence: true } } }),
    expect: { anonymous: 401, tech_inspector: 403, social_supervisor: 403, enterprise_user: 403 },
    otherwise: 200,
  },
  'POST /api/cases/{id}/transitions': {
    request: (f) => ({ url: `/api/cases/${f.workflow.case}/transitions`, payload: { event: 'file', version: 999 } }),
    expect: { anonymous: 401, tech_inspector: 403 },
    otherwise: 409,
  },
  'POST /api/cases/{id}/files': {
    request: (f) => ({ url: `/api/cases/${f.workflow.case}/files`, payload: {} }),
    expect: { anonymous: 401, officer: 415 },
    otherwise: 403,
  },
  'GET /api/files/{id}': { request: (f) => ({ url: `/api/files/${f.workflow.file}` }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/documents/{id}': { request: (f) => ({ url: `/api/documents/${f.workflow.document}` }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/documents/{id}/pdf': { request: (f) => ({ url: `/api/documents/${f.workflow.document}/pdf` }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'POST /api/documents/{id}/issue': {
    // Already issued: the permitted issuer gets through to the 409.
    request: (f) => ({ url: `/api/documents/${f.workflow.document}/issue`, payload: {} }),
    expect: { anonymous: 401, officer: 409 },
    otherwise: 403,
  },
  'GET /api/workbench': { request: () => ({ url: '/api/workbench' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/workflow/meta': { request: () => ({ url: '/api/workflow/meta' }), expect: ALL_SIGNED_IN(200), otherwise: 401 },
  'GET /api/workflow/staff': { request: () => ({ url: '/api/workflow/staff?role=officer' }), expect: { anonymous: 401, enterprise_user: 403 }, otherwise: 200 },
};

/** Out-of-jurisdiction reads: 404, exactly like a missing record, for every role that may read at all. */
const FOREIGN: Record<string, (f: Fixture) => string> = {
  'GET /api/enterprises/{id}': (f) => `/api/enterprises/${f.foreignEnterprise}`,
  'GET /api/audit/{type}/{id}': (f) => `/api/audit/enterprise/${f.foreignEnterprise}`,
  'GET /api/inspections/{id}': (f) => `/api/inspections/${f.workflow.foreign.inspection}`,
  'GET /api/hazards/{id}': (f) => `/api/hazards/${f.workflow.foreign.hazard}`,
  'GET /api/cases/{id}': (f) => `/api/cases/${f.workflow.foreign.case}`,
  'GET /api/files/{id}': (f) => `/api/files/${f.workflow.foreign.file}`,
  'GET /api/documents/{id}': (f) => `/api/documents/${f.workflow.foreign.document}`,
};

let ctx: TestContext;
let app: App;
let fixture: Fixture;
const cookies = new Map<Role, string>();

let filesDir: string;

beforeAll(async () => {
  filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'safelaw-matrix-'));
  ctx = await createTestContext({ fileStore: { kind: 'local', dir: filesDir } });
  app = await buildApp(ctx);
  await app.ready();
  const own = await enterprise(ctx, { orgCode: '500112' });
  const foreign = await enterprise(ctx, { orgCode: '500105' });
  const userIds = {} as Record<Role, string>;
  for (const role of ROLES) {
    // Everyone works in 渝北区; the city admin is tested separately for reach.
    const u = await user(ctx, role, '500112', role === 'enterprise_user' ? { enterpriseId: own.id } : {});
    userIds[role] = u.id;
  }
  await importLaws(ctx, lawsDir()); // the law library, for the legal:read rows
  const workflow = await workflowFixture(ctx, { enterpriseId: own.id, officerId: userIds.officer }, foreign.id);
  fixture = { ownEnterprise: own.id, foreignEnterprise: foreign.id, yubeiOrgId: (await org(ctx, '500112')).id, userIds, workflow };
});
afterAll(async () => {
  await app.close();
  await ctx.stop();
  fs.rmSync(filesDir, { recursive: true, force: true });
});

async function cookieFor(role: Role): Promise<string> {
  // A fresh session per call: logout rows end sessions.
  const row = await ctx.db.selectFrom('users').select('username').where('id', '=', fixture.userIds[role]).executeTakeFirstOrThrow();
  const c = await signIn(app, row.username);
  cookies.set(role, c);
  return c;
}

describe('access matrix', () => {
  it('has a row for every route of the API', () => {
    const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    expect(routes.filter((r) => !(r in MATRIX))).toEqual([]);
  });

  for (const [route, row] of Object.entries(MATRIX)) {
    it(`${route}: every caller gets the expected answer`, async () => {
      const [method] = route.split(' ') as [string];
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const caller of CALLERS) {
        const { url, payload } = row.request(fixture);
        const headers = caller === 'anonymous' ? {} : { cookie: await cookieFor(caller) };
        const res = await app.inject({ method: method as 'GET', url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
        got[caller] = res.statusCode;
        want[caller] = row.expect[caller] ?? row.otherwise;
        if (res.statusCode >= 400) expect(res.json()).toHaveProperty('code');
      }
      expect(got).toEqual(want);
    });
  }

  for (const [route, url] of Object.entries(FOREIGN)) {
    it(`${route}: a record outside the jurisdiction answers 404 to every role that may read`, async () => {
      for (const role of ROLES) {
        const res = await app.inject({ method: 'GET', url: url(fixture), headers: { cookie: await cookieFor(role) } });
        const expected = [200, 204].includes(MATRIX[route]!.expect[role] ?? MATRIX[route]!.otherwise) ? 404 : 403;
        expect({ role, status: res.statusCode }).toEqual({ role, status: expected });
      }
    });
  }
});
