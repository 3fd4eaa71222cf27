// Runs the controllers. Instead of informers and work queues, a write marks
// the controllers watching that resource dirty, and settle() — called by the
// API server after each successful write — runs dirty controllers until
// nothing changes, so clients always read a settled cluster.
import { LoopbackClient } from '../client/loopback.ts';
import type { StaticTokenAuthenticator } from '../apiserver/authentication/token-file.ts';
import type { UserInfo } from '../apiserver/authentication/user.ts';
import type { ApiServer } from '../apiserver/server.ts';
import { randomInt, type RandomSource } from '../machinery/random.ts';
import type { Store } from '../machinery/store.ts';
import type { Controller } from './controller.ts';

/** kube-controller-manager's own identity (its client certificate: CN, no O). */
export const KUBE_CONTROLLER_MANAGER: UserInfo = { username: 'system:kube-controller-manager', groups: [] };

/** A controller loop that never settles is a bug; stop rather than hang the page. */
const MAX_ROUNDS = 20;

export class ControllerManager {
  #controllers: Controller[] = [];
  #clients = new Map<Controller, LoopbackClient>();
  #informer?: LoopbackClient;
  #dirty = new Set<Controller>();
  #settling = false;

  /** Gives each controller a loopback token for its identity and starts watching. */
  start(apiServer: ApiServer, store: Store, tokens: StaticTokenAuthenticator, random: RandomSource, controllers: Controller[]): void {
    this.#controllers = controllers;
    const newToken = () => Array.from({ length: 32 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[randomInt(random, 36)]).join('');
    // The shared informers list and watch with kube-controller-manager's own credentials.
    const informerToken = newToken();
    tokens.add(informerToken, KUBE_CONTROLLER_MANAGER);
    this.#informer = new LoopbackClient((r) => apiServer.handle(r), informerToken, 'kube-controller-manager/shared-informers');
    for (const c of this.#controllers) {
      const token = newToken();
      tokens.add(token, c.user ?? {
        username: `system:serviceaccount:kube-system:${c.name}`,
        groups: ['system:serviceaccounts', 'system:serviceaccounts:kube-system'],
      });
      this.#clients.set(c, new LoopbackClient((r) => apiServer.handle(r), token, `kube-controller-manager/${c.name}`));
      this.#dirty.add(c);
      c.start?.(() => this.requeue(c));
    }
    store.onChange((e) => {
      for (const c of this.#controllers) if (c.watches.includes(e.key)) this.#dirty.add(c);
    });
  }

  /** Marks a controller dirty and settles (when already settling, the running loop picks it up). */
  async requeue(c: Controller): Promise<void> {
    this.#dirty.add(c);
    await this.settle();
  }

  /** Runs dirty controllers until none is dirty. */
  async settle(): Promise<void> {
    if (this.#settling) return;
    this.#settling = true;
    try {
      for (let round = 0; round < MAX_ROUNDS && this.#dirty.size; round++) {
        const batch = [...this.#dirty];
        this.#dirty.clear();
        for (const c of batch) await c.sync(this.#clients.get(c)!, this.#informer!);
      }
    } finally {
      this.#settling = false;
    }
  }
}
