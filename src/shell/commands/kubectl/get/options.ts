// What kubectl get's flags decided, shared by its two printing paths.

export interface GetOptions {
  /** "" with --all-namespaces */
  namespace: string;
  allNamespaces: boolean;
  labelSelector: string;
  fieldSelector: string;
  chunkSize: number;
  ignoreNotFound: boolean;
  noHeaders: boolean;
  showLabels: boolean;
  showKind: boolean;
  labelColumns: string[];
  sortBy: string;
  showManagedFields: boolean;
}
