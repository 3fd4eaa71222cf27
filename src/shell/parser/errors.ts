// Why a parse stopped, as data. An interactive bash words these as
//   bash: syntax error near unexpected token `|'
//   bash: unexpected EOF while looking for matching `"'
//   bash: syntax error: unexpected end of file
// (bash -c adds "-c: line N:" and echoes the line; the playground is
// interactive, so it uses the short form). While the learner is still typing,
// running out of input is not an error but "incomplete": the line editor shows
// the `> ` continuation prompt and reads another line.

export type ParseProblem =
  /** a token where the grammar does not allow it; `newline` for an end of line */
  | { kind: 'unexpected-token'; token: string }
  /** input ended inside a quote, `$(`, `${` or backticks: `match` is the closing text wanted */
  | { kind: 'unmatched'; match: string }
  /** input ended where the grammar wants more: after `|`, `&&`, inside `if … fi` */
  | { kind: 'unexpected-eof' }
  /** any other message, as bash words it (`1': not a valid identifier), or a safety limit of the playground */
  | { kind: 'other'; message: string };

export function problemMessage(p: ParseProblem): string {
  switch (p.kind) {
    case 'unexpected-token':
      return `syntax error near unexpected token \`${p.token}'`;
    case 'unmatched':
      return `unexpected EOF while looking for matching \`${p.match}'`;
    case 'unexpected-eof':
      return 'syntax error: unexpected end of file';
    case 'other':
      return p.message;
  }
}

/**
 * Thrown inside the parser to unwind to parse(); never escapes the parser
 * module (parse() turns it into a ParseResult).
 */
export class ParseStop {
  constructor(
    readonly problem: ParseProblem,
    /** true when more input could complete the text (the `> ` prompt) */
    readonly incomplete: boolean,
    /** where in the source the problem was found */
    readonly pos: number,
  ) {}
}

/** Nesting of `$(`, `${`, subshells, groups and compound commands. */
export const MAX_NESTING = 100;
/** The longest input one parse accepts (1 MiB): pasting a large manifest fits. */
export const MAX_SOURCE = 1 << 20;
