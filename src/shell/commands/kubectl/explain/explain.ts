// kubectl explain RESOURCE[.field...] in kubectl 1.33's plaintext layout
// (explain v2 templates, checked against the real kubectl on a hand-made
// OpenAPI v3 document). SA Playground's API server publishes no schemas, so
// the schemas are the cluster's own type descriptions (src/cluster/api) and
// the texts come from ./descriptions.ts.
import * as apps from '../../../../cluster/api/apps-v1.ts';
import * as authn from '../../../../cluster/api/authentication-v1.ts';
import * as coordination from '../../../../cluster/api/coordination-v1.ts';
import * as core from '../../../../cluster/api/core-v1/index.ts';
import * as discovery from '../../../../cluster/api/discovery-v1.ts';
import * as rbac from '../../../../cluster/api/rbac-v1.ts';
import type { FieldSpec, TypeSpec } from '../../../../cluster/api/schema.ts';
import { plainError, usageError, type KubectlError } from '../errors.ts';
import { boolFlag, stringFlag } from '../flags/pflag.ts';
import type { KubectlCommand } from '../kubectl-command.ts';
import { description } from './descriptions.ts';
import { wrapIndent } from './wrap.ts';

const KINDS: Record<string, TypeSpec | undefined> = {
  ...Object.fromEntries(Object.entries({ ...core, ...rbac, ...apps, ...authn, ...coordination, ...discovery }).filter(([, v]) => typeof v === 'object' && v !== null && (v as TypeSpec).k === 'struct')),
} as Record<string, TypeSpec>;

/** fields kubectl does not mark -required- though Go writes them without omitempty */
const NOT_REQUIRED = new Set(['Role.rules', 'ClusterRole.rules']);

const shortName = (t: Extract<TypeSpec, { k: 'struct' }>): string => t.name.split('.').at(-1)!;

function typeName(t: TypeSpec): string {
  switch (t.k) {
    case 'scalar':
      return { string: 'string', time: 'string', bytes: 'string', int32: 'integer', int64: 'integer', float64: 'number', bool: 'boolean', quantity: 'Quantity', intOrString: 'IntOrString' }[t.s];
    case 'any':
      return 'Object';
    case 'list':
      return `[]${typeName(t.of)}`;
    case 'map':
      return `map[string]${typeName(t.of)}`;
    case 'struct':
      return shortName(t);
  }
}

/** the struct a field leads to (through lists and maps), if any */
function structOf(t: TypeSpec): Extract<TypeSpec, { k: 'struct' }> | undefined {
  if (t.k === 'struct') return t;
  if (t.k === 'list' || t.k === 'map') return structOf(t.of);
  return undefined;
}

const required = (owner: string, name: string, f: FieldSpec): boolean => !f.omitempty && !f.pointer && !NOT_REQUIRED.has(`${owner}.${name}`);
const sortedFields = (t: Extract<TypeSpec, { k: 'struct' }>) => Object.entries(t.fields()).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const text = (s: string): string => wrapIndent(s || '<no description>');

function fieldList(t: Extract<TypeSpec, { k: 'struct' }>, topLevel: boolean): string {
  const owner = shortName(t);
  return sortedFields(t)
    .map(([name, f]) => `  ${name}\t<${typeName(f.type)}>${required(owner, name, f) ? ' -required-' : ''}\n${text(description(owner, name, topLevel))}\n\n`)
    .join('');
}

function recursiveList(t: Extract<TypeSpec, { k: 'struct' }>, depth: number, seen: Set<string>): string {
  const owner = shortName(t);
  return sortedFields(t)
    .map(([name, f]) => {
      const sub = structOf(f.type);
      const line = `${'  '.repeat(depth)}${name}\t<${typeName(f.type)}>${required(owner, name, f) ? ' -required-' : ''}\n`;
      return sub && !seen.has(sub.name) ? line + recursiveList(sub, depth + 1, new Set([...seen, sub.name])) : line;
    })
    .join('');
}

interface Target {
  group: string;
  version: string;
  kind: string;
}

/** the explanation text, and the error a missing field gives after the header */
export function explain(target: Target, path: string[], recursive: boolean): { out: string; error?: string } {
  let out = `${target.group ? `GROUP:      ${target.group}\n` : ''}KIND:       ${target.kind}\nVERSION:    ${target.version}\n\n`;
  const root = KINDS[target.kind];
  if (!root || root.k !== 'struct') return { out, error: `couldn't find resource for "${target.kind}"` };
  let t: TypeSpec = root;
  let desc = description(target.kind);
  for (const [i, name] of path.entries()) {
    const s = structOf(t);
    const f = s?.fields()[name];
    if (!s || !f) return { out, error: `field ${JSON.stringify(name)} does not exist` };
    t = f.type;
    const sub = structOf(t);
    desc = [description(shortName(s), name, s === root), sub ? description(shortName(sub)) : ''].filter(Boolean).join('\n') || '';
    if (i === path.length - 1) out += `FIELD: ${name} <${typeName(t)}>\n\n\n`;
  }
  out += `DESCRIPTION:\n${text(desc)}\n    \n`;
  const fieldsOf = structOf(t);
  if (fieldsOf) out += `FIELDS:\n${recursive ? recursiveList(fieldsOf, 1, new Set([fieldsOf.name])) : fieldList(fieldsOf, fieldsOf === root)}`;
  return { out: out + '\n' };
}

export const explainCommand: KubectlCommand = {
  name: 'explain',
  short: 'Get documentation for a resource',
  use: 'explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2]',
  disableFlagsInUseLine: true,
  long: `Describe fields and structure of various resources.

 This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:

        <type>.<fieldName>[.<fieldName>]

 Information about each field is retrieved from the server in OpenAPI format.

Use "kubectl api-resources" for a complete list of supported resources.`,
  example: `  # Get the documentation of the resource and its fields
  kubectl explain pods

  # Get all the fields in the resource
  kubectl explain pods --recursive

  # Get the explanation for deployment in supported api versions
  kubectl explain deployments --api-version=apps/v1

  # Get the documentation of a specific field of a resource
  kubectl explain pods.spec.containers

  # Get the documentation of resources in different format
  kubectl explain deployment --output=plaintext-openapiv2`,
  flags: [
    stringFlag('api-version', 'Use given api-version (group/version) of the resource.'),
    stringFlag('output', 'Format in which to render the schema. Valid values are: (plaintext, plaintext-openapiv2).', { shorthand: 'o', default: 'plaintext' }),
    boolFlag('recursive', 'When true, print the name of all the fields recursively. Otherwise, print the available fields with their description.'),
  ],
  run: async ({ f, io, args, flags, path }): Promise<KubectlError | void> => {
    if (!args.length) return plainError('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n');
    if (args.length > 1) return usageError(path, `We accept only this format: explain RESOURCE`);
    const mapper = await f.mapper(2);
    if ('kind' in mapper) return mapper;
    const [resource, ...fields] = args[0]!.split('.');
    const m = mapper.mappingFor(resource!);
    // The RESTMapper's NoResourceMatchError prints without "error: " (cmdutil.checkErr).
    if (!('resource' in m)) return { kind: 'exit', code: 1, message: `the server doesn't have a resource type ${JSON.stringify(resource)}` };
    const apiVersion = flags.string('api-version');
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : [m.group, apiVersion || m.version];
    const r = explain({ group: group!, version: version!, kind: m.kind }, fields, flags.bool('recursive'));
    io.print(r.out);
    if (r.error) return plainError(r.error);
  },
};
