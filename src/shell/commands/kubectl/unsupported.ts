// Root commands SA Playground does not simulate: they exist (so typos get
// suggestions and --help works) and answer with a clear message.
import { plainError } from './errors.ts';
import type { KubectlCommand } from './kubectl-command.ts';
import type { CatalogEntry } from './root-catalog.ts';

export function unsupported(entry: CatalogEntry): KubectlCommand {
  return {
    name: entry.name,
    short: entry.short,
    suggestFor: entry.suggestFor,
    run: async () => plainError(`"kubectl ${entry.name}" is not available in SA Playground`),
  };
}
