// The admin panel: master pages with their rule type, and a select that switches it through the demo server.
import type { AdminMasterPage, RuleType } from '../src/admin.js';
import { byId, h } from './dom.js';

const labels: Record<RuleType, string> = { dynamic: 'Dynamic rules', static: 'Static rules', none: 'No rules' };

function say(text: string, kind: 'info' | 'error' = 'info'): void {
  const message = byId('admin-message');
  message.dataset.kind = kind;
  message.textContent = text;
}

async function errorText(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // Not JSON: fall through to the status line.
  }
  return `the demo server answered ${response.status}`;
}

async function switchRuleType(page: AdminMasterPage, select: HTMLSelectElement): Promise<void> {
  const wanted = select.value as RuleType;
  select.disabled = true;
  try {
    const response = await fetch(`/admin/master-pages/${encodeURIComponent(page.id)}/rule-type`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ruleType: wanted }),
    });
    if (!response.ok) throw new Error(await errorText(response));
    page.ruleType = wanted;
    say(
      wanted === 'dynamic'
        ? `${page.name} now uses Dynamic rules: new one-time links can be made for it.`
        : `${page.name} now uses ${labels[wanted]}: its one-time links no longer work.`,
    );
  } catch (error) {
    select.value = page.ruleType;
    say(`Could not change ${page.name}: ${error instanceof Error ? error.message : String(error)}`, 'error');
  } finally {
    select.disabled = false;
  }
}

function ruleSelect(page: AdminMasterPage): HTMLSelectElement {
  const select = h(
    'select',
    { 'aria-label': `Rule type of ${page.name}`, 'data-master-page': page.id },
    ...(Object.keys(labels) as RuleType[]).map((type) =>
      h('option', { value: type, selected: type === page.ruleType }, labels[type]),
    ),
  );
  select.addEventListener('change', () => void switchRuleType(page, select));
  return select;
}

export async function renderAdminPanel(): Promise<void> {
  const rows = byId('page-rows');
  try {
    const response = await fetch('/admin/master-pages');
    if (!response.ok) throw new Error(await errorText(response));
    const { data } = (await response.json()) as { data: AdminMasterPage[] };
    rows.replaceChildren(
      ...data.map((page) =>
        h(
          'tr',
          { 'data-master-page': page.id },
          h('th', { scope: 'row' }, page.name),
          h('td', {}, h('code', {}, page.id)),
          h('td', {}, page.active ? 'Yes' : 'No'),
          h('td', {}, ruleSelect(page)),
        ),
      ),
    );
  } catch (error) {
    rows.replaceChildren(h('tr', {}, h('td', { colspan: '4' }, 'Could not load the master pages.')));
    say(`Could not load the master pages: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
}
