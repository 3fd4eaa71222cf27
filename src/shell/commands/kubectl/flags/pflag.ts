// The one flag parser of kubectl, modelled on spf13/pflag (flag.go): long
// flags `--name=v` / `--name v`, shorthands `-n v` / `-nv` / `-n=v`, grouped
// bool shorthands `-Aw`, `--` ends the flags, and pflag's exact error texts.
// kubectl normalises `_` to `-` in flag names (cliflag.WordSepNormalizeFunc).
import { parseGoDuration, parseGoInt } from './go-values.ts';

export type FlagType = 'bool' | 'string' | 'int' | 'duration' | 'stringArray' | 'stringSlice';

export interface FlagDef {
  name: string;
  shorthand?: string;
  type: FlagType;
  /** the default as pflag prints it in help (`--show-kind=false`) */
  default?: string | boolean | number | string[];
  /** the value `--flag` alone means; bool flags have "true" */
  noOptDefVal?: string;
  usage: string;
  hidden?: boolean;
}

export type FlagValue = string | boolean | number | string[];

/** Parsed flags: typed getters with defaults, and which flags were set. */
export class FlagValues {
  readonly #values = new Map<string, FlagValue>();
  readonly #defs = new Map<string, FlagDef>();
  readonly #changed = new Set<string>();

  constructor(defs: readonly FlagDef[]) {
    for (const d of defs) this.#defs.set(d.name, d);
  }

  changed(name: string): boolean {
    return this.#changed.has(name);
  }

  bool(name: string): boolean {
    return Boolean(this.#get(name) ?? false);
  }

  string(name: string): string {
    return String(this.#get(name) ?? '');
  }

  int(name: string): number {
    return Number(this.#get(name) ?? 0);
  }

  strings(name: string): string[] {
    const v = this.#get(name);
    return Array.isArray(v) ? [...v] : [];
  }

  /** set by the parser (first set of a slice replaces the default, later ones append) */
  set(def: FlagDef, value: FlagValue): void {
    const prev = this.#values.get(def.name);
    if (Array.isArray(value) && Array.isArray(prev) && this.#changed.has(def.name)) this.#values.set(def.name, [...prev, ...value]);
    else this.#values.set(def.name, value);
    this.#changed.add(def.name);
  }

  #get(name: string): FlagValue | undefined {
    if (this.#values.has(name)) return this.#values.get(name);
    const d = this.#defs.get(name);
    if (!d) return undefined;
    if (d.default !== undefined) return d.default;
    return d.type === 'stringArray' || d.type === 'stringSlice' ? [] : undefined;
  }
}

export type ParseResult =
  | { kind: 'ok'; flags: FlagValues; args: string[]; /** -1 when there was no `--` */ argsLenAtDash: number }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

/** pflag's flag name in errors: `-A, --all-namespaces` or `--selector`. */
export function flagDisplayName(d: FlagDef): string {
  return d.shorthand ? `-${d.shorthand}, --${d.name}` : `--${d.name}`;
}

const BOOL_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const BOOL_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

function convert(def: FlagDef, raw: string): FlagValue | { error: string } {
  switch (def.type) {
    case 'bool':
      if (BOOL_TRUE.has(raw)) return true;
      if (BOOL_FALSE.has(raw)) return false;
      return { error: `strconv.ParseBool: parsing ${JSON.stringify(raw)}: invalid syntax` };
    case 'int': {
      const n = parseGoInt(raw);
      return n === undefined ? { error: `strconv.ParseInt: parsing ${JSON.stringify(raw)}: invalid syntax` } : n;
    }
    case 'duration': {
      const ms = parseGoDuration(raw);
      return ms === undefined ? { error: `time: invalid duration ${JSON.stringify(raw)}` } : raw;
    }
    case 'stringArray':
      return [raw];
    case 'stringSlice':
      return raw === '' ? [] : raw.split(',');
    case 'string':
      return raw;
  }
}

class Parser {
  readonly flags: FlagValues;
  readonly args: string[] = [];
  argsLenAtDash = -1;
  readonly #long = new Map<string, FlagDef>();
  readonly #short = new Map<string, FlagDef>();

  constructor(defs: readonly FlagDef[]) {
    this.flags = new FlagValues(defs);
    for (const d of defs) {
      this.#long.set(d.name, d);
      if (d.shorthand) this.#short.set(d.shorthand, d);
    }
  }

  #apply(def: FlagDef, raw: string): string | undefined {
    const v = convert(def, raw);
    if (typeof v === 'object' && !Array.isArray(v)) return `invalid argument ${JSON.stringify(raw)} for ${JSON.stringify(flagDisplayName(def))} flag: ${v.error}`;
    this.flags.set(def, v);
    return undefined;
  }

  /** returns the remaining args, 'help', or an error text */
  long(s: string, rest: string[]): string[] | 'help' | { error: string } {
    const body = s.slice(2);
    if (!body || body[0] === '-' || body[0] === '=') return { error: `bad flag syntax: ${s}` };
    const eq = body.indexOf('=');
    const name = (eq < 0 ? body : body.slice(0, eq)).replace(/_/g, '-');
    const def = this.#long.get(name);
    if (!def) return name === 'help' ? 'help' : { error: `unknown flag: --${name}` };
    let value: string;
    if (eq >= 0) value = body.slice(eq + 1);
    else if (def.noOptDefVal !== undefined) value = def.noOptDefVal;
    else if (rest.length) value = rest.shift()!;
    else return { error: `flag needs an argument: ${s}` };
    const err = this.#apply(def, value);
    return err ? { error: err } : rest;
  }

  short(s: string, rest: string[]): string[] | 'help' | { error: string } {
    let shorthands = s.slice(1);
    while (shorthands.length) {
      const c = shorthands[0]!;
      const def = this.#short.get(c);
      if (!def) return c === 'h' ? 'help' : { error: `unknown shorthand flag: '${c}' in -${shorthands}` };
      let value: string;
      if (shorthands.length > 2 && shorthands[1] === '=') {
        value = shorthands.slice(2);
        shorthands = '';
      } else if (def.noOptDefVal !== undefined) {
        value = def.noOptDefVal;
        shorthands = shorthands.slice(1);
      } else if (shorthands.length > 1) {
        value = shorthands.slice(1);
        shorthands = '';
      } else if (rest.length) {
        value = rest.shift()!;
        shorthands = '';
      } else return { error: `flag needs an argument: '${c}' in -${shorthands}` };
      const err = this.#apply(def, value);
      if (err) return { error: err };
    }
    return rest;
  }
}

/**
 * FlagSet.Parse with interspersed flags (kubectl's default): flags may come
 * before, between and after the positional arguments.
 */
export function parseFlags(argv: readonly string[], defs: readonly FlagDef[], interspersed = true): ParseResult {
  const p = new Parser(defs);
  let rest = [...argv];
  while (rest.length) {
    const s = rest.shift()!;
    if (s.length < 2 || s[0] !== '-') {
      if (!interspersed) {
        p.args.push(s, ...rest);
        break;
      }
      p.args.push(s);
      continue;
    }
    if (s === '--') {
      p.argsLenAtDash = p.args.length;
      p.args.push(...rest);
      break;
    }
    const r = s[1] === '-' ? p.long(s, rest) : p.short(s, rest);
    if (r === 'help') return { kind: 'help' };
    if (!Array.isArray(r)) return { kind: 'error', message: r.error };
    rest = r;
  }
  return { kind: 'ok', flags: p.flags, args: p.args, argsLenAtDash: p.argsLenAtDash };
}

/** bool flags take no separate argument: pflag gives them NoOptDefVal "true". */
export const boolFlag = (name: string, usage: string, o: Partial<FlagDef> = {}): FlagDef => ({ name, type: 'bool', default: false, noOptDefVal: 'true', usage, ...o });
export const stringFlag = (name: string, usage: string, o: Partial<FlagDef> = {}): FlagDef => ({ name, type: 'string', default: '', usage, ...o });
