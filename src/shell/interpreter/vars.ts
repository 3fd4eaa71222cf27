// Shell variables (bash manual, "Shell Parameters"): a name, a value and
// the export attribute. Exported variables make up the environment commands
// receive; the rest stay in the shell.

export interface Variable {
  value: string;
  exported: boolean;
}

export const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const isName = (s: string): boolean => NAME_RE.test(s);

export class Vars {
  readonly #map: Map<string, Variable>;

  constructor(entries?: Iterable<[string, Variable]>) {
    this.#map = new Map(entries ? [...entries].map(([k, v]) => [k, { ...v }]) : []);
  }

  /** Every entry of `env` as an exported variable. */
  static fromEnv(env: Readonly<Record<string, string>>): Vars {
    return new Vars(Object.entries(env).map(([k, value]) => [k, { value, exported: true }]));
  }

  get(name: string): string | undefined {
    return this.#map.get(name)?.value;
  }

  has(name: string): boolean {
    return this.#map.has(name);
  }

  isExported(name: string): boolean {
    return this.#map.get(name)?.exported ?? false;
  }

  /** Sets the value, keeping the export attribute unless `exported` says otherwise. */
  set(name: string, value: string, exported?: boolean): void {
    const v = this.#map.get(name);
    if (v) {
      v.value = value;
      if (exported !== undefined) v.exported = exported;
    } else this.#map.set(name, { value, exported: exported ?? false });
  }

  /** `export NAME` of a name that has no value yet: bash remembers the attribute. */
  markExported(name: string, exported = true): void {
    const v = this.#map.get(name);
    if (v) v.exported = exported;
    else if (exported) this.#map.set(name, { value: '', exported: true });
  }

  unset(name: string): void {
    this.#map.delete(name);
  }

  /** The environment a command gets: the exported variables, plus `extra` (`VAR=x cmd`). */
  environment(extra?: Readonly<Record<string, string>>): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [k, v] of this.#map) if (v.exported) env[k] = v.value;
    return extra ? Object.assign(env, extra) : env;
  }

  /** name → variable, sorted by name as `set` and `export -p` list them. */
  sorted(): [string, Variable][] {
    return [...this.#map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  clone(): Vars {
    return new Vars(this.#map);
  }
}
