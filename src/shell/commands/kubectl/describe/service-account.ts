// ServiceAccountDescriber: the SA, its namespace's Secrets (token Secrets
// annotated with the SA's name and UID are its "Tokens"; referenced secrets
// that do not exist get " (not found)") and its events.
import type { Obj } from '../api-types.ts';
import type { KubectlError } from '../errors.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from './common.ts';
import { CORE, getObj, listObjs, type DescribeContext } from './describer.ts';
import { describeEvents, searchEvents } from './events.ts';
import { LEVEL_0, PrefixWriter } from './prefix-writer.ts';

interface ServiceAccount extends Obj {
  secrets?: Array<{ name?: string }>;
  imagePullSecrets?: Array<{ name?: string }>;
}

const EMPTY_HEADER = '                   ';
const HEADERS = { pull: 'Image pull secrets:', mount: 'Mountable secrets: ', token: 'Tokens:            ' };

export async function describeServiceAccount(c: DescribeContext, namespace: string, name: string): Promise<string | KubectlError> {
  const got = await getObj<ServiceAccount>(c, CORE('serviceaccounts'), namespace, name);
  if (!got.ok) return got.error;
  const sa = got.obj;
  const tokens: string[] = [];
  const missing = new Set<string>();
  const secrets = await listObjs(c, CORE('secrets'), namespace);
  if (secrets.ok) {
    const existing = new Set<string>();
    for (const s of secrets.items) {
      const a = s.metadata?.annotations ?? {};
      if (s.type === 'kubernetes.io/service-account-token' && a['kubernetes.io/service-account.name'] === sa.metadata?.name && a['kubernetes.io/service-account.uid'] === sa.metadata?.uid) tokens.push(s.metadata?.name ?? '');
      existing.add(s.metadata?.name ?? '');
    }
    for (const s of [...(sa.secrets ?? []), ...(sa.imagePullSecrets ?? [])]) if (!existing.has(s.name ?? '')) missing.add(s.name ?? '');
  }
  const events = c.showEvents ? (await searchEvents(c.client, { name, namespace, kind: 'ServiceAccount', uid: sa.metadata?.uid }, c.chunkSize)).events : undefined;
  const w = new PrefixWriter();
  w.write(LEVEL_0, `Name:\t${sa.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${sa.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', sa.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', sa.metadata?.annotations);
  const groups: Array<[string, string[]]> = [
    [HEADERS.pull, (sa.imagePullSecrets ?? []).map((s) => s.name ?? '')],
    [HEADERS.mount, (sa.secrets ?? []).map((s) => s.name ?? '')],
    [HEADERS.token, tokens],
  ];
  for (const [header, names] of groups) {
    if (!names.length) w.write(LEVEL_0, `${header}\t<none>\n`);
    names.forEach((n, i) => w.write(LEVEL_0, `${i ? EMPTY_HEADER : header}\t${n}${missing.has(n) ? ' (not found)' : ''}\n`));
  }
  if (events) describeEvents(events, w, c.now);
  return w.toString();
}
