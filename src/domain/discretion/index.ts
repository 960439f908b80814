/** The discretion engine (行政处罚裁量基准): pure API. See compute.ts for the order of the rules. */
export * from './types.ts';
export * from './rules.ts';
export * from './circumstances.ts';
export * from './format.ts';
export * from './benchmark.ts';
export * from './input.ts';
export * from './benchmark-input.ts';
export * from './compute.ts';
