// createCluster(): the one public door into the simulated control plane.
import { AdmissionChain } from './apiserver/admission/admission.ts';
import { NamespaceLifecycle } from './apiserver/admission/namespace-lifecycle.ts';
import { ServiceAccountAdmission } from './apiserver/admission/serviceaccount.ts';
import { authenticate } from './apiserver/authentication/authenticator.ts';
import { StaticTokenAuthenticator } from './apiserver/authentication/token-file.ts';
import { openIdMetadata, type OpenIDMetadata } from './apiserver/endpoints/openid-metadata.ts';
import { serviceAccountTokenHandler } from './apiserver/registry/core/serviceaccount-token.ts';
import { ServiceAccountTokenAuthenticator } from './serviceaccount/authenticator.ts';
import { NodeAuthorizer } from './apiserver/authorization/node.ts';
import { PrivilegedGroupAuthorizer, UnionAuthorizer } from './apiserver/authorization/union.ts';
import { GenericRegistry } from './apiserver/registry/generic-registry.ts';
import type { ResourceDef } from './apiserver/registry/types.ts';
import { ApiServer } from './apiserver/server.ts';
import { allResources } from './apiserver/registry/all.ts';
import { RBACAuthorizer } from './apiserver/authorization/rbac/authorizer.ts';
import { NODE_IP, SECURE_PORT } from './bootstrap.ts';
import { LoopbackClient } from './client/loopback.ts';
import { bootstrap, SYSTEM_APISERVER } from './bootstrap-template.ts';
import { ControllerManager } from './controller-manager/controller-manager.ts';
import { Kubelet } from './kubelet/kubelet.ts';
import { Scheduler } from './scheduler/scheduler.ts';
import { controllerManagerControllers } from './controller-manager/controllers.ts';
import type { ComponentContext } from './component-context.ts';
import { Timers } from './machinery/timers.ts';
import { generateClusterKeys, importClusterKeys } from './pki/keys.ts';
import type { ClusterKeys, SerializedClusterKeys } from './pki/types.ts';
import { AuditLog } from './machinery/audit.ts';
import { ManualClock, type Clock } from './machinery/clock.ts';
import { randomInt, seededRandom, type RandomSource } from './machinery/random.ts';
import { Store } from './machinery/store.ts';
import { DEFAULT_VERSION, VERSIONS, type ClusterVersion, type ClusterVersionName } from './versions.ts';

export interface ClusterOptions {
  /** "1.23" (legacy token Secrets) or "1.33" (the default) */
  version?: ClusterVersionName;
  /** seed of the cluster's random source: uids, generated names, tokens */
  seed?: number;
  /** the cluster clock; a manual clock at 2025-01-01T00:00:00Z by default */
  clock?: Clock;
  /** keys saved from an earlier session (or a test fixture); generated when absent */
  keys?: SerializedClusterKeys;
}

export interface Cluster {
  version: ClusterVersion;
  clock: Clock;
  apiServer: ApiServer;
  audit: AuditLog;
  /** the bearer token of kubernetes-admin (system:masters), as the kubeconfig holds it */
  adminToken: string;
  /** https://host:port clients use */
  serverUrl: string;
  /** read-only view for tests and invariant checks; clients go through apiServer.handle */
  store: Store;
  timers: Timers;
  /** the cluster's keys, once generated (or imported from a save) */
  keys: () => Promise<ClusterKeys>;
  /** moves the clock forward, firing timers on the way (fast-forward, `sleep`, tests) */
  advance: (ms: number) => Promise<void>;
  /** fires what a running clock has brought due (the page calls this a few times a second) */
  tick: () => Promise<void>;
  /** the node's kubelet; its containerRuntime() is what `kubectl exec` enters */
  kubelet: Kubelet;
}

export const ISSUER = 'https://kubernetes.default.svc.cluster.local';
export const DEFAULT_START = Date.UTC(2025, 0, 1, 0, 0, 0);

function randomToken(r: RandomSource, length = 40): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < length; i++) out += chars[randomInt(r, chars.length)];
  return out;
}


export function createCluster(options: ClusterOptions = {}): Cluster {
  const version = VERSIONS[options.version ?? DEFAULT_VERSION];
  if (!version) throw new Error(`unknown cluster version ${options.version}; choose one of ${Object.keys(VERSIONS).join(', ')}`);
  const clock = options.clock ?? new ManualClock(DEFAULT_START);
  const random = seededRandom(options.seed ?? 1);
  const store = new Store();
  const audit = new AuditLog();
  const audiences = [ISSUER];
  const tokens = new StaticTokenAuthenticator(audiences);
  const adminToken = randomToken(random);
  tokens.add(adminToken, { username: 'kubernetes-admin', groups: ['system:masters'] });
  const authorizer = new UnionAuthorizer([new PrivilegedGroupAuthorizer(), new NodeAuthorizer(store), new RBACAuthorizer(store)]);
  const admission = new AdmissionChain([new NamespaceLifecycle(store), new ServiceAccountAdmission(store, random)]);
  const registry = new GenericRegistry(store, clock, random, authorizer, admission);
  // Keys are made on first use (a token, a certificate), with certificates dated from the cluster's creation:
  // RSA key generation costs 100-300 ms, which clusters that never mint a token need not pay.
  const createdAt = clock.now();
  let keysPromise: Promise<ClusterKeys> | undefined;
  const keys = () => (keysPromise ??= options.keys ? importClusterKeys(options.keys) : generateClusterKeys(createdAt));
  // The static tokens first, then service account tokens (kube-apiserver's token authenticator order).
  // The API server's own loopback identity, for the writes authentication makes (legacy-token-last-used).
  const loopbackToken = randomToken(random);
  tokens.add(loopbackToken, SYSTEM_APISERVER);
  let loopback: LoopbackClient | undefined;
  const markLegacyTokenUsed = async (namespace: string, secret: string, date: string, uid: string): Promise<void> => {
    const patch = { metadata: { uid, labels: { 'kubernetes.io/legacy-token-last-used': date } } };
    await loopback?.request('PATCH', `/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets/${encodeURIComponent(secret)}`, patch, 'application/merge-patch+json');
  };
  const authenticators = [tokens, new ServiceAccountTokenAuthenticator({ store, clock, version, keys, issuer: ISSUER, audiences, markLegacyTokenUsed })];
  const defs: ResourceDef[] = allResources(version, {
    tokenRequest: serviceAccountTokenHandler({ version, random, keys, issuer: ISSUER, audiences }),
    tokenReview: { audiences, review: (token, auds) => authenticate(`Bearer ${token}`, authenticators, auds) },
  });
  bootstrap(store, defs, version, random, clock.now());
  const timers = new Timers(clock);
  const controllers = new ControllerManager();
  const serverAddress = `${NODE_IP}:${SECURE_PORT}`;
  let openid: Promise<OpenIDMetadata> | undefined;
  const apiServer = new ApiServer({
    clock,
    store,
    registry,
    defs,
    authenticators,
    authorizer,
    audit,
    version,
    audiences,
    serverAddress,
    openid: () => (openid ??= keys().then((k) => openIdMetadata(ISSUER, serverAddress, k.serviceAccount))),
    afterWrite: () => controllers.settle(),
    beforeRequest: () => timers.runDue(),
  });
  loopback = new LoopbackClient((r) => apiServer.handle(r), loopbackToken, `kube-apiserver/${version.info.gitVersion}`);
  const ctx: ComponentContext = { version, clock, random, timers, store, keys, defs: () => apiServer.defs, issuer: ISSUER };
  // kube-scheduler and the node's kubelet run beside kube-controller-manager's controllers.
  const kubelet = new Kubelet(ctx);
  controllers.start(apiServer, store, tokens, random, [...controllerManagerControllers(ctx), new Scheduler(ctx), kubelet]);
  // kube-controller-manager's first sync: the first request (or clock tick) finds every namespace's default ServiceAccount and kube-root-ca.crt.
  timers.at(clock.now(), 'kube-controller-manager start', () => controllers.settle());
  return {
    kubelet,
    version,
    clock,
    timers,
    apiServer,
    audit,
    adminToken,
    serverUrl: `https://${NODE_IP}:${SECURE_PORT}`,
    store,
    keys,
    advance: async (ms: number) => {
      await timers.advance(ms);
      await controllers.settle();
    },
    tick: async () => {
      await timers.runDue();
      await controllers.settle();
    },
  };
}
