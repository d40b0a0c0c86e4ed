// Bulk personalised one-time links: one per contact, made within the rate limit, printed.
import { OnceLink, createOneTimeLinks, personalizeLink } from '@oncelink/sdk';

const masterPage = process.argv[2];
if (!masterPage) {
  console.error('Usage: node links.mjs MASTER_PAGE_ID   (with ONCEHUB_API_KEY set)');
  process.exit(2);
}

const contacts = [
  { name: 'Ada Lovelace', email: 'ada@example.com' },
  { name: 'Grace Hopper', email: 'grace@example.com' },
  { name: 'Katherine Johnson', email: 'katherine@example.com' },
];

// ONCEHUB_BASE_URL unset means the real API.
const client = new OnceLink({ apiKey: process.env.ONCEHUB_API_KEY, baseURL: process.env.ONCEHUB_BASE_URL });

const links = await createOneTimeLinks(client, { masterPage }, contacts.length, {
  onProgress: ({ done, total }) => console.error(`made ${done} of ${total}`),
});
contacts.forEach((contact, i) => {
  console.log(`${contact.name}\t${personalizeLink(links[i].url, contact)}`);
});
