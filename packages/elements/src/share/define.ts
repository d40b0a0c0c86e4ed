// Registers <oncelink-share> (once, even if two copies of this module load) and types document.createElement.
import { OnceLinkShare } from './share.js';

export { OnceLinkShare };

if (!customElements.get('oncelink-share')) customElements.define('oncelink-share', OnceLinkShare);

declare global {
  interface HTMLElementTagNameMap {
    'oncelink-share': OnceLinkShare;
  }
}
