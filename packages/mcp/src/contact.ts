// Checks a customer's name and email with the SDK's own rules before any link is made for them.
import { OnceLinkError, personalizeLink } from '@oncelink/sdk';
import { InputError } from './errors.js';

export interface Contact {
  name: string;
  email: string;
}

// Longer than any link OnceHub makes (about 35 characters), so a pair that fits here fits the real link too.
const probe = `https://go.oncehub.com/.${'X'.repeat(40)}`;
const sampleName = 'A';
const sampleEmail = 'a@example.com';

/** The SDK's refusal in the tool's own field names (it writes `name` and `email`, after its function's name). */
function refusal(error: unknown, fields: { name: string; email: string }): never {
  if (!(error instanceof OnceLinkError)) throw error;
  const message = error.message
    .replace(/^personalizeLink: /, '')
    .replaceAll('`name`', `\`${fields.name}\``)
    .replaceAll('`email`', `\`${fields.email}\``);
  throw new InputError(message.charAt(0).toUpperCase() + message.slice(1));
}

function read(url: string): Contact {
  const params = new URL(url).searchParams;
  return { name: params.get('name') ?? '', email: params.get('email') ?? '' };
}

/**
 * The contact as the SDK writes it (trimmed), or an InputError naming the field that is refused:
 * an empty name, an invalid email, more than 100 characters. `inUrl`: the pair also has to fit in
 * one link under 2,000 characters (a master page's link carries them; a calendar's does not).
 */
export function checkContact(
  contact: { name: string; email: string },
  fields: { name: string; email: string },
  inUrl: boolean,
): Contact {
  let name: string;
  let email: string;
  try {
    name = read(personalizeLink(probe, { name: contact.name, email: sampleEmail })).name;
  } catch (e) {
    refusal(e, fields);
  }
  try {
    email = read(personalizeLink(probe, { name: sampleName, email: contact.email })).email;
  } catch (e) {
    refusal(e, fields);
  }
  if (inUrl) {
    try {
      personalizeLink(probe, { name, email });
    } catch (e) {
      refusal(e, fields);
    }
  }
  return { name, email };
}
