// create_one_time_link: one link for one customer, personalised when both name and email are given.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { personalizeLink, type OneTimeLink, type OnceLink, type RequestOptions } from '@oncelink/sdk';
import { checkContact, type Contact } from '../contact.js';
import { createOneTimeLinkDescription } from '../descriptions.js';
import { InputError, UnusableLinkError, errorMessage } from '../errors.js';
import { httpUrl, ok } from '../results.js';
import { createLinkInput, createLinkOutput, type CreateLinkOutput } from '../schemas.js';
import { pickTarget, type Target } from '../target.js';
import type { ToolContext } from './context.js';

/** Annotations of both creating tools: each call makes something new in OnceHub, and removes nothing. */
export const creates = {
  readOnlyHint: false,
  destructiveHint: false,
  idempotentHint: false,
  openWorldHint: true,
} as const;

/** Refuses show_booking_form on a calendar: its link has no `skip` to set, and a silent no-op would mislead. */
export function checkShowForm(target: Target, showBookingForm: boolean | undefined): void {
  if (showBookingForm && target.type === 'booking_calendar') {
    throw new InputError(
      "show_booking_form applies to master pages only: a booking calendar's link keeps the name and email inside OnceHub, not in the URL. Leave it out. Nothing was created.",
    );
  }
}

/**
 * Makes one link on the target; for a calendar the contact goes in `booking_form` with
 * `hide_url_params: true`, so no name or email appears in the URL.
 */
export function createLink(
  client: OnceLink,
  target: Target,
  contact: Contact | undefined,
  options: RequestOptions,
): Promise<OneTimeLink> {
  if (target.type === 'master_page') return client.masterPages.createOneTimeLink(target.id, options);
  return client.bookingCalendars.createOneTimeLink(
    target.id,
    {
      hide_url_params: true,
      ...(contact ? { booking_form: { name: contact.name, email: contact.email } } : {}),
    },
    options,
  );
}

/**
 * The URL to send: a master page's link personalised with the contact, a calendar's as made.
 * Throws when the API's URL is not http(s) or (past the up-front check, which makes it unlikely)
 * cannot be personalised, saying that a link was made but is not usable.
 */
export function finalUrl(
  link: OneTimeLink,
  target: Target,
  contact: Contact | undefined,
  showBookingForm: boolean,
): string {
  const url = httpUrl(link.url);
  if (!url)
    throw new UnusableLinkError(
      'OnceHub answered with a link that is not an http(s) URL, so it is not passed on. No usable link was made.',
    );
  if (!contact || target.type !== 'master_page') return url;
  try {
    return personalizeLink(url, { ...contact, showBookingForm });
  } catch (e) {
    const why = errorMessage(e).replace(/^personalizeLink: /, '');
    throw new UnusableLinkError(
      `A link was made but could not be personalised (${why}); it was not passed on. Unused, OnceHub deletes it after 90 days.`,
    );
  }
}

/** Both customer fields or neither: one alone is almost surely a mistake, and would make a link for nobody in particular. */
function contactOf(
  input: { customer_name?: string | undefined; customer_email?: string | undefined },
  target: Target,
): Contact | undefined {
  const { customer_name: name, customer_email: email } = input;
  if (name === undefined && email === undefined) return undefined;
  if (name === undefined || email === undefined) {
    throw new InputError(
      `Give both customer_name and customer_email to personalise the link (${name === undefined ? 'customer_name' : 'customer_email'} is missing), or neither for a plain link. Nothing was created.`,
    );
  }
  try {
    return checkContact(
      { name, email },
      { name: 'customer_name', email: 'customer_email' },
      target.type === 'master_page',
    );
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`${e.message} Nothing was created.`);
    throw e;
  }
}

export function registerCreateLink(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    'create_one_time_link',
    {
      title: 'Create a one-time link',
      description: createOneTimeLinkDescription,
      inputSchema: createLinkInput,
      outputSchema: createLinkOutput,
      annotations: { title: 'Create a one-time link', ...creates },
    },
    (input, extra) => {
      let target: Target | undefined;
      return ctx.run(
        async () => {
          const picked = pickTarget(input);
          const contact = contactOf(input, picked);
          checkShowForm(picked, input.show_booking_form);
          const client = ctx.client();
          // From here a failure may concern a link: the error says whether one was made.
          target = picked;
          const link = await createLink(client, picked, contact, { signal: extra.signal });
          const url = finalUrl(link, picked, contact, input.show_booking_form ?? false);
          const result: CreateLinkOutput = {
            url,
            id: link.id,
            creation_time: link.creation_time ?? null,
            personalized: contact !== undefined,
            target: picked,
          };
          return ok(url, result);
        },
        () => ({ creating: target }),
      );
    },
  );
}
