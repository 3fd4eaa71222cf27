// GET /version (apimachinery/pkg/version.Info): readable by anyone, anonymous too.
import type { ClusterVersion } from '../../versions.ts';

export function versionInfo(v: ClusterVersion): Record<string, string> {
  const out: Record<string, string> = { major: v.major, minor: v.minor };
  const e = v.info.emulation;
  if (e) {
    out.emulationMajor = e.major;
    out.emulationMinor = e.minor;
    out.minCompatibilityMajor = e.minCompatibilityMajor;
    out.minCompatibilityMinor = e.minCompatibilityMinor;
  }
  return {
    ...out,
    gitVersion: v.info.gitVersion,
    gitCommit: v.info.gitCommit,
    gitTreeState: 'clean',
    buildDate: v.info.buildDate,
    goVersion: v.info.goVersion,
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}
