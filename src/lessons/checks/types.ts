// The check kinds, as data. Each kind lists its fields so the loader can
// reject a misspelt kind or field with the line it is on; each kind is
// evaluated by the file of the same name.

/** An object the API server serves: resource (plural, singular or short name), name, namespace. */
export interface ObjectRef {
  resource: string;
  name: string;
  namespace?: string;
}

export interface RuleSpec {
  apiGroups?: string[];
  resources: string[];
  verbs: string[];
  resourceNames?: string[];
}

export type CheckSpec =
  | ({ kind: 'objectExists' } & ObjectRef)
  | ({ kind: 'objectAbsent' } & ObjectRef)
  | ({ kind: 'fieldEquals'; path: string; value: unknown } & ObjectRef)
  | ({ kind: 'fieldMatches'; path: string; pattern: string } & ObjectRef)
  | { kind: 'canI'; as: string; groups?: string[]; verb: string; resource: string; subresource?: string; name?: string; namespace?: string; allowed: boolean }
  | { kind: 'lastCommand'; matches: string; exitCode?: number; outputMatches?: string }
  | { kind: 'anyCommand'; matches: string; exitCode?: number; outputMatches?: string }
  | { kind: 'lastCurlStatus'; status: number }
  | { kind: 'fileContains'; path: string; text?: string; pattern?: string; pod?: string; namespace?: string; container?: string }
  | { kind: 'tokenClaim'; path: string; pod?: string; namespace?: string; container?: string; claim: string; equals: unknown }
  | { kind: 'leastPrivilege'; as: string; groups?: string[]; namespace?: string; rules: RuleSpec[] };

export type CheckKind = CheckSpec['kind'];

export type FieldType = 'string' | 'number' | 'boolean' | 'strings' | 'regex' | 'resource' | 'any' | 'rules' | 'jsonpath';

export interface FieldSpec {
  type: FieldType;
  required: boolean;
}

const req = (type: FieldType): FieldSpec => ({ type, required: true });
const opt = (type: FieldType): FieldSpec => ({ type, required: false });
const objectRef = { resource: req('resource'), name: req('string'), namespace: opt('string') };
const command = { matches: req('regex'), exitCode: opt('number'), outputMatches: opt('regex') };
const inPod = { pod: opt('string'), namespace: opt('string'), container: opt('string') };

export const CHECK_FIELDS: Record<CheckKind, Record<string, FieldSpec>> = {
  objectExists: objectRef,
  objectAbsent: objectRef,
  fieldEquals: { ...objectRef, path: req('jsonpath'), value: req('any') },
  fieldMatches: { ...objectRef, path: req('jsonpath'), pattern: req('regex') },
  canI: { as: req('string'), groups: opt('strings'), verb: req('string'), resource: req('resource'), subresource: opt('string'), name: opt('string'), namespace: opt('string'), allowed: req('boolean') },
  lastCommand: command,
  anyCommand: command,
  lastCurlStatus: { status: req('number') },
  fileContains: { path: req('string'), text: opt('string'), pattern: opt('regex'), ...inPod },
  tokenClaim: { path: req('string'), ...inPod, claim: req('string'), equals: req('any') },
  leastPrivilege: { as: req('string'), groups: opt('strings'), namespace: opt('string'), rules: req('rules') },
};

export const CHECK_KINDS = Object.keys(CHECK_FIELDS) as CheckKind[];

/** What a check says: passed, and why not in words for the learner. */
export interface CheckResult {
  passed: boolean;
  reason: string;
}
