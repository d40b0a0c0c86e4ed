// A set that remembers only the most recent ids, so memory stays bounded however many events arrive.

export class RecentIds {
  // A Set iterates in insertion order: the first entry is always the oldest one.
  readonly #ids = new Set<string>();

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`limit must be a whole number of at least 1, not ${limit}.`);
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  /** Remembers `id` as the newest; forgets the oldest once more than `limit` are held. */
  add(id: string): void {
    this.#ids.delete(id);
    this.#ids.add(id);
    for (const oldest of this.#ids) {
      if (this.#ids.size <= this.limit) break;
      this.#ids.delete(oldest);
    }
  }
}
