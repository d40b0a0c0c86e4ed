// Styles of the opened pop-up's content (fields, switches, link), adopted when its code arrives.

// A plain string, not Lit's css tag: the tag would be the one module this chunk shares with the
// page's entry, and that shared chunk costs a third file to fetch.
const text = `
  .hint,
  [part='empty'] {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  [part='field'] {
    display: grid;
    gap: 0.25rem;
  }
  input:not([type='checkbox']),
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
    min-width: 0;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  [part='open-link'] {
    color: var(--_accent);
    font-size: 0.875rem;
  }
  .switch,
  .check {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    cursor: pointer;
  }
  input[role='switch'] {
    appearance: none;
    position: relative;
    flex: none;
    width: 2.5rem;
    height: 1.4rem;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: 1rem;
    background: var(--_surface);
    cursor: pointer;
  }
  input[role='switch']::before {
    content: '';
    position: absolute;
    top: 0.2rem;
    left: 0.2rem;
    width: 0.9rem;
    height: 0.9rem;
    border-radius: 50%;
    background: var(--_border);
    transition: transform 0.15s;
  }
  input[role='switch']:checked {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  input[role='switch']:checked::before {
    background: var(--_on-accent);
    transform: translateX(1.1rem);
  }
  @media (prefers-reduced-motion: reduce) {
    input[role='switch']::before {
      transition: none;
    }
  }
  [part='field-error'] {
    color: var(--_danger);
    font-size: 0.875rem;
  }
  @media (forced-colors: active) {
    /* Forced colours drop the backgrounds the thumb and the on-state are drawn with: system colours
       keep them, so on and off stay tellable apart (Windows High Contrast). */
    input[role='switch'] {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }
    input[role='switch']::before {
      background: CanvasText;
    }
    input[role='switch']:checked {
      background: Highlight;
      border-color: Highlight;
    }
    input[role='switch']:checked::before {
      background: HighlightText;
    }
  }
`;

let sheet: CSSStyleSheet | undefined;

/** One adopted style sheet for every element (not a <style> element: nothing here needs a CSP exception). */
export function popupStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
  }
  return sheet;
}
