// services (pkg/registry/core/service): discovery, defaults and allocation,
// validation and the table.
import type { KubeObject } from '../../../api/object.ts';
import { Service, type Service as ServiceT } from '../../../api/core-v1/service.ts';
import type { ResourceDef } from '../types.ts';
import { allocateService, defaultService, keepAllocatedValues } from './service-defaults.ts';
import { serviceCells, serviceColumns } from './service-table.ts';
import { validateClusterIPAllocation, validateService, validateServiceUpdate } from './service-validation.ts';

const asService = (obj: KubeObject | Readonly<KubeObject>): ServiceT => obj as unknown as ServiceT;

export const services: ResourceDef = {
  group: '',
  version: 'v1',
  resource: 'services',
  singular: 'service',
  kind: 'Service',
  listKind: 'ServiceList',
  namespaced: true,
  shortNames: ['svc'],
  categories: ['all'],
  // +genclient:skipVerbs=deleteCollection
  verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
  schema: Service,
  subresources: ['proxy', 'status'],
  returnDeletedObject: true,
  fieldSelectors: ['spec.clusterIP', 'spec.type'],
  table: { columns: serviceColumns, cells: (obj, now) => serviceCells(asService(obj), now) },
  defaultCreate(obj, ctx) {
    const svc = asService(obj);
    defaultService(svc);
    allocateService(svc, ctx.store, ctx.random);
  },
  // The allocator only runs once validation has passed, so its refusal comes alone.
  validateCreate(obj, ctx) {
    const errs = validateService(asService(obj));
    return errs.length ? errs : validateClusterIPAllocation(asService(obj), ctx.store);
  },
  // One hook for an update: decode-time defaults, keeping what was allocated, then ValidateServiceUpdate.
  validateUpdate(obj, old, ctx) {
    const svc = asService(obj);
    defaultService(svc);
    keepAllocatedValues(svc, asService(old));
    allocateService(svc, ctx.store, ctx.random);
    return validateServiceUpdate(svc, asService(old));
  },
};
