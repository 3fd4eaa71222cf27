// The engine worker: the cluster, the shell and the lessons, off the page's main thread.
import { EngineHost } from './engine-host.ts';
import type { ToEngine } from './protocol.ts';

const host = new EngineHost((m) => postMessage(m));
addEventListener('message', (e: MessageEvent<ToEngine>) => host.receive(e.data));
addEventListener('error', (e) => postMessage({ t: 'fatal', error: String(e.message ?? e) }));
