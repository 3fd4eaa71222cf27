// How the rest of the app reaches the editor pane: the playground handle's
// openFile/openReadOnly call editorBus, the pane subscribes. Requests made while
// no pane is mounted (the pane mounts later, or is between lessons) are queued
// and delivered to the next subscriber, so an "open this file" is never lost.
export type EditorRequest = { type: 'file'; path: string } | { type: 'readonly'; title: string; text: string };

type Listener = (request: EditorRequest) => void;

export class EditorBus {
  #listeners = new Set<Listener>();
  #pending: EditorRequest[] = [];

  openFile(path: string): void {
    this.#emit({ type: 'file', path });
  }

  openReadOnly(title: string, text: string): void {
    this.#emit({ type: 'readonly', title, text });
  }

  /** Delivers queued requests at once, then every new one. Returns unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    const queued = this.#pending.splice(0);
    for (const r of queued) listener(r);
    return () => this.#listeners.delete(listener);
  }

  #emit(request: EditorRequest): void {
    if (!this.#listeners.size) {
      this.#pending.push(request);
      return;
    }
    for (const l of this.#listeners) l(request);
  }
}

/** The app's one editor bus. */
export const editorBus = new EditorBus();
