// The names bash itself calls builtins (`type echo` says "echo is a shell
// builtin" even where the playground implements echo as a command).
export const BUILTIN_NAMES = new Set(
  '. : [ alias bg bind break builtin caller cd command compgen complete compopt continue declare dirs disown echo enable eval exec exit export false fc fg getopts hash help history jobs kill let local logout mapfile popd printf pushd pwd read readarray readonly return set shift shopt source suspend test times trap true type typeset ulimit umask unalias unset wait'.split(' '),
);
