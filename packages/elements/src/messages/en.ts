// English strings of <oncelink-share>: the default, and the shape every locale fills in.
import type { TriggerKey } from './trigger.js';

/** Every user-visible string of the pop-up. A host overrides any of them with the `messages` property. */
export interface OnceLinkMessages {
  /**
   * The language of these strings as a BCP 47 tag (`'de'`), set as `lang` on the trigger and the
   * pop-up so screen readers pronounce them in it. Left out (English), the page's language applies.
   */
  lang?: string | undefined;
  trigger: string;
  /** The default trigger's label with the `one-time` attribute. */
  oneTimeTrigger: string;
  title: string;
  close: string;
  picker: string;
  pickerPlaceholder: string;
  loadingPages: string;
  loadingPage: string;
  noPages: string;
  oneTime: string;
  oneTimeHint: string;
  personalize: string;
  customerName: string;
  customerEmail: string;
  showBookingForm: string;
  link: string;
  openLink: string;
  noLink: string;
  creating: string;
  madeOnCopy: string;
  copyAndClose: string;
  newLink: string;
  copied: string;
  copyManually: string;
  retry: string;
  useOrdinaryLink: string;
  nameRequired: string;
  emailRequired: string;
  nameInvalid: string;
  emailInvalid: string;
  tooLong: string;
  linkTooLong: string;
  fixFields: string;
  errorNotConfigured: string;
  errorNotEligible: string;
  errorCalendarNotEligible: string;
  errorNotFound: string;
  errorUnauthorized: string;
  errorForbidden: string;
  errorRateLimited: string;
  errorOffline: string;
  errorTimeout: string;
  errorMalformed: string;
  errorServer: string;
  errorFailed: string;
  /** The pop-up's own code could not be fetched (online, but the file did not arrive). */
  errorLoadFailed: string;
}

/** The pop-up's own English strings; the trigger's and the frame's are in trigger.ts, loaded with every page. */
export const enPopup: Omit<OnceLinkMessages, TriggerKey | 'lang'> = {
  picker: 'Master page',
  pickerPlaceholder: 'Choose a master page',
  loadingPages: 'Loading master pages…',
  noPages: 'There are no active master pages yet. Create or activate one in OnceHub, then try again.',
  oneTime: 'One-time link',
  oneTimeHint: 'Good for one booking only.',
  personalize: 'Personalize link',
  customerName: 'Customer name',
  customerEmail: 'Customer email',
  showBookingForm: 'Show the booking form anyway',
  link: 'Link',
  openLink: 'Open link',
  noLink: 'This page has no public link yet. Turn on One-time link to make one.',
  creating: 'Creating link…',
  madeOnCopy: 'The link is made when you copy it. The name and email go to OnceHub, not into the link.',
  copyAndClose: 'Copy & close',
  newLink: 'New link for next customer',
  copied: 'Link copied',
  copyManually:
    'The link could not be copied automatically. It is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  useOrdinaryLink: 'Use the ordinary link',
  nameRequired: "Enter the customer's name.",
  emailRequired: "Enter the customer's email.",
  emailInvalid: 'Enter an email address like name@example.com.',
  nameInvalid: 'Remove line breaks and other invisible characters from the name.',
  tooLong: 'Keep this to 100 characters or fewer.',
  linkTooLong: 'With this name and email the link gets too long (over 2,000 characters): shorten them.',
  fixFields: 'Fix the highlighted fields to copy the link.',
  errorNotConfigured:
    'This pop-up is not connected to OnceHub yet. Tell whoever set up OnceLink on this page.',
  errorNotEligible:
    'This master page cannot have one-time links. One-time links are only available for Master pages using Rule-based assignment with Dynamic rules: change its rules in OnceHub, or use the ordinary link.',
  errorCalendarNotEligible:
    'This booking calendar cannot have one-time links. Only published booking calendars can: publish it in OnceHub, then retry.',
  errorNotFound: 'This page was not found in OnceHub. It may have been deleted: check the page set up here.',
  errorUnauthorized:
    'OnceHub refused the connection: the API key is missing or wrong. Ask whoever set up OnceLink here to check it.',
  errorForbidden:
    'Your OnceHub account is not allowed to do this (plan or permissions). Ask your OnceHub administrator.',
  errorRateLimited: 'OnceHub is getting too many requests right now. Wait a few seconds, then retry.',
  errorTimeout: 'OnceHub took too long to answer. Retry in a moment.',
  errorMalformed:
    'OnceHub sent an answer that could not be read, so no link is shown. Retry; if it keeps happening, tell whoever set up OnceLink here.',
  errorServer: 'OnceHub had a problem on its side. Retry in a moment.',
  errorFailed: 'Something went wrong while talking to OnceHub. Retry in a moment.',
};
