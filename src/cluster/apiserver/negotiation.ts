// Content negotiation (apiserver/pkg/endpoints/handlers/negotiation) and the
// response writer: JSON only, pretty for humans' tools, Tables for kubectl get.
import { goJson } from '../machinery/go-json.ts';
import { notAcceptable, type Status } from '../machinery/status.ts';

export type Output = 'object' | 'table';

export interface Negotiated {
  output: Output;
  /** includeObject for Tables: None, Metadata (default) or Object */
  includeObject: 'None' | 'Metadata' | 'Object';
  pretty: boolean;
}

const HUMAN_AGENTS = ['curl', 'Wget', 'Mozilla/5.0'];

/** Pretty JSON when ?pretty=true, or when the User-Agent is a human's tool. */
export function wantsPretty(url: URL, userAgent: string | null): boolean {
  const p = url.searchParams.get('pretty');
  if (p !== null) return p === 'true' || p === '1';
  return HUMAN_AGENTS.some((a) => (userAgent ?? '').startsWith(a));
}

/**
 * Reads the Accept header. `undefined` means nothing we can produce was
 * accepted (406): protobuf-only clients, for instance.
 */
export function negotiate(url: URL, headers: Headers, userAgent: string | null = headers.get('User-Agent')): Negotiated | undefined {
  const accept = headers.get('Accept') ?? '*/*';
  const pretty = wantsPretty(url, userAgent);
  const include = url.searchParams.get('includeObject');
  const includeObject = include === 'None' || include === 'Object' ? include : 'Metadata';
  for (const clause of accept.split(',')) {
    const [type = '', ...params] = clause.split(';').map((s) => s.trim());
    const p = Object.fromEntries(params.map((kv) => kv.split('=').map((s) => s.trim()) as [string, string]));
    if (p.as === 'Table' && p.g === 'meta.k8s.io' && (type === 'application/json' || type === '*/*')) {
      return { output: 'table', includeObject, pretty };
    }
    if (p.as) continue; // another "as=" (PartialObjectMetadata, discovery) we do not offer
    if (['application/json', 'application/*', '*/*', 'application/yaml', '*'].includes(type) || type === '') {
      return { output: 'object', includeObject, pretty };
    }
  }
  return undefined;
}

// The text of each response we build, so the audit log can keep it without
// cloning and re-reading the body stream.
const bodies = new WeakMap<Response, string>();

export function responseText(r: Response): string | undefined {
  return bodies.get(r);
}

function remember(r: Response, text: string): Response {
  bodies.set(r, text);
  return r;
}

export function jsonResponse(code: number, body: unknown, pretty: boolean, warnings: readonly string[] = []): Response {
  const headers = new Headers({ 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private' });
  // Warning: 299 - "text" (RFC 7234), one header value per warning.
  for (const w of warnings) headers.append('Warning', `299 - ${JSON.stringify(w)}`);
  const text = goJson(body, pretty);
  return remember(new Response(text, { status: code, headers }), text);
}

export function statusResponse(s: Status, pretty: boolean, warnings: readonly string[] = []): Response {
  return jsonResponse(s.code, s, pretty, warnings);
}

export function textResponse(code: number, text: string): Response {
  return remember(new Response(text, {
    status: code,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache, private' },
  }), text);
}

/** A body written as is, with its own headers (the OIDC discovery documents). */
export function rawResponse(code: number, text: string, headers: Record<string, string>): Response {
  return remember(new Response(text, { status: code, headers }), text);
}

export function notAcceptableResponse(pretty: boolean): Response {
  return statusResponse(notAcceptable(), pretty);
}
