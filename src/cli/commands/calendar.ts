/**
 * The working-day calendar on the command line (no database):
 *
 *   safelaw calendar add-workdays DATE N   the date N working days after DATE (before it when N < 0)
 *   safelaw calendar is-workday DATE       "yes" or "no", with the holiday or make-up day
 *
 * A result that relied on a year whose holiday arrangement is not published yet is marked
 * "(provisional)": only weekends were counted for that year.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { addWorkingDays, dayInfo } from '../../domain/calendar/calendar.ts';
import { isoDateArg } from './support.ts';

const integer = (v: string): number => {
  const n = Number(v);
  if (!/^-?\d+$/.test(v) || !Number.isSafeInteger(n) || Math.abs(n) > 100_000) {
    throw new InvalidArgumentError('must be an integer');
  }
  return n;
};

/** `2026-10-13` or `2027-01-12 (provisional)`. */
function addWorkdaysLine(date: string, n: number): string {
  const r = addWorkingDays(date, n);
  return r.provisional ? `${r.date} (provisional)` : r.date;
}

/** `yes`, `no (国庆节)`, `yes (调休上班 make-up working day)`, `no (provisional)`. */
function isWorkdayLine(date: string): string {
  const info = dayInfo(date);
  const notes = [
    ...(info.holiday ? [info.holiday] : []),
    ...(info.makeUpWorkday ? ['调休上班 make-up working day'] : []),
    ...(info.provisional ? ['provisional'] : []),
  ];
  return `${info.workday ? 'yes' : 'no'}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

export function registerCalendarCommands(program: Command): void {
  const calendar = program.command('calendar').description('working-day calendar (工作日, 行政处罚法第八十五条)');
  calendar
    .command('add-workdays')
    .description('the date N working days after DATE (the start day is not counted)')
    .argument('<date>', 'YYYY-MM-DD', isoDateArg)
    .argument('<n>', 'working days (negative: before DATE)', integer)
    .action((date: string, n: number) => {
      console.log(addWorkdaysLine(date, n));
    });
  calendar
    .command('is-workday')
    .description('whether DATE is a working day ("yes"/"no")')
    .argument('<date>', 'YYYY-MM-DD', isoDateArg)
    .action((date: string) => {
      console.log(isWorkdayLine(date));
    });
}
