// The SDK's call boundary under hostile arguments: every call resolves or rejects with a typed OnceLinkError, never hangs.
import fc from 'fast-check';
import type { OnceLink } from '@oncelink/sdk';
import { OnceLinkError, verifyWebhook } from '@oncelink/sdk';

export interface SdkCall {
  method: string;
  args: unknown[];
}

const ids = [
  'MP-DYNAMIC0001',
  'MP-STATIC00001',
  'MP-NONE000001',
  'BKC-PUBLISHED01',
  'BKNG-SEED00001',
  'WHK-1',
];
/** Ids as a careless or hostile caller passes them: known, random, lone surrogates, controls, huge, not strings. */
const id = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ids) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '\ud800',
      'MP-1\udc00',
      '\u0000',
      'a\r\nX: y',
      '..',
      '.',
      '',
      '%2e%2e',
      'a/b',
      '?x=1',
      '#',
      'x'.repeat(300),
    ),
  },
  { weight: 1, arbitrary: fc.anything() },
);
const params = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      limit: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double(), fc.string()),
      after: fc.oneof(fc.string(), id),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      expand: fc.array(fc.oneof(fc.constantFrom('owner', 'master_page', '__proto__'), fc.string())),
      status: fc.string(),
    },
    { requiredKeys: [] },
  ),
  fc.object({ maxDepth: 2 }),
  fc.anything(),
);
const options = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        timeout: fc.oneof(fc.integer({ min: -1, max: 3000 }), fc.double()),
        maxRetries: fc.integer({ min: -1, max: 1 }),
      },
      { requiredKeys: [] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      headers: fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 10 })),
    }),
  },
);

export const sdkCall: fc.Arbitrary<SdkCall> = fc.oneof(
  ...[
    'masterPages.retrieve',
    'masterPages.createOneTimeLink',
    'bookingCalendars.retrieve',
    'webhooks.retrieve',
    'webhooks.delete',
  ].map((method) => fc.tuple(id, options).map((args) => ({ method, args }))),
  ...[
    'bookingCalendars.timeSlots',
    'bookingCalendars.schedule',
    'bookingCalendars.createOneTimeLink',
    'bookings.retrieve',
    'bookings.cancel',
    'bookings.requestReschedule',
  ].map((method) => fc.tuple(id, params, options).map((args) => ({ method, args }))),
  ...['masterPages.list', 'bookingCalendars.list', 'bookings.list', 'webhooks.list', 'webhooks.create'].map(
    (method) => fc.tuple(params, options).map((args) => ({ method, args })),
  ),
  fc
    .record(
      {
        payload: fc.oneof(fc.string(), fc.uint8Array({ maxLength: 64 }), fc.anything()),
        header: fc.oneof(fc.string(), fc.constant('t=1,s=00'), fc.anything()),
        secret: fc.oneof(fc.string(), fc.anything()),
        tolerance: fc.oneof(fc.constant(undefined), fc.double(), fc.integer()),
      },
      { requiredKeys: [] },
    )
    .map((input) => ({ method: 'verifyWebhook', args: [input] })),
);

/** Runs one call; resolves to what went wrong (undefined when it resolved or failed with an OnceLinkError in time). */
export async function problemWithCall(
  client: OnceLink,
  call: SdkCall,
  secrets: string[],
): Promise<string | undefined> {
  const run = async (): Promise<unknown> => {
    if (call.method === 'verifyWebhook')
      return verifyWebhook(call.args[0] as Parameters<typeof verifyWebhook>[0]);
    const [resource = '', name = ''] = call.method.split('.');
    const target = (client as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[
      resource
    ];
    const result = target?.[name]?.call(target, ...call.args);
    // A list is awaited for its first page: that is the request.
    return await (result as Promise<unknown>);
  };
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), 15_000)));
  try {
    const outcome = await Promise.race([run().then(() => 'ok' as const), hung]);
    return outcome === 'hung' ? 'the call neither resolved nor rejected within 15 s' : undefined;
  } catch (error) {
    if (!(error instanceof OnceLinkError))
      return `threw an untyped ${error instanceof Error ? error.name : typeof error}: ${String(error).slice(0, 200)}`;
    if (secrets.some((s) => error.message.includes(s))) return 'the error message holds the API key';
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
