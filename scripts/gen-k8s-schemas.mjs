// Generates src/ui/editor/schemas/kubernetes.schema.json from the `kubernetes-types`
// TypeScript declarations (no npm package ships plain Kubernetes JSON Schemas, and
// hand-typed schemas drift). One schema for every kind the simulated API server
// serves; each YAML document picks its kind's definition through if/then on `kind`.
// Run: npm run schemas (Node 20; typescript-json-schema, not ts-json-schema-generator, which wants Node 22).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as TJS from 'typescript-json-schema';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src/ui/editor/schemas/kubernetes.schema.json');
const require = createRequire(import.meta.url);
const typesDir = dirname(require.resolve('kubernetes-types/package.json'));

// apiVersion → kinds served by the simulated API server (keep in step with its registry).
export const KINDS = {
  v1: ['Namespace', 'ServiceAccount', 'Pod', 'Secret', 'ConfigMap', 'Service', 'Node'],
  'apps/v1': ['Deployment', 'ReplicaSet'],
  'rbac.authorization.k8s.io/v1': ['Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding'],
  'authentication.k8s.io/v1': ['TokenRequest', 'TokenReview'],
  'authorization.k8s.io/v1': ['SubjectAccessReview', 'SelfSubjectAccessReview'],
};
const FILES = ['core/v1', 'apps/v1', 'rbac/v1', 'authentication/v1', 'authorization/v1'].map((f) => join(typesDir, `${f}.d.ts`));

// No DOM lib: its `Node` interface would clash with the Node kind.
const program = TJS.getProgramFromFiles(FILES, { strict: true, skipLibCheck: true, lib: ['es2022'], types: [] });
const generator = TJS.buildGenerator(program, {
  required: true,
  noExtraProps: true, // additionalProperties: false, so `bogusField` is flagged
  titles: false,
  ref: true,
  aliasRef: false, // inline Time/IntOrString/Quantity aliases (aliasRef true duplicates every definition)
  defaultNumberType: 'integer',
  ignoreErrors: true,
});
if (!generator) throw new Error('typescript-json-schema could not build a generator');
// FieldsV1 is a raw JSON trie (`f:metadata: {}`), which `noExtraProps` would otherwise reject.
generator.setSchemaOverride('FieldsV1', { type: 'object', description: 'FieldsV1 stores a set of fields in a data structure like a Trie, in JSON format.' });

// Type names are unique across the five files used (checked below), so plain names are safe.
const allKinds = Object.values(KINDS).flat();
for (const kind of allKinds) {
  const found = generator.getSymbols(kind);
  if (found.length !== 1) throw new Error(`${kind}: ${found.length} declarations (expected exactly one)`);
}
const generated = generator.getSchemaForSymbols(allKinds);
const definitions = generated.definitions;

// Keep only what the kinds reach (getSchemaForSymbols may include more), sorted for stable diffs.
const reached = new Set();
const visit = (node) => {
  if (Array.isArray(node)) return node.forEach(visit);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const name = decodeURIComponent(value.replace('#/definitions/', ''));
      if (!reached.has(name)) {
        reached.add(name);
        visit(definitions[name]);
      }
    } else visit(value);
  }
};
allKinds.forEach((k) => {
  reached.add(k);
  visit(definitions[k]);
});
const kept = Object.fromEntries([...reached].sort().map((n) => [n, definitions[n]]));

// Kind objects: make kind/apiVersion required (the API server needs both) and check that the
// generator captured the literal values (the if/then selection relies on them).
for (const [apiVersion, kinds] of Object.entries(KINDS)) {
  for (const kind of kinds) {
    const def = kept[kind];
    const av = def.properties?.apiVersion;
    if (!av || (av.const ?? av.enum?.[0]) !== apiVersion) throw new Error(`${kind}: apiVersion literal not found`);
    def.required = [...new Set(['apiVersion', 'kind', ...(def.required ?? [])])];
  }
}

// A Quantity is `string` in the declarations but a string or a number on the wire (`cpu: 1`).
// The alias is inlined, so find the properties typed with it in the declarations and widen them.
const QUANTITY = { type: ['string', 'number'] };
const ts = TJS.ts;
for (const file of program.getSourceFiles().filter((f) => FILES.includes(f.fileName))) {
  for (const node of file.statements) {
    if (!ts.isInterfaceDeclaration(node) || !kept[node.name.text]) continue;
    for (const member of node.members) {
      if (!ts.isPropertySignature(member) || !member.type || !/\bQuantity\b/.test(member.type.getText(file))) continue;
      const prop = kept[node.name.text].properties[member.name.getText(file)];
      if (prop.additionalProperties) prop.additionalProperties = QUANTITY;
      else Object.assign(prop, QUANTITY);
    }
  }
}

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $comment: 'GENERATED by scripts/gen-k8s-schemas.mjs from kubernetes-types; do not edit',
  type: 'object',
  properties: {
    apiVersion: { type: 'string', enum: Object.keys(KINDS), description: 'APIVersion defines the versioned schema of this representation of an object.' },
    kind: { type: 'string', enum: allKinds, description: 'Kind is a string value representing the REST resource this object represents.' },
  },
  allOf: allKinds.map((kind) => ({ if: { properties: { kind: { const: kind } }, required: ['kind'] }, then: { $ref: `#/definitions/${kind}` } })),
  definitions: kept,
};
writeFileSync(OUT, JSON.stringify(schema) + '\n');
console.log(`wrote ${OUT}: ${allKinds.length} kinds, ${Object.keys(kept).length} definitions, ${JSON.stringify(schema).length} bytes`);
