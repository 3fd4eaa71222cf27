// A container's root filesystem: the image's tree (an overlay over a
// Debian- or busybox-style image), plus the files the kubelet and the runtime
// place there for the pod — /etc/hostname, /etc/hosts (kubelet-managed),
// /etc/resolv.conf (ClusterFirst DNS), /dev/termination-log.
import { Vfs } from '../../vfs/index.ts';
import type { ImageProfile } from './image.ts';

/** When the images were built: what `ls -l /` shows for the image's own files. UNVERIFIED dates. */
const IMAGE_BUILT = Date.UTC(2025, 3, 28, 0, 0, 0);

export const CLUSTER_DOMAIN = 'cluster.local';
/** the kube-dns Service (kubeadm: the tenth address of 10.96.0.0/12) */
export const CLUSTER_DNS = '10.96.0.10';

export interface PodFiles {
  namespace: string;
  /** spec.hostname or the pod name */
  hostname: string;
  /** "<subdomain>.<ns>.svc.cluster.local" when spec.subdomain is set */
  domain?: string;
  podIPs: string[];
  hostAliases: Array<{ ip: string; hostnames?: string[] }>;
}

const BASE_DIRS: Array<[string, number]> = [
  ['/boot', 0o755], ['/dev', 0o755], ['/etc', 0o755], ['/home', 0o755], ['/media', 0o755], ['/mnt', 0o755], ['/opt', 0o755],
  ['/proc', 0o555], ['/root', 0o700], ['/run', 0o755], ['/srv', 0o755], ['/sys', 0o555], ['/tmp', 0o1777],
  ['/usr/bin', 0o755], ['/usr/lib', 0o755], ['/usr/sbin', 0o755], ['/usr/local/bin', 0o755], ['/usr/share', 0o755],
  ['/var/cache', 0o755], ['/var/lib', 0o755], ['/var/log', 0o755], ['/var/tmp', 0o1777],
];

/** Debian's merged /usr: /bin, /sbin and /lib are links; /var/run is a link to /run. */
const LINKS: Array<[string, string]> = [['usr/bin', '/bin'], ['usr/sbin', '/sbin'], ['usr/lib', '/lib'], ['/run', '/var/run']];

const COMMANDS = 'awk base64 basename bash cat chmod chown cp cut date dd df dirname du echo env false find grep head hostname id kill ln ls mkdir mktemp mv printenv printf pwd readlink rm rmdir sed sh sleep sort stat tail tee test touch tr true uname uniq wc which whoami xargs';

/** /etc/hosts as the kubelet writes it (managedHostsFileContent). */
export function hostsFile(p: PodFiles): string {
  let out = '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n';
  for (const ip of p.podIPs) out += p.domain ? `${ip}\t${p.hostname}.${p.domain}\t${p.hostname}\n` : `${ip}\t${p.hostname}\n`;
  if (p.hostAliases.length) {
    out += '\n# Entries added by HostAliases.\n';
    for (const a of p.hostAliases) out += `${a.ip}\t${(a.hostnames ?? []).join('\t')}\n`;
  }
  return out;
}

/** /etc/resolv.conf for dnsPolicy ClusterFirst, as containerd writes it: search, nameserver, options. */
export function resolvConf(namespace: string): string {
  return `search ${namespace}.svc.${CLUSTER_DOMAIN} svc.${CLUSTER_DOMAIN} ${CLUSTER_DOMAIN}\nnameserver ${CLUSTER_DNS}\noptions ndots:5\n`;
}

/** Builds the root filesystem of one container. `dev` keeps each filesystem's st_dev distinct. */
export function buildRootfs(image: ImageProfile, p: PodFiles, now: () => number, dev: number): Vfs {
  // The image's files carry its build time; what the pod adds, the cluster clock.
  let clock = () => IMAGE_BUILT;
  const fs = new Vfs({ now: () => clock(), type: 'overlay', dev });
  for (const [dir, mode] of BASE_DIRS) {
    fs.mkdirAll(dir);
    fs.chmod(dir, mode);
  }
  for (const [target, link] of LINKS) fs.symlink(target, link);
  const removed = new Set(image.commands?.remove ?? []);
  for (const cmd of [...COMMANDS.split(' '), ...(image.commands?.add ?? [])].filter((c) => !removed.has(c))) {
    fs.writeFile(`/usr/bin/${cmd}`, '');
    fs.chmod(`/usr/bin/${cmd}`, 0o755);
  }
  fs.writeFile('/etc/passwd', ['root:x:0:0:root:/root:/bin/bash', ...image.users].join('\n') + '\n');
  fs.writeFile('/etc/group', ['root:x:0:', 'shadow:x:42:', ...image.groups].join('\n') + '\n');
  fs.writeFile('/etc/shadow', 'root:*:20000:0:99999:7:::\n');
  fs.chmod('/etc/shadow', 0o640);
  fs.chown('/etc/shadow', 0, 42);
  fs.mkdirAll(image.workingDir);
  clock = now;
  fs.writeFile('/etc/hostname', `${p.hostname}\n`);
  fs.writeFile('/etc/hosts', hostsFile(p));
  fs.writeFile('/etc/resolv.conf', resolvConf(p.namespace));
  fs.writeFile('/dev/termination-log', '');
  fs.mknodNull('/dev/null');
  return fs;
}
