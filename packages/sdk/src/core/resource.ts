// Base of every resource class: a thin layer over the HTTP core it is constructed with.
import type { OnceLinkCore } from '../once-link-core.js';

export abstract class APIResource {
  protected readonly core: OnceLinkCore;

  constructor(core: OnceLinkCore) {
    this.core = core;
  }
}
