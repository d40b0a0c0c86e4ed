// Lists: awaited they give one page as the API sent it; iterated with `for await` they walk every item, page after page.
import { OnceLinkError } from './errors.js';
import type { Query } from './request-options.js';

/** One page, as the API sends it. Unknown extra fields are kept. */
export interface Page<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  [key: string]: unknown;
}

/** Cursor parameters every list accepts. */
export interface ListParams {
  /** 1 to 100; the API's default is 10. */
  limit?: number | undefined;
  /** An object id: the page after it. */
  after?: string | undefined;
  /** An object id: the page before it. Not together with `after`; such a list can be awaited, not iterated. */
  before?: string | undefined;
}

/**
 * What `list()` returns: a promise of the first page that is also an async iterable of every
 * item. Nothing is requested until it is awaited or iterated.
 */
export class PagePromise<T extends { id: string }> implements Promise<Page<T>>, AsyncIterable<T> {
  readonly [Symbol.toStringTag] = 'PagePromise';
  readonly #fetchPage: (query: Query) => Promise<Page<T>>;
  readonly #query: Query;
  #first: Promise<Page<T>> | undefined;

  constructor(fetchPage: (query: Query) => Promise<Page<T>>, query: Query) {
    this.#fetchPage = fetchPage;
    this.#query = query;
  }

  #firstPage(): Promise<Page<T>> {
    this.#first ??= this.#fetchPage(this.#query);
    return this.#first;
  }

  then<A = Page<T>, B = never>(
    onFulfilled?: ((page: Page<T>) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page<T> | B> {
    return this.#firstPage().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<Page<T>> {
    return this.#firstPage().finally(onFinally);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    const { before, after: start, ...rest } = this.#query;
    if (before !== undefined && before !== null) {
      throw new OnceLinkError(
        '`for await` walks a list forward (with `after`), so it cannot start from `before`. Await the list for that one page, or iterate from `after` instead.',
      );
    }
    // Every cursor followed so far: a server that hands back one already seen would loop forever.
    const seen = new Set([start]);
    let page = await this.#firstPage();
    for (;;) {
      yield* page.data;
      if (!page.has_more) return;
      const last = page.data.at(-1);
      if (!last)
        throw new OnceLinkError(
          'The API answered has_more: true with an empty page, so there is no cursor to go on from; stopping.',
        );
      if (seen.has(last.id)) {
        throw new OnceLinkError(
          `The API answered the same page twice (after '${last.id}'); stopping instead of looping forever.`,
        );
      }
      seen.add(last.id);
      page = await this.#fetchPage({ ...rest, after: last.id });
    }
  }
}
