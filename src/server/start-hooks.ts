/** Work done at `serve` after migrations and before listening (e.g. importing statutes). Modules append theirs. */
import type { AppContext } from './context.ts';
import { ensureBenchmarksAtStart } from './discretion/benchmark.service.ts';
import { importLawsAtStart } from './legal/law-import.service.ts';
import { warmMatcherAtStart } from './legal/matcher.ts';
import { checkWorkflowAtStart } from './workflow/start.ts';

export type StartHook = (ctx: AppContext, log: (line: string) => void) => Promise<void>;

export const START_HOOKS: StartHook[] = [
  importLawsAtStart,
  ensureBenchmarksAtStart,
  checkWorkflowAtStart,
  warmMatcherAtStart,
];
