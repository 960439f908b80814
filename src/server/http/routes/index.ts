/** Every API route module, registered under /api. */
import type { AppContext } from '../../context.ts';
import type { App } from '../app.ts';
import auditRoutes from './audit.routes.ts';
import caseRoutes from './cases.routes.ts';
import documentRoutes from './documents.routes.ts';
import fileRoutes from './files.routes.ts';
import hazardRoutes from './hazards.routes.ts';
import inspectionRoutes from './inspections.routes.ts';
import authRoutes from './auth.routes.ts';
import benchmarkRoutes from './benchmarks.routes.ts';
import enterpriseRoutes from './enterprises.routes.ts';
import healthRoutes from './health.routes.ts';
import legalRoutes from './legal.routes.ts';
import penaltyRoutes from './penalty.routes.ts';
import referenceRoutes from './reference.routes.ts';
import workbenchRoutes from './workbench.routes.ts';

export async function registerRoutes(app: App, ctx: AppContext): Promise<void> {
  for (const routes of [healthRoutes, authRoutes, referenceRoutes, enterpriseRoutes, auditRoutes, legalRoutes, penaltyRoutes, benchmarkRoutes, inspectionRoutes, hazardRoutes, caseRoutes, fileRoutes, documentRoutes, workbenchRoutes]) {
    await routes(app, ctx);
  }
}
