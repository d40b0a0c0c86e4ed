// The opened pop-up's template: the picker, the switches and fields, the link, the error with its way forward, the actions.
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { OnceLinkMessages } from '../messages/index.js';
import { errorMessage } from './describe-error.js';
import type { Target } from './link-maker.js';
import type { FieldErrors } from './personalise.js';
import type { PopupView } from './popup.js';

/** The dialog's body and footer (the element draws the dialog and its header). */
export function renderPopup(p: PopupView, m: OnceLinkMessages): TemplateResult {
  const target = p.target;
  const { url, errors } = p.view();
  const loading = p.task.status === 'pending';
  const busy = loading || p.links.creating;
  return html`
    <div part="body" aria-busy=${busy ? 'true' : 'false'}>
      ${renderPicker(p, m)} ${target ? renderControls(p, target, url, errors, m) : nothing}
      <p part="status" role="status">${p.notice || busyText(p, loading, m)}</p>
      ${renderFailure(p, m)}
    </div>
    <div class="footer" part="footer">${renderActions(p, target, m)}</div>
  `;
}

function busyText(p: PopupView, loading: boolean, m: OnceLinkMessages): string {
  if (p.links.creating) return m.creating;
  if (loading) return p.host.masterPage || p.host.bookingCalendar ? m.loadingPage : m.loadingPages;
  return '';
}

function renderPicker(p: PopupView, m: OnceLinkMessages): TemplateResult | typeof nothing {
  const pages = p.pages;
  if (!pages) return nothing;
  if (!pages.length) return html`<p part="empty">${m.noPages}</p>`;
  return html`
    <div part="field">
      <label for="picker">${m.picker}</label>
      <select id="picker" part="picker" data-autofocus @change=${p.onPick}>
        <option value="" ?selected=${!p.target}>${m.pickerPlaceholder}</option>
        ${pages.map((page) => html`<option value=${page.id} ?selected=${p.target?.id === page.id}>${page.name ?? page.label ?? page.id}</option>`)}
      </select>
    </div>
  `;
}

function renderControls(
  p: PopupView,
  target: Target,
  url: string | undefined,
  errors: FieldErrors,
  m: OnceLinkMessages,
): TemplateResult {
  const calendar = target.type === 'booking-calendar';
  return html`
    ${renderSwitch('one-time', m.oneTime, p.oneTime, p.onOneTime, !p.pages)}
    <p id="one-time-hint" class="hint">${m.oneTimeHint}</p>
    ${!calendar || p.oneTime ? renderPersonalize(p, calendar, errors, m) : nothing} ${renderLink(p, calendar, url, m)}
  `;
}

function renderSwitch(
  id: string,
  label: string,
  checked: boolean,
  onChange: (on: boolean) => void,
  autofocus = false,
): TemplateResult {
  return html`
    <label class="switch">
      <input
        id=${id}
        type="checkbox"
        role="switch"
        part="switch"
        ?data-autofocus=${autofocus}
        aria-describedby=${id === 'one-time' ? 'one-time-hint' : nothing}
        .checked=${checked}
        @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
      />
      ${label}
    </label>
  `;
}

function renderPersonalize(
  p: PopupView,
  calendar: boolean,
  errors: FieldErrors,
  m: OnceLinkMessages,
): TemplateResult {
  return html`
    ${renderSwitch('personalize', m.personalize, p.personalize, (on) => p.set({ personalize: on, notice: '' }))}
    ${
      p.personalize
        ? html`
          ${renderField(p, 'name', 'text', m.customerName, p.name, errors.name)}
          ${renderField(p, 'email', 'email', m.customerEmail, p.email, errors.email)}
          ${
            calendar
              ? nothing
              : html`<label class="check">
                <input
                  id="show-form"
                  type="checkbox"
                  .checked=${p.showForm}
                  @change=${(e: Event) => p.set({ showForm: (e.target as HTMLInputElement).checked })}
                />
                ${m.showBookingForm}
              </label>`
          }
        `
        : nothing
    }
  `;
}

function renderField(
  p: PopupView,
  id: 'name' | 'email',
  type: string,
  label: string,
  value: string,
  error: string | undefined,
): TemplateResult {
  // Errors show as you type, for prefilled values, and for every field once copying was blocked.
  const shown = error && (value || p.touched) ? error : undefined;
  return html`
    <div part="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        part="input"
        type=${type}
        autocomplete="off"
        spellcheck="false"
        .value=${value}
        aria-invalid=${shown ? 'true' : 'false'}
        aria-describedby=${shown ? `${id}-error` : nothing}
        @input=${(e: Event) => p.set({ [id]: (e.target as HTMLInputElement).value })}
      />
      ${shown ? html`<p id=${`${id}-error`} part="field-error">${shown}</p>` : nothing}
    </div>
  `;
}

function renderLink(
  p: PopupView,
  calendar: boolean,
  url: string | undefined,
  m: OnceLinkMessages,
): TemplateResult | typeof nothing {
  if (!url) {
    if (p.task.status === 'pending' || p.links.creating || p.failure) return nothing;
    return html`<p class="hint">${p.oneTime && calendar ? m.madeOnCopy : m.noLink}</p>`;
  }
  return html`
    <div part="field">
      <label for="link">${m.link}</label>
      <input id="link" part="link" readonly .value=${url} />
      <a part="open-link" href=${url} target="_blank" rel="noopener noreferrer">${m.openLink}</a>
    </div>
  `;
}

function renderFailure(p: PopupView, m: OnceLinkMessages): TemplateResult | typeof nothing {
  const failure = p.failure;
  if (!failure) return nothing;
  const calendar = p.target?.type === 'booking-calendar';
  const ordinary = failure.kind === 'not-eligible' && !calendar && p.oneTime;
  return html`
    <div part="error" role="alert">
      <p>${errorMessage(failure.kind, m, calendar)}</p>
      ${failure.retry ? html`<button type="button" part="button" @click=${failure.retry}>${m.retry}</button>` : nothing}
      ${
        ordinary
          ? html`<button
            type="button"
            part="button"
            @click=${() => {
              p.set({ oneTime: false, failure: undefined });
              // The button goes away with the error: focus moves to the switch, not to the page.
              p.focusAfterUpdate('#one-time');
            }}
          >
            ${m.useOrdinaryLink}
          </button>`
          : nothing
      }
    </div>
  `;
}

function renderActions(p: PopupView, target: Target | undefined, m: OnceLinkMessages): TemplateResult {
  const made = target && p.oneTime && p.links.peek(target, p.answers());
  return html`
    ${made ? html`<button type="button" part="button new-link-button" @click=${p.onNewLink}>${m.newLink}</button>` : nothing}
    <button type="button" part="button copy-button" class="primary" ?disabled=${!target || (!p.oneTime && !target.url)} @click=${p.onCopy}>
      ${m.copyAndClose}
    </button>
  `;
}
