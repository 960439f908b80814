/**
 * The running platform: context (database), HTTP app, listen; on SIGINT/SIGTERM close the
 * HTTP server first, then the database.
 */
import { buildApp, type App } from './http/app.ts';
import type { AppContext } from './context.ts';

export interface Running {
  app: App;
  url: string;
  close(): Promise<void>;
}

export class PortInUseError extends Error {}

export async function listen(ctx: AppContext): Promise<Running> {
  const app = await buildApp(ctx);
  try {
    await app.listen({ port: ctx.config.port, host: ctx.config.host });
  } catch (e) {
    await app.close().catch(() => undefined);
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new PortInUseError(
        `端口 ${ctx.config.port} 已被占用。The port ${ctx.config.port} is already in use: stop the other program or set PORT to a free port.`,
      );
    }
    throw e;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : ctx.config.port;
  return { app, url: `http://localhost:${port}`, close: () => app.close() };
}
