export { evaluateCheck } from './evaluate.ts';
export type { CheckContext, TerminalEntry } from './context.ts';
export { CHECK_KINDS, type CheckKind, type CheckResult, type CheckSpec } from './types.ts';
