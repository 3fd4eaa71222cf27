// What curl writes besides the body: the -w template, the progress meter
// (stderr, when the body does not go to a terminal and -s is off), the
// OpenSSL dates of -v, and the `curl: (N) message` error line.

export interface TransferInfo {
  httpCode: number;
  contentType: string;
  sizeDownload: number;
  sizeUpload: number;
  urlEffective: string;
  remoteIp: string;
  remotePort: number;
  method: string;
  exitCode: number;
  errorMessage: string;
  numHeaders: number;
  scheme: string;
  httpVersion: string;
}

function variable(name: string, t: TransferInfo): string | undefined {
  switch (name) {
    case 'http_code':
    case 'response_code':
      return String(t.httpCode).padStart(3, '0');
    case 'content_type':
      return t.contentType;
    case 'size_download':
      return String(t.sizeDownload);
    case 'size_upload':
      return String(t.sizeUpload);
    case 'url_effective':
    case 'url':
      return t.urlEffective;
    case 'remote_ip':
      return t.remoteIp;
    case 'remote_port':
      return t.remotePort ? String(t.remotePort) : '0';
    case 'method':
      return t.method;
    case 'exitcode':
      return String(t.exitCode);
    case 'errormsg':
      return t.errorMessage;
    case 'num_headers':
      return String(t.numHeaders);
    case 'scheme':
      return t.scheme.toUpperCase();
    case 'http_version':
      return t.httpVersion;
    case 'time_total':
    case 'time_connect':
    case 'time_namelookup':
    case 'time_appconnect':
    case 'time_pretransfer':
    case 'time_starttransfer':
      return '0.001000';
    default:
      return undefined;
  }
}

/** Expands a -w template (src/tool_writeout.c): %{var}, %%, and the \n \r \t escapes. */
export function writeOut(template: string, t: TransferInfo): { stdout: string; stderr: string } {
  let out = '';
  let err = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === '%' && template[i + 1] === '%') {
      out += '%';
      i++;
    } else if (c === '%' && template[i + 1] === '{') {
      const close = template.indexOf('}', i + 2);
      if (close < 0) {
        out += template.slice(i);
        break;
      }
      const name = template.slice(i + 2, close);
      const value = variable(name, t);
      if (value === undefined) err += `curl: unknown --write-out variable: '${name}'\n`;
      else out += value;
      i = close;
    } else if (c === '\\' && i + 1 < template.length && 'nrt'.includes(template[i + 1]!)) {
      out += { n: '\n', r: '\r', t: '\t' }[template[i + 1] as 'n' | 'r' | 't'];
      i++;
    } else out += c;
  }
  return { stdout: out, stderr: err };
}

/** lib/progress.c max5data: a size in at most five characters. */
function size5(n: number): string {
  if (n < 100000) return String(n).padStart(5);
  if (n < 10000 * 1024) return `${Math.floor(n / 1024)}k`.padStart(5);
  if (n < 100 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)}M`.padStart(5);
  return `${Math.floor(n / 1024 / 1024)}M`.padStart(5);
}

const PROGRESS_HEAD =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n';
const NO_TIME = '--:--:--';

function progressLine(total: number, received: number, sent: number, speed: number): string {
  const pct = (part: number, whole: number) => String(whole > 0 ? Math.floor((part * 100) / whole) : 0).padStart(3);
  return (
    `\r${pct(received, total)} ${size5(total)}  ${pct(received, total)} ${size5(received)}  ${pct(sent, sent)} ${size5(sent)}  ` +
    `${size5(speed)}  ${size5(sent ? speed : 0)} ${NO_TIME} ${NO_TIME} ${NO_TIME} ${size5(speed)}`
  );
}

/**
 * The meter as it stands when the transfer is over: the heading, the first
 * (all zero) update and the final one. The simulated transfer takes a few
 * milliseconds, so the speeds are the sizes times 200.
 */
export function progressMeter(received: number | undefined, sent = 0, failedAfterConnect = false): string {
  const start = progressLine(0, 0, 0, 0);
  // A failure: the meter stops at zeros — on the same line when the name did not even resolve.
  if (received === undefined) return failedAfterConnect ? `${PROGRESS_HEAD}${start}${start}\n` : `${PROGRESS_HEAD}${start}`;
  return `${PROGRESS_HEAD}${start}${progressLine(received, received, sent, received * 200)}\n`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const two = (n: number) => String(n).padStart(2, '0');

/** OpenSSL's ASN1_TIME_print: "Jan  1 00:00:00 2025 GMT". */
export function opensslDate(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()} GMT`;
}

/** Go's http.TimeFormat, the Date header the API server sends: "Wed, 01 Jan 2025 00:00:00 GMT". */
export function httpDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} GMT`;
}

/** Verbose lines: `* info`, `> sent header`, `< received header`. */
export class Trace {
  lines: string[] = [];
  constructor(readonly on: boolean) {}
  info(...texts: string[]): void {
    if (this.on) for (const t of texts) this.lines.push(`* ${t}\n`);
  }
  out(text: string): void {
    if (this.on) this.lines.push(`> ${text}\n`);
  }
  in(text: string): void {
    if (this.on) this.lines.push(`< ${text}\n`);
  }
  text(): string {
    return this.lines.join('');
  }
}
