/** Every API route module, registered under /api. */
import type { AppContext } from '../../context.ts';
import type { App } from '../app.ts';
import auditRoutes from './audit.routes.ts';
import authRoutes from './auth.routes.ts';
import benchmarkRoutes from './benchmarks.routes.ts';
import enterpriseRoutes from './enterprises.routes.ts';
import healthRoutes from './health.routes.ts';
import legalRoutes from './legal.routes.ts';
import penaltyRoutes from './penalty.routes.ts';
import referenceRoutes from './reference.routes.ts';

export async function registerRoutes(app: App, ctx: AppContext): Promise<void> {
  for (const routes of [healthRoutes, authRoutes, referenceRoutes, enterpriseRoutes, auditRoutes, legalRoutes, penaltyRoutes, benchmarkRoutes]) {
    await routes(app, ctx);
  }
}
