// The admin panel: master pages with their rule type; a select and an Apply button switch it through the demo server.
import type { AdminMasterPage, RuleType } from '../src/admin.js';
import { apiBase } from './api-base.js';
import { byId, h } from './dom.js';

const labels: Record<RuleType, string> = {
  dynamic: 'Dynamic rules',
  static: 'Static rules',
  none: 'No rules',
};

/** One row's controls and the rule type the server last said, so a refresh can update the row in place. */
interface PageRow {
  page: AdminMasterPage;
  row: HTMLTableRowElement;
  active: HTMLTableCellElement;
  select: HTMLSelectElement;
  apply: HTMLButtonElement;
  busy: boolean;
}

const shown = new Map<string, PageRow>();

function say(text: string, kind: 'info' | 'error' = 'info'): void {
  const message = byId('admin-message');
  message.dataset.kind = kind;
  message.textContent = text;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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

/** Ids and names are made from the page id, so each control is unique and a form field has a name. */
function controlId(kind: 'rule-type' | 'apply-rule-type', page: AdminMasterPage): string {
  return `${kind}-${page.id}`;
}

/**
 * Sends the chosen rule type. The switch cannot be undone for the links it kills, so it happens
 * only on Apply, never on a select's change (an arrow key on a closed select changes it).
 * The button is marked busy, not disabled: disabling the focused button would drop focus to body.
 */
async function applyRuleType(entry: PageRow): Promise<void> {
  const { page, select } = entry;
  const wanted = select.value as RuleType;
  if (entry.busy) return;
  if (wanted === page.ruleType) {
    say(`${page.name} already uses ${labels[wanted]}: pick another rule type, then Apply.`);
    return;
  }
  entry.busy = true;
  entry.apply.setAttribute('aria-disabled', 'true');
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
    say(
      `Could not change ${page.name}: ${reason(error)}. Check that the demo is running, then Apply again.`,
      'error',
    );
  } finally {
    entry.busy = false;
    entry.apply.removeAttribute('aria-disabled');
  }
}

function createRow(page: AdminMasterPage): PageRow {
  const selectId = controlId('rule-type', page);
  const select = h(
    'select',
    { id: selectId, name: selectId, 'data-master-page': page.id },
    ...(Object.keys(labels) as RuleType[]).map((type) =>
      h('option', { value: type, selected: type === page.ruleType }, labels[type]),
    ),
  );
  const apply = h(
    'button',
    { type: 'button', id: controlId('apply-rule-type', page), class: 'apply' },
    'Apply',
    // Every row has this button: the hidden words tell them apart for screen readers.
    h('span', { class: 'visually-hidden' }, ` rule type to ${page.name}`),
  );
  const active = h('td', {}, page.active ? 'Yes' : 'No');
  const row = h(
    'tr',
    { 'data-master-page': page.id },
    h('th', { scope: 'row' }, page.name),
    h('td', {}, h('code', {}, page.id)),
    active,
    h(
      'td',
      { class: 'rule-type' },
      h('label', { for: selectId, class: 'visually-hidden' }, `Rule type of ${page.name}`),
      select,
      ' ',
      apply,
    ),
    // OnceHub's "Generate a one-time link" on a master page: opening makes the link at once.
    h('td', {}, h('oncelink-share', { 'api-base': apiBase, 'master-page': page.id, 'one-time': true })),
  );
  const entry: PageRow = { page, row, active, select, apply, busy: false };
  apply.addEventListener('click', () => void applyRuleType(entry));
  return entry;
}

/** Brings a row up to date without replacing it, so focus and an unapplied choice in it survive. */
function updateRow(entry: PageRow, page: AdminMasterPage): void {
  const untouched = entry.select.value === entry.page.ruleType;
  entry.page.name = page.name;
  entry.page.active = page.active;
  entry.page.ruleType = page.ruleType;
  entry.active.textContent = page.active ? 'Yes' : 'No';
  if (untouched && !entry.busy) entry.select.value = page.ruleType;
}

function show(pages: AdminMasterPage[]): void {
  const rows = byId('page-rows');
  const ids = new Set(pages.map((p) => p.id));
  for (const [id, entry] of shown) {
    if (ids.has(id)) continue;
    entry.row.remove();
    shown.delete(id);
  }
  if (!rows.querySelector('tr[data-master-page]')) rows.replaceChildren();
  for (const page of pages) {
    const entry = shown.get(page.id);
    if (entry) {
      updateRow(entry, page);
    } else {
      const created = createRow(page);
      shown.set(page.id, created);
      rows.append(created.row);
    }
  }
}

/** Loads the master pages and shows them; called at start and whenever they may have changed elsewhere. */
export async function renderAdminPanel(): Promise<void> {
  try {
    const response = await fetch('/admin/master-pages');
    if (!response.ok) throw new Error(await errorText(response));
    const { data } = (await response.json()) as { data: AdminMasterPage[] };
    show(data);
  } catch (error) {
    if (shown.size === 0) {
      byId('page-rows').replaceChildren(
        h('tr', {}, h('td', { colspan: '5' }, 'Could not load the master pages.')),
      );
    }
    say(
      `Could not load the master pages: ${reason(error)}. Reload the page once the demo is running.`,
      'error',
    );
  }
}
