// Styles every page loads: the trigger and the dialog's frame, themed through --oncelink-* custom properties.
import { css } from '@lit/reactive-element';

// Adopted style sheets, not <style> elements: nothing here needs a CSP exception.
export const styles = css`
  :host {
    --_accent: var(--oncelink-accent, light-dark(#0b57d0, #a8c7fa));
    --_on-accent: var(--oncelink-on-accent, light-dark(#fff, #062e6f));
    --_surface: var(--oncelink-surface, light-dark(#fff, #1f1f1f));
    --_text: var(--oncelink-text, light-dark(#1f1f1f, #e3e3e3));
    --_muted: var(--oncelink-muted, light-dark(#5f6368, #c4c7c5));
    --_border: var(--oncelink-border, light-dark(#747775, #8e918f));
    --_danger: var(--oncelink-danger, light-dark(#b3261e, #f2b8b5));
    --_radius: var(--oncelink-radius, 8px);
    display: inline-block;
    font-family: var(--oncelink-font, system-ui, sans-serif);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
    cursor: pointer;
  }
  button.primary,
  [part='trigger'] {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  dialog {
    box-sizing: border-box;
    width: min(var(--oncelink-width, 28rem), calc(100vw - 2rem));
    padding: 1.25rem;
    border: none;
    border-radius: calc(var(--_radius) * 1.5);
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--oncelink-font, system-ui, sans-serif);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.35);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .header,
  .footer {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .header {
    justify-content: space-between;
  }
  .footer {
    justify-content: flex-end;
    flex-wrap: wrap;
    margin-top: 1rem;
  }
  h2 {
    margin: 0;
    font-size: 1.15rem;
  }
  [part~='close-button'] {
    border: none;
    font-size: 1.4rem;
    line-height: 1;
    padding: 0.25rem 0.5rem;
  }
  [part='body'] {
    display: grid;
    gap: 0.75rem;
    margin-top: 1rem;
  }
  p {
    margin: 0;
  }
  [part='status']:empty {
    display: none;
  }
  [part='error'] {
    color: var(--_danger);
    font-size: 0.875rem;
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: 0.75rem;
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
  }
`;
