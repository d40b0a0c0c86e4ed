// The English strings every page needs before the pop-up's code arrives: the trigger and the dialog's frame.
import type { OnceLinkMessages } from './en.js';

export type TriggerKey =
  | 'trigger'
  | 'oneTimeTrigger'
  | 'title'
  | 'close'
  | 'loadingPage'
  | 'retry'
  | 'errorOffline'
  | 'errorLoadFailed';
export type TriggerMessages = Pick<OnceLinkMessages, TriggerKey | 'lang'>;

export const enTrigger: Pick<OnceLinkMessages, TriggerKey> = {
  trigger: 'Share link',
  oneTimeTrigger: 'One-time link',
  title: 'Share a scheduling link',
  close: 'Close',
  loadingPage: 'Loading…',
  retry: 'Retry',
  errorOffline: 'OnceHub could not be reached. Check your internet connection, then retry.',
  errorLoadFailed: 'The pop-up could not be loaded. Check your connection, then retry.',
};

/** The frame's strings: English with the host's overrides laid over it. */
export function triggerMessages(overrides: Partial<OnceLinkMessages> | undefined): TriggerMessages {
  return overrides ? { ...enTrigger, ...overrides } : enTrigger;
}
