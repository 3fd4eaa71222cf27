// text/template's comparison functions (eq, ne, lt, le, gt, ge) as JSONPath
// filters use them: only values of one basic kind compare; a JSON integer is
// an int64, a literal like 1.0 a float.

type V = unknown;

export class EvalError {
  constructor(readonly message: string) {}
}

type Kind = 'bool' | 'int' | 'float' | 'string' | 'other';
/** text/template basicKind; a literal int node is an int, a JSON number an int64 when integral */
function basicKind(v: V, literal: 'int' | 'float' | undefined): Kind {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return literal ?? (Number.isInteger(v) ? 'int' : 'float');
  return 'other';
}

export interface Operand {
  v: V;
  literal?: 'int' | 'float';
}

/** text/template eq / lt and friends */
export function compare(op: string, a: Operand, b: Operand): boolean {
  const ka = basicKind(a.v, a.literal);
  const kb = basicKind(b.v, b.literal);
  if (op === '==' || op === '!=') {
    if (ka !== kb) throw new EvalError('incompatible types for comparison');
    const eq = ka === 'other' ? JSON.stringify(a.v) === JSON.stringify(b.v) : a.v === b.v;
    return op === '==' ? eq : !eq;
  }
  if (ka === 'bool' || ka === 'other' || kb === 'bool' || kb === 'other') throw new EvalError('invalid type for comparison');
  if (ka !== kb) throw new EvalError('incompatible types for comparison');
  const x = a.v as number | string;
  const y = b.v as number | string;
  switch (op) {
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    case '>=':
      return x >= y;
  }
  throw new EvalError(`unrecognized filter operator ${op}`);
}
