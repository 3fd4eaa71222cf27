// SecretDescriber: metadata, the type, and per key its size in bytes — except
// the `token` of a service-account-token Secret, which is printed in full.
// Go ranges over the data map in random order; sorted is one of its orders.
import type { Obj } from '../api-types.ts';
import type { KubectlError } from '../errors.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from './common.ts';
import { CORE, getObj, type DescribeContext } from './describer.ts';
import { LEVEL_0, PrefixWriter } from './prefix-writer.ts';

interface Secret extends Obj {
  type?: string;
  data?: Record<string, string>;
}

const decoded = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));

export async function describeSecret(c: DescribeContext, namespace: string, name: string): Promise<string | KubectlError> {
  const got = await getObj<Secret>(c, CORE('secrets'), namespace, name);
  if (!got.ok) return got.error;
  const s = got.obj;
  const w = new PrefixWriter();
  w.write(LEVEL_0, `Name:\t${s.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${s.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', s.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', s.metadata?.annotations);
  w.write(LEVEL_0, `\nType:\t${s.type ?? ''}\n`);
  w.write(LEVEL_0, '\nData\n====\n');
  for (const k of Object.keys(s.data ?? {}).sort()) {
    const bytes = decoded(s.data![k]!);
    if (k === 'token' && s.type === 'kubernetes.io/service-account-token') w.write(LEVEL_0, `${k}:\t${new TextDecoder().decode(bytes)}\n`);
    else w.write(LEVEL_0, `${k}:\t${bytes.length} bytes\n`);
  }
  return w.toString();
}
