// The lazy editor chunk: Monaco core, a curated feature set, YAML highlighting and
// monaco-yaml validation/completion/hover against the generated Kubernetes schema.
// Loaded only by dynamic import() on the learner's first interaction with the
// editor (Lighthouse: loading Monaco at page start costs ~0.5 of the score).
// See design/STACK.md §2–3 for why each line is here.
import * as monaco from 'monaco-editor/editor'; // core API only (0.56+ entry point)
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController'; // no features/* entry pulls in the suggest widget
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/links/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/documentSymbols/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/tokenization/register';
import 'monaco-editor/languages/definitions/yaml/register'; // Monarch YAML tokenizer
import { configureMonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import YamlWorker from './yaml.worker.ts?worker';
import kubernetesSchema from './schemas/kubernetes.schema.json';
import type { DryRunMarker } from './dry-run.ts';

type MonacoApi = typeof monaco;

self.MonacoEnvironment = { getWorker: (_id: string, label: string) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()) };

// monaco >= 0.53 wants editor.createWebWorker({ worker }); monaco-yaml 5.5.1 still passes
// { label, moduleId, createData } (remcohaszing/monaco-yaml#272). Adapt the call the way
// monaco's own internal/common/workers.js does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const createWebWorkerCompat = (opts: any) => {
  if (opts.worker) return monaco.editor.createWebWorker(opts);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const w: Worker = (self.MonacoEnvironment as any).getWorker('workerMain.js', opts.label);
  w.postMessage('ignore');
  w.postMessage(opts.createData);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return monaco.editor.createWebWorker({ worker: w, host: opts.host, keepIdleModels: opts.keepIdleModels } as any);
};
const monacoForYaml = { ...monaco, editor: { ...monaco.editor, createWebWorker: createWebWorkerCompat } } as MonacoApi;

// One schema for every document of every file; monaco-yaml validates each `---` document on its own.
configureMonacoYaml(monacoForYaml, {
  enableSchemaRequest: false,
  isKubernetes: true,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  schemas: [{ uri: 'inmemory://schemas/kubernetes.json', fileMatch: ['*'], schema: kubernetesSchema as any }],
});

// The duplicate-key trap: the course's manifests repeat `apiVersion` in one document and real
// kubectl accepts them (its YAML decoder lets the last value win). yaml-language-server reports
// "Map keys must be unique" as an error; turn it into a warning that says what kubectl does.
const DUPLICATE = /Map keys must be unique/;
monaco.editor.onDidChangeMarkers((uris) => {
  for (const resource of uris) {
    const markers = monaco.editor.getModelMarkers({ owner: 'yaml', resource });
    if (!markers.some((m) => DUPLICATE.test(m.message) && m.severity === monaco.MarkerSeverity.Error)) continue;
    const model = monaco.editor.getModel(resource);
    if (!model) continue;
    // Rewritten markers are warnings, so this listener does not loop.
    monaco.editor.setModelMarkers(
      model,
      'yaml',
      markers.map((m) =>
        DUPLICATE.test(m.message) && m.severity === monaco.MarkerSeverity.Error
          ? { ...m, severity: monaco.MarkerSeverity.Warning, message: 'Duplicate key: kubectl accepts it and the last value wins (the earlier one is ignored).' }
          : m,
      ),
    );
  }
});

export interface YamlEditorOptions {
  value: string;
  readOnly?: boolean;
  /** a stable id for the shown text (a file path); one Monaco model (and undo stack) per key */
  key?: string;
  onChange?: (text: string) => void;
  onSave?: () => void;
  onApply?: () => void;
}

export interface YamlEditor {
  getValue(): string;
  /** replaces the current text (a reload from disk); keeps the cursor where it can */
  setValue(text: string): void;
  /** switches to another text, keeping each key's model (undo history) */
  show(key: string, value: string, readOnly: boolean): void;
  setReadOnly(readOnly: boolean): void;
  setDryRunMarkers(markers: DryRunMarker[]): void;
  /** caret at a character offset, scrolled to `scrollTop` pixels (handing over from the placeholder) */
  restoreView(offset: number, scrollTop: number): void;
  focus(): void;
  /** forgets a closed tab's model */
  forget(key: string): void;
  dispose(): void;
}

const modelUri = (key: string) => monaco.Uri.from({ scheme: 'file', path: `/root/${key.replace(/^\/+/, '')}` });

export function createYamlEditor(element: HTMLElement, options: YamlEditorOptions): YamlEditor {
  const models = new Map<string, monaco.editor.ITextModel>();
  const modelFor = (key: string, value: string) => {
    let model = models.get(key);
    if (!model) {
      model = monaco.editor.createModel(value, 'yaml', modelUri(key));
      models.set(key, model);
    } else if (model.getValue() !== value) model.setValue(value);
    return model;
  };
  let silent = false; // true while we set text ourselves, so onChange reports only the learner's edits
  const editor = monaco.editor.create(element, {
    model: modelFor(options.key ?? 'untitled.yaml', options.value),
    readOnly: options.readOnly ?? false,
    theme: 'vs-dark',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 13,
    lineHeight: 19,
    scrollBeyondLastLine: false,
    tabSize: 2,
    insertSpaces: true,
    renderWhitespace: 'boundary',
    fixedOverflowWidgets: true,
  });
  editor.onDidChangeModelContent(() => {
    if (!silent) options.onChange?.(editor.getValue());
  });
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => options.onSave?.());
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => options.onApply?.());
  const quietly = (f: () => void) => {
    silent = true;
    try {
      f();
    } finally {
      silent = false;
    }
  };
  performance.mark('monaco-ready');

  return {
    getValue: () => editor.getValue(),
    setValue(text) {
      const model = editor.getModel();
      if (!model || model.getValue() === text) return;
      const position = editor.getPosition();
      quietly(() => model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null));
      if (position) editor.setPosition(model.validatePosition(position));
    },
    show(key, value, readOnly) {
      quietly(() => editor.setModel(modelFor(key, value)));
      editor.updateOptions({ readOnly });
    },
    setReadOnly: (readOnly) => editor.updateOptions({ readOnly }),
    setDryRunMarkers(markers) {
      const model = editor.getModel();
      if (!model) return;
      monaco.editor.setModelMarkers(
        model,
        'dry-run',
        markers
          .filter((m) => m.line <= model.getLineCount())
          .map((m) => ({
            startLineNumber: m.line,
            startColumn: m.column ?? (model.getLineFirstNonWhitespaceColumn(m.line) || 1),
            endLineNumber: m.line,
            endColumn: model.getLineMaxColumn(m.line),
            severity: m.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
            message: m.message,
            source: 'API server (dry run)',
          })),
      );
    },
    restoreView(offset, scrollTop) {
      const model = editor.getModel();
      if (!model) return;
      editor.setPosition(model.getPositionAt(offset));
      editor.setScrollTop(scrollTop);
    },
    focus: () => editor.focus(),
    forget(key) {
      const model = models.get(key);
      if (model && model !== editor.getModel()) {
        model.dispose();
        models.delete(key);
      }
    },
    dispose() {
      editor.dispose();
      for (const model of models.values()) model.dispose();
      models.clear();
    },
  };
}
