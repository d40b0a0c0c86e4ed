// client.masterPages: list and read master pages, and create one-time links on them.
import { APIResource } from '../core/resource.js';
import { path } from '../internal/path.js';
import type { ListParams, PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/request-options.js';
import { listOf } from '../schemas/shared.js';
import { masterPage, type MasterPage } from '../schemas/master-page.js';
import { oneTimeLink, type OneTimeLink } from '../schemas/one-time-link.js';

const masterPageList = listOf(masterPage);

export class MasterPages extends APIResource {
  /** `GET /master-pages`: await for one page, `for await` for every master page. */
  list(params?: ListParams, options?: RequestOptions): PagePromise<MasterPage> {
    return this.core.requestList('master-pages', masterPageList, { ...params }, options);
  }

  /** `GET /master-pages/{id}`. */
  async retrieve(id: string, options?: RequestOptions): Promise<MasterPage> {
    return this.core.request({ method: 'GET', path: path`master-pages/${id}` }, masterPage, options);
  }

  /**
   * `POST /master-pages/{id}/one-time-links`. Only master pages using Rule-based assignment
   * with Dynamic rules allow it (otherwise `BadRequestError`). Never retried unless the
   * server cannot have acted, so it never mints two links.
   */
  async createOneTimeLink(id: string, options?: RequestOptions): Promise<OneTimeLink> {
    return this.core.request(
      { method: 'POST', path: path`master-pages/${id}/one-time-links` },
      oneTimeLink,
      options,
    );
  }
}
