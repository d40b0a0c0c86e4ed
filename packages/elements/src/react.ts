// React wrapper of <oncelink-share> (registers the tag); events as typed props named after them (onOncelinkCopy, …).
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
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
