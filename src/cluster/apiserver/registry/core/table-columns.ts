// Column definitions shared by the printers (pkg/printers/internalversion/printers.go).
// Descriptions are the types' SwaggerDoc() strings: the Go doc comment with
// its lines joined by spaces and blank comment lines kept as "\n\n".
import type { TableColumn } from '../types.ts';

export const NAME_DESCRIPTION =
  'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names';

export const CREATION_TIMESTAMP_DESCRIPTION =
  'CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata';

export const column = (name: string, description: string, opts: { type?: TableColumn['type']; format?: string; priority?: number } = {}): TableColumn => ({
  name,
  type: opts.type ?? 'string',
  format: opts.format ?? '',
  description,
  priority: opts.priority ?? 0,
});

/** {Name: "Name", Type: "string", Format: "name"} */
export const nameColumn = (): TableColumn => column('Name', NAME_DESCRIPTION, { format: 'name' });
/** {Name: "Age", Type: "string"} filled with translateTimestampSince(creationTimestamp). */
export const ageColumn = (): TableColumn => column('Age', CREATION_TIMESTAMP_DESCRIPTION);
