/** Option and argument parsers shared by the feature commands. */
import { InvalidArgumentError } from 'commander';
import { isIsoDate } from '../../domain/calendar/calendar.ts';

/** A real calendar date written YYYY-MM-DD. */
export const isoDateArg = (v: string): string => {
  if (!isIsoDate(v)) throw new InvalidArgumentError('must be a date YYYY-MM-DD');
  return v;
};
