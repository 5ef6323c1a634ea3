/** The panel (issue 14): several respondents, offline, and the lead's consensus. Pure: no DOM, no storage. */
export * from './problems.ts';
export * from './package.ts';
export * from './contribution-file.ts';
export * from './merge.ts';
export * from './consensus.ts';
export * from './perception.ts';
export * from './asked.ts';
export * from './result-part.ts';
