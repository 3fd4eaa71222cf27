// ValidateService / ValidateServiceUpdate (pkg/apis/core/validation/validation.go)
// and the allocator's refusals of a requested clusterIP.
import type { Service, ServicePort } from '../../../api/core-v1/service.ts';
import { duplicate, forbidden, GoValue, invalid, notSupported, required, type FieldError } from '../../../machinery/field-errors.ts';
import { goQuote } from '../../../machinery/go-json.ts';
import type { Store } from '../../../machinery/store.ts';
import { goStringSlice } from './go-values.ts';
import { validateNonSpecialIP } from './ip-validation.ts';
import { IP_ERROR, isDNS1123Subdomain, isQualifiedName, isValidPortNum, nameIsDNS1035Label, parseIP } from './name-validation.ts';
import { validateDNS1123Label, validateLabels, validateObjectMeta, validateObjectMetaUpdate } from './objectmeta-validation.ts';
import { validatePortNumOrName } from './probe-validation.ts';
import { externallyAccessible } from './service-defaults.ts';
import { allocatedIPs, inServiceCIDR, SERVICE_CIDR } from './service-ip-allocation.ts';
import { PROTOCOLS } from './container-field-validation.ts';

const headless = (s: Service): boolean => s.spec.clusterIPs?.[0] === 'None' || s.spec.clusterIP === 'None';
const opt = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;

function validateServicePort(sp: ServicePort, requireName: boolean, names: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (requireName && !sp.name) errs.push(required(`${path}.name`));
  else if (sp.name) {
    errs.push(...validateDNS1123Label(sp.name, `${path}.name`));
    if (names.has(sp.name)) errs.push(duplicate(`${path}.name`, sp.name));
    else names.add(sp.name);
  }
  errs.push(...isValidPortNum(sp.port).map((m) => invalid(`${path}.port`, sp.port, m)));
  if (!sp.protocol) errs.push(required(`${path}.protocol`));
  else if (!PROTOCOLS.includes(sp.protocol)) errs.push(notSupported(`${path}.protocol`, sp.protocol, PROTOCOLS));
  errs.push(...validatePortNumOrName(sp.targetPort, `${path}.targetPort`));
  if (opt(sp.appProtocol)) errs.push(...isQualifiedName(sp.appProtocol).map((m) => invalid(`${path}.appProtocol`, sp.appProtocol!, m)));
  return errs;
}

/** %#v of the core.ServicePort key used in the duplicate-port check. */
const portKey = (p: ServicePort): GoValue =>
  new GoValue(`core.ServicePort{Name:"", Protocol:${goQuote(p.protocol ?? '')}, AppProtocol:(*string)(nil), Port:${p.port}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`);

/** ValidateServiceClusterIPsRelatedFields, single-stack part. */
function validateClusterIPs(s: Service): FieldError[] {
  if (s.spec.type === 'ExternalName') return [];
  const errs: FieldError[] = [];
  const ips = s.spec.clusterIPs ?? [];
  if (s.spec.clusterIP) {
    if (!ips.length) errs.push(required('spec.clusterIPs'));
    else if (ips[0] !== s.spec.clusterIP) errs.push(invalid('spec.clusterIPs', goStringSlice(ips), 'first value must match `clusterIP`'));
  } else if (ips.length) errs.push(invalid('spec.clusterIPs', goStringSlice(ips), 'must be empty when `clusterIP` is not specified'));
  (s.spec.ipFamilies ?? []).forEach((f, i) => {
    if (f !== 'IPv4' && f !== 'IPv6') errs.push(notSupported(`spec.ipFamilies[${i}]`, f, ['IPv4', 'IPv6']));
  });
  const policy = s.spec.ipFamilyPolicy;
  if (opt(policy) && !['PreferDualStack', 'RequireDualStack', 'SingleStack'].includes(policy)) {
    errs.push(notSupported('spec.ipFamilyPolicy', policy, ['PreferDualStack', 'RequireDualStack', 'SingleStack']));
  }
  ips.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (ips.length > 1) errs.push(invalid('spec.clusterIPs', goStringSlice(ips), "'None' must be the first and only value"));
      return;
    }
    if (!parseIP(ip)) errs.push(invalid(`spec.clusterIPs[${i}]`, ip, IP_ERROR));
  });
  if (ips.length > 2) errs.push(invalid('spec.clusterIPs', goStringSlice(ips), 'may only hold up to 2 values'));
  return errs;
}

/** ValidateService, in Kubernetes' order. */
export function validateService(s: Service): FieldError[] {
  const spec = s.spec;
  const errs = validateObjectMeta(s.metadata, true, nameIsDNS1035Label);
  if (!spec.ports?.length && !headless(s) && spec.type !== 'ExternalName') errs.push(required('spec.ports'));
  if ((spec.type === 'LoadBalancer' || spec.type === 'NodePort') && headless(s)) {
    errs.push(invalid('spec.clusterIPs[0]', spec.clusterIPs?.[0] ?? 'None', `may not be set to 'None' for ${spec.type} services`));
  }
  if (spec.type === 'ExternalName') {
    if (spec.clusterIPs?.length) errs.push(forbidden('spec.clusterIPs', 'may not be set for ExternalName services'));
    if (spec.ipFamilies?.length) errs.push(forbidden('spec.ipFamilies', 'may not be set for ExternalName services'));
    if (opt(spec.ipFamilyPolicy)) errs.push(forbidden('spec.ipFamilyPolicy', 'may not be set for ExternalName services'));
    const cname = (spec.externalName ?? '').replace(/\.$/, '');
    if (cname) errs.push(...isDNS1123Subdomain(cname).map((m) => invalid('spec.externalName', cname, m)));
    else errs.push(required('spec.externalName'));
  }
  const names = new Set<string>();
  const ports = spec.ports ?? [];
  ports.forEach((p, i) => errs.push(...validateServicePort(p, ports.length > 1, names, `spec.ports[${i}]`)));
  if (spec.selector) errs.push(...validateLabels(spec.selector, 'spec.selector'));
  if (!spec.sessionAffinity) errs.push(required('spec.sessionAffinity'));
  else if (!['ClientIP', 'None'].includes(spec.sessionAffinity)) errs.push(notSupported('spec.sessionAffinity', spec.sessionAffinity, ['ClientIP', 'None']));
  if (spec.sessionAffinity === 'None' && opt(spec.sessionAffinityConfig)) errs.push(forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None'));
  errs.push(...validateClusterIPs(s));
  (spec.externalIPs ?? []).forEach((ip, i) => {
    if (!parseIP(ip)) errs.push(invalid(`spec.externalIPs[${i}]`, ip, IP_ERROR));
    else errs.push(...validateNonSpecialIP(ip, `spec.externalIPs[${i}]`));
  });
  const types = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
  if (!spec.type) errs.push(required('spec.type'));
  else if (!types.includes(spec.type)) errs.push(notSupported('spec.type', spec.type, types));
  if (spec.type === 'ClusterIP') ports.forEach((p, i) => p.nodePort && errs.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'")));
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const k = `${p.protocol}/${p.nodePort}`;
    if (nodePorts.has(k)) errs.push(duplicate(`spec.ports[${i}].nodePort`, p.nodePort));
    nodePorts.add(k);
  });
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const k = `${p.protocol}/${p.port}`;
    if (seen.has(k)) errs.push(duplicate(`spec.ports[${i}]`, portKey(p)));
    seen.add(k);
  });
  if (opt(spec.allocateLoadBalancerNodePorts) && spec.type !== 'LoadBalancer') errs.push(forbidden('spec.allocateLoadBalancerNodePorts', "may only be used when `type` is 'LoadBalancer'"));
  // Kubernetes names this path without "spec.".
  if (spec.type === 'LoadBalancer' && !opt(spec.allocateLoadBalancerNodePorts)) errs.push(required('allocateLoadBalancerNodePorts'));
  if (!externallyAccessible(s)) {
    if (spec.externalTrafficPolicy) errs.push(invalid('spec.externalTrafficPolicy', spec.externalTrafficPolicy, 'may only be set for externally-accessible services'));
  } else if (!spec.externalTrafficPolicy) errs.push(required('spec.externalTrafficPolicy'));
  else if (!['Cluster', 'Local'].includes(spec.externalTrafficPolicy)) errs.push(notSupported('spec.externalTrafficPolicy', spec.externalTrafficPolicy, ['Cluster', 'Local']));
  const itp = spec.internalTrafficPolicy;
  if (!opt(itp) && ['NodePort', 'LoadBalancer', 'ClusterIP'].includes(spec.type ?? '')) errs.push(required('spec.internalTrafficPolicy'));
  if (opt(itp) && !['Cluster', 'Local'].includes(itp)) errs.push(notSupported('spec.internalTrafficPolicy', itp, ['Cluster', 'Local']));
  return errs;
}

/**
 * The allocator refusing a requested clusterIP: outside the service CIDR or
 * already held by another Service. UNVERIFIED: the wording of the two reasons
 * (ipallocator ErrNotInRange, ErrAllocated) is recalled, not read.
 */
export function validateClusterIPAllocation(s: Service, store: Store): FieldError[] {
  const ip = s.spec.clusterIP;
  if (!ip || ip === 'None' || s.spec.type === 'ExternalName' || !parseIP(ip)) return [];
  const fail = (why: string): FieldError[] => [invalid('spec.clusterIPs', goStringSlice(s.spec.clusterIPs), `failed to allocate IP ${ip}: ${why}`)];
  if (!inServiceCIDR(ip)) return fail(`the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${SERVICE_CIDR}`);
  if (allocatedIPs(store, s).has(ip)) return fail('provided IP is already allocated');
  return [];
}

/** ValidateServiceUpdate: cluster IPs and IP families, once set, stay (unless ExternalName is involved). */
export function validateServiceUpdate(s: Service, old: Readonly<Service>): FieldError[] {
  const errs = validateObjectMetaUpdate(s.metadata, old.metadata);
  const external = s.spec.type === 'ExternalName' || old.spec.type === 'ExternalName';
  if (!external && !(headless(s) && headless(old))) {
    const prev = old.spec.clusterIPs ?? [];
    const next = s.spec.clusterIPs ?? [];
    if (prev.length === next.length) prev.forEach((ip, i) => ip !== next[i] && errs.push(invalid(`spec.clusterIPs[${i}]`, goStringSlice(next), 'may not change once set')));
    else if (prev.length > next.length && next.length === 0) errs.push(invalid('spec.clusterIPs[0]', goStringSlice(next), 'primary clusterIP can not be unset'));
  }
  if (!external && headless(s) === headless(old) && !headless(s)) {
    const prev = old.spec.ipFamilies ?? [];
    const next = s.spec.ipFamilies ?? [];
    if (prev.length === next.length && prev.some((f, i) => f !== next[i])) {
      errs.push(invalid('spec.ipFamilies[0]', new GoValue(`[]core.IPFamily{${next.map(goQuote).join(', ')}}`), 'may not change once set'));
    }
  }
  return [...errs, ...validateService(s)];
}
