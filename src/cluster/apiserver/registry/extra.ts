// Groups served beyond core, RBAC and the reviews.
import { appsResources } from './apps.ts';
import { leases } from './coordination.ts';
import { endpointslices } from './discovery-k8s-io.ts';
import type { ResourceDef } from './types.ts';

export { appsResources };
export const coordinationResources: readonly ResourceDef[] = [leases];
export const discoveryResources: readonly ResourceDef[] = [endpointslices];
