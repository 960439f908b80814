/** Commands contributed by the feature modules (laws, legal match, penalty, calendar …). */
import type { Command } from 'commander';

export function registerExtraCommands(_program: Command): void {}
