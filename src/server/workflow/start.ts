/**
 * At `serve`: the workflow's configuration (SAFELAW_WORKFLOW_CONFIG) and the file store
 * (SAFELAW_FILE_STORE) are resolved before listening, so a bad setting stops the start with a
 * clear message instead of failing the first transition or upload.
 */
import type { AppContext } from '../context.ts';
import { fileStoreOf } from '../files/file-store.ts';
import { workflowConfigOf } from './workflow-config.ts';

export async function checkWorkflowAtStart(ctx: AppContext, log: (line: string) => void): Promise<void> {
  const config = workflowConfigOf(ctx.config);
  const store = fileStoreOf(ctx.config);
  await store.exists('evidence/2000-01/00000000-0000-0000-0000-000000000000');
  const fsConf = ctx.config.fileStore;
  const where = fsConf.kind === 'local' ? fsConf.dir : `${fsConf.endpoint}/${fsConf.bucket}/${fsConf.prefix}`;
  log(`执法流程：陈述申辩期限 ${config.statementPeriod.days} ${config.statementPeriod.unit === 'workingDays' ? '个工作日' : '日'}，文件存储 ${where} / workflow ready`);
}
