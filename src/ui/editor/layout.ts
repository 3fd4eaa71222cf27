// Which workstation files the editor has open. Saved with the session by the app,
// so it holds only paths (relative to /root), never file contents.
export interface EditorLayout {
  tabs: string[];
  active?: string;
}

/** `/root/a.yaml`, `~/a.yaml`, `./a.yaml` → `a.yaml`; undefined for names that leave /root or are empty. */
export function normalizePath(name: string): string | undefined {
  const trimmed = name.trim().replace(/^(\/root\/|~\/|\.\/)+/, '');
  const parts = trimmed.split('/').filter((p) => p && p !== '.');
  if (!parts.length || parts.includes('..') || trimmed.startsWith('/')) return undefined;
  return parts.join('/');
}

export function openTab(layout: EditorLayout, path: string): EditorLayout {
  return { tabs: layout.tabs.includes(path) ? layout.tabs : [...layout.tabs, path], active: path };
}

/** Closes a tab; the neighbour to its left (else right) becomes active when it was. */
export function closeTab(layout: EditorLayout, path: string): EditorLayout {
  const i = layout.tabs.indexOf(path);
  if (i < 0) return layout;
  const tabs = layout.tabs.filter((t) => t !== path);
  const active = layout.active === path ? tabs[Math.max(0, i - 1)] : layout.active;
  return active === undefined ? { tabs } : { tabs, active };
}
