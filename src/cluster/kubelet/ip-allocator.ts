// Pod IPs from the node's podCIDR 10.244.0.0/24, handed out like the CNI
// host-local IPAM plugin does: the next free address after the last one
// given (.1 is the bridge's gateway), wrapping around, so a freed address is
// not reused at once.
const PREFIX = '10.244.0.';
const FIRST = 2;
const LAST = 254;

export class IpAllocator {
  #inUse = new Set<number>();
  #last = FIRST - 1;

  allocate(): string | undefined {
    for (let i = 0; i <= LAST - FIRST; i++) {
      const n = ((this.#last - FIRST + 1 + i) % (LAST - FIRST + 1)) + FIRST;
      if (this.#inUse.has(n)) continue;
      this.#inUse.add(n);
      this.#last = n;
      return PREFIX + n;
    }
    return undefined;
  }

  release(ip: string | undefined): void {
    if (ip?.startsWith(PREFIX)) this.#inUse.delete(Number(ip.slice(PREFIX.length)));
  }
}
