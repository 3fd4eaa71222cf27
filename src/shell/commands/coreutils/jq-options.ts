// jq's command line (its own parser, not getopt): bundled short flags
// (`-rc`), long options, --arg/--argjson taking two words, the first
// non-option word as the program and the rest as files.
import type { CommandResult } from '../../command.ts';
import type { Json } from './jq-json.ts';
import { parseOne } from './jq-parse-json.ts';

export interface JqOptions {
  program: string;
  files: string[];
  raw: boolean;
  joinOutput: boolean;
  /** spaces per level, 0 for -c */
  indent: number;
  tab: boolean;
  nullInput: boolean;
  slurp: boolean;
  rawInput: boolean;
  sortKeys: boolean;
  exitStatus: boolean;
  ascii: boolean;
  /** -C true, -M false, undefined: colour when stdout is a terminal */
  color?: boolean;
  named: [string, Json][];
  positional: Json[];
}

const HINT = 'Use jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://jqlang.github.io/jq\n';

export const USAGE = `Usage:\tjq [OPTIONS] FILTER [FILES...]\n\tjq [OPTIONS] --args FILTER [ARGUMENTS...]\n\tjq [OPTIONS] --jsonargs FILTER [JSON_VALUES...]\n\njq is a tool for processing JSON inputs, applying the given filter to\nits JSON text inputs and producing the filter's results as JSON on\nstandard output.\n\nThe simplest filter is ., which copies jq's input to its output\nunmodified except for formatting. For more advanced filters see\nthe jq(1) manpage ("man jq") and/or https://jqlang.github.io/jq/.\n\nExample:\n\n\t$ echo '{"foo": 0}' | jq .\n\t{\n\t  "foo": 0\n\t}\n\nFor listing the command options, use jq --help.\n`;

const bad = (stderr: string): CommandResult => ({ stdout: '', stderr, exitCode: 2 });

const SHORT: Record<string, (o: JqOptions) => void> = {
  r: (o) => (o.raw = true),
  j: (o) => ((o.raw = true), (o.joinOutput = true)),
  c: (o) => (o.indent = 0),
  n: (o) => (o.nullInput = true),
  s: (o) => (o.slurp = true),
  R: (o) => (o.rawInput = true),
  S: (o) => (o.sortKeys = true),
  e: (o) => (o.exitStatus = true),
  a: (o) => (o.ascii = true),
  C: (o) => (o.color = true),
  M: (o) => (o.color = false),
};

const LONG: Record<string, string> = {
  'raw-output': 'r', 'join-output': 'j', 'compact-output': 'c', 'null-input': 'n', slurp: 's', 'raw-input': 'R', 'sort-keys': 'S',
  'exit-status': 'e', 'ascii-output': 'a', 'color-output': 'C', 'monochrome-output': 'M',
};

export const isJqOptions = (x: JqOptions | CommandResult): x is JqOptions => 'program' in x;

/** `ttyNoInput`: stdout is a terminal and nothing is piped in — jq then prints its usage instead of assuming `.`. */
export function jqOptions(args: string[], ttyNoInput: boolean): JqOptions | CommandResult {
  const o: JqOptions = { program: '', files: [], raw: false, joinOutput: false, indent: 2, tab: false, nullInput: false, slurp: false, rawInput: false, sortKeys: false, exitStatus: false, ascii: false, named: [], positional: [] };
  let program: string | undefined;
  let rest: 'files' | 'args' | 'jsonargs' = 'files';
  let done = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (done || !/^-(-|[a-zA-Z])/.test(a)) {
      if (program === undefined) program = a;
      else if (rest === 'args') o.positional.push(a);
      else if (rest === 'jsonargs') {
        const v = parseOne(a);
        if ('error' in v) return bad(`jq: invalid JSON text passed to --jsonargs\n${HINT}`);
        o.positional.push(v.value);
      } else o.files.push(a);
    } else if (a === '--') done = true;
    else if (a.startsWith('--')) {
      const name = a.slice(2);
      if (LONG[name]) SHORT[LONG[name]]!(o);
      else if (name === 'tab') o.tab = true;
      else if (name === 'indent') {
        const n = Number(args[++i]);
        if (args[i] === undefined) return bad(`jq: --indent takes one parameter\n${HINT}`);
        if (!(n >= -1 && n <= 7)) return bad(`jq: --indent takes a number between -1 and 7\n${HINT}`);
        o.indent = Math.max(0, Math.trunc(n));
      } else if (name === 'arg' || name === 'argjson') {
        if (i + 2 >= args.length) return bad(`jq: --${name} takes two parameters (e.g. --${name} varname ${name === 'arg' ? 'value' : 'text'})\n${HINT}`);
        const [k, v] = [args[i + 1]!, args[i + 2]!];
        i += 2;
        if (name === 'arg') o.named.push([k, v]);
        else {
          const parsed = parseOne(v);
          if ('error' in parsed) return bad(`jq: invalid JSON text passed to --argjson\n${HINT}`);
          o.named.push([k, parsed.value]);
        }
      } else if (name === 'args' || name === 'jsonargs') rest = name;
      else if (name === 'help') return { stdout: USAGE, stderr: '', exitCode: 0 };
      else if (name === 'version') return { stdout: 'jq-1.7.1\n', stderr: '', exitCode: 0 };
      else return bad(`jq: Unknown option: ${a}\n${HINT}`);
    } else {
      for (const c of a.slice(1)) {
        if (c === 'h') return { stdout: USAGE, stderr: '', exitCode: 0 };
        if (c === 'V') return { stdout: 'jq-1.7.1\n', stderr: '', exitCode: 0 };
        if (!SHORT[c]) return bad(`jq: Unknown option: ${a}\n${HINT}`);
        SHORT[c](o);
      }
    }
  }
  if (program === undefined) {
    if (ttyNoInput) return { stdout: '', stderr: USAGE, exitCode: 2 };
    program = '.';
  }
  o.program = program;
  return o;
}
