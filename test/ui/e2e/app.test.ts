// The playground in real Chromium, against the built site: what a learner
// does — type commands, run a lesson's commands, apply YAML from the editor,
// inspect a token, reload — and what they must never meet (console errors,
// requests to another origin, a page only a mouse can drive).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BASE, closeBrowser, ensureBuilt, openPage, screenshot, serve, skipE2E, skipMessage, type PageSession, type StaticServer } from './harness.ts';

let server: StaticServer;
const sessions: PageSession[] = [];

async function open(hash = '', viewport?: { width: number; height: number }): Promise<PageSession> {
  const s = await openPage(server.url + hash, viewport ? { viewport } : {});
  sessions.push(s);
  await ready(s.page);
  return s;
}

/** waits until the shell is live and the lesson is on screen */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('shell-ready').length > 0, undefined, { timeout: 20_000 });
  await page.locator('[data-testid=step]').first().waitFor({ timeout: 20_000 });
  await page.locator('[data-testid=cluster-version]').waitFor({ timeout: 20_000 });
}

/** the terminal's visible text (xterm's DOM renderer rows) */
function screen(page: Page): Promise<string> {
  return page.evaluate(() => (document.querySelector('[data-testid=terminal] .xterm-rows') as HTMLElement | null)?.innerText ?? '');
}

async function waitForScreen(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction(([src, flags]) => new RegExp(src!, flags).test((document.querySelector('[data-testid=terminal] .xterm-rows') as HTMLElement | null)?.innerText ?? ''), [pattern.source, pattern.flags], { timeout: 10_000 });
  return screen(page);
}

function clean(s: PageSession): void {
  expect(s.pageErrors).toEqual([]);
  expect(s.consoleErrors).toEqual([]);
  expect(s.crossOrigin).toEqual([]);
  expect(s.failedRequests).toEqual([]);
}

describe.skipIf(skipE2E)(`the playground in Chromium${skipMessage}`, () => {
  beforeAll(async () => {
    server = await serve(await ensureBuilt(), { base: BASE });
  }, 180_000);

  afterAll(async () => {
    for (const s of sessions) await s.close();
    await server?.close();
    await closeBrowser();
  });

  it('shows a prompt, runs what the learner types and prints what kubectl prints', async () => {
    const s = await open();
    expect(await s.waitForMark('terminal-ready')).toBeDefined();
    await s.page.locator('[data-testid=terminal]').click();
    await s.page.keyboard.type('kubectl get ns default\n');
    const text = await waitForScreen(s.page, /default\s+Active/);
    expect(text).toMatch(/root@workstation:~# kubectl get ns default\s+NAME\s+STATUS\s+AGE\s+default\s+Active\s+\d+s/);
    // curl's User-Agent reaches the API server (browsers drop it from Request objects): pretty JSON, as from a real cluster
    await s.page.keyboard.type('curl -sk https://192.168.49.2:6443/version | head -3\n');
    expect(await waitForScreen(s.page, /"major"/)).toMatch(/\{\s+"major": "1",\s+"minor": "33",/);
    await s.page.keyboard.type('kubectl get pods -n nowhere\n');
    expect(await waitForScreen(s.page, /No resources found/)).toMatch(/No resources found in nowhere namespace\./);
    // a multi-line paste runs line by line, as in a real terminal
    await s.page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'echo one\necho two\n');
      document.querySelector('[data-testid=terminal] textarea')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    expect(await waitForScreen(s.page, /echo two\s+two/)).toMatch(/# echo one\s+one\s+root@workstation:~# echo two\s+two/);
    await screenshot(s.page, 'app-terminal');
    clean(s);
  });

  it('a Run button types the command; the step turns green when its check passes', async () => {
    const s = await open('#/lessons/02');
    const first = s.page.locator('[data-testid=step]').first();
    expect(await first.getAttribute('data-state')).toBe('current');
    await first.locator('button.run').first().click();
    await waitForScreen(s.page, /namespace\/somaz created/);
    await s.page.waitForFunction(() => document.querySelector('[data-testid=step]')?.getAttribute('data-state') === 'done', undefined, { timeout: 10_000 });
    expect(await s.page.locator('[data-testid=lesson-progress]').innerText()).toMatch(/^1 of \d+ steps done$/);
    clean(s);
  });

  it('"Why not yet?" gives the failing check\'s reason', async () => {
    const s = await open('#/lessons/02');
    await s.page.locator('[data-testid=step]').first().locator('[data-testid=why]').click();
    expect(await s.page.locator('[data-testid=why-reasons]').innerText()).toMatch(/no namespace `somaz`/);
  });

  it('applies the editor\'s YAML in the terminal, where the learner sees it run', async () => {
    const s = await open('#/lessons/07b');
    await s.page.locator('[data-testid=editor-tab][data-path="app-token.yaml"]').waitFor();
    await s.page.locator('[data-testid=editor-apply]').click();
    const text = await waitForScreen(s.page, /secret\/app-token created/);
    expect(text).toMatch(/kubectl apply -f app-token\.yaml\s+secret\/app-token created/);
    await s.page.waitForFunction(() => document.querySelector('[data-testid=step]')?.getAttribute('data-state') === 'done', undefined, { timeout: 10_000 });
    clean(s);
  });

  it('loads Monaco only when the learner starts editing, and shows schema problems', async () => {
    const s = await open('#/lessons/07b');
    expect(s.requested.some((u) => /monaco/i.test(u))).toBe(false);
    await s.page.locator('[data-testid=editor-placeholder]').click();
    expect(await s.waitForMark('monaco-ready', 20_000)).toBeDefined();
    const editor = s.page.locator('[data-testid=editor-monaco] .monaco-editor');
    await editor.waitFor();
    await s.page.keyboard.press('Control+End');
    await s.page.keyboard.type('\nbogusField: 1');
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid=editor-monaco] .squiggly-error, [data-testid=editor-monaco] .squiggly-warning').length > 0, undefined, { timeout: 15_000 });
    await screenshot(s.page, 'app-editor');
    clean(s);
  });

  it('the token inspector gives a verdict on a pod\'s token', async () => {
    const s = await open('#/lessons/04');
    await s.page.locator('[data-testid=view-tokens]').click();
    const inspector = s.page.locator('[data-testid=token-inspector]');
    await inspector.waitFor();
    const select = inspector.locator('select').first();
    const option = await select.locator('option', { hasText: /web/ }).first().getAttribute('value');
    expect(option).toBeTruthy();
    await select.selectOption(option!);
    const verdict = inspector.locator('[data-testid=token-verdict]');
    await verdict.waitFor({ timeout: 10_000 });
    await s.page.waitForFunction(() => /accept|authenticat/i.test(document.querySelector('[data-testid=token-verdict]')?.textContent ?? ''), undefined, { timeout: 10_000 });
    expect(await verdict.innerText()).toMatch(/system:serviceaccount:somaz:default/);
    await screenshot(s.page, 'app-token-inspector');
    clean(s);
  });

  it('the explorer, activity and permissions views follow the cluster live', async () => {
    const s = await open('#/lessons/06');
    const page = s.page;
    await page.locator('[data-testid=editor-apply]').click(); // rbac.yaml: a Role and a RoleBinding for somaz/default
    await waitForScreen(page, /rolebinding\.rbac\.authorization\.k8s\.io\/service-account-somaz-role-binding created/);

    await page.locator('[data-testid=view-explorer]').click();
    const explorer = page.locator('[data-testid=explorer]');
    await explorer.locator('summary', { hasText: /^Role\b/ }).first().click();
    await explorer.getByRole('button', { name: 'service-account-somaz-role', exact: true }).click();
    const tab = page.locator('[data-testid=editor-tab]', { hasText: 'Role/service-account-somaz-role' });
    await tab.waitFor();
    await page.waitForFunction(() => /kind: Role\n/.test((document.querySelector('[data-testid=editor-placeholder]') as HTMLTextAreaElement | null)?.value ?? ''));

    await page.locator('[data-testid=view-activity]').click();
    const row = page.locator('[data-testid=activity-row]', { hasText: /create\s+rbac\.authorization\.k8s\.io\/rolebindings/ }).first();
    await row.waitFor();
    expect(await row.innerText()).toMatch(/201[\s\S]*kubernetes-admin[\s\S]*allow/);

    await page.locator('[data-testid=view-permissions]').click();
    const perms = page.locator('[data-testid=permissions]');
    await perms.locator('select').first().selectOption({ label: 'somaz/default' });
    await perms.locator('select').nth(1).selectOption('somaz');
    const cell = (verb: string) => perms.locator(`[data-testid=perm-cell][data-resource=pods][data-verb=${verb}]`).first();
    await page.waitForFunction(() => document.querySelector('[data-testid=perm-cell][data-resource=pods][data-verb=list]')?.getAttribute('data-allowed') === 'true', undefined, { timeout: 10_000 });
    expect(await cell('get').getAttribute('data-allowed')).toBe('true');
    expect(await cell('delete').getAttribute('data-allowed')).toBe('false');
    expect(await cell('list').getAttribute('title')).toMatch(/service-account-somaz-role-binding/);
    await screenshot(page, 'app-permissions');
    clean(s);
  });

  it('a reload keeps the cluster, the terminal history and the progress', async () => {
    const s = await open('#/lessons/02');
    await s.page.locator('[data-testid=terminal]').click();
    await s.page.keyboard.type('kubectl create namespace somaz\n');
    await waitForScreen(s.page, /namespace\/somaz created/);
    await s.page.waitForFunction(() => document.querySelector('[data-testid=step]')?.getAttribute('data-state') === 'done');
    await s.page.waitForTimeout(600); // the save is debounced
    await s.page.reload();
    await ready(s.page);
    expect(await s.page.locator('[data-testid=step]').first().getAttribute('data-state')).toBe('done');
    expect(await screen(s.page)).toMatch(/kubectl create namespace somaz\s+namespace\/somaz created/);
    await s.page.locator('[data-testid=terminal]').click();
    await s.page.keyboard.type('kubectl get ns somaz -o name\n');
    expect(await waitForScreen(s.page, /-o name\s+namespace\/somaz\s+root@workstation/)).toMatch(/somaz created[\s\S]*-o name\s+namespace\/somaz\s/);
    clean(s);
  });

  it('exports the playground to a file that another browser imports', async () => {
    const a = await open('#/lessons/02');
    await a.page.locator('[data-testid=terminal]').click();
    await a.page.keyboard.type('kubectl create namespace exported\n');
    await waitForScreen(a.page, /namespace\/exported created/);
    await a.page.waitForTimeout(600); // the save is debounced
    await a.page.locator('[data-testid=menu]').click();
    const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.locator('[data-testid=export]').click()]);
    expect(download.suggestedFilename()).toMatch(/^sa-playground-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();

    const b = await open(); // another browser context: its own storage
    await b.page.locator('[data-testid=import-file]').setInputFiles(file);
    await b.page.waitForFunction(() => location.hash === '#/lessons/02', undefined, { timeout: 10_000 });
    await b.page.locator('[data-testid=terminal]').click();
    await b.page.keyboard.type('kubectl get ns exported -o name\n');
    expect(await waitForScreen(b.page, /-o name\s+namespace\/exported\s/)).toMatch(/namespace\/exported/);
    // a file that is not a save changes nothing and says why
    await b.page.locator('[data-testid=import-file]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    expect(await b.page.locator('[data-testid=notice]').innerText()).toMatch(/That file could not be imported: it is not a playground save \(no "format"\)\./);
    clean(a);
  });

  it('a save it cannot read gives a clear message and a fresh start', async () => {
    const s = await open();
    await s.page.evaluate(() => localStorage.setItem('sa-playground/v1', '{"format":"something-else"}'));
    await s.page.reload();
    await ready(s.page);
    expect(await s.page.locator('[data-testid=notice]').innerText()).toMatch(/could not be read \(its format is "something-else".*fresh start/s);
    expect(await s.page.evaluate(() => localStorage.getItem('sa-playground/v1.unreadable'))).toBe('{"format":"something-else"}');
  });

  it('deep links open a lesson and the picker changes the link', async () => {
    const s = await open('#/lessons/06');
    expect(await s.page.locator('h1').innerText()).toMatch(/RBAC/i);
    await s.page.locator('[data-testid=lesson-picker]').selectOption({ index: 1 });
    await s.page.waitForFunction(() => location.hash === '#/lessons/01');
    await s.page.waitForFunction(() => performance.getEntriesByName('shell-ready').length > 0);
    expect(await s.page.locator('[data-testid=cluster-version]').innerText()).toMatch(/^v1\.33\./);
  });

  it('a learner can walk a whole lesson with the keyboard alone', async () => {
    const s = await open('#/lessons/02');
    const page = s.page;
    /** presses Tab until `selector` has the focus (a real walk, no clicks); false if it never does */
    const tabTo = async (selector: string, key = 'Tab'): Promise<boolean> => {
      for (let i = 0; i < 120; i++) {
        if (await page.evaluate((sel) => !!document.activeElement?.matches(sel), selector)) return true;
        await page.keyboard.press(key);
      }
      return false;
    };
    // the first Tab reaches the skip link, which takes the keyboard to the terminal; Shift+Tab leaves it again
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Skip to the terminal/);
    await page.keyboard.press('Enter');
    const inTerminal = () => page.evaluate(() => !!document.activeElement?.closest('[data-testid=terminal]'));
    expect(await inTerminal()).toBe(true);
    await page.keyboard.press('Tab'); // completion, not a way out
    expect(await inTerminal()).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await inTerminal()).toBe(false);
    // back up through the editor to the lesson (it comes first in the page)
    expect(await tabTo('[data-step-index="1"] [data-testid=show-solution]', 'Shift+Tab')).toBe(true);
    const steps = await page.locator('[data-testid=step]').count();
    expect(steps).toBeGreaterThanOrEqual(3);
    for (let i = 1; i <= steps; i++) {
      const step = `[data-step-index="${i}"]`;
      expect(await tabTo(`${step} [data-testid=show-solution]`), `reach step ${i}'s solution`).toBe(true);
      await page.keyboard.press('Enter');
      const runs = await page.locator(`${step} [data-testid=solution] button.run`).count();
      expect(runs).toBeGreaterThan(0);
      for (let j = 0; j < runs; j++) {
        expect(await tabTo(`${step} [data-testid=solution] .cmd:nth-of-type(${j + 1}) button.run`), `reach step ${i}'s Run ${j + 1}`).toBe(true);
        await page.keyboard.press('Enter');
        await page.waitForTimeout(400);
      }
      await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'done', step, { timeout: 15_000 });
    }
    expect(await page.locator('[data-testid=lesson-finished]').innerText()).toBe('Lesson complete.');
    clean(s);
  });

  it('screen-reader mode gives the terminal an accessible text tree', async () => {
    const s = await open();
    expect(await s.page.locator('[data-testid=terminal] .xterm-accessibility-tree').count()).toBe(0);
    await s.page.locator('[data-testid=menu]').click();
    await s.page.getByRole('menuitemcheckbox', { name: /Screen reader mode/ }).click();
    await s.page.locator('[data-testid=terminal] .xterm-accessibility-tree').waitFor({ state: 'attached' });
    await s.page.locator('[data-testid=terminal]').click();
    await s.page.keyboard.type('echo spoken\n');
    await s.page.waitForFunction(() => /spoken/.test(document.querySelector('[data-testid=terminal] .xterm-accessibility-tree')?.textContent ?? ''));
    clean(s);
  });

  it('fits a 1366×768 laptop without page scroll, and a phone without sideways scroll', async () => {
    const laptop = await open('#/lessons/04');
    expect(await laptop.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([1366, 768]);
    const phone = await open('#/lessons/04', { width: 390, height: 844 });
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await phone.page.locator('[data-testid=terminal]').scrollIntoViewIfNeeded();
    await phone.page.locator('[data-testid=terminal]').click();
    await phone.page.keyboard.type('echo hi\n');
    await waitForScreen(phone.page, /^hi$/m);
    await screenshot(phone.page, 'app-phone');
    clean(phone);
  });
});
