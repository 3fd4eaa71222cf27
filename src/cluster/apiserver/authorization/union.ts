// The authorizer chain kube-apiserver builds for --authorization-mode=Node,RBAC:
// members of system:masters are allowed before anything else is asked
// (authorizerfactory.NewPrivilegedGroups), then the Node authorizer answers
// for kubelets (node.ts), then RBAC decides.
import { SYSTEM_MASTERS } from '../authentication/user.ts';
import type { Attributes, Authorizer, Decision } from './authorizer.ts';

export class UnionAuthorizer implements Authorizer {
  #members: Authorizer[];
  constructor(members: Authorizer[]) {
    this.#members = members;
  }
  authorize(a: Attributes): Decision {
    const reasons: string[] = [];
    for (const m of this.#members) {
      const d = m.authorize(a);
      if (d.decision !== 'NoOpinion') return d;
      if (d.reason) reasons.push(d.reason);
    }
    return { decision: 'NoOpinion', reason: reasons.join('\n') };
  }
}

export class PrivilegedGroupAuthorizer implements Authorizer {
  authorize(a: Attributes): Decision {
    if (a.user.groups.includes(SYSTEM_MASTERS)) return { decision: 'Allow', reason: '' };
    return { decision: 'NoOpinion', reason: '' };
  }
}
