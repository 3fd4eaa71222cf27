// apiserver/pkg/endpoints/request/requestinfo.go: what a request is about,
// derived from its path, method and query exactly as Kubernetes does it, so
// RBAC sees the same verb, resource and name a real server would.

export interface RequestInfo {
  resourceRequest: boolean;
  /** the URL path, for non-resource requests and messages */
  path: string;
  verb: string;
  apiPrefix: string;
  apiGroup: string;
  apiVersion: string;
  namespace: string;
  resource: string;
  subresource: string;
  name: string;
  /** path segments from the resource on: resource/name/subresource/... */
  parts: string[];
}

const API_PREFIXES = new Set(['api', 'apis']);
const GROUPLESS_PREFIXES = new Set(['api']);
const SPECIAL_VERBS = new Set(['proxy', 'watch']);
const SPECIAL_VERBS_NO_SUBRESOURCES = new Set(['proxy']);
const NAMESPACE_SUBRESOURCES = new Set(['status', 'finalize']);

const METHOD_VERBS: Record<string, string> = {
  POST: 'create',
  GET: 'get',
  HEAD: 'get',
  PUT: 'update',
  PATCH: 'patch',
  DELETE: 'delete',
};

function splitPath(path: string): string[] {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? [] : trimmed.split('/');
}

/** A path segment is a valid name when it is not "." or ".." and has no "/" or "%". */
function isValidPathSegmentName(name: string): boolean {
  return name !== '.' && name !== '..' && !name.includes('/') && !name.includes('%');
}

/** fields.Selector.RequiresExactMatch("metadata.name") on a raw fieldSelector. */
function exactNameFromFieldSelector(selector: string | null): string | undefined {
  if (!selector) return undefined;
  for (const term of selector.split(',')) {
    const m = /^\s*metadata\.name\s*(==|=)\s*(.*?)\s*$/.exec(term);
    if (m) return m[2];
  }
  return undefined;
}

export function parseRequestInfo(method: string, url: URL): RequestInfo {
  const info: RequestInfo = {
    resourceRequest: false,
    path: url.pathname,
    verb: method.toLowerCase(),
    apiPrefix: '',
    apiGroup: '',
    apiVersion: '',
    namespace: '',
    resource: '',
    subresource: '',
    name: '',
    parts: [],
  };
  let parts = splitPath(url.pathname);
  // 1. Anything shorter than /api/v1/x, or not under an API prefix, is a non-resource request.
  if (parts.length < 3 || !API_PREFIXES.has(parts[0]!)) return info;
  info.apiPrefix = parts[0]!;
  parts = parts.slice(1);
  if (!GROUPLESS_PREFIXES.has(info.apiPrefix)) {
    if (parts.length < 3) return info;
    info.apiGroup = parts[0]!;
    parts = parts.slice(1);
  }
  info.resourceRequest = true;
  info.apiVersion = parts[0]!;
  parts = parts.slice(1);
  // 2. The verb: /watch/... and /proxy/... name it, otherwise the method does.
  if (SPECIAL_VERBS.has(parts[0]!)) {
    if (parts.length < 2) return { ...info, resourceRequest: false, verb: method.toLowerCase() };
    info.verb = parts[0]!;
    parts = parts.slice(1);
  } else {
    info.verb = METHOD_VERBS[method.toUpperCase()] ?? '';
  }
  // 3. /namespaces/{ns}/{resource}/... is relative to the resource.
  if (parts[0] === 'namespaces') {
    if (parts.length > 1) {
      info.namespace = parts[1]!;
      if (parts.length > 2 && !NAMESPACE_SUBRESOURCES.has(parts[2]!)) parts = parts.slice(2);
    }
  }
  info.parts = parts;
  // 4. resource/name/subresource
  if (parts.length >= 3 && !SPECIAL_VERBS_NO_SUBRESOURCES.has(info.verb)) info.subresource = parts[2]!;
  if (parts.length >= 2) info.name = parts[1]!;
  if (parts.length >= 1) info.resource = parts[0]!;
  // 5. A get without a name is a list (or a watch); a metadata.name field selector names it.
  if (!info.name && info.verb === 'get') {
    const watch = url.searchParams.get('watch');
    info.verb = watch === 'true' || watch === '1' ? 'watch' : 'list';
    const name = exactNameFromFieldSelector(url.searchParams.get('fieldSelector'));
    if (name !== undefined && isValidPathSegmentName(name)) info.name = name;
  }
  // 6. A delete without a name deletes the collection.
  if (!info.name && info.verb === 'delete') info.verb = 'deletecollection';
  return info;
}
