// cmdutil.Factory for one kubectl run: the output streams, the kubeconfig,
// the client, discovery and the REST mapper — each made once, on first use.
import type { CommandContext } from '../../command.ts';
import { discoveryCachePath, discoveryErrorText, Discovery, type DiscoveryResult } from './client/discovery.ts';
import { discoveryFailureLines, fakePid, klogHeader } from './client/klog.ts';
import { KubeClient } from './client/kube-client.ts';
import { RestMapper } from './client/rest-mapper.ts';
import { resolveClientConfig, type ClientConfig } from './config/client-config.ts';
import { loadKubeconfig, type LoadedConfig } from './config/kubeconfig.ts';
import type { KubectlError } from './errors.ts';
import { plainError } from './errors.ts';
import type { GlobalOptions } from './flags/global-flags.ts';

/** What a command prints: stdout and stderr as separate texts. */
export class IO {
  out = '';
  err = '';
  print(s: string): void {
    this.out += s;
  }
  printErr(s: string): void {
    this.err += s;
  }
}

export class Factory {
  readonly ctx: CommandContext;
  readonly flags: GlobalOptions;
  readonly io: IO;
  #loaded?: LoadedConfig | { error: string };
  #config?: ClientConfig | KubectlError;
  #client?: Promise<KubeClient | KubectlError>;
  #discovery?: Discovery;
  #mapper?: Promise<RestMapper | KubectlError>;
  /** stdin lines not yet consumed (the username prompt reads them) */
  #stdin: string[];

  constructor(ctx: CommandContext, flags: GlobalOptions, io: IO) {
    this.ctx = ctx;
    this.flags = flags;
    this.io = io;
    this.#stdin = ctx.stdin ? ctx.stdin.split('\n') : [];
  }

  now(): number {
    return this.ctx.host.now();
  }

  loadedConfig(): LoadedConfig | { error: string } {
    return (this.#loaded ??= loadKubeconfig(this.ctx.fs, this.ctx.env, this.flags.kubeconfig));
  }

  clientConfig(): ClientConfig | KubectlError {
    return (this.#config ??= resolveClientConfig({ fs: this.ctx.fs, env: this.ctx.env, flags: this.flags }, this.loadedConfig()));
  }

  /** ToRawKubeConfigLoader().Namespace(): the namespace and whether -n set it */
  namespace(): { namespace: string; explicit: boolean } | KubectlError {
    const c = this.clientConfig();
    return 'kind' in c ? c : { namespace: c.namespace, explicit: c.explicitNamespace };
  }

  #readLine(): string | undefined {
    if (!this.#stdin.length || (this.#stdin.length === 1 && this.#stdin[0] === '')) return undefined;
    return this.#stdin.shift();
  }

  async #makeClient(): Promise<KubeClient | KubectlError> {
    const c = this.clientConfig();
    if ('kind' in c) return c;
    const rest = { ...c.rest };
    for (const w of rest.warnings) this.io.printErr(klogHeader('E', this.now(), fakePid(this.now()), 'config.go:558') + w + '\n');
    if (rest.promptForUsername) {
      // clientcmd's PromptingAuthLoader: basic auth credentials from stdin
      this.io.print('Please enter Username: ');
      const user = this.#readLine();
      if (user === undefined) return plainError('EOF');
      this.io.print('Please enter Password: ');
      const password = this.#readLine();
      if (password === undefined) return plainError('EOF');
      rest.username = user;
      rest.password = password;
    }
    return new KubeClient(this.ctx.host, rest, (w) => this.io.printErr(`Warning: ${w}\n`));
  }

  client(): Promise<KubeClient | KubectlError> {
    return (this.#client ??= this.#makeClient());
  }

  async discovery(): Promise<DiscoveryResult | KubectlError> {
    const client = await this.client();
    if ('kind' in client) return client;
    const home = this.ctx.env.HOME || '/root';
    this.#discovery ??= new Discovery(client, { fs: this.ctx.fs, path: discoveryCachePath(home, client.rest.host), now: () => this.now() });
    return this.#discovery.load();
  }

  /**
   * The REST mapper; when discovery fails, the memcache client's klog lines
   * go to stderr first (`klogTimes` of them, as many as real kubectl prints
   * for the command) and the error is returned.
   */
  mapper(klogTimes = 5): Promise<RestMapper | KubectlError> {
    return (this.#mapper ??= (async () => {
      const d = await this.discovery();
      if ('kind' in d) {
        if (d.kind !== 'plain' && d.kind !== 'config') this.io.printErr(discoveryFailureLines(discoveryErrorText(d), this.now(), klogTimes));
        return d;
      }
      return new RestMapper(d);
    })());
  }
}
