// Container images as the runtime (containerd) reports them: the normalized
// reference (docker.io/library/nginx:latest), a digest-pinned image ID, and
// what the image itself brings — its environment, working directory, users
// and whether its main process stops promptly on SIGTERM.
import { randomInt, type RandomSource } from '../machinery/random.ts';

export interface ImageRef {
  /** "docker.io/library/nginx:latest" — containerStatuses[].image */
  ref: string;
  /** "docker.io/library/nginx" */
  repository: string;
}

/** docker/distribution's normalization: a default registry, "library/" for official images, tag "latest". */
export function normalizeImage(image: string): ImageRef {
  const [nameTag, digest] = image.split('@', 2) as [string, string | undefined];
  const slash = nameTag.indexOf('/');
  const first = slash >= 0 ? nameTag.slice(0, slash) : '';
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  let name = nameTag;
  if (!hasRegistry) name = slash >= 0 ? `docker.io/${nameTag}` : `docker.io/library/${nameTag}`;
  const lastPart = name.slice(name.lastIndexOf('/') + 1);
  const tagAt = lastPart.includes(':') ? name.length - lastPart.length + lastPart.indexOf(':') : -1;
  const repository = tagAt >= 0 ? name.slice(0, tagAt) : name;
  if (digest) return { ref: `${repository}@${digest}`, repository };
  return { ref: tagAt >= 0 ? name : `${name}:latest`, repository };
}

export interface ImageProfile {
  /** the image's Config.Env, PATH first */
  env: Array<[string, string]>;
  workingDir: string;
  /** /etc/passwd and /etc/group lines beyond root's */
  users: string[];
  groups: string[];
  /** compressed size the Pulled event reports */
  sizeBytes: number;
  /** does PID 1 exit on SIGTERM (nginx does; a shell running sleep does not) */
  stopsOnSigterm: boolean;
  /** the image's USER, when not root */
  user?: { uid: number; gid: number };
  /** programs beyond the base set in /usr/bin, and base ones the image lacks (busybox has no bash) */
  commands?: { add?: string[]; remove?: string[] };
}

const PATH: [string, string] = ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];

/** A few images the lessons use; anything else looks like a small Debian image. UNVERIFIED sizes and versions. */
const PROFILES: Record<string, ImageProfile> = {
  'docker.io/library/nginx': {
    env: [PATH, ['NGINX_VERSION', '1.27.5'], ['NJS_VERSION', '0.8.10'], ['NJS_RELEASE', '1~bookworm'], ['PKG_RELEASE', '1~bookworm'], ['DYNPKG_RELEASE', '1~bookworm']],
    workingDir: '/',
    users: ['nginx:x:101:101:nginx user:/nonexistent:/bin/false'],
    groups: ['nginx:x:101:'],
    sizeBytes: 72195292,
    stopsOnSigterm: true,
    commands: { add: ['curl', 'nginx'] },
  },
  'docker.io/library/busybox': { env: [PATH], workingDir: '/', users: ['nobody:x:65534:65534:nobody:/home:/bin/false'], groups: ['nogroup:x:65534:'], sizeBytes: 2166802, stopsOnSigterm: false, commands: { add: ['wget'], remove: ['bash'] } },
  'docker.io/library/alpine': { env: [PATH], workingDir: '/', users: ['nobody:x:65534:65534:nobody:/:/sbin/nologin'], groups: ['nobody:x:65534:'], sizeBytes: 3653068, stopsOnSigterm: false, commands: { add: ['wget'], remove: ['bash'] } },
  'docker.io/curlimages/curl': {
    env: [PATH, ['CURL_CA_BUNDLE', '/cacert.pem']],
    workingDir: '/home/curl_user',
    users: ['curl_user:x:100:101:Linux User,,,:/home/curl_user:/sbin/nologin'],
    groups: ['curl_group:x:101:curl_user'],
    sizeBytes: 10061483,
    stopsOnSigterm: false,
    commands: { add: ['curl'], remove: ['bash'] },
    user: { uid: 100, gid: 101 },
  },
};

const DEBIAN: ImageProfile = { env: [PATH], workingDir: '/', users: ['nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin'], groups: ['nogroup:x:65534:'], sizeBytes: 29156437, stopsOnSigterm: false };

export function imageProfile(image: ImageRef): ImageProfile {
  return PROFILES[image.repository] ?? DEBIAN;
}

/** The node's image store: an image pulled once has a fixed sha256 digest (drawn from the cluster's random source). */
export class ImageStore {
  #ids = new Map<string, string>();
  #random: RandomSource;

  constructor(random: RandomSource) {
    this.#random = random;
  }

  has(image: ImageRef): boolean {
    return this.#ids.has(image.repository);
  }

  /** "docker.io/library/nginx@sha256:<64 hex>" — containerStatuses[].imageID */
  pull(image: ImageRef): string {
    let digest = this.#ids.get(image.repository);
    if (!digest) this.#ids.set(image.repository, (digest = hex(this.#random, 64)));
    return `${image.repository}@sha256:${digest}`;
  }
}

export function hex(r: RandomSource, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += randomInt(r, 16).toString(16);
  return out;
}
