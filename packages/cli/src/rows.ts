// What a row must hold before a link is made for it: the header's name and email columns, and checks done by the SDK.
import { createHash } from 'node:crypto';
import { OnceLinkError, personalizeLink } from '@oncelink/sdk';
import { CliError } from './errors.js';

export interface Columns {
  header: string[];
  name: number;
  email: number;
}

/** Finds `name` and `email` (any case, spaces around ignored); refuses a header without them or with `link`/`error` already. */
export function findColumns(header: string[], file: string): Columns {
  const wanted = (label: string) => header.flatMap((h, i) => (h.trim().toLowerCase() === label ? [i] : []));
  for (const taken of ['link', 'error']) {
    if (wanted(taken).length) {
      throw new CliError(
        `${file} already has a \`${taken}\` column, which the output adds. Is it an output file? Pass the contact list, or rename that column.`,
      );
    }
  }
  const found = { name: wanted('name'), email: wanted('email') };
  for (const label of ['name', 'email'] as const) {
    const at = found[label];
    if (at.length === 0) {
      const seen = header.map((h) => JSON.stringify(h)).join(', ') || 'nothing';
      throw new CliError(
        `${file} has no \`${label}\` column (the header row has ${seen}). Name the columns \`name\` and \`email\`.`,
      );
    }
    if (at.length > 1) throw new CliError(`${file} has ${at.length} columns called \`${label}\`; keep one.`);
  }
  return { header, name: found.name[0] ?? 0, email: found.email[0] ?? 0 };
}

export interface Contact {
  name: string;
  email: string;
}

/**
 * A stand-in link as long as a real one plus a margin, so a row whose personalised link would be
 * too long is refused before a link is made for it, not after.
 */
const sampleLink = `https://go.oncehub.com/.${'X'.repeat(60)}`;

/**
 * The row's contact, checked by the SDK's `personalizeLink` (empty name, invalid email, over 100
 * characters, a URL over 2,000), or the reason it is refused. The same check for booking
 * calendars, whose name and email go in `booking_form` instead of the URL.
 */
export function checkRow(fields: string[], columns: Columns): { contact: Contact } | { error: string } {
  if (fields.length > columns.header.length) {
    return {
      error: `the row has ${fields.length} fields but the header has ${columns.header.length} (a comma outside quotes?); the extra fields are left out here`,
    };
  }
  const contact = { name: (fields[columns.name] ?? '').trim(), email: (fields[columns.email] ?? '').trim() };
  try {
    personalizeLink(sampleLink, contact);
  } catch (e) {
    if (!(e instanceof OnceLinkError)) throw e;
    return { error: e.message.replace(/^personalizeLink: /, '') };
  }
  return { contact };
}

/**
 * Ties a journal entry to the contact it was made for, without writing the name or email into
 * the journal: a re-run against an edited file then refuses rather than hand a link to someone else.
 */
export function fingerprint(contact: Contact): string {
  return createHash('sha256').update(`${contact.name}\u0000${contact.email}`).digest('hex').slice(0, 16);
}
