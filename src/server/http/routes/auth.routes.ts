import { Type } from 'typebox';
import { ROLE_PERMISSIONS } from '../../../domain/access.ts';
import type { Me } from '../../../domain/views/auth.ts';
import { login, logout, SESSION_COOKIE, type SessionUser } from '../../auth/auth.service.ts';
import type { AppContext } from '../../context.ts';
import { originOf, requireActor, type App } from '../app.ts';
import { errors, Text } from '../schemas.ts';

export const MeBody = Type.Object({
  id: Type.String(),
  username: Type.String(),
  name: Type.String(),
  role: Type.String(),
  org: Type.Object({ id: Type.String(), name: Type.String(), level: Type.String() }),
  enterpriseId: Type.Union([Type.String(), Type.Null()]),
  certificate: Type.Union([
    Type.Object({ number: Type.String(), issuer: Type.String(), validFrom: Type.String(), validTo: Type.String(), valid: Type.Boolean() }),
    Type.Null(),
  ]),
  legalQualification: Type.Boolean(),
  permissions: Type.Array(Type.String()),
});

/** The signed-in user as the API answers it: the session's user with its role's permissions. */
const meOf = (user: SessionUser): Me => ({ ...user, permissions: [...ROLE_PERMISSIONS[user.role]] });

export default async function authRoutes(app: App, ctx: AppContext): Promise<void> {
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: '登录',
        body: Type.Object({ username: Text(64, 1), password: Text(200, 1) }, { additionalProperties: false }),
        response: { 200: Type.Object({ user: MeBody }), ...errors() },
      },
    },
    async (req, reply) => {
      const { token, me } = await login(ctx, req.body.username, req.body.password, originOf(req));
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.config.secureCookies,
        path: '/',
        maxAge: ctx.config.sessionHours * 3600,
      });
      return { user: meOf(me) };
    },
  );

  app.post('/auth/logout', { schema: { tags: ['auth'], summary: '退出登录', response: { 204: Type.Null(), ...errors() } } }, async (req, reply) => {
    const actor = requireActor(req);
    await logout(ctx, req.session!.token, actor, originOf(req));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send(null);
  });

  app.get('/me', { schema: { tags: ['auth'], summary: '当前用户', response: { 200: MeBody, ...errors() } } }, async (req) => {
    requireActor(req);
    return meOf(req.session!.me);
  });
}
