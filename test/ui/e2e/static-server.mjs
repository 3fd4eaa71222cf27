// A tiny static file server for the built site, shared by the e2e harness
// (test/ui/e2e/harness.ts) and `npm run speed` (scripts/speed.mjs).
//
// - serves `dir` under a sub-path (`base`, e.g. '/sa-playground/'), to prove the
//   build works under any path, as on a GitHub Pages project site;
// - no SPA fallback: a missing file is a 404, and every 404 is recorded;
// - sends a Content-Security-Policy header, so violations show up in the browser;
// - optionally gzips text responses (as GitHub Pages does), so transferred
//   sizes and Lighthouse's text-compression audit are realistic.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The policy the site declares in index.html. The harness sends the meta tag's
 * own content when the built index.html has one, and this otherwise.
 * No 'unsafe-eval'. 'unsafe-inline' only for styles: Svelte templates carry
 * style attributes, and xterm and Monaco inject <style> elements at run time.
 */
export const DEFAULT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg\+xml)/;

/** Reads the CSP a built index.html declares in <meta http-equiv="Content-Security-Policy">, if any. */
export function cspFromHtml(html) {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return (content[1] ?? content[2] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  }
  return undefined;
}

/**
 * @param {string} dir the built site
 * @param {{ base?: string, csp?: string | false, gzip?: boolean, port?: number }} [opts]
 */
export async function serve(dir, opts = {}) {
  const root = resolve(dir);
  let base = opts.base ?? '/sa-playground/';
  if (!base.startsWith('/')) base = '/' + base;
  if (!base.endsWith('/')) base += '/';
  let csp = opts.csp;
  if (csp === undefined) {
    const html = await readFile(join(root, 'index.html'), 'utf8').catch(() => '');
    csp = cspFromHtml(html) ?? DEFAULT_CSP;
  }
  /** @type {string[]} */ const notFound = [];
  /** @type {string[]} */ const requests = [];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    const fail = (code, text) => {
      if (code === 404) notFound.push(url.pathname);
      res.writeHead(code, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405, 'method not allowed');
    if (url.pathname === base.slice(0, -1)) {
      res.writeHead(301, { Location: base });
      return res.end();
    }
    if (!url.pathname.startsWith(base)) return fail(404, 'not found');
    let rel;
    try {
      rel = decodeURIComponent(url.pathname.slice(base.length));
    } catch {
      return fail(400, 'bad path');
    }
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) return fail(404, 'not found');
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return fail(404, 'not found');
    let body = await readFile(file);
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    /** @type {Record<string, string | number>} */
    const headers = {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    if (csp && type.startsWith('text/html')) headers['Content-Security-Policy'] = csp;
    if (opts.gzip && COMPRESSIBLE.test(type)) {
      headers['Vary'] = 'Accept-Encoding';
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body, { level: 9 });
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  await new Promise((ok, ko) => {
    server.once('error', ko);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base,
    url: origin + base,
    csp: csp || undefined,
    notFound,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok(undefined));
      }),
  };
}
