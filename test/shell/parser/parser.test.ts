// The parser through its public entries: the tree it builds, when it asks
// for more input, and the syntax errors it reports in bash's words.
import { describe, expect, it } from 'vitest';
import { CommandReader, isComplete, parse, type Command, type List, type Word, type WordPart } from '../../../src/shell/parser/index.ts';

/** A compact rendering of the tree: words as their parts, commands as S-expressions. */
function part(p: WordPart): string {
  switch (p.kind) {
    case 'lit': return p.text;
    case 'sq': return `'${p.text}'`;
    case 'dq': return `"${p.parts.map(part).join('')}"`;
    case 'param': return `\${${p.name}${p.op ? ` ${p.colon ? ':' : ''}${p.op}${p.arg ? ' ' + word(p.arg) : ''}${p.arg2 ? ' ' + word(p.arg2) : ''}` : ''}}`;
    case 'cmd': return `$(${show(p.list)})`;
    case 'arith': return `$((${word(p.expr)}))`;
    case 'bad': return `BAD${p.text}`;
  }
}
const word = (w: Word): string => w.parts.map(part).join('');
function command(c: Command): string {
  const redirs = c.redirs.map((r) => ` ${r.fd ?? ''}${r.op}${r.heredoc ? `[${r.heredoc.quoted ? 'q' : ''}${word(r.heredoc.body)}]` : word(r.target)}`).join('');
  switch (c.kind) {
    case 'simple': return [...c.assigns.map((a) => `${a.name}${a.append ? '+=' : '='}${word(a.value)}`), ...c.words.map(word)].join(' ') + redirs;
    case 'subshell': return `(sub ${show(c.body)})${redirs}`;
    case 'group': return `(group ${show(c.body)})${redirs}`;
    case 'if': return `(if ${c.clauses.map((k) => `${show(k.cond)} ? ${show(k.body)}`).join(' | ')}${c.elseBody ? ' : ' + show(c.elseBody) : ''})${redirs}`;
    case 'for': return `(for ${c.name}${c.words ? ' in ' + c.words.map(word).join(' ') : ''}: ${show(c.body)})${redirs}`;
    case 'while': return `(${c.until ? 'until' : 'while'} ${show(c.cond)}: ${show(c.body)})${redirs}`;
  }
}
function show(list: List): string {
  return list
    .map((item) => {
      const ao = [item.andOr.head, ...item.andOr.tail.map((t) => t.pipeline)];
      const ops = item.andOr.tail.map((t) => t.op);
      const text = ao.map((p, i) => (i ? ` ${ops[i - 1]} ` : '') + (p.bang ? '! ' : '') + p.commands.map(command).join(' | ')).join('');
      return text + (item.background ? ' &' : '');
    })
    .join('; ');
}
function tree(src: string, aliases?: Record<string, string>): string {
  const r = parse(src, aliases ? { aliases: new Map(Object.entries(aliases)) } : {});
  if (r.kind !== 'ok') throw new Error(`${r.kind}: ${'message' in r ? r.message : ''}`);
  return show(r.list);
}
const error = (src: string): string => {
  const r = parse(src);
  return r.kind === 'error' ? r.message : r.kind;
};

describe('words', () => {
  it.each([
    ['echo a   b', 'echo a b'],
    [`echo 'x y' "a $HOME" \\$z`, `echo 'x y' "a \${HOME}" '$'z`],
    ['echo foo\\\\', `echo foo'\\'`],
    ['echo a\\\nb', 'echo ab'],
    ['echo "a\\\nb"', 'echo "ab"'],
    [`echo $'a\\tb\\x41'`, `echo 'a\tbA'`],
    ['echo $1 $? $$ $# $@ $*', 'echo ${1} ${?} ${$} ${#} ${@} ${*}'],
    ['echo ${x:-a b} ${y=c} ${#z} ${p%%.*} ${q//a/b} ${r:1:2}', 'echo ${x :- a b} ${y = c} ${z length} ${p %% .*} ${q // a b} ${r substring 1 2}'],
    ['echo ${x y} ${}', 'echo BAD${x y} BAD${}'],
    ['echo $(echo `echo hi`) $((1 + $x))', 'echo $(echo $(echo hi)) $((1 + ${x}))'],
    ['echo $( (a) | b)', 'echo $((sub a) | b)'],
    ['echo "${x:-"in"}" "${x:-\'sq\'}"', `echo "\${x :- "in"}" "\${x :- 'sq'}"`],
    ["echo '' \"\" a''b", "echo '' \"\" ab"],
    ['echo a#b # comment', 'echo a#b'],
  ])('%s', (src, expected) => {
    expect(tree(src)).toBe(expected);
  });
});

describe('commands', () => {
  it.each([
    ['a | b |& c && d || ! e; f & g', 'a | b | c && d || ! e; f &; g'],
    ['X=1 Y+=2 cmd arg', 'X=1 Y+=2 cmd arg'],
    ['echo X=1', 'echo X=1'],
    ['cmd >out 2>&1 <in 2>>err &>all >&2 3<&0 <<<str', 'cmd >out 2>&1 <in 2>>err &>all >&2 3<&0 <<<str'],
    ['(cd /; ls) > x', '(sub cd /; ls) >x'],
    ['{ a; b; } 2>/dev/null', '(group a; b) 2>/dev/null'],
    ['if a; then b; elif c; then d; else e; fi', '(if a ? b | c ? d : e)'],
    ['for i in 1 2; do echo $i; done', '(for i in 1 2: echo ${i})'],
    ['for i; do :; done', '(for i: :)'],
    ['while read l; do echo "$l"; done < f', '(while read l: echo "${l}") <f'],
    ['until false; do break; done', '(until false: break)'],
    ['if true\nthen\n  echo a\nfi', '(if true ? echo a)'],
    ['echo then if fi', 'echo then if fi'],
  ])('%s', (src, expected) => {
    expect(tree(src)).toBe(expected);
  });

  it('reads here-documents after the line, unquoted ones expanded, <<- without tabs', () => {
    expect(tree('cat <<EOF | cat\nhi $USER\nEOF')).toBe('cat <<[hi ${USER}\n] | cat');
    expect(tree("cat <<'EOF'\nhi $USER\nEOF")).toBe("cat <<[q'hi $USER\n']");
    expect(tree('cat <<-EOF\n\t\tindented\n\tEOF')).toBe('cat <<-[indented\n]');
    expect(tree('cat <<A; cat <<B\n1\nA\n2\nB')).toBe('cat <<[1\n]; cat <<[2\n]');
  });

  it('replaces aliases in command position, once per alias', () => {
    expect(tree('k get pods | k logs x', { k: 'kubectl' })).toBe('kubectl get pods | kubectl logs x');
    expect(tree('ls; echo ls', { ls: 'ls -l' })).toBe('ls -l; echo ls');
    expect(tree('kgp -A', { kgp: 'k get pods', k: 'kubectl' })).toBe('kubectl get pods -A');
    expect(tree('a', { a: 'b', b: 'a' })).toBe('a');
  });
});

describe('incomplete input (the `> ` prompt)', () => {
  it.each([
    'echo "open', "echo 'open", 'echo $(echo', 'echo `echo', 'echo ${x', 'echo a |', 'a &&', 'a ||',
    'if true', 'if true; then', 'for i in 1', 'while true; do', '{ echo', '(echo', 'cat <<EOF', 'cat <<EOF\nbody',
    'echo trailing\\', 'echo $((1 +', 'echo "a\\',
  ])('%j', (src) => {
    expect(isComplete(src)).toBe(false);
  });

  it.each(['echo done', 'echo foo\\\\', 'cat <<EOF\nbody\nEOF', 'echo a |\ncat', '', '# only a comment', 'echo >'])('%j is complete', (src) => {
    expect(isComplete(src)).toBe(true);
  });
});

describe('syntax errors in bash words', () => {
  it.each([
    ['| a', "syntax error near unexpected token `|'"],
    ['echo a ;;', "syntax error near unexpected token `;;'"],
    ['echo >', "syntax error near unexpected token `newline'"],
    ['echo > >', "syntax error near unexpected token `>'"],
    ['fi', "syntax error near unexpected token `fi'"],
    ['if then fi', "syntax error near unexpected token `then'"],
    ['( )', "syntax error near unexpected token `)'"],
    ['for 1 in a; do :; done', "`1': not a valid identifier"],
    ['echo "open', "unexpected EOF while looking for matching `\"'"],
    ['echo $(a', "unexpected EOF while looking for matching `)'"],
    ['echo ${x', "unexpected EOF while looking for matching `}'"],
    ['echo `a', "unexpected EOF while looking for matching ``'"],
    ['a |', 'syntax error: unexpected end of file'],
    ['f() { :; }', 'function definitions are not supported in the playground'],
    ['a=(1 2)', 'arrays are not supported in the playground'],
  ])('%j', (src, message) => {
    expect(error(src)).toBe(message);
  });

  it('a here-document without its end line is read to the end, with a warning', () => {
    const r = parse('cat <<EOF\nbody');
    expect(r).toMatchObject({ kind: 'ok', warnings: ["warning: here-document at line 1 delimited by end-of-file (wanted `EOF')"] });
  });

  it('reads command lines one at a time and goes on after a bad one', () => {
    const r = new CommandReader('echo 1\n| bad\necho 3');
    const steps = [r.next(), r.next(), r.next(), r.next()].map((s) => s.kind + (s.kind === 'command' ? `@${s.line}` : ''));
    expect(steps).toEqual(['command@1', 'error', 'command@3', 'end']);
  });
});

describe('bad input never breaks the parser', () => {
  it.each([
    ['(', 5000],
    ['$(', 5000],
    ['${x:-', 5000],
    ['`', 3],
    ['{ ', 5000],
    ['if a; then ', 3000],
    ['"$(', 3000],
  ])('%j repeated %i times', (unit, n) => {
    const r = parse(unit.repeat(n));
    expect(['error', 'incomplete']).toContain(r.kind);
  });

  it('deep nesting stops with a clear message', () => {
    expect(error('('.repeat(500) + 'a' + ')'.repeat(500))).toBe('syntax error: nesting too deep (the playground allows 100 levels)');
    expect(tree('('.repeat(50) + 'a' + ')'.repeat(50))).toMatch(/^\(sub \(sub/);
  });

  it('refuses input over 1 MiB at once', () => {
    expect(error('echo ' + 'x'.repeat(1 << 20))).toMatch(/^input too long/);
  });
});
