#!/usr/bin/env node
// npm run speed — builds the site, serves dist/ under a sub-path (gzip on, as
// GitHub Pages does), drives Debian's Chromium and PRINTS the load figures next
// to their budgets. It asserts nothing and always exits 0 once it has printed.
//
//   npm run speed                      build, measure, Lighthouse
//   npm run speed -- --no-build        measure the existing dist/
//   npm run speed -- --no-lighthouse   skip Lighthouse (it takes ~30 s)
//   npm run speed -- --runs 3          fewer load runs (default 7)
//   npm run speed -- --dist DIR        measure another build (implies --no-build)
//
// Figures:
//  (a) gzip bytes of the JS+CSS the landing page downloads before the editor is
//      touched: as transferred, and gzip -9 of the same files on disk;
//  (b) navigation start → performance.mark('terminal-ready'), median of N runs
//      with the cache disabled, plain and with 4× CPU throttling;
//  (c) first click in [data-testid=editor-placeholder] → performance.mark('monaco-ready');
//  (d) Lighthouse (mobile, default config) performance, accessibility,
//      best-practices and SEO scores of the landing page.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../test/ui/e2e/static-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const DIST = option('--dist') ? resolve(option('--dist')) : join(ROOT, 'dist');
const BASE = '/sa-playground/';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EDITOR = '[data-testid=editor-placeholder]';

const RUNS = Number(option('--runs')) > 0 ? Number(option('--runs')) : 7;

const BUDGET = { initialKiB: 150, terminalMs: 400, terminalThrottledMs: 1000, lighthousePerf: 95 };

const log = (...a) => console.error('·', ...a); // progress on stderr, the table on stdout
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? undefined : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => `${Math.round(n)} ms`;

// ---------------------------------------------------------------------------------------------
if (!existsSync(CHROMIUM)) {
  console.log(`speed: ${CHROMIUM} not found (apt-get install chromium, or set CHROMIUM_PATH); nothing measured.`);
  process.exit(0);
}
if (!flag('--no-build') && !option('--dist')) {
  log('vite build');
  const env = { ...process.env };
  delete env.NODE_ENV;
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, env, stdio: 'inherit' });
  if (r.status !== 0) {
    console.log('speed: vite build failed; nothing measured.');
    process.exit(1);
  }
}
if (!existsSync(join(DIST, 'index.html'))) {
  console.log('speed: dist/index.html is missing (run without --no-build); nothing measured.');
  process.exit(1);
}

const server = await serve(DIST, { base: BASE, gzip: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const rows = [];
const row = (figure, value, budget = '', verdict = '') => rows.push([figure, value, budget, verdict]);
const verdict = (ok) => (ok === undefined ? '' : ok ? 'ok' : 'OVER');

/** A fresh context and page with the cache disabled and, optionally, the CPU throttled. */
async function freshPage(throttle = 1) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page };
}

async function markTime(page, name, timeout) {
  try {
    const h = await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark')[0]?.startTime, name, { timeout, polling: 20 });
    return await h.jsonValue();
  } catch {
    return undefined;
  }
}

let hasTerminalMark = true; // until the first landing shows otherwise

/** Waits until the landing page is settled: 'terminal-ready' if the app sets it, then network idle. */
async function settle(page, timeout) {
  const t = hasTerminalMark ? await markTime(page, 'terminal-ready', timeout) : undefined;
  await page.waitForLoadState('networkidle').catch(() => undefined);
  return t;
}

function typeOf(resourceType, url) {
  if (resourceType === 'script' || /\.m?js(\?|$)/.test(url)) return 'js';
  if (resourceType === 'stylesheet' || /\.css(\?|$)/.test(url)) return 'css';
  if (resourceType === 'font') return 'font';
  if (resourceType === 'document') return 'html';
  return 'other';
}

/** Records every finished response's body size (as transferred) by type, until stop() is called. */
function recordTransfers(page) {
  const entries = [];
  let on = true;
  const pending = [];
  page.on('requestfinished', (req) => {
    if (!on) return;
    pending.push(
      req.sizes().then(
        (s) => entries.push({ url: req.url(), type: typeOf(req.resourceType(), req.url()), bytes: s.responseBodySize }),
        () => undefined,
      ),
    );
  });
  return {
    async stop() {
      on = false;
      await Promise.all(pending);
      return entries;
    },
  };
}

const sum = (entries, types) => entries.filter((e) => types.includes(e.type)).reduce((n, e) => n + e.bytes, 0);

function gzipOnDisk(entries) {
  let total = 0;
  for (const e of entries) {
    const path = new URL(e.url).pathname;
    if (!path.startsWith(BASE)) continue;
    const file = join(DIST, decodeURIComponent(path.slice(BASE.length)));
    if (existsSync(file)) total += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return total;
}

try {
  // (a) bytes before the editor is touched
  log('(a) landing page bytes');
  {
    const { context, page } = await freshPage();
    const rec = recordTransfers(page);
    await page.goto(server.url, { waitUntil: 'load' });
    hasTerminalMark = (await settle(page, 10_000)) !== undefined;
    const entries = await rec.stop();
    // the engine (cluster, shell, checks) runs in a Web Worker: counted on its own line, not with the page's main thread
    const isWorker = (e) => /\.worker-[^/]*\.js$/.test(new URL(e.url).pathname);
    const workers = entries.filter(isWorker);
    const pageEntries = entries.filter((e) => !isWorker(e));
    const jsCss = pageEntries.filter((e) => e.type === 'js' || e.type === 'css');
    const initial = sum(pageEntries, ['js', 'css']);
    row(
      'JS+CSS before editor, transferred (gzip)',
      `${kib(initial)} (js ${kib(sum(pageEntries, ['js']))}, css ${kib(sum(pageEntries, ['css']))}; ${jsCss.length} files)`,
      `≤ ${BUDGET.initialKiB} KiB`,
      verdict(initial <= BUDGET.initialKiB * 1024),
    );
    row('JS+CSS before editor, gzip -9 on disk', kib(gzipOnDisk(jsCss)));
    row('engine worker, fetched in parallel (gzip -9 on disk)', workers.length ? `${kib(gzipOnDisk(workers))} (${workers.map((e) => e.url.split('/').pop()).join(', ')})` : 'n/a (no worker seen)');
    const biggest = [...jsCss].sort((x, y) => y.bytes - x.bytes).slice(0, 3);
    row('  largest', biggest.map((e) => `${e.url.split('/').pop()} ${kib(e.bytes)}`).join(', '));
    const rest = entries.filter((e) => e.type !== 'js' && e.type !== 'css');
    if (rest.length) row('other transfers (html, fonts, …)', `${kib(sum(entries, ['html', 'font', 'other']))} (${rest.length} files)`);
    await context.close();
  }

  // (b) terminal ready
  for (const throttle of [1, 4]) {
    const label = throttle === 1 ? 'terminal-ready, median' : `terminal-ready, median, ${throttle}× CPU`;
    const budget = throttle === 1 ? BUDGET.terminalMs : BUDGET.terminalThrottledMs;
    log(`(b) ${label}`);
    const times = [];
    // shell-ready: the engine worker's shell has printed its prompt (keys typed before it are kept and run then)
    const shellTimes = [];
    for (let i = 0; i < (hasTerminalMark ? RUNS : 0); i++) {
      const { context, page } = await freshPage(throttle);
      await page.goto(server.url, { waitUntil: 'commit' });
      const t = await markTime(page, 'terminal-ready', throttle === 1 ? 10_000 : 20_000);
      const shell = t === undefined ? undefined : await markTime(page, 'shell-ready', throttle === 1 ? 10_000 : 20_000);
      await context.close();
      if (t === undefined) break; // the mark never came: no point in more runs
      times.push(t);
      if (shell !== undefined) shellTimes.push(shell);
    }
    if (times.length === 0) row(label, 'n/a (mark not found)', `≤ ${budget} ms`);
    else {
      const m = median(times);
      row(`${label} of ${times.length}`, `${ms(m)} (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))})`, `≤ ${budget} ms`, verdict(m <= budget));
    }
    const shellLabel = throttle === 1 ? '  shell-ready (engine booted), median' : `  shell-ready (engine booted), median, ${throttle}× CPU`;
    if (shellTimes.length) row(`${shellLabel} of ${shellTimes.length}`, `${ms(median(shellTimes))} (min ${ms(Math.min(...shellTimes))}, max ${ms(Math.max(...shellTimes))})`, '');
  }

  // (c) monaco ready after the first click in the editor placeholder
  for (const throttle of [1, 4]) {
    const label = throttle === 1 ? 'monaco-ready after first click' : `monaco-ready after first click, ${throttle}× CPU`;
    log(`(c) ${label}`);
    const times = [];
    const bytes = [];
    let note;
    for (let i = 0; i < 3 && note === undefined; i++) {
      const { context, page } = await freshPage(throttle);
      await page.goto(server.url, { waitUntil: 'load' });
      await settle(page, throttle === 1 ? 10_000 : 20_000);
      const placeholder = await page.waitForSelector(EDITOR, { timeout: throttle === 1 ? 10_000 : 20_000 }).catch(() => null);
      if (await page.evaluate(() => performance.getEntriesByName('monaco-ready', 'mark').length > 0)) note = 'n/a (monaco-ready came before any click: the editor is not lazy)';
      else if (placeholder === null) note = `n/a (no ${EDITOR})`;
      else {
        await page.evaluate(() => {
          addEventListener('pointerdown', () => (window.__saClickAt ??= performance.now()), { capture: true });
        });
        const rec = recordTransfers(page);
        await page.click(EDITOR);
        const t = await markTime(page, 'monaco-ready', 60_000);
        if (t === undefined) note = 'n/a (mark not found)';
        else {
          times.push(t - (await page.evaluate(() => window.__saClickAt ?? 0)));
          await page.waitForLoadState('networkidle').catch(() => undefined);
          bytes.push(sum(await rec.stop(), ['js', 'css', 'font', 'other']));
        }
      }
      await context.close();
    }
    if (times.length === 0) row(label, note ?? 'n/a', '');
    else row(`${label}, median of ${times.length}`, `${ms(median(times))} (+${kib(median(bytes))} transferred)`, '');
  }
} finally {
  await browser.close();
}

// (d) Lighthouse
if (!flag('--no-lighthouse')) {
  log('(d) Lighthouse (mobile)');
  try {
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox'], logLevel: 'silent' });
    try {
      const result = await lighthouse(server.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error('no result');
      const score = (id) => (lhr.categories[id]?.score == null ? 'n/a' : Math.round(lhr.categories[id].score * 100));
      const perf = score('performance');
      row('Lighthouse performance (mobile)', String(perf), `≥ ${BUDGET.lighthousePerf}`, typeof perf === 'number' ? verdict(perf >= BUDGET.lighthousePerf) : '');
      const a = lhr.audits;
      const metric = (id) => a[id]?.displayValue?.replace(/\s+/g, ' ') ?? 'n/a';
      row('  FCP / LCP / TBT / CLS', `${metric('first-contentful-paint')} / ${metric('largest-contentful-paint')} / ${metric('total-blocking-time')} / ${metric('cumulative-layout-shift')}`);
      row('Lighthouse accessibility / best practices / SEO', `${score('accessibility')} / ${score('best-practices')} / ${score('seo')}`);
      const failing = Object.values(a)
        .filter((x) => x.score !== null && x.score < 0.9 && x.scoreDisplayMode !== 'informative' && x.scoreDisplayMode !== 'manual' && x.scoreDisplayMode !== 'notApplicable')
        .filter((x) => ['accessibility', 'best-practices', 'seo'].some((c) => lhr.categories[c]?.auditRefs.some((r) => r.id === x.id && r.weight > 0)))
        .map((x) => x.id);
      const detail = (id) => {
        const items = a[id]?.details?.items ?? [];
        const what = items.map((it) => [it.description, it.sourceLocation?.url ?? it.source?.url ?? it.url ?? it.node?.snippet].filter(Boolean).join(' ').replace(/^Failed to load resource: the server responded with a status of /, '').slice(0, 110)).filter(Boolean);
        return what.length ? `${id} (${[...new Set(what)].slice(0, 2).join('; ')})` : id;
      };
      if (failing.length) row('  failing a11y/bp/seo audits', failing.map(detail).join(', '));
    } finally {
      chrome.kill();
    }
  } catch (e) {
    row('Lighthouse', `n/a (${e instanceof Error ? e.message.split('\n')[0] : e})`);
  }
}
await server.close();

// ---------------------------------------------------------------------------------------------
const cpu = cpus();
console.log(`\nSA Playground speed — ${server.url} (gzip), Chromium ${browser.version()}, ${cpu.length}× ${cpu[0]?.model ?? 'cpu'}\n`);
// the value column is as wide as the values that have a budget beside them; longer notes just run on
const widths = [0, 1, 2].map((i) => Math.max(...rows.filter((r) => i !== 1 || r[2]).map((r) => r[i].length), ['figure', 'value', 'budget'][i].length));
const line = (r) => `${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`.trimEnd();
console.log(line(['figure', 'value', 'budget', '']));
console.log(line(widths.map((w) => '-'.repeat(w)).concat('')));
for (const r of rows) console.log(line(r));
