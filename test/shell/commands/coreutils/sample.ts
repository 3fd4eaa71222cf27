// The files the recorded cases ran against (the same bytes were written to a
// scratch directory for the real tools), and the runner every table uses.
import { expect } from 'vitest';
import type { Command } from '../../../../src/shell/command.ts';
import { file, run, world, type RunOptions, type World } from '../fixtures.ts';

export interface Case {
  argv: string[];
  stdin?: string;
  stdout: string;
  stderr?: string;
  exit?: number;
}

export const SAMPLE_FILES: Record<string, string> = {
  "g1": "Hello world\nfoo bar\nHELLO again\nabc123\n",
  "g2": "x\nhello\n",
  "c1": "a:b:c\nd:e\nnodelim\n",
  "s1": "b 2\na 10\nB 1\n  c 3\na 2\n\n10\n9\n-1\n1.5\nx\n",
  "u1": "a\na\nb\nc\nc\nc\nA\na\n",
  "f4": "a\nb\nc\nd",
  "secrets": "NAME                  TYPE                                  DATA   AGE\ndefault-token-7c6dm   kubernetes.io/service-account-token   3      27d\nmy-service-account-token-x1   kubernetes.io/service-account-token   3      1d\n",
  "sub/g3": "hello sub\n",
  "pods.json": "{\n  \"kind\": \"PodList\",\n  \"apiVersion\": \"v1\",\n  \"metadata\": {\"resourceVersion\": \"79523984\"},\n  \"items\": [\n    {\"metadata\": {\"name\": \"somaz-db-d7d785ff4-mwgfm\", \"namespace\": \"somaz\", \"labels\": {\"app\": \"db\"}}, \"spec\": {\"serviceAccountName\": \"default\", \"containers\": [{\"name\": \"db\", \"image\": \"mysql:8\"}]}, \"status\": {\"phase\": \"Running\"}},\n    {\"metadata\": {\"name\": \"web-1\", \"namespace\": \"somaz\", \"labels\": {\"app\": \"web\"}}, \"spec\": {\"serviceAccountName\": \"my-sa\", \"containers\": [{\"name\": \"web\", \"image\": \"nginx\"}, {\"name\": \"side\", \"image\": \"busybox\"}]}, \"status\": {\"phase\": \"Pending\"}}\n  ]\n}\n",
  "secret.json": "{\"apiVersion\":\"v1\",\"data\":{\"ca.crt\":\"Q0VSVA==\",\"namespace\":\"c29tYXo=\",\"token\":\"ZXlKaGJHY2lPaUpTVXpJMU5pSjkuZXlKemRXSWlPaUp6ZVhOMFpXMDZjMlZ5ZG1salpXRmpZMjkxYm5RNmMyOXRZWG82WkdWbVlYVnNkQ0o5LnNpZw==\"},\"kind\":\"Secret\",\"type\":\"kubernetes.io/service-account-token\"}\n",
};

/** A world whose working directory /work holds SAMPLE_FILES. */
export function sampleWorld(): World {
  const w = world();
  for (const [name, text] of Object.entries(SAMPLE_FILES)) file(w.vfs, `/work/${name}`, text);
  return w;
}

/** Runs one recorded case with `cmd` and asserts what it printed and returned. */
export async function expectCase(cmd: Command, c: Case, o: RunOptions = {}, w: World = sampleWorld()): Promise<void> {
  const r = await run(w, cmd, c.argv, { cwd: '/work', stdin: c.stdin ?? '', ...o });
  expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr ?? '', exit: c.exit ?? 0 });
}

/** A readable test name: the command line with its stdin. */
export const title = (c: Case): string => `${c.argv.map((a) => (/^[\w./:=,-]+$/.test(a) ? a : `'${a}'`)).join(' ')}${c.stdin !== undefined ? ` <<< ${JSON.stringify(c.stdin)}` : ''}`;
