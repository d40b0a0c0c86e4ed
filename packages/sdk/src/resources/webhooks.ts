// client.webhooks: subscribe to booking events, list, read and delete subscriptions.
import { APIResource } from '../core/resource.js';
import { path } from '../internal/path.js';
import type { ListParams, PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/request-options.js';
import { listOf } from '../schemas/shared.js';
import { deletedObject, type DeletedObject } from '../schemas/deleted-object.js';
import { webhook, type Webhook, type WebhookEventType } from '../schemas/webhook.js';

const webhookList = listOf(webhook);

export interface WebhookCreateParams {
  url: string;
  name: string;
  events: WebhookEventType[];
}

export class Webhooks extends APIResource {
  /** `POST /webhooks`; `ConflictError` when the name is taken. Keep the returned `secret` for `verifyWebhook`. */
  async create(body: WebhookCreateParams, options?: RequestOptions): Promise<Webhook> {
    return this.core.request({ method: 'POST', path: 'webhooks', body }, webhook, options);
  }

  /** `GET /webhooks`. */
  list(params?: ListParams, options?: RequestOptions): PagePromise<Webhook> {
    return this.core.requestList('webhooks', webhookList, { ...params }, options);
  }

  /** `GET /webhooks/{id}`. */
  async retrieve(id: string, options?: RequestOptions): Promise<Webhook> {
    return this.core.request({ method: 'GET', path: path`webhooks/${id}` }, webhook, options);
  }

  /** `DELETE /webhooks/{id}`: resolves to `{ id, object, deleted: true }`. */
  async delete(id: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.core.request({ method: 'DELETE', path: path`webhooks/${id}` }, deletedObject, options);
  }
}
