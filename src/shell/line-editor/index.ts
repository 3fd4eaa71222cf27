export { LineEditor, type EditorEvent, type LineEditorOptions } from './editor.ts';
export { decodeKeys, type Key, type NamedKey } from './keys.ts';
export { TerminalSession, type TerminalOptions, type TerminalPort } from './terminal.ts';
