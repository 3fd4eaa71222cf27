// `test` and `[` (bash manual, "Bash Conditional Expressions"). With up to
// four arguments the POSIX rules decide what each argument is; longer
// expressions are parsed with `!`, `-a`, `-o` and parentheses. Errors print
// as bash's: `[: a: integer expression expected`, status 2.
import { isFsError, R, W, X, type FsView } from '../../../vfs/index.ts';
import type { Runtime } from '../runtime.ts';
import { builtinError, type Builtin } from './types.ts';

class TestError {
  constructor(readonly message: string) {}
}

const UNARY = new Set(['-a', '-b', '-c', '-d', '-e', '-f', '-g', '-h', '-k', '-p', '-r', '-s', '-t', '-u', '-w', '-x', '-G', '-L', '-N', '-O', '-S', '-z', '-n', '-v', '-o', '-R']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

export const test: Builtin = (rt, argv, io) => {
  const name = argv[0]!;
  let args = argv.slice(1);
  if (name === '[') {
    if (args[args.length - 1] !== ']') {
      builtinError(rt, io, name, "missing `]'");
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return new Test(rt, args).run() ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    builtinError(rt, io, name, e.message);
    return 2;
  }
};

class Test {
  #i = 0;
  constructor(
    readonly rt: Runtime,
    readonly args: string[],
  ) {}

  run(): boolean {
    const a = this.args;
    switch (a.length) {
      case 0: return false;
      case 1: return a[0] !== '';
      case 2: return this.#two(a[0]!, a[1]!);
      case 3: return this.#three(a);
      case 4:
        if (a[0] === '!') return !this.#three(a.slice(1));
        if (a[0] === '(' && a[3] === ')') return this.#two(a[1]!, a[2]!);
    }
    const v = this.#or();
    if (this.#i < a.length) throw new TestError('too many arguments');
    return v;
  }

  #two(a: string, b: string): boolean {
    if (a === '!') return b === '';
    if (UNARY.has(a)) return this.#unary(a, b);
    throw new TestError(`${a}: unary operator expected`);
  }

  #three(a: string[]): boolean {
    if (BINARY.has(a[1]!)) return this.#binary(a[0]!, a[1]!, a[2]!);
    if (a[1] === '-a') return a[0] !== '' && a[2] !== '';
    if (a[1] === '-o') return a[0] !== '' || a[2] !== '';
    if (a[0] === '!') return !this.#two(a[1]!, a[2]!);
    if (a[0] === '(' && a[2] === ')') return a[1] !== '';
    throw new TestError(`${a[1]}: binary operator expected`);
  }

  #next(): string {
    const t = this.args[this.#i++];
    if (t === undefined) throw new TestError('argument expected');
    return t;
  }

  #or(): boolean {
    let v = this.#and();
    while (this.args[this.#i] === '-o') {
      this.#i++;
      v = this.#and() || v;
    }
    return v;
  }

  #and(): boolean {
    let v = this.#not();
    while (this.args[this.#i] === '-a') {
      this.#i++;
      v = this.#not() && v;
    }
    return v;
  }

  #not(): boolean {
    if (this.args[this.#i] === '!') {
      this.#i++;
      return !this.#not();
    }
    return this.#primary();
  }

  #primary(): boolean {
    const t = this.#next();
    if (t === '(') {
      const v = this.#or();
      if (this.#next() !== ')') throw new TestError("`)' expected");
      return v;
    }
    const op = this.args[this.#i];
    if (op !== undefined && BINARY.has(op) && this.args[this.#i + 1] !== undefined) {
      this.#i++;
      return this.#binary(t, op, this.#next());
    }
    if (UNARY.has(t) && op !== undefined) return this.#unary(t, this.#next());
    return t !== '';
  }

  #unary(op: string, arg: string): boolean {
    const fs: FsView = this.rt.frame.fs;
    const st = op === '-h' || op === '-L' ? fs.lstat(arg) : fs.stat(arg);
    const file = isFsError(st) ? undefined : st;
    switch (op) {
      case '-z': return arg === '';
      case '-n': return arg !== '';
      case '-v': return this.rt.frame.vars.has(arg);
      case '-a': case '-e': return !!file;
      case '-f': return file?.type === 'file';
      case '-d': return file?.type === 'dir';
      case '-h': case '-L': return file?.type === 'symlink';
      case '-s': return !!file && file.size > 0;
      case '-r': return !!file && !fs.access(arg, R);
      case '-w': return !!file && !fs.access(arg, W);
      case '-x': return !!file && !fs.access(arg, X);
      case '-O': return !!file && file.uid === fs.cred.uid;
      case '-G': return !!file && file.gid === fs.cred.gid;
      case '-u': return !!file && (file.mode & 0o4000) !== 0;
      case '-g': return !!file && (file.mode & 0o2000) !== 0;
      case '-k': return !!file && (file.mode & 0o1000) !== 0;
      default: return false;
    }
  }

  #binary(a: string, op: string, b: string): boolean {
    switch (op) {
      case '=': case '==': return a === b;
      case '!=': return a !== b;
      case '<': return a < b;
      case '>': return a > b;
      case '-nt': case '-ot': case '-ef': return this.#files(a, op, b);
    }
    const x = integer(a);
    const y = integer(b);
    switch (op) {
      case '-eq': return x === y;
      case '-ne': return x !== y;
      case '-lt': return x < y;
      case '-le': return x <= y;
      case '-gt': return x > y;
      default: return x >= y;
    }
  }

  #files(a: string, op: string, b: string): boolean {
    const fs = this.rt.frame.fs;
    const sa = fs.stat(a);
    const sb = fs.stat(b);
    if (isFsError(sa) || isFsError(sb)) return op === '-nt' ? !isFsError(sa) && isFsError(sb) : op === '-ot' ? isFsError(sa) && !isFsError(sb) : false;
    if (op === '-ef') return sa.dev === sb.dev && sa.ino === sb.ino;
    return op === '-nt' ? sa.mtime > sb.mtime : sa.mtime < sb.mtime;
  }
}

function integer(s: string): bigint {
  const t = s.trim();
  if (/^[-+]?[0-9]+$/.test(t)) {
    const v = BigInt(t);
    if (v === BigInt.asIntN(64, v)) return v;
  }
  throw new TestError(`${s}: integer expression expected`);
}
