// leases (pkg/registry/coordination/lease; printers.go printLease).
import { Lease } from '../../api/coordination-v1.ts';
import { ageSince } from '../../machinery/duration.ts';
import type { ResourceDef } from './types.ts';
import { nameIsDNSSubdomain } from './core/name-validation.ts';
import { validateObjectMeta, validateObjectMetaUpdate } from './core/objectmeta-validation.ts';
import { ageColumn, column, nameColumn } from './core/table-columns.ts';

const HOLDER = 'holderIdentity contains the identity of the holder of a current lease. If Coordinated Leader Election is used, the holder identity must be equal to the elected LeaseCandidate.metadata.name field.';

export const leases: ResourceDef = {
  group: 'coordination.k8s.io',
  version: 'v1',
  resource: 'leases',
  singular: 'lease',
  kind: 'Lease',
  listKind: 'LeaseList',
  namespaced: true,
  shortNames: [],
  categories: [],
  verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  schema: Lease,
  table: {
    columns: [nameColumn(), column('Holder', HOLDER), ageColumn()],
    cells: (obj, now) => [obj.metadata.name, (obj.spec as { holderIdentity?: string } | undefined)?.holderIdentity ?? '', ageSince(obj.metadata.creationTimestamp, now)],
  },
  validateCreate: (obj) => validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain),
  validateUpdate: (obj, old) => [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain)],
};
