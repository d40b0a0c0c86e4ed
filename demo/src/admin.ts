// The admin panel's endpoints: master pages with their rule type, and a switch, through the fake's control API.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from './read-body.js';
import { sendJson } from './http-util.js';

export const ruleTypes = ['dynamic', 'static', 'none'] as const;
export type RuleType = (typeof ruleTypes)[number];

export interface AdminMasterPage {
  id: string;
  name: string;
  active: boolean;
  ruleType: RuleType;
}

/** What the admin panel needs from the fake; kept narrow so the browser never reaches the control API. */
export interface RuleTypeControl {
  listMasterPages(): Promise<AdminMasterPage[]>;
  setRuleType(id: string, ruleType: RuleType): Promise<void>;
}

function isRuleType(value: unknown): value is RuleType {
  return typeof value === 'string' && (ruleTypes as readonly string[]).includes(value);
}

export function createAdminRoutes(control: RuleTypeControl, ownOrigin: () => string) {
  async function list(_req: IncomingMessage, res: ServerResponse): Promise<void> {
    sendJson(res, 200, { data: await control.listMasterPages() });
  }

  async function setRuleType(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    // A cross-site form cannot send JSON without a preflight, and a page from elsewhere sends its
    // own Origin: both checks keep other sites from flipping rule types on a developer's machine.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== ownOrigin()) {
      return sendJson(res, 403, { error: `Requests from ${origin} may not change rule types.` });
    }
    if (!req.headers['content-type']?.startsWith('application/json')) {
      return sendJson(res, 415, { error: 'Send the rule type as JSON: {"ruleType": "dynamic" | "static" | "none"}.' });
    }
    let body: unknown;
    try {
      body = JSON.parse((await readBody(req, 10_000)).toString('utf8'));
    } catch {
      return sendJson(res, 400, { error: 'The body is not valid JSON: send {"ruleType": "dynamic" | "static" | "none"}.' });
    }
    const ruleType = typeof body === 'object' && body !== null ? (body as { ruleType?: unknown }).ruleType : undefined;
    if (!isRuleType(ruleType)) {
      return sendJson(res, 400, { error: `ruleType must be one of ${ruleTypes.join(', ')}.` });
    }
    const pages = await control.listMasterPages();
    if (!pages.some((p) => p.id === id)) {
      return sendJson(res, 404, { error: `No master page ${id}: pick one from the list.` });
    }
    await control.setRuleType(id, ruleType);
    sendJson(res, 200, { data: (await control.listMasterPages()).find((p) => p.id === id) });
  }

  return { list, setRuleType };
}
