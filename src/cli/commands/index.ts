/** Commands contributed by the feature modules (laws, legal match, penalty, calendar …). */
import type { Command } from 'commander';
import { registerCalendarCommands } from './calendar.ts';
import { registerLegalCommands } from './legal.ts';
import { registerPenaltyCommands } from './penalty.ts';

export function registerExtraCommands(program: Command): void {
  registerLegalCommands(program);
  registerCalendarCommands(program);
  registerPenaltyCommands(program);
}
