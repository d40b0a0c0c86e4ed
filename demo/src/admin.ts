// The admin panel's endpoints: master pages with their rule type, and a switch, through the fake's control API.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { json, readOwnJson, sendJson } from './http-util.js';

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

/** `changed` runs after a rule type is switched, so every open page can follow the change. */
export function createAdminRoutes(
  control: RuleTypeControl,
  ownOrigin: () => string,
  changed: () => void = () => {},
) {
  async function list(_req: IncomingMessage, res: ServerResponse): Promise<void> {
    sendJson(res, 200, { data: await control.listMasterPages() });
  }

  async function setRuleType(request: Request, id: string): Promise<Response> {
    const body = await readOwnJson(request, ownOrigin(), '{"ruleType": "dynamic" | "static" | "none"}');
    if (body instanceof Response) return body;
    const ruleType = body.ruleType;
    if (!isRuleType(ruleType)) {
      return json(400, { error: `ruleType must be one of ${ruleTypes.join(', ')}.` });
    }
    const pages = await control.listMasterPages();
    if (!pages.some((p) => p.id === id)) {
      return json(404, { error: `No master page ${id}: pick one from the list.` });
    }
    await control.setRuleType(id, ruleType);
    changed();
    return json(200, { data: (await control.listMasterPages()).find((p) => p.id === id) });
  }

  return { list, setRuleType };
}
