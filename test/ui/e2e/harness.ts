// Browser test harness: build the site once, serve it under a sub-path, and
// drive Debian's Chromium with playwright-core, recording everything that went
// wrong (console errors, page errors, failed requests, 404s, cross-origin
// requests, CSP violations).
//
//   const dist = await ensureBuilt();
//   const server = await serve(dist, { base: '/sa-playground/' });
//   const s = await openPage(server.url);
//   ... expect(s.consoleErrors).toEqual([]) ...
//   await s.close(); await server.close(); await closeBrowser();
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serve as serveStatic, type ServeOptions, type StaticServer } from './static-server.mjs';

export { DEFAULT_CSP, cspFromHtml } from './static-server.mjs';
export type { ServeOptions, StaticServer };

export const ROOT = resolve(import.meta.dirname, '../../..');
export const BASE = '/sa-playground/';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
/** Skip only on a machine without Chromium (.ci/run installs it); SA_E2E_REQUIRED=1 makes its absence a failure instead. */
export const skipE2E = !hasChromium && !process.env.SA_E2E_REQUIRED;
export const skipMessage = skipE2E ? ` (skipped: ${CHROMIUM_PATH} not found; apt-get install chromium)` : '';
export const SCREENSHOTS = join(ROOT, 'test/ui/e2e/__screenshots__');

const CACHE = join(ROOT, 'node_modules/.cache/sa-e2e-dist');
const LOCK = join(CACHE, '.lock');
/** What the build depends on: any change here means a rebuild. */
const INPUTS = ['src', 'lessons', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package-lock.json'];

// ---------------------------------------------------------------------------------------------
// build

function walk(path: string, out: string[]): void {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return;
  if (info.isDirectory()) {
    for (const name of readdirSync(path).sort()) walk(join(path, name), out);
  } else if (info.isFile()) out.push(path);
}

/** Content hash of everything the build reads (paths and bytes). */
export function sourceHash(): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(join(ROOT, input), files);
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(ROOT, file) + '\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** A cross-process lock: mkdir is atomic. A lock whose owner died, or older than 5 minutes, is taken over. */
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  mkdirSync(CACHE, { recursive: true });
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'owner'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let stale = false;
      try {
        const pid = Number(readFileSync(join(LOCK, 'owner'), 'utf8'));
        stale = (pid > 0 && !alive(pid)) || Date.now() - statSync(LOCK).mtimeMs > 5 * 60_000;
      } catch {
        // the owner has not written its pid yet, or just released the lock
        stale = (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) < Date.now() - 60_000;
      }
      if (stale) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`e2e build lock ${LOCK} held for too long`);
      else await sleep(150);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function runViteBuild(outDir: string): Promise<void> {
  // A child process with a clean environment: vitest sets NODE_ENV=test, which
  // would give a development build of Svelte.
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key.startsWith('VITEST') || key === 'TEST') delete env[key];
  return new Promise((ok, ko) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', ko);
    child.on('close', (code) => (code === 0 ? ok() : ko(new Error(`vite build failed (exit ${code}):\n${output}`))));
  });
}

let built: Promise<string> | undefined;
/** Seconds the last build in this process took (undefined when the cache was fresh). */
export let lastBuildSeconds: number | undefined;

/**
 * Builds the site into node_modules/.cache/sa-e2e-dist/<source hash>/ unless that
 * build exists already, and returns its directory. Test files in parallel
 * workers share one build: the first takes a lock, the others wait for it.
 * SA_E2E_DIST=path uses an existing build instead (for example dist/ after `npm run build`).
 */
export function ensureBuilt(): Promise<string> {
  if (process.env.SA_E2E_DIST) return Promise.resolve(resolve(ROOT, process.env.SA_E2E_DIST));
  return (built ??= (async () => {
    const hash = sourceHash();
    const dir = join(CACHE, hash);
    const done = () => existsSync(join(dir, 'index.html'));
    if (done()) return dir;
    return withLock(async () => {
      if (done()) return dir; // another worker built it while we waited
      const tmp = join(CACHE, `.tmp-${process.pid}-${Date.now()}`);
      const start = performance.now();
      try {
        await runViteBuild(tmp);
        renameSync(tmp, dir);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
      lastBuildSeconds = (performance.now() - start) / 1000;
      // Drop builds of older sources, but not recent ones: a worker that started
      // before someone edited src/ may still be serving its build.
      for (const name of readdirSync(CACHE)) {
        if (name === hash || name === '.lock') continue;
        const path = join(CACHE, name);
        if (Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 15 * 60_000) rmSync(path, { recursive: true, force: true });
      }
      return dir;
    });
  })());
}

/** Serves a built site under a sub-path (default '/sa-playground/'), with the site's CSP as a header. */
export function serve(dir: string, opts: ServeOptions = {}): Promise<StaticServer> {
  return serveStatic(dir, { base: BASE, ...opts });
}

// ---------------------------------------------------------------------------------------------
// browser

let browserPromise: Promise<Browser> | undefined;

/** One Chromium per test file (vitest isolates modules per file). */
export function browser(): Promise<Browser> {
  return (browserPromise ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] }));
}

export async function closeBrowser(): Promise<void> {
  const b = browserPromise;
  browserPromise = undefined;
  if (b) await (await b).close().catch(() => undefined);
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** origins besides the page's own that may be requested (default none) */
  allowedOrigins?: string[];
  /** disable the HTTP cache (CDP Network.setCacheDisabled) */
  cacheDisabled?: boolean;
  /** CPU slowdown factor (CDP Emulation.setCPUThrottlingRate) */
  cpuThrottle?: number;
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
  timeout?: number;
}

export interface Mark {
  name: string;
  startTime: number;
}

export interface PageSession {
  page: Page;
  context: BrowserContext;
  /** the page's origin; anything else is cross-origin */
  origin: string;
  consoleErrors: string[];
  consoleWarnings: string[];
  pageErrors: string[];
  /** requests that failed at the network level, and responses with status >= 400 */
  failedRequests: string[];
  /** every request to another origin (data: and blob: URLs are not requests to an origin) */
  crossOrigin: string[];
  /** every URL requested, in order */
  requested: string[];
  /** the response headers of the main document */
  documentHeaders: Record<string, string>;
  /** performance marks so far */
  marks(): Promise<Mark[]>;
  /** startTime of the first mark called `name` (ms since navigation start), or undefined after `timeout` ms */
  waitForMark(name: string, timeout?: number): Promise<number | undefined>;
  /** CSP violations reported by the page's securitypolicyviolation events */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

declare global {
  interface Window {
    __saCspViolations?: string[];
  }
}

/** Opens `url` in a fresh browser context (1366×768 by default) and records what went wrong. */
export async function openPage(url: string, opts: OpenOptions = {}): Promise<PageSession> {
  const b = await browser();
  const context = await b.newContext({ viewport: opts.viewport ?? { width: 1366, height: 768 } });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const allowed = new Set([origin, ...(opts.allowedOrigins ?? [])]);
  const s: PageSession = {
    page,
    context,
    origin,
    consoleErrors: [],
    consoleWarnings: [],
    pageErrors: [],
    failedRequests: [],
    crossOrigin: [],
    requested: [],
    documentHeaders: {},
    marks: () => page.evaluate(() => performance.getEntriesByType('mark').map((m) => ({ name: m.name, startTime: m.startTime }))),
    async waitForMark(name, timeout = 10_000) {
      try {
        const handle = await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark')[0]?.startTime, name, { timeout, polling: 50 });
        return (await handle.jsonValue()) as number;
      } catch {
        return undefined;
      }
    },
    cspViolations: () => page.evaluate(() => window.__saCspViolations ?? []),
    close: () => context.close(),
  };

  await page.addInitScript(() => {
    window.__saCspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__saCspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const where = (loc: { url: string; lineNumber: number }) => (loc.url ? ` (${loc.url}:${loc.lineNumber})` : '');
  page.on('console', (msg) => {
    if (msg.type() === 'error') s.consoleErrors.push(msg.text() + where(msg.location()));
    else if (msg.type() === 'warning') s.consoleWarnings.push(msg.text() + where(msg.location()));
  });
  page.on('pageerror', (err) => s.pageErrors.push(err.stack ?? String(err)));
  page.on('request', (req) => {
    const u = req.url();
    s.requested.push(u);
    if (u.startsWith('data:') || u.startsWith('blob:')) return;
    let o: string;
    try {
      o = new URL(u).origin;
    } catch {
      o = u;
    }
    if (!allowed.has(o)) s.crossOrigin.push(u);
  });
  page.on('requestfailed', (req) => s.failedRequests.push(`${req.url()}: ${req.failure()?.errorText ?? 'failed'}`));
  page.on('response', (res) => {
    if (res.status() >= 400) s.failedRequests.push(`${res.url()}: HTTP ${res.status()}`);
  });

  if (opts.cacheDisabled || opts.cpuThrottle) {
    const cdp = await context.newCDPSession(page);
    if (opts.cacheDisabled) {
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    }
    if (opts.cpuThrottle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.cpuThrottle });
  }

  const response = await page.goto(url, { waitUntil: opts.waitUntil ?? 'load', timeout: opts.timeout ?? 15_000 });
  s.documentHeaders = response ? await response.allHeaders() : {};
  return s;
}

/** The CSP a page declares through <meta http-equiv="Content-Security-Policy">, if any. */
export function metaCsp(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? undefined);
}

/** Saves a full-page screenshot to test/ui/e2e/__screenshots__/<name>.png (gitignored; for humans). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
