export * from './calendar.ts';
export * from './periods.ts';
export * from './citation.ts';
