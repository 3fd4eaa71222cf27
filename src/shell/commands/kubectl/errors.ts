// How kubectl prints a failed command: cmdutil.CheckErr
// (kubectl/pkg/cmd/util/helpers.go). Every error is data of one of these
// kinds; checkErr turns it into the exact stderr text and exit code.
import type { Status } from './api-types.ts';

export type KubectlError =
  /** an API Status (apierrors.StatusError) */
  | { kind: 'status'; status: Status }
  /** a transport failure (*url.Error): op "Get", the URL, and Go's error text */
  | { kind: 'url'; op: string; url: string; message: string }
  /** any other Go error: printed with an "error: " prefix */
  | { kind: 'plain'; message: string }
  /** utilerrors.Aggregate */
  | { kind: 'aggregate'; errors: KubectlError[] }
  /** clientcmd's errConfigurationInvalid */
  | { kind: 'config'; errors: string[] }
  /** cmdutil.ErrExit: nothing printed, or an exec exit status */
  | { kind: 'exit'; code: number; message?: string };

export const plainError = (message: string): KubectlError => ({ kind: 'plain', message });
export const statusError = (status: Status): KubectlError => ({ kind: 'status', status });

/** cmdutil.UsageErrorf: the message plus the "-h" hint. */
export function usageError(commandPath: string, message: string): KubectlError {
  return plainError(`${message}\nSee '${commandPath} -h' for help and examples`);
}

/** utilerrors.NewAggregate: nil for none, and an aggregate of one is unwrapped by checkErr. */
export function aggregate(errors: KubectlError[]): KubectlError | undefined {
  return errors.length ? { kind: 'aggregate', errors } : undefined;
}

/** utilerrors.Flatten */
function flatten(errors: KubectlError[]): KubectlError[] {
  return errors.flatMap((e) => (e.kind === 'aggregate' ? flatten(e.errors) : [e]));
}

/** The error's Error() text (for StatusError, the message). */
export function errorText(e: KubectlError): string {
  switch (e.kind) {
    case 'status':
      return e.status.message ?? '';
    case 'url':
      return `${e.op} "${e.url}": ${e.message}`;
    case 'plain':
      return e.message;
    case 'aggregate': {
      const msgs = [...new Set(flatten(e.errors).map(errorText))];
      return msgs.length === 1 ? msgs[0]! : `[${msgs.join(', ')}]`;
    }
    case 'config':
      return `invalid configuration: ${e.errors.length === 1 ? e.errors[0] : `[${e.errors.join(', ')}]`}`;
    case 'exit':
      return e.message ?? 'exit';
  }
}

/** StandardErrorMessage: the friendly text for API and connection errors. */
export function standardErrorMessage(e: KubectlError): string | undefined {
  if (e.kind === 'status') {
    const s = e.status;
    if (s.reason === 'Unauthorized') return `error: You must be logged in to the server (${s.message ?? ''})`;
    if (s.reason) return `Error from server (${s.reason}): ${s.message ?? ''}`;
    return `Error from server: ${s.message ?? ''}`;
  }
  if (e.kind === 'url') {
    if (e.message.includes('connection refused')) return `The connection to the server ${hostOf(e.url)} was refused - did you specify the right host or port?`;
    return `Unable to connect to the server: ${e.message}`;
  }
  return undefined;
}

function hostOf(url: string): string {
  const m = /^[a-z]+:\/\/([^/?#]*)/i.exec(url);
  return m ? m[1]! : url;
}

const messageForError = (e: KubectlError): string => standardErrorMessage(e) ?? errorText(e);

/** MultilineError: one line, or the prefix on its own line and "* " items. */
function multilineError(prefix: string, errs: string[]): string {
  if (errs.length === 1) return `${prefix}${errs[0]}\n`;
  return `${prefix}\n${errs.map((m) => `* ${m}\n`).join('')}`;
}

function invalidMessage(s: Status): string {
  const d = s.details;
  // kubectl's helpers.go: the server's message is added when nothing better (kind/name, causes) is there.
  if (!d) return s.message ? `The request is invalid: ${s.message}` : 'The request is invalid';
  let head = d.kind || d.name ? `The ${d.kind ?? ''} ${JSON.stringify(d.name ?? '')} is invalid` : 'The request is invalid';
  if (!(d.kind || d.name) && s.message && !d.causes?.length) head += `: ${s.message}`;
  if (!d.causes?.length) return head;
  const msgs = [...new Set(d.causes.map((c) => `${c.field ?? ''}: ${c.message ?? ''}`))];
  return multilineError(head + ': ', msgs);
}

/** checkErr: the stderr text (always newline-terminated when not empty) and the exit code. */
export function checkErr(err: KubectlError): { stderr: string; exitCode: number } {
  let e = err;
  if (e.kind === 'aggregate' && e.errors.length === 1) e = e.errors[0]!;
  let msg: string;
  let code = 1;
  if (e.kind === 'exit') {
    msg = e.message ?? '';
    code = e.code;
  } else if (e.kind === 'status' && e.status.reason === 'Invalid') {
    msg = invalidMessage(e.status);
  } else if (e.kind === 'config') {
    msg = multilineError('Error in configuration: ', e.errors);
  } else if (e.kind === 'aggregate') {
    msg = flatten(e.errors)
      .map((x) => `${messageForError(x)}\n`)
      .join('');
  } else {
    msg = standardErrorMessage(e) ?? errorText(e);
    if (!standardErrorMessage(e) && !msg.startsWith('error: ')) msg = `error: ${msg}`;
  }
  if (msg && !msg.endsWith('\n')) msg += '\n';
  return { stderr: msg, exitCode: code };
}

/** cmdutil.AddSourceToErr: "error when creating "x.yaml": ..." (Status messages are rewritten in place). */
export function addSourceToErr(verb: string, source: string, err: KubectlError): KubectlError {
  if (!source) return err;
  if (err.kind === 'status') return { kind: 'status', status: { ...err.status, message: `error when ${verb} ${JSON.stringify(source)}: ${err.status.message ?? ''}` } };
  return plainError(`error when ${verb} ${JSON.stringify(source)}: ${errorText(err)}`);
}

export const isNotFound = (e: KubectlError | undefined): boolean => e?.kind === 'status' && e.status.reason === 'NotFound';
export const isForbidden = (e: KubectlError | undefined): boolean => e?.kind === 'status' && e.status.reason === 'Forbidden';

const ERROR_KINDS = new Set(['status', 'url', 'plain', 'aggregate', 'config', 'exit']);

/** For unions of an error with a value that has its own `kind` (an output format, a Mapping). */
export const isKubectlError = (x: { kind?: unknown } | object): x is KubectlError => 'kind' in x && ERROR_KINDS.has((x as { kind: string }).kind);
