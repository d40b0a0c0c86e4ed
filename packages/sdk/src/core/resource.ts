// Base of every resource class: a thin layer over the HTTP core it is constructed with.
import type { OnceLinkCore } from '../client.js';

export abstract class APIResource {
  protected readonly core: OnceLinkCore;

  constructor(core: OnceLinkCore) {
    this.core = core;
  }
}
