// Props of the components the app loads lazily (so App.svelte can type them
// without importing them into the first chunk).
import type { Lesson, LessonError } from '../lessons/schema.ts';
import type { WireStepStatus } from './remote/protocol.ts';
import type { EditorLayout } from './editor/layout.ts';
import type { PlaygroundHandle } from './model/handle.ts';

export interface LessonPaneProps {
  lesson: Lesson;
  number: string;
  /** empty until the engine has evaluated the checks */
  statuses: WireStepStatus[];
  errors: readonly LessonError[];
  render: (md: string) => string;
  /** 1-based step to scroll to (a deep link) */
  focusStep?: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onRun: (line: string) => void;
  onNavigate: (dir: -1 | 1) => void;
  onReset: () => void;
  onStepLink: (step: number) => void;
}

export interface EditorPaneProps {
  handle: PlaygroundHandle;
  layout: EditorLayout;
  onLayout: (l: EditorLayout) => void;
}

export interface ViewProps {
  handle: PlaygroundHandle;
}
