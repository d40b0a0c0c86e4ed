// React wrapper of <oncelink-share> (registers the tag); events as typed props named after them (onOncelinkCopy, …).
'use client';
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
// Registers the tag. Kept as an import of the built define module (see tsup.config.ts), so the
// registration stays in the one file package.json lists under sideEffects.
import './share/define.js';
import { OnceLinkShare as OnceLinkShareElement } from './share/define.js';
import type {
  OnceLinkCopyDetail,
  OnceLinkErrorDetail,
  OnceLinkLinkCreatedDetail,
  OnceLinkRequestCloseDetail,
} from './events.js';

export const OnceLinkShare = createComponent({
  tagName: 'oncelink-share',
  elementClass: OnceLinkShareElement,
  react: React,
  events: {
    onOncelinkLinkCreated: 'oncelink-link-created' as EventName<CustomEvent<OnceLinkLinkCreatedDetail>>,
    onOncelinkCopy: 'oncelink-copy' as EventName<CustomEvent<OnceLinkCopyDetail>>,
    onOncelinkRequestClose: 'oncelink-request-close' as EventName<CustomEvent<OnceLinkRequestCloseDetail>>,
    onOncelinkError: 'oncelink-error' as EventName<CustomEvent<OnceLinkErrorDetail>>,
  },
});
