/**
 * The official holiday calendar (国务院办公厅 annual notices), as published by the
 * `chinese-days` package in its data file. We read the data file rather than the package's
 * functions because those convert dates through the machine's local time zone: measured,
 * with TZ=America/New_York `isWorkday(new Date(2026, 9, 10))` answers false although
 * 2026-10-10 is a make-up working day. Plain date-keyed maps have no time zone.
 */
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

/** Official holidays (放假日), keyed by ISO date; the value names the festival ("National Day,国庆节,3"). */
export const OFFICIAL_HOLIDAYS: Readonly<Record<string, string>> = data.holidays;
/** Make-up working days (调休上班日) that fall on a weekend. */
export const MAKE_UP_WORKDAYS: Readonly<Record<string, string>> = data.workdays;
