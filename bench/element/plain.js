// The floor for the element bench: a plain custom element that draws a button and opens an empty modal dialog on click.
class PlainShare extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('part', 'trigger');
    button.textContent = 'Share link';
    const dialog = document.createElement('dialog');
    dialog.append('Share a scheduling link');
    button.addEventListener('click', () => dialog.showModal());
    root.append(button, dialog);
  }
}
customElements.define('plain-share', PlainShare);
