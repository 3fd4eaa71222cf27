// ConfigMapDescriber: each data key as "key:\n----\nvalue\n\n", then the
// binary data sizes, then events — an events lookup failure fails the whole
// describe here (it is the one describer that returns that error).
import type { Obj } from '../api-types.ts';
import type { KubectlError } from '../errors.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from './common.ts';
import { CORE, getObj, type DescribeContext } from './describer.ts';
import { describeEvents, searchEvents } from './events.ts';
import { LEVEL_0, PrefixWriter } from './prefix-writer.ts';

interface ConfigMap extends Obj {
  data?: Record<string, string>;
  binaryData?: Record<string, string>;
}

export async function describeConfigMap(c: DescribeContext, namespace: string, name: string): Promise<string | KubectlError> {
  const got = await getObj<ConfigMap>(c, CORE('configmaps'), namespace, name);
  if (!got.ok) return got.error;
  const cm = got.obj;
  const w = new PrefixWriter();
  w.write(LEVEL_0, `Name:\t${cm.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${cm.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', cm.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', cm.metadata?.annotations);
  w.write(LEVEL_0, '\nData\n====\n');
  for (const k of Object.keys(cm.data ?? {}).sort()) {
    w.write(LEVEL_0, `${k}:\n----\n`);
    w.write(LEVEL_0, `${cm.data![k]}\n`);
    w.write(LEVEL_0, '\n');
  }
  w.write(LEVEL_0, '\nBinaryData\n====\n');
  for (const k of Object.keys(cm.binaryData ?? {}).sort()) w.write(LEVEL_0, `${k}: ${atob(cm.binaryData![k]!).length} bytes\n`);
  w.write(LEVEL_0, '\n');
  if (c.showEvents) {
    const found = await searchEvents(c.client, { name, namespace, kind: 'ConfigMap', uid: cm.metadata?.uid }, c.chunkSize);
    if (found.error) return found.error;
    describeEvents(found.events, w, c.now);
  }
  return w.toString();
}
