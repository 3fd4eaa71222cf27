// cli-runtime's resource.Builder for arguments (ResourceTypeOrNameArgs and
// visitorResult): `TYPE`, `TYPE NAME...`, `TYPE1,TYPE2 NAME`, `TYPE/NAME...`
// and categories such as `all`, turned into the objects and lists to fetch —
// with the Builder's exact error texts.
import type { KubectlError } from '../errors.ts';
import { plainError } from '../errors.ts';
import type { Mapping, RestMapper } from '../client/rest-mapper.ts';

export interface ResourceTarget {
  mapping: Mapping;
  /** "" for all namespaces and for cluster-scoped resources */
  namespace: string;
  /** set: GET one object; unset: LIST with the selectors */
  name?: string;
}

export interface BuildInput {
  args: string[];
  namespace: string;
  allNamespaces: boolean;
  labelSelector?: string;
  fieldSelector?: string;
  /** a lone TYPE lists everything (get, describe); delete and friends need names or --all */
  allowEmptySelector: boolean;
  /** --all */
  selectAll?: boolean;
  /** the program name as typed (os.Args[0]'s base name), for one message */
  baseCmd?: string;
}

export interface Built {
  targets: ResourceTarget[];
  /** one name was asked for: printers show the object itself, not a List */
  singleItemImplied: boolean;
}

const MISSING_RESOURCE =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/** SplitResourceArgument: comma-separated types, duplicates dropped */
export function splitResourceArgument(arg: string): string[] {
  return [...new Set(arg.split(',').filter(Boolean))];
}

/** "type1,type2 name" becomes "type1/name type2/name" */
function normalizeMultipleResourcesArgs(args: string[]): string[] {
  if (args.length < 2) return args;
  const resources = splitResourceArgument(args[0]!);
  if (resources.length < 2) return args;
  return resources.flatMap((r) => args.slice(1).map((n) => `${r}/${n}`));
}

function splitTypeName(s: string): { resource: string; name: string } | KubectlError {
  const seg = s.split('/');
  if (seg.length !== 2) return plainError('arguments in resource/name form may not have more than one slash');
  const [resource, name] = seg as [string, string];
  if (!resource || !name || splitResourceArgument(resource).length !== 1) return plainError('arguments in resource/name form must have a single resource and name');
  return { resource, name };
}

/** ReplaceAliases: categories ("all") expand to their resources */
function replaceAliases(mapper: RestMapper, input: string): string {
  return input
    .split(',')
    .map((arg) => mapper.expandCategory(arg)?.join(',') ?? arg)
    .join(',');
}

function nameNamespace(mapping: Mapping, input: BuildInput): string | KubectlError {
  if (!mapping.namespaced) return '';
  if (input.namespace) return input.namespace;
  return plainError(input.allNamespaces ? 'a resource cannot be retrieved by name across all namespaces' : 'namespace may not be empty when retrieving a resource by name');
}

function byTuples(mapper: RestMapper, args: string[], input: BuildInput): Built | KubectlError {
  const targets: ResourceTarget[] = [];
  const tuples: Array<{ resource: string; name: string }> = [];
  for (const a of args) {
    const t = splitTypeName(a);
    if ('kind' in t) return t;
    tuples.push(t);
  }
  if (input.labelSelector || input.fieldSelector || input.selectAll) return plainError('selectors and the all flag cannot be used when passing resource/name arguments');
  for (const t of tuples) {
    const m = mapper.mappingFor(t.resource);
    if (!('resource' in m)) return m;
    const ns = nameNamespace(m, input);
    if (typeof ns !== 'string') return ns;
    targets.push({ mapping: m, namespace: ns, name: t.name });
  }
  return { targets, singleItemImplied: tuples.length === 1 };
}

function mappings(mapper: RestMapper, types: string[]): Mapping[] | KubectlError {
  const out: Mapping[] = [];
  for (const t of types) {
    const m = mapper.mappingFor(t);
    if (!('resource' in m)) return m;
    out.push(m);
  }
  return out;
}

/** Builder.Do for resource arguments: which objects and lists to fetch */
export function buildTargets(mapper: RestMapper, input: BuildInput): Built | KubectlError {
  const args = normalizeMultipleResourcesArgs(input.args);
  const slashes = args.filter((a) => a.includes('/')).length;
  if (slashes > 0 && slashes !== args.length) {
    const b = (input.baseCmd ?? 'kubectl').split('/').at(-1);
    return plainError(`there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. '${b} get resource/<resource_name>' instead of '${b} get resource resource/<resource_name>'`);
  }
  if (slashes > 0) return byTuples(mapper, args, input);
  if (!args.length) return plainError(MISSING_RESOURCE);
  const types = splitResourceArgument(replaceAliases(mapper, args[0]!));
  const names = args.slice(1);
  const selector = input.labelSelector || input.fieldSelector || input.selectAll || (!names.length && input.allowEmptySelector);
  if (selector) {
    if (names.length) return plainError('name cannot be provided when a selector is specified');
    const ms = mappings(mapper, types);
    if (!Array.isArray(ms)) return ms;
    return { targets: ms.map((m) => ({ mapping: m, namespace: m.namespaced ? input.namespace : '' })), singleItemImplied: false };
  }
  if (names.length) {
    if (types.length > 1) return plainError('you must specify only one resource');
    const ms = mappings(mapper, types);
    if (!Array.isArray(ms)) return ms;
    const ns = nameNamespace(ms[0]!, input);
    if (typeof ns !== 'string') return ns;
    return { targets: names.map((name) => ({ mapping: ms[0]!, namespace: ns, name })), singleItemImplied: names.length === 1 };
  }
  const ms = mappings(mapper, types);
  if (!Array.isArray(ms)) return ms;
  return plainError('resource(s) were provided, but no name was specified');
}
