// monaco-yaml's language worker (yaml-language-server), built by vite as its own chunk via `?worker`.
import 'monaco-yaml/yaml.worker.js';
