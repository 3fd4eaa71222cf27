// Role, ClusterRole, RoleBinding and ClusterRoleBinding describers.
import type { Obj } from '../api-types.ts';
import type { KubectlError } from '../errors.ts';
import { displayRules, ruleCells, type PolicyRule } from '../rbac/policy-rules.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from './common.ts';
import { getObj, RBAC, type DescribeContext } from './describer.ts';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './prefix-writer.ts';

interface Role extends Obj {
  rules?: PolicyRule[];
}

interface Binding extends Obj {
  roleRef?: { kind?: string; name?: string };
  subjects?: Array<{ kind?: string; name?: string; namespace?: string }>;
}

function header(w: PrefixWriter, o: Obj): void {
  w.write(LEVEL_0, `Name:\t${o.metadata?.name ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', o.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', o.metadata?.annotations);
}

async function describeRoleLike(c: DescribeContext, resource: 'roles' | 'clusterroles', namespace: string, name: string): Promise<string | KubectlError> {
  const got = await getObj<Role>(c, RBAC(resource, resource === 'roles'), namespace, name);
  if (!got.ok) return got.error;
  const w = new PrefixWriter();
  header(w, got.obj);
  w.write(LEVEL_0, 'PolicyRule:\n');
  w.write(LEVEL_1, 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n');
  w.write(LEVEL_1, '---------\t-----------------\t--------------\t-----\n');
  for (const r of displayRules(got.obj.rules ?? [])) w.write(LEVEL_1, ruleCells(r).join('\t') + '\n');
  return w.toString();
}

async function describeBindingLike(c: DescribeContext, resource: 'rolebindings' | 'clusterrolebindings', namespace: string, name: string): Promise<string | KubectlError> {
  const got = await getObj<Binding>(c, RBAC(resource, resource === 'rolebindings'), namespace, name);
  if (!got.ok) return got.error;
  const b = got.obj;
  const w = new PrefixWriter();
  header(w, b);
  w.write(LEVEL_0, 'Role:\n');
  w.write(LEVEL_1, `Kind:\t${b.roleRef?.kind ?? ''}\n`);
  w.write(LEVEL_1, `Name:\t${b.roleRef?.name ?? ''}\n`);
  w.write(LEVEL_0, 'Subjects:\n');
  w.write(LEVEL_1, 'Kind\tName\tNamespace\n');
  w.write(LEVEL_1, '----\t----\t---------\n');
  for (const s of b.subjects ?? []) w.write(LEVEL_1, `${s.kind ?? ''}\t${s.name ?? ''}\t${s.namespace ?? ''}\n`);
  return w.toString();
}

export const describeRole = (c: DescribeContext, ns: string, name: string) => describeRoleLike(c, 'roles', ns, name);
export const describeClusterRole = (c: DescribeContext, _ns: string, name: string) => describeRoleLike(c, 'clusterroles', '', name);
export const describeRoleBinding = (c: DescribeContext, ns: string, name: string) => describeBindingLike(c, 'rolebindings', ns, name);
export const describeClusterRoleBinding = (c: DescribeContext, _ns: string, name: string) => describeBindingLike(c, 'clusterrolebindings', '', name);
