// The core ("") group, version v1, as this API server serves it.
import type { ResourceDef } from '../types.ts';
import { configmaps } from './configmaps.ts';
import { endpoints } from './endpoints.ts';
import { events } from './events.ts';
import { namespaces } from './namespaces.ts';
import { nodes } from './nodes.ts';
import { pods } from './pods.ts';
import { secrets } from './secrets.ts';
import { serviceaccounts } from './serviceaccounts.ts';
import { services } from './services.ts';

export { configmaps, endpoints, events, namespaces, nodes, pods, secrets, serviceaccounts, services };

export const coreResources: readonly ResourceDef[] = [namespaces, serviceaccounts, secrets, configmaps, pods, services, endpoints, nodes, events];
