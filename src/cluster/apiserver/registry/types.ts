// What the API server knows about each resource it serves: identity for
// discovery, the Go-shaped schema, and the registry strategy (defaulting,
// validation, table columns) — the parts of a Kubernetes REST storage.
import type { KubeObject } from '../../api/object.ts';
import type { TypeSpec } from '../../api/schema.ts';
import type { FieldError } from '../../machinery/field-errors.ts';
import type { RandomSource } from '../../machinery/random.ts';
import type { Store } from '../../machinery/store.ts';
import type { UserInfo } from '../authentication/user.ts';
import type { Authorizer } from '../authorization/authorizer.ts';
import type { Status } from '../../machinery/status.ts';

export type Verb = 'create' | 'delete' | 'deletecollection' | 'get' | 'list' | 'patch' | 'update' | 'watch';

/** Everything a strategy may consult. Reads only: writes go through the registry. */
export interface StrategyContext {
  now: number;
  random: RandomSource;
  user: UserInfo;
  store: Store;
  authorizer: Authorizer;
}

/** metav1.TableColumnDefinition */
export interface TableColumn {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  format: string;
  description: string;
  priority: number;
}

export interface TableConvertor {
  columns: TableColumn[];
  /** The cells of one row, in column order. `now` is for AGE cells. */
  cells(obj: Readonly<KubeObject>, now: number): unknown[];
  /**
   * Optional, for long listings: the indexes of the cells that depend on
   * `now` (AGE, "2 (5m ago)") and a function computing just those, in that
   * order. The other cells are then serialized once per stored object.
   */
  timeCells?: { indexes: number[]; cells(obj: Readonly<KubeObject>, now: number): unknown[] };
}

/** What a subresource handler (serviceaccounts/token, pods/log, …) is given. */
export interface SubresourceRequest {
  method: string;
  namespace: string;
  /** the parent object's name from the URL */
  name: string;
  url: URL;
  headers: Headers;
  body: string;
  user: UserInfo;
  dryRun: boolean;
  now: number;
  store: Store;
}

/** A subresource's answer: a body and its status code, or a failure. */
export type SubresourceResult = { code: number; body: unknown; warnings?: string[] } | Status;

export type SubresourceHandler = (r: SubresourceRequest) => Promise<SubresourceResult>;

export interface ResourceDef {
  group: string;
  version: string;
  /** plural, lower case: "pods" */
  resource: string;
  singular: string;
  kind: string;
  listKind: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  /** verbs as discovery lists them; create-only APIs (reviews) list ["create"] */
  verbs: Verb[];
  /** The whole object, TypeMeta and metadata included. */
  schema: TypeSpec;
  table: TableConvertor;
  /** Subresources served (discovery lists them as "pods/status"). */
  subresources?: string[];
  /** Set defaults on a new object (after decoding, before validation). */
  defaultCreate?(obj: KubeObject, ctx: StrategyContext): void;
  /** Field errors for a new object, with Kubernetes' exact messages. */
  validateCreate?(obj: KubeObject, ctx: StrategyContext): FieldError[];
  /** Field errors for an update (immutable fields, …). The old object is already stored. */
  validateUpdate?(obj: KubeObject, old: Readonly<KubeObject>, ctx: StrategyContext): FieldError[];
  /**
   * A check before create/update that may refuse with a Status (RBAC's
   * privilege-escalation prevention lives here).
   */
  checkWrite?(obj: KubeObject, old: Readonly<KubeObject> | undefined, ctx: StrategyContext): Status | undefined;
  /** Subresources served by their own handler (e.g. token: TokenRequest), keyed by name. */
  subresourceHandlers?: Record<string, SubresourceHandler>;
  /** DELETE answers with the object (pods, services, namespaces) rather than a Success Status. */
  returnDeletedObject?: boolean;
  /** Field selectors this resource supports besides metadata.name and metadata.namespace. */
  fieldSelectors?: string[];
  /**
   * Called when a delete is asked for: may change the object (a namespace
   * turns Terminating) and returns true when it must wait for finalization
   * instead of going at once.
   */
  prepareForDelete?(obj: KubeObject): boolean;
  /**
   * Graceful deletion (rest.RESTGracefulDeleteStrategy.CheckGracefulDelete):
   * the grace period, in seconds, a delete of this object gets given the
   * client's DeleteOptions.gracePeriodSeconds; undefined when it goes at once.
   */
  checkGracefulDelete?(obj: Readonly<KubeObject>, gracePeriodSeconds: number | undefined): number | undefined;
  /**
   * Create-only APIs (SelfSubjectAccessReview, …) are not stored: the server
   * answers with the object this returns.
   */
  virtualCreate?(obj: KubeObject, ctx: StrategyContext & { namespace: string }): KubeObject | Status | Promise<KubeObject | Status>;
}
