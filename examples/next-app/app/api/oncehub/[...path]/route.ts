// The browser's way to the link API: only the proxy's allow list, with the key added here on the server.
import { createProxyHandler } from '@oncelink/sdk/proxy';

// Made when the module loads, also during `next build`, where no key is set: a missing key is
// reported per request (a 500 naming ONCEHUB_API_KEY), so the build goes through.
const handler = createProxyHandler({
  apiKey: process.env.ONCEHUB_API_KEY,
  baseURL: process.env.ONCEHUB_BASE_URL, // unset: the real API; set it to point at a fake in tests
});

export { handler as GET, handler as POST };
