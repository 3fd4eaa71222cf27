// SetVolumeOwnership (pkg/volume/volume_linux.go) for a pod with fsGroup:
// every file and directory of the volume (symlinks skipped) gets the group,
// read (read-only volumes) or read-write (others) group bits, and directories
// the setgid bit. So a 0600 token becomes -rw-r----- root:<fsGroup>.
// UNVERIFIED against k/k directly (recalled; FIDELITY §3.4 quotes a port).
import { isFsError, type FsView } from '../../../vfs/index.ts';

const RO_MASK = 0o440;
const RW_MASK = 0o660;
const SETGID = 0o2000;

export function setVolumeOwnership(fs: FsView, root: string, fsGroup: number, readOnly: boolean): void {
  const mask = readOnly ? RO_MASK : RW_MASK;
  const visit = (path: string) => {
    const st = fs.lstat(path);
    if (isFsError(st) || st.type === 'symlink') return;
    fs.lchown(path, -1, fsGroup);
    fs.chmod(path, st.mode | mask | (st.type === 'dir' ? SETGID : 0));
    if (st.type !== 'dir') return;
    const names = fs.readdir(path);
    if (isFsError(names)) return;
    for (const n of names) visit(path === '/' ? `/${n}` : `${path}/${n}`);
  };
  visit(root);
}
