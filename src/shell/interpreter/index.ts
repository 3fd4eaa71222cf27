export { BUILTINS } from './builtins/index.ts';
export { MAX_OUTPUT } from './io.ts';
export { MAX_CALL_DEPTH, MAX_STEPS } from './runtime.ts';
