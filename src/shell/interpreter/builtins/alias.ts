// `alias` and `unalias` (bash manual, "Aliases"). The playground's
// workstation starts with `alias k=kubectl`, as the article uses it. A new
// alias takes effect from the next command line on, since aliases are
// replaced while a line is parsed.
import { builtinError, invalidOption, options, print, singleQuote, usage, type Builtin } from './types.ts';

/** Characters an alias name may not hold (bash's legal_alias_name). */
const BAD_NAME = /[\s/$`=|&;()<>'"\\]/;

export const alias: Builtin = (rt, argv, io) => {
  const { operands, bad } = options(argv, 'p');
  if (bad) return invalidOption(rt, io, 'alias', bad, 'alias [-p] [name[=value] ... ]');
  const aliases = rt.frame.aliases;
  const show = (name: string, value: string) => print(io, `alias ${name}=${singleQuote(value)}\n`);
  if (!operands.length) {
    for (const name of [...aliases.keys()].sort()) show(name, aliases.get(name)!);
    return 0;
  }
  let status = 0;
  for (const arg of operands) {
    const eq = arg.indexOf('=');
    if (eq > 0) {
      const name = arg.slice(0, eq);
      if (BAD_NAME.test(name)) {
        builtinError(rt, io, 'alias', `\`${name}': invalid alias name`);
        status = 1;
      } else aliases.set(name, arg.slice(eq + 1));
    } else if (aliases.has(arg)) show(arg, aliases.get(arg)!);
    else {
      builtinError(rt, io, 'alias', `${arg}: not found`);
      status = 1;
    }
  }
  return status;
};

export const unalias: Builtin = (rt, argv, io) => {
  const { flags, operands, bad } = options(argv, 'a');
  if (bad) return invalidOption(rt, io, 'unalias', bad, 'unalias [-a] name [name ...]');
  if (!operands.length && !flags.has('a')) return usage(io, 'unalias', 'unalias [-a] name [name ...]');
  if (flags.has('a')) rt.frame.aliases.clear();
  let status = 0;
  for (const name of operands) {
    if (!rt.frame.aliases.delete(name)) {
      builtinError(rt, io, 'unalias', `${name}: not found`);
      status = 1;
    }
  }
  return status;
};
