// sigs.k8s.io/yaml.Marshal as kubectl prints YAML: the object is encoded to
// JSON, read back by go-yaml v2 (numbers become ints or floats, maps become
// map[interface{}]interface{}) and written by go-yaml v2 in block style —
// keys in keyList order, sequences not indented under their key, empty
// collections as {} and [].
import { canUsePlain } from './resolve.ts';
import { analyzeScalar, selectStyle, type ScalarStyle } from './scalar.ts';
import { sortYamlKeys } from './sort.ts';
import { YamlWriter } from './writer.ts';
import { sprintNumber } from '../go-float.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const BEST_INDENT = 2;

/**
 * The JSON text go-yaml reads back carries U+0085 (NEL) raw — Go's encoder
 * escapes only U+2028/U+2029 — and YAML folds a raw line break inside a
 * double-quoted scalar: one break becomes a space, n breaks n-1 newlines,
 * spaces around them are trimmed.
 */
function foldNel(s: string): string {
  if (!s.includes('\u0085')) return s;
  return s.replace(/ *(\u0085+) */g, (_m, run: string) => (run.length === 1 ? ' ' : '\n'.repeat(run.length - 1)));
}

/** Lone surrogates cannot survive Go's JSON decoding: they become U+FFFD. */
const chars = (s: string): string[] => [...s].map((c) => (c.length === 1 && c >= '\ud800' && c <= '\udfff' ? '\ufffd' : c));

function scalarText(v: Json): { text: string; style: ScalarStyle } {
  if (v === null) return { text: 'null', style: 'plain' };
  if (typeof v === 'boolean') return { text: String(v), style: 'plain' };
  if (typeof v === 'number') return { text: sprintNumber(v), style: 'plain' };
  const s = foldNel(v as string);
  const style: ScalarStyle = s.includes('\n') ? 'literal' : canUsePlain(s) ? 'plain' : 'double';
  return { text: s, style };
}

class Emitter {
  readonly w = new YamlWriter();

  scalar(v: Json, simpleKey: boolean): void {
    const { text, style } = scalarText(v);
    const cs = chars(text);
    const chosen = typeof v === 'string' ? selectStyle(style, analyzeScalar(cs), cs.length === 0, simpleKey) : 'plain';
    const allowBreaks = !simpleKey;
    if (chosen === 'plain') this.w.writePlain(cs, allowBreaks);
    else if (chosen === 'single') this.w.writeSingleQuoted(cs, allowBreaks);
    else if (chosen === 'double') this.w.writeDoubleQuoted(cs, allowBreaks);
    else this.w.writeLiteral(cs);
  }

  /** a node at the given container indent; `mapping` is true for a mapping value (sequences go indentless there) */
  node(v: Json, indent: number, mapping: boolean): void {
    const w = this.w;
    if (Array.isArray(v)) {
      if (!v.length) return w.writeIndicator('[]', true, false, false);
      const seqIndent = mapping && !w.indention ? indent : indent + BEST_INDENT;
      for (const item of v) {
        w.indent = seqIndent;
        w.writeIndent();
        w.writeIndicator('-', true, false, true);
        this.node(item, seqIndent, false);
      }
      return;
    }
    if (v !== null && typeof v === 'object') {
      const keys = sortYamlKeys(Object.keys(v));
      if (!keys.length) return w.writeIndicator('{}', true, false, false);
      const mapIndent = indent + BEST_INDENT;
      for (const k of keys) {
        w.indent = mapIndent;
        w.writeIndent();
        this.scalar(foldNel(k), true);
        w.writeIndicator(':', false, false, false);
        this.node(v[k]!, mapIndent, true);
      }
      return;
    }
    w.indent = indent + BEST_INDENT;
    this.scalar(v, false);
  }
}

/** yaml.Marshal(obj) of sigs.k8s.io/yaml: the JSON form of `value`, as YAML text ending in a newline. */
export function toYaml(value: unknown): string {
  const json = JSON.parse(JSON.stringify(value ?? null)) as Json;
  const e = new Emitter();
  // The root node's container is at indent -2, so a root mapping or sequence sits at column 0.
  e.node(json, -BEST_INDENT, false);
  e.w.indent = 0;
  // document end: break the last line unless a block scalar already did
  if (!e.w.indention || e.w.column > 0 || !e.w.whitespace) e.w.putBreak();
  return e.w.out;
}
