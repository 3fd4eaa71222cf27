// Everything that differs between the Kubernetes versions the playground can
// simulate lives here, as data, not as `if` statements across the code.

export type ClusterVersionName = '1.23' | '1.33';

export interface ClusterVersion {
  name: ClusterVersionName;
  major: string;
  minor: string;
  /** what /version reports */
  info: {
    gitVersion: string;
    gitCommit: string;
    buildDate: string;
    goVersion: string;
    /** 1.33+ reports emulation and min-compatibility versions */
    emulation?: { major: string; minor: string; minCompatibilityMajor: string; minCompatibilityMinor: string };
  };
  /** the ServiceAccount issuer-discovery ClusterRole lists trailing-slash URLs (1.31+) */
  issuerDiscoveryTrailingSlash: boolean;
  /** SelfSubjectReview is served at authentication.k8s.io/v1 (1.28+) */
  selfSubjectReviewV1: boolean;
}

export const VERSIONS: Record<ClusterVersionName, ClusterVersion> = {
  '1.23': {
    name: '1.23',
    major: '1',
    minor: '23',
    info: {
      gitVersion: 'v1.23.17',
      gitCommit: '953be8927218ec8067e1af2641e540238ffd7576',
      buildDate: '2023-02-22T13:27:46Z',
      goVersion: 'go1.19.6',
    },
    issuerDiscoveryTrailingSlash: false,
    selfSubjectReviewV1: false,
  },
  '1.33': {
    name: '1.33',
    major: '1',
    minor: '33',
    info: {
      gitVersion: 'v1.33.1',
      gitCommit: '8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828',
      buildDate: '2025-05-15T08:19:08Z',
      goVersion: 'go1.24.2',
      emulation: { major: '1', minor: '33', minCompatibilityMajor: '1', minCompatibilityMinor: '32' },
    },
    issuerDiscoveryTrailingSlash: true,
    selfSubjectReviewV1: true,
  },
};

export const DEFAULT_VERSION: ClusterVersionName = '1.33';
