// The words a model reads: the server's instructions and each tool's description.

/** What a one-time link is, in the help article's words where it has them. */
const oneTimeLink =
  'A one-time link is a OnceHub scheduling link that is good for one booking only: the customer who receives it can make ' +
  'exactly one booking with it and does not get access to the underlying Booking page. After that booking the link is used ' +
  'up, so make a new link for every customer and every meeting; never send the same one-time link twice.';

const dynamicRules =
  'One-time links are only available for Master pages using Rule-based assignment with Dynamic rules (and for published ' +
  'booking calendars). Any other master page refuses them: then say so, and offer its ordinary booking link instead.';

const personalised =
  "Personalised with the customer's name and email, a master-page link skips the Booking form (`skip=1`), so the customer " +
  'only picks a time; for a booking calendar the name and email are stored with the link by OnceHub and do not appear in the URL.';

export const instructions = [
  'OnceLink: make OnceHub one-time scheduling links for customers, and see whether they booked.',
  oneTimeLink,
  dynamicRules,
  personalised,
  "Typical flow: list_master_pages to find the page (its id starts with MP-), then create_one_time_link with the customer's " +
    'name and email, then give the user the URL to send. For several customers at once use create_one_time_links. ' +
    'list_bookings shows whether someone has booked.',
].join('\n\n');

export const listMasterPagesDescription =
  'List the master pages of the OnceHub account: id, customer-facing name, whether it is active (accepts bookings) and its ' +
  'ordinary booking URL. Use it to find the master_page_id for create_one_time_link. ' +
  dynamicRules +
  ' Which pages use Dynamic rules is not shown here: OnceHub only says so when a link is requested.';

export const listBookingCalendarsDescription =
  'List the booking calendars of the OnceHub account: id (starts with BKC-), name, whether it is published, its duration ' +
  'and its ordinary booking URL. Only published booking calendars can have one-time links.';

export const createOneTimeLinkDescription = [
  'Create one one-time scheduling link for one customer, on a master page (master_page_id) or a booking calendar ' +
    '(booking_calendar_id): give exactly one of the two. Use it when the user asks to send someone a link to book a meeting.',
  oneTimeLink,
  dynamicRules,
  personalised +
    ' Give both customer_name and customer_email to personalise it, or neither for a plain link; show_booking_form: true ' +
    'keeps the Booking form on a personalised master-page link.',
  'Returns the URL to send. Every call makes a new link: do not call it again to retry a link you already have. Nothing is ' +
    'made when the input is refused (an empty name, an invalid email, a page without Dynamic rules).',
].join(' ');

export const createOneTimeLinksDescription = [
  'Create one personalised one-time link for each of up to 50 contacts ({ name, email }), all on the same master page or ' +
    'booking calendar (target). Use it for a list of customers; for one customer use create_one_time_link.',
  oneTimeLink,
  dynamicRules,
  personalised,
  "Links are made within OnceHub's rate limit (5 per second), so 50 take about ten seconds; progress is reported when the " +
    'client asks for it. The result has one entry per contact, in the order given, with its url or the reason it has none: ' +
    'a contact with an empty name or an invalid email gets an error and no link, and does not stop the others.',
].join(' ');

export const listBookingsDescription =
  'List bookings in the OnceHub account, in the order OnceHub sends them, optionally only those with one status. ' +
  'Use it to tell whether a customer has booked through the link they were sent: look for their name or email. Each ' +
  'booking made through a one-time link is an ordinary booking here (nothing says which link it came from). Page on with ' +
  '`after` set to the `next_after` of the previous answer.';
