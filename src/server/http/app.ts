/**
 * The HTTP application as a plugin-free factory: tests `inject()` into it without a socket;
 * server.ts only listens and closes. Every route declares its schema (validation,
 * serialisation and the OpenAPI document at once); errors are `{code, message}`.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { can, type Actor, type Permission } from '../../domain/access.ts';
import { DomainError, isDomainError } from '../../domain/errors.ts';
import type { AuditOrigin } from '../audit/audit.repository.ts';
import { SESSION_COOKIE, sessionActor, type SessionUser } from '../auth/auth.service.ts';
import type { AppContext } from '../context.ts';
import { HTTP_STATUS } from './errors.ts';
import { registerRoutes } from './routes/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    session: { actor: Actor; me: SessionUser; token: string } | null;
  }
}

export type App = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  import('pino').Logger,
  TypeBoxTypeProvider
>;

/** The signed-in actor, or 401. */
export function requireActor(req: FastifyRequest, permission?: Permission): Actor {
  if (!req.session) throw new DomainError('UNAUTHENTICATED', '请先登录');
  if (permission && !can(req.session.actor.role, permission)) throw new DomainError('FORBIDDEN', '无权执行此操作');
  return req.session.actor;
}

export const originOf = (req: FastifyRequest): AuditOrigin => ({
  ip: req.ip,
  userAgent: req.headers['user-agent'] ?? null,
  requestId: req.id,
});

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function buildApp(ctx: AppContext): Promise<App> {
  const app = Fastify({
    loggerInstance: ctx.logger,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    ajv: { customOptions: { removeAdditional: true, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorateRequest('session', null);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"], // antd writes its styles at run time
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'SafeLaw 应急管理综合行政执法平台 API', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
  });

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (!req.url.startsWith('/api/')) return;
    // CSRF: the session cookie is SameSite=Lax; a state-changing request must also come from
    // our own origin when the browser says where it comes from.
    if (!SAFE_METHODS.has(req.method)) {
      const origin = req.headers.origin;
      const host = req.headers.host;
      const fetchSite = req.headers['sec-fetch-site'];
      const allowed =
        origin === undefined
          ? fetchSite === undefined || fetchSite === 'same-origin' || fetchSite === 'none'
          : ctx.config.allowedOrigins.includes(origin) || (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`));
      if (!allowed) throw new DomainError('CSRF_REJECTED', '请求来源不被允许');
    }
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const found = await sessionActor(ctx, token);
      if (found) req.session = { ...found, token };
    }
  });

  app.setErrorHandler((err: FastifyError | DomainError | Error, req, reply) => sendError(err, req, reply));
  app.setNotFoundHandler((req, reply) => {
    // The web UI's routes fall back to index.html; a missing build asset is a plain 404.
    if (req.method === 'GET' && !req.url.startsWith('/api/') && !req.url.startsWith('/assets/') && fs.existsSync(path.join(ctx.config.webDir, 'index.html'))) {
      return reply.type('text/html').sendFile('index.html', ctx.config.webDir);
    }
    return reply.code(404).send({ code: 'NOT_FOUND', message: '记录不存在' });
  });

  await app.register(async (api) => registerRoutes(api as unknown as App, ctx), { prefix: '/api' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (fs.existsSync(ctx.config.webDir)) {
    await app.register(fastifyStatic, {
      root: ctx.config.webDir,
      index: ['index.html'],
      // Hashed build assets never change: cache them for a year; everything else revalidates.
      setHeaders: (res, filePath) => {
        res.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  return app;
}

function sendError(err: FastifyError | DomainError | Error, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (isDomainError(err)) {
    const status = HTTP_STATUS[err.code];
    if (err.code === 'RATE_LIMITED' && typeof err.details?.retryAfter === 'number') reply.header('retry-after', err.details.retryAfter);
    const body: Record<string, unknown> = { code: err.code, message: err.message };
    if (err.details && status < 500) body.details = err.details;
    return reply.code(status).send(body);
  }
  const fe = err as FastifyError;
  if (fe.validation) {
    const first = fe.validation[0];
    const key = (first?.instancePath || (first?.params as { missingProperty?: string } | undefined)?.missingProperty || '').replace(/^\//, '').replace(/\//g, '.');
    return reply.code(400).send({ code: 'VALIDATION_FAILED', message: `请求参数无效${key ? `：${key}` : ''} (${fe.message})`, details: { key } });
  }
  const status = fe.statusCode ?? 500;
  if (status === 413) return reply.code(413).send({ code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' });
  if (status === 415) return reply.code(415).send({ code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的内容类型' });
  if (status >= 400 && status < 500) return reply.code(400).send({ code: 'VALIDATION_FAILED', message: `请求无效：${fe.message}` });
  req.log.error({ err }, 'unhandled error');
  return reply.code(500).send({ code: 'INTERNAL', message: '服务器内部错误，请联系管理员（请求编号 ' + req.id + '）' });
}
