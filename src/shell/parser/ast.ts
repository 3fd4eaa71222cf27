// The syntax tree of the bash subset the playground understands. Names follow
// bash's manual ("Shell Grammar", "Redirections", "Shell Expansions"): a list
// is and-or lists separated by `;`, `&` or newlines; an and-or list is
// pipelines joined by `&&`/`||`; a pipeline is commands joined by `|`.

/** One piece of a word, before expansion. */
export type WordPart =
  /** unquoted text: tilde, globbing apply; never field-split */
  | { kind: 'lit'; text: string }
  /** quoted text (single quotes, `$'…'`, a backslash-escaped character): taken literally */
  | { kind: 'sq'; text: string }
  /** double quotes: expansions inside are not split or globbed */
  | { kind: 'dq'; parts: WordPart[] }
  | ParamPart
  /**
   * `$(…)` or backticks. Backticks are parsed when the word is, but bash
   * reports a syntax error inside them only when they run: `error` holds
   * those lines ("command substitution: line 1: …").
   */
  | { kind: 'cmd'; list: List; text: string; error?: string[] }
  /** `$((…))`: the expression is expanded, then evaluated */
  | { kind: 'arith'; expr: Word; text: string }
  /** a `${…}` bash cannot make sense of: "bad substitution" when expanded */
  | { kind: 'bad'; text: string };

/** `${name op arg}` operators (bash manual, "Shell Parameter Expansion"). */
export type ParamOp =
  | '-' | '=' | '+' | '?'
  | '#' | '##' | '%' | '%%'
  | '/' | '//' | '/#' | '/%'
  | '^' | '^^' | ',' | ',,'
  | 'length'
  | 'substring';

export interface ParamPart {
  kind: 'param';
  /** a variable name, a positional digit or one of @ * # ? $ ! - 0 */
  name: string;
  op?: ParamOp;
  /** `:-` rather than `-`: an empty value counts as unset */
  colon?: boolean;
  arg?: Word;
  /** the replacement of `${x/pat/rep}`; the length of `${x:off:len}` */
  arg2?: Word;
  /** the source text, for error messages */
  text: string;
}

export interface Word {
  parts: WordPart[];
  /** the source text of the word */
  text: string;
}

export type RedirOp = '<' | '>' | '>>' | '>|' | '<>' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface HereDoc {
  /** the delimiter after quote removal */
  delim: string;
  /** a quoted delimiter: the body is taken literally */
  quoted: boolean;
  /** `<<-`: leading tabs are stripped from body lines and the delimiter line */
  stripTabs: boolean;
  /** filled in once the lines after the command have been read */
  body: Word;
}

export interface Redir {
  /** the file descriptor written before the operator (`2>`); the operator's default when absent */
  fd?: number;
  op: RedirOp;
  /** the file name, fd number or here-string; for here-documents the delimiter word */
  target: Word;
  heredoc?: HereDoc;
}

export interface Assign {
  name: string;
  /** `+=` */
  append: boolean;
  value: Word;
}

export interface SimpleCommand {
  kind: 'simple';
  assigns: Assign[];
  words: Word[];
  redirs: Redir[];
}

export interface Subshell { kind: 'subshell'; body: List; redirs: Redir[] }
export interface Group { kind: 'group'; body: List; redirs: Redir[] }
export interface IfCommand { kind: 'if'; clauses: { cond: List; body: List }[]; elseBody?: List; redirs: Redir[] }
/** `for name in words; do …; done`; words undefined means `"$@"` */
export interface ForCommand { kind: 'for'; name: string; words?: Word[]; body: List; redirs: Redir[] }
export interface WhileCommand { kind: 'while'; until: boolean; cond: List; body: List; redirs: Redir[] }

export type Command = SimpleCommand | Subshell | Group | IfCommand | ForCommand | WhileCommand;

export interface Pipeline {
  /** `! cmd`: the status is negated */
  bang: boolean;
  commands: Command[];
  /** pipeAll[i]: command i is joined to the next with `|&` (stderr too) */
  pipeAll: boolean[];
}

export interface AndOr {
  head: Pipeline;
  tail: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export interface ListItem {
  andOr: AndOr;
  /** ended with `&` (the playground runs it in the foreground, see interpreter/exec.ts) */
  background: boolean;
}

export type List = ListItem[];

export const lit = (text: string): WordPart => ({ kind: 'lit', text });
