// cli-runtime's FilenameParam visitors for `-f`: a file, a directory (its
// .json/.yaml/.yml files in lexical order, recursively with -R) or `-` for
// stdin ("STDIN" in messages); every YAML document becomes one object. YAML
// is read like sigs.k8s.io/yaml's non-strict YAMLToJSON: a duplicate key is
// silently replaced by the last one (FIDELITY §7.7).
import { parseAllDocuments } from 'yaml';
import { isFsError } from '../../../../vfs/index.ts';
import type { Obj } from '../api-types.ts';
import { isObject } from '../api-types.ts';
import type { Mapping, RestMapper } from '../client/rest-mapper.ts';
import { plainError, type KubectlError } from '../errors.ts';
import type { Factory } from '../factory.ts';

export interface Info {
  /** the file name as given ("STDIN" for -) */
  source: string;
  obj: Obj;
  mapping: Mapping;
  /** "" for cluster-scoped objects */
  namespace: string;
  name: string;
}

const MANIFEST_EXT = /\.(json|ya?ml)$/;

function sourcesOf(f: Factory, paths: string[], recursive: boolean): Array<{ source: string; text: string }> | KubectlError {
  const out: Array<{ source: string; text: string }> = [];
  const walk = (dir: string, top: boolean): KubectlError | undefined => {
    const names = f.ctx.fs.readdir(dir);
    if (isFsError(names)) return plainError(`error reading ${JSON.stringify(dir)}: ${names.message.toLowerCase()}`);
    for (const n of [...names].sort()) {
      const p = dir.endsWith('/') ? dir + n : `${dir}/${n}`;
      const st = f.ctx.fs.stat(p);
      if (isFsError(st)) continue;
      if (st.type === 'dir') {
        if (recursive || top) {
          if (!recursive) continue;
          const e = walk(p, false);
          if (e) return e;
        }
        continue;
      }
      if (!MANIFEST_EXT.test(n)) continue;
      const text = f.ctx.fs.readText(p);
      if (isFsError(text)) return plainError(`open ${p}: ${text.message.toLowerCase()}`);
      out.push({ source: p, text });
    }
    return undefined;
  };
  for (const p of paths) {
    if (p === '-') {
      out.push({ source: 'STDIN', text: f.ctx.stdin });
      continue;
    }
    if (/^https?:\/\//.test(p)) return plainError(`unable to read URL ${JSON.stringify(p)}: URLs are not reachable from SA Playground`);
    const st = f.ctx.fs.stat(p);
    if (isFsError(st)) return plainError(`the path ${JSON.stringify(p)} does not exist`);
    if (st.type === 'dir') {
      const e = walk(p, true);
      if (e) return e;
      continue;
    }
    const text = f.ctx.fs.readText(p);
    if (isFsError(text)) return plainError(`open ${p}: ${text.message.toLowerCase()}`);
    out.push({ source: p, text });
  }
  return out;
}

/** go-yaml's "yaml: line N: ..." for a syntax error, as near as the yaml package lets us */
/** the yaml package's error codes that go-yaml words differently */
const GO_YAML_MESSAGES: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'mapping values are not allowed in this context',
  MULTILINE_IMPLICIT_KEY: 'mapping values are not allowed in this context',
  TAB_AS_INDENT: 'found character that cannot start any token',
  BAD_INDENT: 'did not find expected key',
};

function yamlErrorText(e: { code?: string; message: string; linePos?: Array<{ line: number }> }): string {
  const known = e.code ? GO_YAML_MESSAGES[e.code] : undefined;
  if (known) {
    const l = (e.linePos?.[0]?.line ?? 1) - 1;
    return `yaml: ${l ? `line ${l}: ` : ''}${known}`;
  }
  // go-yaml counts lines from 0 and leaves out "line 0"
  const line = (e.linePos?.[0]?.line ?? 1) - 1;
  const msg = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return `yaml: ${line ? `line ${line}: ` : ''}${msg.charAt(0).toLowerCase()}${msg.slice(1)}`;
}

/** the documents of one source as JSON values (empty documents skipped) */
export function parseDocuments(text: string, source: string): unknown[] | KubectlError {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return [JSON.parse(text)];
    } catch {
      // fall through to YAML, a superset
    }
  }
  const docs = parseAllDocuments(text, { uniqueKeys: false, version: '1.1', merge: true });
  const list = Array.isArray(docs) ? docs : [docs];
  const out: unknown[] = [];
  for (const d of list) {
    if (d.errors.length) return plainError(`error parsing ${source}: error converting YAML to JSON: ${yamlErrorText(d.errors[0]!)}`);
    const v: unknown = d.toJS({ maxAliasCount: -1 });
    if (v === null || v === undefined) continue;
    out.push(v);
  }
  return out;
}

function mappingForObject(mapper: RestMapper, obj: Obj, source: string): Mapping | KubectlError {
  const av = obj.apiVersion ?? '';
  const [group, version] = av.includes('/') ? (av.split('/', 2) as [string, string]) : ['', av];
  const r = mapper.resources.find((x) => x.kind === obj.kind && x.group === group && x.version === version);
  if (!r) {
    return plainError(
      `resource mapping not found for name: ${JSON.stringify(obj.metadata?.name ?? '')} namespace: ${JSON.stringify(obj.metadata?.namespace ?? '')} from ${JSON.stringify(source)}: no matches for kind ${JSON.stringify(obj.kind)} in version ${JSON.stringify(av)}\nensure CRDs are installed first`,
    );
  }
  return { resource: r.name, group: r.group, version: r.version, kind: r.kind, namespaced: r.namespaced, singularName: r.singularName || r.kind.toLowerCase(), shortNames: r.shortNames, verbs: r.verbs };
}

/**
 * Builder.Do for -f: every object with its mapping and namespace. A namespaced
 * object without a namespace gets the command's; one with a different
 * namespace than an explicit -n is an error (enforceNamespace).
 */
export async function readInfos(f: Factory, filenames: string[], recursive: boolean, namespace: string, explicitNamespace: boolean): Promise<Info[] | KubectlError> {
  const sources = sourcesOf(f, filenames, recursive);
  if (!Array.isArray(sources)) return sources;
  const mapper = await f.mapper(5);
  if ('kind' in mapper) return mapper;
  const infos: Info[] = [];
  for (const s of sources) {
    const docs = parseDocuments(s.text, s.source);
    if (!Array.isArray(docs)) return docs;
    for (const d of docs) {
      if (!isObject(d)) return plainError(`error validating ${JSON.stringify(s.source)}: error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false`);
      const obj = d as Obj;
      if (Array.isArray((obj as { items?: unknown }).items) && /List$/.test(obj.kind ?? '')) {
        for (const item of (obj as { items: unknown[] }).items) if (isObject(item)) docs.push(item);
        continue;
      }
      if (!obj.kind) return plainError(`error validating ${JSON.stringify(s.source)}: error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false`);
      if (!obj.apiVersion) return plainError(`error validating ${JSON.stringify(s.source)}: error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false`);
      const m = mappingForObject(mapper, obj, s.source);
      if ('kind' in m && !('resource' in m)) return m;
      const mapping = m as Mapping;
      const meta = (obj.metadata ??= {});
      let ns = '';
      if (mapping.namespaced) {
        ns = meta.namespace || namespace;
        if (explicitNamespace && meta.namespace && meta.namespace !== namespace) {
          return plainError(`the namespace from the provided object ${JSON.stringify(meta.namespace)} does not match the namespace ${JSON.stringify(namespace)}. You must pass '--namespace=${meta.namespace}' to perform this operation.`);
        }
        meta.namespace = ns;
      }
      infos.push({ source: s.source, obj, mapping, namespace: ns, name: meta.name ?? '' });
    }
  }
  return infos;
}
