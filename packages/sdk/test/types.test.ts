// Type-level guards: targets the runtime refuses must not type-check either. `npm run typecheck`
// fails when an `@ts-expect-error` below stops being an error; the test run checks the runtime side.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OnceLinkError, createOneTimeLinks, type OneTimeLinkTarget } from '../src/index.js';
import { client, useFake } from './support.js';

export const masterPage: OneTimeLinkTarget = { masterPage: 'MP-1' };
export const calendar: OneTimeLinkTarget = { bookingCalendar: 'BKC-1', body: { hide_url_params: true } };
// @ts-expect-error: a master page and a booking calendar at once
export const both: OneTimeLinkTarget = { masterPage: 'MP-1', bookingCalendar: 'BKC-1' };
// @ts-expect-error: a master page takes no body (it would be dropped)
export const pageWithBody: OneTimeLinkTarget = { masterPage: 'MP-1', body: { hide_url_params: true } };

test('OneTimeLinkTarget: both ids, or a body with a master page, are type errors and refused at run time before any request', async () => {
  const { sent } = useFake();
  const { client: c } = client();
  for (const target of [both, pageWithBody]) {
    await assert.rejects(
      createOneTimeLinks(c, target, 1),
      (e: unknown) => e instanceof OnceLinkError && /`target` must be/.test(e.message),
    );
  }
  assert.equal(sent.length, 0);
});
