// serviceaccounts (pkg/registry/core/serviceaccount, printers.go printServiceAccount).
import { ServiceAccount, type ServiceAccount as ServiceAccountT } from '../../../api/core-v1/service-account.ts';
import { ageSince } from '../../../machinery/duration.ts';
import type { ResourceDef } from '../types.ts';
import { nameIsDNSSubdomain } from './name-validation.ts';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectmeta-validation.ts';
import { ageColumn, column, nameColumn } from './table-columns.ts';

const SECRETS_DESCRIPTION =
  'Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use. Pods are only limited to this list if this service account has a "kubernetes.io/enforce-mountable-secrets" annotation set to "true". The "kubernetes.io/enforce-mountable-secrets" annotation is deprecated since v1.32. Prefer separate namespaces to isolate access to mounted secrets. This field should not be used to find auto-generated service account token secrets for use outside of pods. Instead, tokens can be requested directly using the TokenRequest API, or service account token secrets can be manually created. More info: https://kubernetes.io/docs/concepts/configuration/secret';

export const serviceaccounts: ResourceDef = {
  group: '',
  version: 'v1',
  resource: 'serviceaccounts',
  singular: 'serviceaccount',
  kind: 'ServiceAccount',
  listKind: 'ServiceAccountList',
  namespaced: true,
  shortNames: ['sa'],
  categories: [],
  verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  schema: ServiceAccount,
  subresources: ['token'],
  table: {
    columns: [nameColumn(), column('Secrets', SECRETS_DESCRIPTION), ageColumn()],
    // SECRETS = len(.secrets): 0 since 1.24, when token Secrets stopped being auto-created.
    cells: (obj, now) => [obj.metadata.name, (obj as unknown as ServiceAccountT).secrets?.length ?? 0, ageSince(obj.metadata.creationTimestamp, now)],
  },
  // ValidateServiceAccount: the name is a DNS subdomain (ValidateServiceAccountName).
  validateCreate: (obj) => validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain),
  validateUpdate: (obj, old) => [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain)],
};
