// Runs the fake link API for the demo, and talks to its control endpoints for the admin panel.
import { createMockServer, DEMO_API_KEY, type ControlMasterPage } from '@oncelink/mock-api';
import { OnceLink } from '@oncelink/sdk';
import type { AdminMasterPage, RuleTypeControl } from './admin.js';

/** The fake's demo key; it lives only in this server process (the proxy adds it). */
export const demoApiKey = DEMO_API_KEY;

export interface FakeApi {
  url: string;
  apiBaseURL: string;
  /** The server side's one client: one rate limiter for everything the demo server asks. */
  client: OnceLink;
  ruleTypes: RuleTypeControl;
  close(): Promise<void>;
}

async function control(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, init);
  const body: unknown = await response.json();
  if (!response.ok) {
    const message =
      typeof body === 'object' && body !== null && 'message' in body
        ? String(body.message)
        : `status ${response.status}`;
    throw new Error(
      `The fake's control API refused ${init?.method ?? 'GET'} ${new URL(url).pathname}: ${message}`,
    );
  }
  return body;
}

/** The API has no field for a master page's rule type (only a 400 on link creation tells): the fake's control API has. */
function ruleTypeControl(fakeUrl: string): RuleTypeControl {
  return {
    async listMasterPages(): Promise<AdminMasterPage[]> {
      const pages = (await control(`${fakeUrl}/__control/master-pages`)) as ControlMasterPage[];
      return pages
        .filter((page) => !page.deleted)
        .map((page) => ({ id: page.id, name: page.name, active: page.active, ruleType: page.rule_type }));
    },
    async setRuleType(id, ruleType) {
      await control(`${fakeUrl}/__control/master-pages/${encodeURIComponent(id)}/rule-type`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rule_type: ruleType }),
      });
    },
  };
}

/** The fake as the demo wants it: loopback, the API's rate limit on, the demo seed, control endpoints on. */
export async function startFakeApi(port: number): Promise<FakeApi> {
  const mock = await createMockServer({
    port,
    host: '127.0.0.1',
    rateLimit: true,
    seed: 'demo',
    control: true,
  });
  const client = new OnceLink({ apiKey: demoApiKey, baseURL: mock.apiBaseURL });
  return {
    url: mock.url,
    apiBaseURL: mock.apiBaseURL,
    client,
    ruleTypes: ruleTypeControl(mock.url),
    close: () => mock.close(),
  };
}
