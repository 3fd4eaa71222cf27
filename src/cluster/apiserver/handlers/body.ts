// Reading a request body the way the API server's decoders do: JSON or YAML
// for objects, the three patch types for PATCH; anything else is a 415.
import { parse as parseYaml } from 'yaml';
import { badRequest, tooLarge, unsupportedMediaType, type Status } from '../../machinery/status.ts';
import { goJsonSyntaxError } from '../../machinery/patch/index.ts';
import { summarize } from '../registry/decode-object.ts';

export const MAX_BODY_BYTES = 3 * 1024 * 1024;
export const OBJECT_MEDIA_TYPES = ['application/json', 'application/yaml'];

export function mediaType(headers: Headers): string {
  return (headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
}

export type ParsedBody = { ok: true; value: unknown; text: string } | { ok: false; status: Status };

/** Parses a create/update body. `kindHint` names the URL's kind for messages. */
export function parseObjectBody(text: string, type: string, kindHint: string): ParsedBody {
  if (text.length > MAX_BODY_BYTES) return { ok: false, status: tooLarge() };
  if (type === 'application/yaml') {
    try {
      return { ok: true, value: parseYaml(text, { uniqueKeys: false }) as unknown, text };
    } catch (e) {
      const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
      return { ok: false, status: badRequest(`the object provided is unrecognized (must be of type ${kindHint}): yaml: ${why} (${summarize(text)})`) };
    }
  }
  if (type !== 'application/json' && type !== '') return { ok: false, status: unsupportedMediaType(OBJECT_MEDIA_TYPES) };
  const why = goJsonSyntaxError(text);
  if (why === undefined) return { ok: true, value: JSON.parse(text) as unknown, text };
  return {
    ok: false,
    status: badRequest(`the object provided is unrecognized (must be of type ${kindHint}): couldn't get version/kind; json parse error: ${why} (${summarize(text)})`),
  };
}
