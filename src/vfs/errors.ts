// Expected filesystem failures are data: an errno code, the kernel's message
// (strerror, as `cat: x: No such file or directory` prints it) and the path.
// Nothing in src/vfs throws for a failure a shell user can cause.

export type Errno =
  | 'ENOENT'
  | 'EACCES'
  | 'EPERM'
  | 'EROFS'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'EEXIST'
  | 'ELOOP'
  | 'ENOTEMPTY'
  | 'EINVAL'
  | 'EXDEV'
  | 'EBUSY'
  | 'ENAMETOOLONG';

/** glibc strerror() texts, which coreutils print after the file name. */
const MESSAGES: Record<Errno, string> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EROFS: 'Read-only file system',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ELOOP: 'Too many levels of symbolic links',
  ENOTEMPTY: 'Directory not empty',
  EINVAL: 'Invalid argument',
  EXDEV: 'Invalid cross-device link',
  EBUSY: 'Device or resource busy',
  ENAMETOOLONG: 'File name too long',
};

export interface FsError {
  readonly kind: 'FsError';
  readonly code: Errno;
  /** strerror(code), e.g. "Permission denied" */
  readonly message: string;
  /** the path as the caller gave it */
  readonly path: string;
  /** the system call that failed (open, mkdir, rename, …) */
  readonly syscall: string;
}

export function fsError(code: Errno, syscall: string, path: string): FsError {
  return { kind: 'FsError', code, message: MESSAGES[code], path, syscall };
}

export function strerror(code: Errno): string {
  return MESSAGES[code];
}

export function isFsError(x: unknown): x is FsError {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'FsError';
}
