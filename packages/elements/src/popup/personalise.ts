// The shown link and the field errors, computed once per update from personalizeLink's own verdict (its one email rule).
import { personalizeLink, PersonalizeLinkError, type PersonalizeLinkReason } from '@oncelink/sdk';
import type { OnceLinkMessages } from '../messages/index.js';

export interface FieldErrors {
  name: string | undefined;
  email: string | undefined;
}

export interface Personalised {
  /** The link to show and copy: personalised when asked and the fields are valid, as it is otherwise. */
  url: string | undefined;
  errors: FieldErrors;
}

/** Stands in for the link while there is none yet (being made, or a calendar's made on copy): only the fields are judged. */
const STAND_IN_URL = 'https://example.invalid/';
/** Stands in for a refused name, so the email is judged too and both errors show at once. */
const STAND_IN_NAME = 'N';

function message(
  field: 'name' | 'email' | 'url',
  reason: PersonalizeLinkReason,
  m: OnceLinkMessages,
): string {
  if (reason === 'url_too_long') return m.linkTooLong;
  if (reason === 'empty') return field === 'email' ? m.emailRequired : m.nameRequired;
  if (reason === 'too_long') return m.tooLong;
  return field === 'email' ? m.emailInvalid : m.nameInvalid;
}

/** Runs personalizeLink; a refusal comes back as its field and message, anything else is rethrown. */
function attempt(
  url: string,
  name: string,
  email: string,
  showForm: boolean,
  m: OnceLinkMessages,
): { url: string } | { field: 'name' | 'email'; message: string } {
  try {
    return { url: personalizeLink(url, { name, email, showBookingForm: showForm }) };
  } catch (error) {
    if (!(error instanceof PersonalizeLinkError)) throw error;
    // A link too long is shown on the name, the field a user can most easily shorten.
    return {
      field: error.field === 'email' ? 'email' : 'name',
      message: message(error.field, error.reason, m),
    };
  }
}

/**
 * What the pop-up shows for these answers. `url` is the link there is (undefined while none);
 * `inUrl` says whether the name and email go into it (a master page's) or to the API (a calendar's).
 */
export function personalise(
  url: string | undefined,
  answers: { personalize: boolean; name: string; email: string; showForm: boolean },
  inUrl: boolean,
  m: OnceLinkMessages,
): Personalised {
  const errors: FieldErrors = { name: undefined, email: undefined };
  if (!answers.personalize) return { url, errors };
  const name = answers.name.trim();
  const email = answers.email.trim();
  const first = attempt(url ?? STAND_IN_URL, name, email, answers.showForm, m);
  if ('url' in first) return { url: inUrl && url ? first.url : url, errors };
  errors[first.field] = first.message;
  // personalizeLink stops at the first refusal, the name's: the email is judged on its own too.
  if (first.field === 'name') {
    const second = attempt(STAND_IN_URL, STAND_IN_NAME, email, false, m);
    if (!('url' in second) && second.field === 'email') errors.email = second.message;
  }
  return { url, errors };
}
