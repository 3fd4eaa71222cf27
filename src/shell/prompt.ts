// Prompt strings (bash manual, "Controlling the Prompt"): the backslash
// escapes of PS1/PS2. The workstation's PS1 is Debian's `\u@\h:\w\$ `, so the
// learner sees `root@workstation:~# ` at home and `root@web-5d8f:/# ` inside
// a pod: where you are is always in the prompt.
import type { Frame } from './interpreter/frame.ts';

export const DEFAULT_PS1 = '\\u@\\h:\\w\\$ ';
export const DEFAULT_PS2 = '> ';
export const BASH_VERSION = '5.2.15(1)-release';

const pad = (n: number): string => String(n).padStart(2, '0');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface PromptContext {
  /** the number `\!` shows: the history number of the next command */
  historyNumber: number;
}

export function expandPrompt(template: string, f: Frame, o: PromptContext): string {
  const vars = f.vars;
  const hostname = f.location.hostname;
  const now = new Date(f.host.now());
  const home = vars.get('HOME');
  const pwd = vars.get('PWD') ?? f.fs.cwd;
  const tildePwd = home && home !== '/' && (pwd === home || pwd.startsWith(home + '/')) ? '~' + pwd.slice(home.length) : pwd;
  const escapes: Record<string, () => string> = {
    u: () => vars.get('USER') ?? f.location.user,
    h: () => hostname.split('.')[0]!,
    H: () => hostname,
    w: () => tildePwd,
    W: () => (tildePwd === '~' || tildePwd === '/' ? tildePwd : tildePwd.slice(tildePwd.lastIndexOf('/') + 1)),
    $: () => (f.fs.cred.uid === 0 ? '#' : '$'),
    s: () => f.shellName,
    v: () => BASH_VERSION.split('.').slice(0, 2).join('.'),
    V: () => BASH_VERSION.split('(')[0]!,
    n: () => '\n',
    r: () => '\r',
    e: () => '\x1b',
    a: () => '\x07',
    '\\': () => '\\',
    '[': () => '',
    ']': () => '',
    d: () => `${DAYS[now.getUTCDay()]} ${MONTHS[now.getUTCMonth()]} ${pad(now.getUTCDate())}`,
    t: () => `${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}:${pad(now.getUTCSeconds())}`,
    T: () => `${pad(now.getUTCHours() % 12 || 12)}:${pad(now.getUTCMinutes())}:${pad(now.getUTCSeconds())}`,
    A: () => `${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}`,
    '@': () => `${pad(now.getUTCHours() % 12 || 12)}:${pad(now.getUTCMinutes())} ${now.getUTCHours() < 12 ? 'AM' : 'PM'}`,
    '!': () => String(o.historyNumber),
    '#': () => String(o.historyNumber),
    j: () => '0',
    l: () => 'pts/0',
  };
  return template.replace(/\\(.)/gs, (all, c: string) => escapes[c]?.() ?? all);
}
