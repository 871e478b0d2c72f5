// A tiny publish/subscribe, for state that lives outside components (live store, session, language).
export class Emitter {
  #listeners = new Set();

  on(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(value) {
    for (const listener of this.#listeners) listener(value);
  }
}
