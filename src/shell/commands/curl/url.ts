// curl's URL handling (lib/urlapi.c) for what the playground needs: http and
// https, a host name or IPv4 literal, an optional port, path and query kept
// as typed; a URL without a scheme is guessed as http:// like curl does.

export interface CurlUrl {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  /** whether the port was written in the URL (Host: then shows it unless it is the default) */
  explicitPort: boolean;
  /** path and query, as sent on the request line: "/api?x=y" */
  target: string;
  /** the URL as curl reports it in %{url_effective} and verbose traces */
  href: string;
}

export type UrlResult = { ok: true; url: CurlUrl } | { ok: false; code: number; message: string };

const BAD = { ok: false as const, code: 3, message: 'URL using bad/illegal format or missing URL' };

export function parseUrl(input: string): UrlResult {
  if (input === '' || /[\s\x00-\x1f\x7f]/.test(input)) return BAD;
  let rest = input;
  let scheme = 'http';
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(rest);
  if (m) {
    scheme = m[1]!.toLowerCase();
    rest = rest.slice(m[0].length);
  }
  if (scheme !== 'http' && scheme !== 'https') return { ok: false, code: 1, message: `Protocol "${m![1]}" not supported` };
  const end = rest.search(/[/?#]/);
  let authority = end < 0 ? rest : rest.slice(0, end);
  let target = end < 0 ? '/' : rest.slice(end);
  const hash = target.indexOf('#');
  if (hash >= 0) target = target.slice(0, hash);
  if (target.startsWith('?')) target = `/${target}`;
  if (target === '') target = '/';
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  let host = authority;
  let port = scheme === 'https' ? 443 : 80;
  let explicitPort = false;
  const colon = authority.lastIndexOf(':');
  if (colon >= 0) {
    host = authority.slice(0, colon);
    const p = authority.slice(colon + 1);
    if (p !== '') {
      if (!/^\d+$/.test(p) || Number(p) > 65535 || Number(p) < 1) return BAD;
      port = Number(p);
      explicitPort = true;
    }
  }
  if (host === '' || !/^[A-Za-z0-9._-]+$/.test(host)) return BAD;
  const defaultPort = scheme === 'https' ? 443 : 80;
  const hostPort = explicitPort && port !== defaultPort ? `${host}:${port}` : host;
  return { ok: true, url: { scheme, host, port, explicitPort, target, href: `${scheme}://${hostPort}${target}` } };
}

/** The Host header / :authority: the port only when it is not the scheme's default. */
export function authorityOf(u: CurlUrl): string {
  const defaultPort = u.scheme === 'https' ? 443 : 80;
  return u.port === defaultPort ? u.host : `${u.host}:${u.port}`;
}
