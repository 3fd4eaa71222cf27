// Tab bookkeeping and the bus the playground handle uses to reach the pane.
import { describe, expect, it } from 'vitest';
import { EditorBus, type EditorRequest } from '../../../src/ui/editor/editor-bus.ts';
import { closeTab, normalizePath, openTab } from '../../../src/ui/editor/layout.ts';

describe('layout', () => {
  it('normalizes names to paths under /root', () => {
    expect(normalizePath('/root/sa.yaml')).toBe('sa.yaml');
    expect(normalizePath('~/dir/./pod.yaml')).toBe('dir/pod.yaml');
    expect(normalizePath('../etc/passwd')).toBeUndefined();
    expect(normalizePath('/etc/passwd')).toBeUndefined();
    expect(normalizePath('  ')).toBeUndefined();
  });

  it('opens once and closes to the left neighbour', () => {
    let l = openTab({ tabs: [] }, 'a.yaml');
    l = openTab(openTab(l, 'b.yaml'), 'a.yaml');
    expect(l).toEqual({ tabs: ['a.yaml', 'b.yaml'], active: 'a.yaml' });
    expect(closeTab({ tabs: ['a', 'b', 'c'], active: 'b' }, 'b')).toEqual({ tabs: ['a', 'c'], active: 'a' });
    expect(closeTab({ tabs: ['a'], active: 'a' }, 'a')).toEqual({ tabs: [] });
  });
});

describe('EditorBus', () => {
  it('queues requests until a pane subscribes, then delivers live', () => {
    const bus = new EditorBus();
    bus.openFile('early.yaml');
    const got: EditorRequest[] = [];
    const off = bus.subscribe((r) => got.push(r));
    bus.openReadOnly('sa/default', 'kind: ServiceAccount');
    off();
    bus.openFile('later.yaml');
    expect(got).toEqual([
      { type: 'file', path: 'early.yaml' },
      { type: 'readonly', title: 'sa/default', text: 'kind: ServiceAccount' },
    ]);
    const again: EditorRequest[] = [];
    bus.subscribe((r) => again.push(r));
    expect(again).toEqual([{ type: 'file', path: 'later.yaml' }]);
  });
});
