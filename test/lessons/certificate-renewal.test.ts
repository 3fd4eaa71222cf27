// Fast-forwarding a year must not end in TLS errors that have nothing to do
// with the lesson: the playground renews the API server's one-year
// certificate (from the same CA) as it nears expiry, and says so once.
import { describe, expect, it } from 'vitest';
import { lessonFiles, loadLessonFiles } from '../../src/cli/lessons-check.ts';
import { parseCertificate } from '../../src/cluster/pki/trust.ts';
import { Course, LessonRunner } from '../../src/lessons/index.ts';
import { fixtureKeys } from '../cluster/keys-fixture.ts';

const course = new Course(loadLessonFiles(lessonFiles()).lessons);
const DAY = 86_400_000;

describe('the API server certificate across a year', () => {
  it('is renewed when the clock nears its expiry, and kubectl and curl keep working', async () => {
    const r = await LessonRunner.start(course.find('00')!, { cluster: { keys: fixtureKeys() } });
    const before = (await r.cluster.keys()).servingCertPem;
    await r.advance(300 * DAY);
    expect((await r.cluster.keys()).servingCertPem).toBe(before);
    expect(r.notices).toEqual([]);
    await r.advance(65 * DAY); // 365 days: inside the last month
    const renewed = parseCertificate((await r.cluster.keys()).servingCertPem)!;
    expect(renewed.notAfter).toBe(r.cluster.clock.now() + 365 * DAY);
    expect(renewed.issuerCommonName).toBe('kubernetes');
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatch(/renewed from the same CA/);
    expect((await r.run('kubectl get ns default -o name')).stdout).toBe('namespace/default\n');
    await r.run('kubectl config view --raw -o jsonpath="{.clusters[0].cluster.certificate-authority-data}" | base64 -d > ca.crt');
    const curl = await r.run('curl -s --cacert ca.crt https://192.168.49.2:6443/version -o /dev/null -w "%{http_code}"');
    expect(curl.stdout + curl.stderr).toBe('200');
  });

  it('a `sleep` past the expiry renews it too, and a replay renews at the same moment', async () => {
    const opts = { cluster: { keys: fixtureKeys(), seed: 2 } };
    const a = await LessonRunner.start(course.find('00')!, opts);
    await a.run('sleep 400d');
    expect((await a.run('kubectl get ns default -o name')).stdout).toBe('namespace/default\n');
    const b = await LessonRunner.start(course.find('00')!, { ...opts, journal: a.journal });
    expect(parseCertificate((await b.cluster.keys()).servingCertPem)!.notAfter).toBe(parseCertificate((await a.cluster.keys()).servingCertPem)!.notAfter);
  });
});
