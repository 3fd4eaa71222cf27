// curl's command line (src/tool_getparam.c): long options, short options that
// may be combined (-sSk) or glued to their argument (-XPOST, -HAccept:x),
// `--` ending the options, and the usage errors curl exits 2 with.

export interface DataPart {
  /** the argument as given: text, or @file (@- is stdin) */
  value: string;
  /** --data-raw: a leading @ is literal */
  raw: boolean;
  /** --data-binary keeps newlines of a file; -d/--data strips CR and LF */
  binary: boolean;
}

export interface CurlOptions {
  urls: string[];
  method?: string;
  headers: string[];
  data: DataPart[];
  json: string[];
  insecure: boolean;
  cacert?: string;
  silent: boolean;
  showError: boolean;
  include: boolean;
  verbose: boolean;
  output?: string;
  writeOut?: string;
  fail: boolean;
  head: boolean;
  /** -m/--max-time seconds */
  maxTime?: number;
  userAgent?: string;
}

export type ParseResult = { ok: true; options: CurlOptions } | { ok: false; stderr: string; exitCode: number };

const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";

type Spec = { takes: false; apply: (o: CurlOptions) => void } | { takes: true; apply: (o: CurlOptions, arg: string) => string | undefined };

const flag = (apply: (o: CurlOptions) => void): Spec => ({ takes: false, apply });
const arg = (apply: (o: CurlOptions, a: string) => string | undefined | void): Spec => ({ takes: true, apply: (o, a) => apply(o, a) ?? undefined });

const data = (raw: boolean, binary: boolean) => arg((o, a) => void o.data.push({ value: a, raw, binary }));

const LONG: Record<string, Spec> = {
  request: arg((o, a) => void (o.method = a)),
  header: arg((o, a) => void o.headers.push(a)),
  data: data(false, false),
  'data-ascii': data(false, false),
  'data-raw': data(true, false),
  'data-binary': data(false, true),
  json: arg((o, a) => void o.json.push(a)),
  insecure: flag((o) => void (o.insecure = true)),
  cacert: arg((o, a) => void (o.cacert = a)),
  silent: flag((o) => void (o.silent = true)),
  'show-error': flag((o) => void (o.showError = true)),
  include: flag((o) => void (o.include = true)),
  verbose: flag((o) => void (o.verbose = true)),
  output: arg((o, a) => void (o.output = a)),
  'write-out': arg((o, a) => void (o.writeOut = a)),
  fail: flag((o) => void (o.fail = true)),
  head: flag((o) => void (o.head = true)),
  location: flag(() => undefined),
  'max-time': arg((o, a) => {
    const n = Number(a);
    if (!/^\s*[0-9.]+\s*$/.test(a) || !Number.isFinite(n)) return 'expected a proper numerical parameter';
    o.maxTime = n;
    return undefined;
  }),
  'connect-timeout': arg(() => undefined),
  'user-agent': arg((o, a) => void (o.userAgent = a)),
  url: arg((o, a) => void o.urls.push(a)),
  compressed: flag(() => undefined),
  'no-progress-meter': flag(() => undefined),
};

const SHORT: Record<string, string> = {
  X: 'request',
  H: 'header',
  d: 'data',
  k: 'insecure',
  s: 'silent',
  S: 'show-error',
  i: 'include',
  v: 'verbose',
  o: 'output',
  w: 'write-out',
  f: 'fail',
  I: 'head',
  L: 'location',
  m: 'max-time',
  A: 'user-agent',
};

export function parseArgs(args: readonly string[]): ParseResult {
  const o: CurlOptions = { urls: [], headers: [], data: [], json: [], insecure: false, silent: false, showError: false, include: false, verbose: false, fail: false, head: false };
  if (args.length === 0) return { ok: false, stderr: TRY, exitCode: 2 };
  const bad = (msg: string) => ({ ok: false as const, stderr: `curl: ${msg}\n${TRY}`, exitCode: 2 });
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (optionsEnded || !a.startsWith('-') || a === '-') {
      o.urls.push(a);
      continue;
    }
    if (a === '--') {
      optionsEnded = true;
      continue;
    }
    if (a.startsWith('--')) {
      let name = a.slice(2);
      let negated = false;
      if (name.startsWith('no-') && LONG[name.slice(3)] && !LONG[name.slice(3)]!.takes) {
        negated = true;
        name = name.slice(3);
      }
      const spec = LONG[name];
      if (!spec) return bad(`option ${a}: is unknown`);
      if (!spec.takes) {
        if (!negated) spec.apply(o);
        continue;
      }
      if (i + 1 >= args.length) return bad(`option ${a}: requires parameter`);
      const err = spec.apply(o, args[++i]!);
      if (err) return bad(`option ${a}: ${err}`);
      continue;
    }
    // A cluster of short options: -sSk, -XPOST, -sXPOST.
    for (let j = 1; j < a.length; j++) {
      const letter = a[j]!;
      const name = SHORT[letter];
      if (!name) return bad(`option -${a.slice(j)}: is unknown`);
      const spec = LONG[name]!;
      if (!spec.takes) {
        spec.apply(o);
        continue;
      }
      let value: string;
      if (j + 1 < a.length) value = a.slice(j + 1);
      else if (i + 1 < args.length) value = args[++i]!;
      else return bad(`option -${letter}: requires parameter`);
      const err = spec.apply(o, value);
      if (err) return bad(`option -${letter}: ${err}`);
      break;
    }
  }
  if (o.urls.length === 0) return bad('no URL specified!');
  return { ok: true, options: o };
}
