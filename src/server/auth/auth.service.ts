/** Sign-in, sessions, and the user behind a request. */
import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../../domain/access.ts';
import { isoDateInChina } from '../../domain/calendar/calendar.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Role } from '../../domain/glossary.ts';
import type { Me } from '../../domain/views/auth.ts';
import { certificateValidOn } from '../../domain/workflow/officers.ts';
import { appendAudit, type AuditActor, type AuditOrigin } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { dummyHash, hashPassword, verifyPassword } from './password.ts';

export const SESSION_COOKIE = 'safelaw_sid';

const sessionId = (token: string): string => createHash('sha256').update(token).digest('hex');

export function auditActorOf(actor: Actor): AuditActor {
  return { id: actor.id, name: actor.name, role: actor.role, orgId: actor.orgId, orgName: actor.orgName };
}

/** The signed-in user as a session holds it: the API's Me less the permissions, which follow from the role. */
export type SessionUser = Omit<Me, 'permissions'>;

function actorQuery(db: Database) {
  return db
    .selectFrom('users as u')
    .innerJoin('org_units as o', 'o.id', 'u.org_id')
    .select([
      'u.id', 'u.username', 'u.name', 'u.role', 'u.org_id', 'u.enterprise_id', 'u.active', 'u.password_hash',
      'u.cert_number', 'u.cert_issuer', 'u.cert_valid_from', 'u.cert_valid_to', 'u.legal_qualification',
      'o.name as org_name', 'o.path as org_path', 'o.level as org_level',
    ]);
}
type ActorRow = Awaited<ReturnType<ReturnType<typeof actorQuery>['executeTakeFirstOrThrow']>>;

const toActor = (r: ActorRow): Actor => ({
  id: r.id,
  username: r.username,
  name: r.name,
  role: r.role,
  orgId: r.org_id,
  orgName: r.org_name,
  orgPath: r.org_path,
  enterpriseId: r.enterprise_id,
});

export function toMe(r: ActorRow, today: string): SessionUser {
  const cert =
    r.cert_number && r.cert_valid_from && r.cert_valid_to
      ? {
          number: r.cert_number,
          issuer: r.cert_issuer ?? '',
          validFrom: r.cert_valid_from,
          validTo: r.cert_valid_to,
          valid: certificateValidOn({ number: r.cert_number, validFrom: r.cert_valid_from, validTo: r.cert_valid_to }, today),
        }
      : null;
  return {
    id: r.id,
    username: r.username,
    name: r.name,
    role: r.role,
    org: { id: r.org_id, name: r.org_name, level: r.org_level },
    enterpriseId: r.enterprise_id,
    certificate: cert,
    legalQualification: r.legal_qualification,
  };
}

export interface SignedIn {
  token: string;
  actor: Actor;
  me: SessionUser;
}

export async function login(ctx: AppContext, username: string, password: string, origin: AuditOrigin): Promise<SignedIn> {
  const name = username.trim().toLowerCase();
  const keys = [`u:${name}`, `ip:${origin.ip ?? ''}`];
  const wait = ctx.loginThrottle.blockedFor(keys);
  if (wait > 0) throw new DomainError('RATE_LIMITED', `登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试`, { retryAfter: wait });

  const row = await actorQuery(ctx.db).where('u.username', '=', name).executeTakeFirst();
  // Verify against a dummy hash when the user does not exist: same answer, similar time.
  const ok = await verifyPassword(password, row?.password_hash ?? (await dummyHash()));
  if (!row || !ok || !row.active) {
    ctx.loginThrottle.fail(keys);
    throw new DomainError('INVALID_CREDENTIALS', '用户名或密码错误');
  }
  ctx.loginThrottle.succeed([`u:${name}`]);
  const token = randomBytes(32).toString('base64url');
  const actor = toActor(row);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sessions')
      .values({
        id: sessionId(token),
        user_id: row.id,
        created_at: now,
        expires_at: new Date(now.getTime() + ctx.config.sessionHours * 3600_000),
        ip: origin.ip ?? null,
        user_agent: origin.userAgent?.slice(0, 512) ?? null,
      })
      .execute();
    await appendAudit(trx, {
      aggregateType: 'user', aggregateId: row.id, type: 'user.signed_in',
      payload: { username: row.username }, actor: auditActorOf(actor), origin, at: now,
    });
  });
  return { token, actor, me: toMe(row, isoDateInChina(now)) };
}

/**
 * Sessions resolved in the last few seconds, per context: most requests of a signed-in user
 * then cost no session query. Sign-out in this process drops the entry at once; elsewhere
 * (another server process, a deactivated user) a session lives at most SESSION_CACHE_MS longer.
 */
const SESSION_CACHE_MS = 10_000;
const SESSION_CACHE_MAX = 10_000;
type CachedSession = { value: { actor: Actor; me: SessionUser }; until: number };
const sessionCaches = new WeakMap<AppContext, Map<string, CachedSession>>();
const sessionCache = (ctx: AppContext): Map<string, CachedSession> => {
  let cache = sessionCaches.get(ctx);
  if (!cache) sessionCaches.set(ctx, (cache = new Map()));
  return cache;
};

export async function sessionActor(ctx: AppContext, token: string | undefined): Promise<{ actor: Actor; me: SessionUser } | undefined> {
  if (!token || token.length > 100) return undefined;
  const id = sessionId(token);
  const now = ctx.now();
  const cache = sessionCache(ctx);
  const hit = cache.get(id);
  if (hit && hit.until > now.getTime()) return hit.value;
  const row = await actorQuery(ctx.db)
    .innerJoin('sessions as s', 's.user_id', 'u.id')
    .select('s.expires_at')
    .where('s.id', '=', id)
    .where('s.expires_at', '>', now)
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (!row) {
    cache.delete(id);
    return undefined;
  }
  const value = { actor: toActor(row), me: toMe(row, isoDateInChina(now)) };
  if (cache.size >= SESSION_CACHE_MAX) cache.clear();
  cache.set(id, { value, until: Math.min(now.getTime() + SESSION_CACHE_MS, new Date(row.expires_at).getTime()) });
  return value;
}

export async function logout(ctx: AppContext, token: string, actor: Actor, origin: AuditOrigin): Promise<void> {
  sessionCache(ctx).delete(sessionId(token));
  await ctx.db.transaction().execute(async (trx) => {
    const deleted = await trx.deleteFrom('sessions').where('id', '=', sessionId(token)).executeTakeFirst();
    if (Number(deleted.numDeletedRows) > 0) {
      await appendAudit(trx, {
        aggregateType: 'user', aggregateId: actor.id, type: 'user.signed_out',
        payload: { username: actor.username }, actor: auditActorOf(actor), origin, at: ctx.now(),
      });
    }
  });
  sessionCache(ctx).delete(sessionId(token)); // again: a request may have cached it meanwhile
}

export interface NewUser {
  username: string;
  name: string;
  password: string;
  role: Role;
  orgCode: string;
  enterpriseId?: string | null;
  legalQualification?: boolean;
  certificate?: { number: string; issuer: string; validFrom: string; validTo: string } | null;
}

export async function createUser(ctx: AppContext, input: NewUser, by: AuditActor, origin: AuditOrigin = {}): Promise<string> {
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{2,64}$/.test(username)) {
    throw new DomainError('VALIDATION_FAILED', '用户名只能包含小写字母、数字、点、下划线和连字符（2–64 位）', { key: 'username' });
  }
  if (input.password.length < 8) throw new DomainError('VALIDATION_FAILED', '密码至少 8 位', { key: 'password' });
  const org = await ctx.db.selectFrom('org_units').select(['id']).where('code', '=', input.orgCode).executeTakeFirst();
  if (!org) throw new DomainError('VALIDATION_FAILED', `组织机构代码 ${input.orgCode} 不存在`, { key: 'org' });
  const hash = await hashPassword(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
    if (existing) throw new DomainError('DUPLICATE', `用户名 ${username} 已存在`, { key: 'username' });
    const { id } = await trx
      .insertInto('users')
      .values({
        username,
        name: input.name,
        password_hash: hash,
        role: input.role,
        org_id: org.id,
        enterprise_id: input.enterpriseId ?? null,
        legal_qualification: input.legalQualification ?? false,
        cert_number: input.certificate?.number ?? null,
        cert_issuer: input.certificate?.issuer ?? null,
        cert_valid_from: input.certificate?.validFrom ?? null,
        cert_valid_to: input.certificate?.validTo ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      aggregateType: 'user', aggregateId: id, type: 'user.created',
      payload: { username, role: input.role, orgId: org.id }, actor: by, origin, at: ctx.now(),
    });
    return id;
  });
}
