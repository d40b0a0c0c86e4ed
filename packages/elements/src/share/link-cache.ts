// Remembers the links made per target and request, so a double click, a retry or a re-render reuses one instead of minting another.

export class LinkCache<T> {
  #pending = new Map<string, Promise<T>>();
  #done = new Map<string, T>();

  /** The link made for `key`, if one has arrived. */
  peek(key: string): T | undefined {
    return this.#done.get(key);
  }

  /** The link for `key`: the one already made or being made, otherwise what `make()` (called once) resolves to. */
  get(key: string, make: () => PromiseLike<T>): Promise<T> {
    let made = this.#pending.get(key);
    if (!made) {
      // make() starts now (so a caller sees its effects at once); a synchronous throw becomes a rejection.
      const attempt = new Promise<T>((resolve) => resolve(make()));
      made = attempt.then((value) => {
        if (this.#pending.get(key) === made) this.#done.set(key, value);
        return value;
      });
      this.#pending.set(key, made);
      // A failed attempt is forgotten so that Retry can ask again; the caller still gets the rejection.
      made.catch(() => {
        if (this.#pending.get(key) === made) this.#pending.delete(key);
      });
    }
    return made;
  }

  /** Forgets every link whose key starts with `prefix`, so the next `get` makes a new one. */
  forget(prefix = ''): void {
    for (const map of [this.#pending, this.#done]) {
      for (const key of [...map.keys()]) if (key.startsWith(prefix)) map.delete(key);
    }
  }
}
