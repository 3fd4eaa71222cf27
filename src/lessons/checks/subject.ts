// A subject as the authorizer sees it: a ServiceAccount's username implies its
// groups (system:serviceaccounts, system:serviceaccounts:NS), every
// authenticated subject is in system:authenticated.

export interface Subject {
  user: string;
  groups: string[];
}

export function subjectOf(as: string, extraGroups: string[] = []): Subject {
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(as);
  const groups = sa ? ['system:serviceaccounts', `system:serviceaccounts:${sa[1]}`] : [];
  return { user: as, groups: [...new Set([...groups, ...extraGroups, 'system:authenticated'])] };
}

/** "`default` in `somaz`" for a ServiceAccount, else "`alice`" */
export function describeSubject(as: string): string {
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(as);
  return sa ? `\`${sa[2]}\` in \`${sa[1]}\`` : `\`${as}\``;
}
