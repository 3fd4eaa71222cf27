// client-go's util/jsonpath evaluation (jsonpath.go FindResults, walk and
// PrintResults) over decoded JSON, including {range}…{end} blocks and the
// text/template comparison rules of filters.
import { sprint, goTypeName } from './go-print.ts';
import { compare, EvalError, type Operand } from './compare.ts';
import { parseJsonPath, type JpNode, type Param } from './parser.ts';

type V = unknown;
type ListNode = Extract<JpNode, { t: 'list' }>;

const isMap = (v: V): v is Record<string, V> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** map keys come out of Go's MapKeys in random order; sorted is one of them */
const mapValues = (m: Record<string, V>): V[] => Object.keys(m).sort().map((k) => m[k]);

export class JsonPath {
  readonly #root: ListNode;
  allowMissingKeys = false;
  #beginRange = 0;
  #inRange = 0;
  #endRange = 0;
  #lastEndNode: JpNode | undefined;

  constructor(root: ListNode) {
    this.#root = root;
  }

  static parse(template: string): JsonPath | { error: string } {
    const r = parseJsonPath(template);
    return 'error' in r ? r : new JsonPath(r);
  }

  findResults(data: V): V[][] | { error: string } {
    try {
      return this.#find(data, this.#root.nodes);
    } catch (e) {
      if (e instanceof EvalError) return { error: e.message };
      throw e;
    }
  }

  #find(data: V, nodes: JpNode[]): V[][] {
    const full: V[][] = [];
    for (let i = 0; i < nodes.length; i++) {
      const results = this.#walk([data], nodes[i]!);
      if (this.#endRange > 0 && this.#endRange <= this.#inRange) {
        this.#endRange--;
        this.#lastEndNode = nodes[i];
        break;
      }
      if (this.#beginRange > 0) {
        this.#beginRange--;
        this.#inRange++;
        if (results.length) for (const value of results) full.push(...this.#find(value, nodes.slice(i + 1)));
        else this.#find(null, nodes.slice(i + 1));
        this.#inRange--;
        for (let k = i + 1; k < nodes.length; k++) {
          if (nodes[k] === this.#lastEndNode) {
            i = k;
            break;
          }
        }
        continue;
      }
      full.push(results);
    }
    return full;
  }

  #walk(input: V[], node: JpNode): V[] {
    switch (node.t) {
      case 'list':
        return node.nodes.reduce<V[]>((cur, n) => this.#walk(cur, n), input);
      case 'text':
        return [node.text];
      case 'field':
        return this.#field(input, node.name);
      case 'array':
        return this.#array(input, node.params);
      case 'filter':
        return this.#filter(input, node);
      case 'int':
      case 'float':
      case 'bool':
        return input.map(() => node.value);
      case 'wildcard':
        return input.flatMap((v) => (isMap(v) ? mapValues(v) : Array.isArray(v) ? v : typeof v === 'string' ? [...new TextEncoder().encode(v)] : []));
      case 'recursive':
        return this.#recursive(input);
      case 'union':
        return node.nodes.flatMap((n) => this.#walk(input, n));
      case 'identifier':
        return this.#identifier(input, node.name);
    }
  }

  #identifier(input: V[], name: string): V[] {
    if (name === 'range') {
      this.#beginRange++;
      return input;
    }
    if (name === 'end') {
      if (this.#inRange > 0) {
        this.#endRange++;
        return input;
      }
      throw new EvalError('not in range, nothing to end');
    }
    throw new EvalError(`unrecognized identifier ${name}`);
  }

  #field(input: V[], name: string): V[] {
    const results: V[] = [];
    for (const v of input) if (isMap(v) && Object.prototype.hasOwnProperty.call(v, name)) results.push(v[name]);
    if (!results.length && input.length && !this.allowMissingKeys) throw new EvalError(`${name} is not found`);
    return results;
  }

  #array(input: V[], node: [Param, Param, Param]): V[] {
    const result: V[] = [];
    for (const v of input) {
      if (v === null || v === undefined) continue;
      if (!Array.isArray(v)) throw new EvalError(`${goTypeName(v)} is not array or slice`);
      const [p0, p1, p2] = node.map((p) => ({ ...p }));
      const len = v.length;
      if (!p0!.known) p0!.value = 0;
      if (p0!.value < 0) p0!.value += len;
      if (!p1!.known) p1!.value = len;
      if (p1!.value < 0 || (p1!.value === 0 && p1!.derived)) p1!.value += len;
      if (p1!.value === p0!.value) return result;
      if (p0!.value >= len || p0!.value < 0) throw new EvalError(`array index out of bounds: index ${p0!.value}, length ${len}`);
      if (p1!.value > len || p1!.value < 0) throw new EvalError(`array index out of bounds: index ${p1!.value - 1}, length ${len}`);
      if (p0!.value > p1!.value) throw new EvalError(`starting index ${p0!.value} is greater than ending index ${p1!.value}`);
      const slice = v.slice(p0!.value, p1!.value);
      let step = 1;
      if (p2!.known) {
        if (p2!.value <= 0) throw new EvalError('step must be > 0');
        step = p2!.value;
      }
      for (let i = 0; i < slice.length; i += step) result.push(slice[i]);
    }
    return result;
  }

  #recursive(input: V[]): V[] {
    const result: V[] = [];
    for (const v of input) {
      if (v === null || v === undefined) continue;
      const children = isMap(v) ? mapValues(v) : Array.isArray(v) ? v : typeof v === 'string' ? [...new TextEncoder().encode(v)] : [];
      if (!children.length) continue;
      result.push(v, ...this.#recursive(children));
    }
    return result;
  }

  #operand(item: V, side: JpNode): Operand[] {
    const literal = side.t === 'list' && side.nodes.length === 1 && side.nodes[0]!.t === 'list' ? side.nodes[0]!.nodes.at(-1) : undefined;
    const kind = literal?.t === 'int' ? 'int' : literal?.t === 'float' ? 'float' : undefined;
    return this.#walk([item], side).map((v) => ({ v, literal: kind }));
  }

  #filter(input: V[], node: Extract<JpNode, { t: 'filter' }>): V[] {
    const results: V[] = [];
    for (const v of input) {
      if (!Array.isArray(v)) throw new EvalError(`${v === null || v === undefined ? '<invalid reflect.Value>' : sprint(v)} is not array or slice and cannot be filtered`);
      for (const item of v) {
        if (node.op === 'exists') {
          let lefts: V[] = [];
          try {
            lefts = this.#walk([item], node.left);
          } catch (e) {
            if (!(e instanceof EvalError)) throw e;
          }
          if (lefts.length) results.push(item);
          continue;
        }
        const lefts = this.#operand(item, node.left);
        if (!lefts.length) continue;
        if (lefts.length > 1) throw new EvalError('can only compare one element at a time');
        const rights = this.#operand(item, node.right);
        if (!rights.length) continue;
        if (rights.length > 1) throw new EvalError('can only compare one element at a time');
        if (compare(node.op, lefts[0]!, rights[0]!)) results.push(item);
      }
    }
    return results;
  }
}

/** JSONPath.PrintResults: maps and lists as compact JSON, scalars with fmt.Print, values space-separated */
export function printResults(results: V[], outputJson: boolean, json: (v: V, indent: boolean) => string): string {
  if (outputJson) return json(results, true) + '\n';
  return results.map((r) => (typeof r === 'object' && r !== null ? json(r, false) : r === null || r === undefined ? 'null' : sprint(r))).join(' ');
}
