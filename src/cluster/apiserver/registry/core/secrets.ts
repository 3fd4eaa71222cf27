// secrets (pkg/registry/core/secret, printers.go printSecret).
import type { KubeObject } from '../../../api/object.ts';
import { Secret, SecretTypeOpaque, type Secret as SecretT } from '../../../api/core-v1/secret.ts';
import { ageSince } from '../../../machinery/duration.ts';
import type { ResourceDef } from '../types.ts';
import { base64Encode } from './base64.ts';
import { validateSecret, validateSecretUpdate } from './secret-validation.ts';
import { ageColumn, column, nameColumn } from './table-columns.ts';

const asSecret = (obj: KubeObject | Readonly<KubeObject>): SecretT => obj as unknown as SecretT;

/**
 * What decoding a v1 Secret does before any strategy runs:
 *  1. conversion merges stringData into data (stringData wins) and drops it,
 *     so stringData is never stored or returned;
 *  2. SetDefaults_Secret: an empty type becomes Opaque.
 */
export function defaultSecret(obj: KubeObject): void {
  const s = asSecret(obj);
  if (s.stringData) {
    const data = { ...(s.data ?? {}) };
    for (const [k, v] of Object.entries(s.stringData)) data[k] = base64Encode(v);
    s.data = data;
  }
  delete s.stringData;
  if (!s.type) s.type = SecretTypeOpaque;
}

const TYPE_DESCRIPTION = 'Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types';
const DATA_DESCRIPTION =
  "Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string, representing the arbitrary (possibly non-string) data value here. Described in https://tools.ietf.org/html/rfc4648#section-4";

export const secrets: ResourceDef = {
  group: '',
  version: 'v1',
  resource: 'secrets',
  singular: 'secret',
  kind: 'Secret',
  listKind: 'SecretList',
  namespaced: true,
  shortNames: [],
  categories: [],
  verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  schema: Secret,
  fieldSelectors: ['type'],
  table: {
    columns: [nameColumn(), column('Type', TYPE_DESCRIPTION), column('Data', DATA_DESCRIPTION), ageColumn()],
    // DATA = len(data); stringData was merged into data when the Secret was written.
    cells: (obj, now) => {
      const s = asSecret(obj);
      return [s.metadata.name, s.type ?? '', Object.keys(s.data ?? {}).length, ageSince(s.metadata.creationTimestamp, now)];
    },
  },
  defaultCreate: (obj) => defaultSecret(obj),
  validateCreate: (obj) => validateSecret(asSecret(obj)),
  // An update is decoded (and so defaulted) the same way before it is validated.
  validateUpdate(obj, old) {
    defaultSecret(obj);
    return validateSecretUpdate(asSecret(obj), asSecret(old));
  },
};
