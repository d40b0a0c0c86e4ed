// Test support: React 19 rendering the @lit/react wrapper, bundled for the browser by the test server (React ships CommonJS).
import { createElement, type ComponentProps } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { OnceLinkShare } from '../react.js';

export type ShareProps = ComponentProps<typeof OnceLinkShare>;

export interface Mounted {
  /** Renders the wrapper again with new props, synchronously. */
  rerender(props: ShareProps): void;
  unmount(): void;
}

/** Renders `<OnceLinkShare {...props} />` into `container` with React, synchronously. */
export function mount(container: HTMLElement, props: ShareProps): Mounted {
  const root = createRoot(container);
  const render = (next: ShareProps) => flushSync(() => root.render(createElement(OnceLinkShare, next)));
  render(props);
  return { rerender: render, unmount: () => root.unmount() };
}
