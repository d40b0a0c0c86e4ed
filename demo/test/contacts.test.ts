// The CRM's contact book: which webhook-driven changes it accepts, and which it leaves alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ContactBook } from '../src/contacts.js';

describe('contact book', () => {
  it('follows the current booking: booked, moved, cancelled', () => {
    const book = new ContactBook();
    const seen: string[] = [];
    book.subscribe((c) => seen.push(`${c.id}:${c.status}`));
    assert.equal(book.markBooked('ADA@example.com', { id: 'BKNG-1', startingTime: '2026-11-23T09:00:00Z' })?.id, 'c1', 'emails compare case-insensitively');
    assert.equal(book.markBooked('ada@example.com', { id: 'BKNG-1', startingTime: '2026-11-23T10:00:00Z' })?.bookedFor, '2026-11-23T10:00:00Z');
    assert.equal(book.markCanceled('BKNG-1')?.status, 'canceled');
    assert.deepEqual(seen, ['c1:booked', 'c1:booked', 'c1:canceled']);
  });

  it("ignores a cancellation of a booking that is not the contact's current one", () => {
    const book = new ContactBook();
    book.markBooked('ada@example.com', { id: 'BKNG-OLD' });
    book.markBooked('ada@example.com', { id: 'BKNG-NEW' });
    assert.equal(book.markCanceled('BKNG-OLD'), undefined);
    assert.equal(book.markCanceled('BKNG-NOBODY'), undefined);
    assert.equal(book.all().find((c) => c.id === 'c1')?.status, 'booked');
  });

  it('ignores news that arrives late: an older event, or a booking event after its cancellation', () => {
    const book = new ContactBook();
    book.markBooked('ada@example.com', { id: 'BKNG-1', startingTime: '2026-11-23T10:00:00Z', updatedAt: '2026-11-23T08:05:00Z' });
    const stale = book.markBooked('ada@example.com', { id: 'BKNG-1', startingTime: '2026-11-23T09:00:00Z', updatedAt: '2026-11-23T08:00:00Z' });
    assert.equal(stale, undefined, 'the earlier time does not come back');
    assert.equal(book.all().find((c) => c.id === 'c1')?.bookedFor, '2026-11-23T10:00:00Z');
    book.markCanceled('BKNG-1', '2026-11-23T08:06:00Z');
    // A late booking event for the cancelled booking (a retried delivery) is ignored, whatever its time says.
    assert.equal(book.markBooked('ada@example.com', { id: 'BKNG-1', updatedAt: '2026-11-23T08:07:00Z' }), undefined);
    assert.equal(book.all().find((c) => c.id === 'c1')?.status, 'canceled');
    assert.equal(book.markBooked('ada@example.com', { id: 'BKNG-2', updatedAt: '2026-11-23T08:10:00Z' })?.status, 'booked', 'a new booking counts');
  });

  it('lets a cancelled contact be sent a new link, but keeps a booked one booked', () => {
    const book = new ContactBook();
    book.markBooked('ada@example.com', { id: 'BKNG-1' });
    assert.equal(book.markLinkSent('c1')?.status, 'booked');
    book.markCanceled('BKNG-1');
    assert.equal(book.markLinkSent('c1')?.status, 'link-sent');
    assert.equal(book.markLinkSent('c-unknown'), undefined);
  });
});
