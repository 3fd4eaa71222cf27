// Pane sizes, kept in the browser apart from the playground save (they are
// about this screen, not about the learner's work).
export interface PaneLayout {
  /** lesson pane width, % of the page */
  lesson: number;
  /** editor height, % of the right column */
  editor: number;
}

const KEY = 'sa-playground/layout';
const DEFAULT: PaneLayout = { lesson: 38, editor: 42 };

export function loadLayout(storage: Storage | undefined): PaneLayout {
  try {
    const v = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<PaneLayout> | null;
    const ok = (n: unknown, lo: number, hi: number): n is number => typeof n === 'number' && n >= lo && n <= hi;
    return { lesson: ok(v?.lesson, 15, 70) ? v.lesson : DEFAULT.lesson, editor: ok(v?.editor, 10, 85) ? v.editor : DEFAULT.editor };
  } catch {
    return { ...DEFAULT };
  }
}

export function saveLayout(storage: Storage | undefined, l: PaneLayout): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ lesson: l.lesson, editor: l.editor }));
  } catch {
    // a full or disabled storage only costs the pane sizes
  }
}
