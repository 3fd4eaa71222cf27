// endpoints (pkg/registry/core/endpoint, ValidateEndpoints, printers.go printEndpoints).
import type { KubeObject } from '../../../api/object.ts';
import { Endpoints, type EndpointAddress, type Endpoints as EndpointsT } from '../../../api/core-v1/endpoints.ts';
import { ageSince } from '../../../machinery/duration.ts';
import { invalid, notSupported, required, type FieldError } from '../../../machinery/field-errors.ts';
import type { ResourceDef } from '../types.ts';
import { IP_ERROR, isQualifiedName, isValidPortNum, nameIsDNSSubdomain, parseIP } from './name-validation.ts';
import { validateDNS1123Label, validateObjectMeta, validateObjectMetaUpdate } from './objectmeta-validation.ts';
import { validateNonSpecialIP } from './ip-validation.ts';
import { ageColumn, column, nameColumn } from './table-columns.ts';

const asEndpoints = (obj: KubeObject | Readonly<KubeObject>): EndpointsT => obj as unknown as EndpointsT;

/** SetDefaults_Endpoints: every port's protocol defaults to TCP. */
export function defaultEndpoints(obj: KubeObject): void {
  for (const ss of asEndpoints(obj).subsets ?? []) for (const p of ss.ports ?? []) p.protocol ||= 'TCP';
}

function validateAddress(addr: EndpointAddress, path: string): FieldError[] {
  const errs: FieldError[] = parseIP(addr.ip) ? [] : [invalid(`${path}.ip`, addr.ip, IP_ERROR)];
  if (addr.hostname) errs.push(...validateDNS1123Label(addr.hostname, `${path}.hostname`));
  if (addr.nodeName) for (const msg of nameIsDNSSubdomain(addr.nodeName, false)) errs.push(invalid(`${path}.nodeName`, addr.nodeName, msg));
  return [...errs, ...validateNonSpecialIP(addr.ip, `${path}.ip`)];
}

/** ValidateEndpoints: each subset needs addresses; ports need names when there are several. */
export function validateEndpoints(ep: EndpointsT): FieldError[] {
  const errs = validateObjectMeta(ep.metadata, true, nameIsDNSSubdomain);
  (ep.subsets ?? []).forEach((ss, i) => {
    const path = `subsets[${i}]`;
    if (!ss.addresses?.length && !ss.notReadyAddresses?.length) errs.push(required(path, 'must specify `addresses` or `notReadyAddresses`'));
    (ss.addresses ?? []).forEach((a, j) => errs.push(...validateAddress(a, `${path}.addresses[${j}]`)));
    (ss.notReadyAddresses ?? []).forEach((a, j) => errs.push(...validateAddress(a, `${path}.notReadyAddresses[${j}]`)));
    const ports = ss.ports ?? [];
    ports.forEach((p, j) => {
      const pp = `${path}.ports[${j}]`;
      if (ports.length > 1 && !p.name) errs.push(required(`${pp}.name`));
      else if (p.name) errs.push(...validateDNS1123Label(p.name, `${pp}.name`));
      for (const msg of isValidPortNum(p.port)) errs.push(invalid(`${pp}.port`, p.port, msg));
      if (!p.protocol) errs.push(required(`${pp}.protocol`));
      else if (!['SCTP', 'TCP', 'UDP'].includes(p.protocol)) errs.push(notSupported(`${pp}.protocol`, p.protocol, ['SCTP', 'TCP', 'UDP']));
      if (p.appProtocol !== undefined) for (const msg of isQualifiedName(p.appProtocol)) errs.push(invalid(`${pp}.appProtocol`, p.appProtocol, msg));
    });
  });
  return errs;
}

/** formatEndpoints: up to three ip:port pairs, then "+ N more...", or <none>. */
export function formatEndpoints(ep: EndpointsT): string {
  if (!ep.subsets?.length) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  const add = (s: string): void => {
    if (list.length === max) more = true;
    else list.push(s);
  };
  for (const ss of ep.subsets) {
    const addrs = ss.addresses ?? [];
    if (!ss.ports?.length) {
      // Headless services may have no ports: bare IPs.
      count += addrs.length;
      for (const a of addrs) add(a.ip);
      continue;
    }
    for (const p of ss.ports) {
      count += addrs.length;
      for (const a of addrs) add(a.ip.includes(':') ? `[${a.ip}]:${p.port}` : `${a.ip}:${p.port}`);
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

const SUBSETS_DESCRIPTION =
  'The set of all endpoints is the union of all subsets. Addresses are placed into subsets according to the IPs they share. A single address with multiple ports, some of which are ready and some of which are not (because they come from different containers) will result in the address being displayed in different subsets for the different ports. No address will appear in both Addresses and NotReadyAddresses in the same subset. Sets of addresses and ports that comprise a service.';

export const endpoints: ResourceDef = {
  group: '',
  version: 'v1',
  resource: 'endpoints',
  singular: 'endpoints',
  kind: 'Endpoints',
  listKind: 'EndpointsList',
  namespaced: true,
  shortNames: ['ep'],
  categories: [],
  verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  schema: Endpoints,
  table: {
    columns: [nameColumn(), column('Endpoints', SUBSETS_DESCRIPTION), ageColumn()],
    cells: (obj, now) => [obj.metadata.name, formatEndpoints(asEndpoints(obj)), ageSince(obj.metadata.creationTimestamp, now)],
  },
  defaultCreate: (obj) => defaultEndpoints(obj),
  validateCreate: (obj) => validateEndpoints(asEndpoints(obj)),
  validateUpdate(obj, old) {
    defaultEndpoints(obj);
    return [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateEndpoints(asEndpoints(obj))];
  },
};
