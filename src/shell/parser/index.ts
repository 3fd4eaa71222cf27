export type * from './ast.ts';
export { problemMessage, MAX_NESTING, MAX_SOURCE, type ParseProblem } from './errors.ts';
export { CommandReader, isComplete, parse, type ParseOptions, type ParseResult, type ReaderStep } from './parse.ts';
