// The components render (server-side: no DOM here, and effects do not run),
// with the test ids the app's end-to-end tests look for.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Activity from '../../../src/ui/views/Activity.svelte';
import Explorer from '../../../src/ui/views/Explorer.svelte';
import Permissions from '../../../src/ui/views/Permissions.svelte';
import TokenInspector from '../../../src/ui/views/TokenInspector.svelte';
import { fixture } from './handle-fixture.ts';

describe('view components', () => {
  it('render with their test ids', async () => {
    const f = await fixture();
    await f.shell.run('kubectl get secrets --as=system:serviceaccount:default:default');
    expect(render(Explorer, { props: { handle: f.handle } }).body).toContain('data-testid="explorer"');
    const ti = render(TokenInspector, { props: { handle: f.handle } }).body;
    expect(ti).toContain('data-testid="token-inspector"');
    expect(ti).toContain('data-testid="token-input"');
    const act = render(Activity, { props: { handle: f.handle } }).body;
    expect(act).toContain('data-testid="activity"');
    expect(act).toContain('data-testid="activity-row"');
    expect(act).toContain('403');
    expect(act).toContain('system:serviceaccount:default:default');
    expect(render(Permissions, { props: { handle: f.handle } }).body).toContain('data-testid="permissions"');
  });
});
