export { Vfs, type MountOptions, type VfsOptions } from './vfs.ts';
export { FsView, type ViewOptions } from './view.ts';
export { fsError, isFsError, strerror, type Errno, type FsError } from './errors.ts';
export type { FileType, FsType, Mount, Stat } from './inode.ts';
export { ROOT, R, W, X, type Credentials } from './permissions.ts';
export { basename, dirname, isAbsolute, join, normalize, resolvePath, splitPath } from './path.ts';
export { modeString } from './mode.ts';
export type { WriteOptions } from './write-ops.ts';
