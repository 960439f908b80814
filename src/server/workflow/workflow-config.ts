/**
 * The workflow's local configuration, resolved once per server configuration (at the first
 * transition) from SAFELAW_WORKFLOW_CONFIG (a JSON file) over DEFAULT_WORKFLOW_CONFIG.
 * A bad file fails loudly with the key that is wrong.
 */
import fs from 'node:fs';
import { resolveWorkflowConfig, type WorkflowConfig, type WorkflowConfigInput } from '../../domain/workflow/index.ts';
import type { Config } from '../config.ts';

const resolved = new WeakMap<Config, WorkflowConfig>();

export function workflowConfigOf(config: Config): WorkflowConfig {
  let wf = resolved.get(config);
  if (!wf) {
    const input = config.workflowConfigFile
      ? (JSON.parse(fs.readFileSync(config.workflowConfigFile, 'utf8')) as WorkflowConfigInput)
      : {};
    wf = resolveWorkflowConfig(input);
    resolved.set(config, wf);
  }
  return wf;
}
