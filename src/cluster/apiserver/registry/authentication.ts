// authentication.k8s.io/v1 selfsubjectreviews (pkg/registry/authentication/selfsubjectreview):
// create-only, never stored; the answer is the caller's own user info.
import type { KubeObject } from '../../api/object.ts';
import { SelfSubjectReview } from '../../api/core-v1/self-subject-review.ts';
import { rfc3339 } from '../../machinery/clock.ts';
import { column, CREATION_TIMESTAMP_DESCRIPTION, nameColumn } from './core/table-columns.ts';
import type { ResourceDef } from './types.ts';

export const selfsubjectreviews: ResourceDef = {
  group: 'authentication.k8s.io',
  version: 'v1',
  resource: 'selfsubjectreviews',
  singular: 'selfsubjectreview',
  kind: 'SelfSubjectReview',
  listKind: 'SelfSubjectReviewList',
  namespaced: false,
  shortNames: [],
  categories: [],
  verbs: ['create'],
  schema: SelfSubjectReview,
  // No printer: the default table convertor (Name, Created At).
  table: {
    columns: [nameColumn(), column('Created At', CREATION_TIMESTAMP_DESCRIPTION, { type: 'date' })],
    cells: (obj) => [obj.metadata.name ?? '', obj.metadata.creationTimestamp ?? ''],
  },
  /**
   * The review is answered, not stored: status.userInfo is the authenticated
   * user (after impersonation) — username, uid, groups, extra — and
   * metadata.creationTimestamp is now (UNVERIFIED: the timestamp).
   */
  virtualCreate(obj, ctx): KubeObject {
    const u = ctx.user;
    const userInfo: Record<string, unknown> = { username: u.username };
    if (u.uid) userInfo.uid = u.uid;
    if (u.groups.length) userInfo.groups = [...u.groups];
    if (u.extra && Object.keys(u.extra).length) userInfo.extra = structuredClone(u.extra);
    return {
      kind: 'SelfSubjectReview',
      apiVersion: 'authentication.k8s.io/v1',
      metadata: { ...obj.metadata, creationTimestamp: rfc3339(ctx.now) },
      status: { userInfo },
    };
  },
};
