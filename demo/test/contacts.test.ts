// The CRM's contact book: which webhook-driven changes it accepts, and which it leaves alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ContactBook } from '../src/contacts.js';

describe('contact book', () => {
  it('follows the current booking: booked, moved, cancelled', () => {
    const book = new ContactBook();
    const seen: string[] = [];
    book.subscribe((c) => seen.push(`${c.id}:${c.status}`));
    assert.equal(
      book.markBooked('ADA@example.com', {
        id: 'BKNG-1',
        news: 'first',
        startingTime: '2026-11-23T09:00:00Z',
      })?.id,
      'c1',
      'emails compare case-insensitively',
    );
    assert.equal(
      book.markBooked('ada@example.com', {
        id: 'BKNG-1',
        news: 'moved',
        startingTime: '2026-11-23T10:00:00Z',
      })?.bookedFor,
      '2026-11-23T10:00:00Z',
    );
    assert.equal(book.markCanceled('BKNG-1')?.status, 'canceled');
    assert.deepEqual(seen, ['c1:booked', 'c1:booked', 'c1:canceled']);
  });

  it("ignores a cancellation of a booking that is not the contact's current one", () => {
    const book = new ContactBook();
    book.markBooked('ada@example.com', { id: 'BKNG-OLD', news: 'first' });
    book.markBooked('ada@example.com', { id: 'BKNG-NEW', news: 'first' });
    assert.equal(book.markCanceled('BKNG-OLD'), undefined);
    assert.equal(book.markCanceled('BKNG-NOBODY'), undefined);
    assert.equal(book.all().find((c) => c.id === 'c1')?.status, 'booked');
  });

  it('ignores news that arrives late: an older event, or a booking event after its cancellation', () => {
    const book = new ContactBook();
    book.markBooked('ada@example.com', {
      id: 'BKNG-1',
      news: 'moved',
      startingTime: '2026-11-23T10:00:00Z',
      updatedAt: '2026-11-23T08:05:00Z',
    });
    const stale = book.markBooked('ada@example.com', {
      id: 'BKNG-1',
      news: 'moved',
      startingTime: '2026-11-23T09:00:00Z',
      updatedAt: '2026-11-23T08:00:00Z',
    });
    assert.equal(stale, undefined, 'the earlier time does not come back');
    assert.equal(book.all().find((c) => c.id === 'c1')?.bookedFor, '2026-11-23T10:00:00Z');
    book.markCanceled('BKNG-1', '2026-11-23T08:06:00Z');
    // A late booking event for the cancelled booking (a retried delivery) is ignored, whatever its time says.
    assert.equal(
      book.markBooked('ada@example.com', { id: 'BKNG-1', news: 'moved', updatedAt: '2026-11-23T08:07:00Z' }),
      undefined,
    );
    assert.equal(book.all().find((c) => c.id === 'c1')?.status, 'canceled');
    assert.equal(
      book.markBooked('ada@example.com', { id: 'BKNG-2', news: 'first', updatedAt: '2026-11-23T08:10:00Z' })
        ?.status,
      'booked',
      'a new booking counts',
    );
  });

  it('lets a cancelled contact be sent a new link, but keeps a booked one booked', () => {
    const book = new ContactBook();
    book.markBooked('ada@example.com', { id: 'BKNG-1', news: 'first' });
    assert.equal(book.markLinkSent('c1')?.status, 'booked');
    book.markCanceled('BKNG-1');
    assert.equal(book.markLinkSent('c1')?.status, 'link-sent');
    assert.equal(book.markLinkSent('c-unknown'), undefined);
  });

  it('keeps a booking cancelled when its cancellation arrives before its booking events', () => {
    const book = new ContactBook();
    assert.equal(
      book.markCanceled('BKNG-1', '2026-11-23T08:06:00Z'),
      undefined,
      'no contact shows that booking yet',
    );
    for (const news of ['first', 'moved'] as const) {
      const late = book.markBooked('ada@example.com', {
        id: 'BKNG-1',
        news,
        startingTime: '2026-11-23T10:00:00Z',
        updatedAt: '2026-11-23T08:07:00Z',
      });
      assert.equal(late, undefined, `a late ${news} event does not book a cancelled booking`);
    }
    assert.equal(book.all().find((c) => c.id === 'c1')?.status, 'new');
  });

  it('keeps a cancelled booking cancelled after a new link is sent to the contact', () => {
    const book = new ContactBook();
    book.markBooked('ada@example.com', { id: 'BKNG-1', news: 'first', updatedAt: '2026-11-23T08:00:00Z' });
    book.markCanceled('BKNG-1', '2026-11-23T08:06:00Z');
    book.markLinkSent('c1');
    assert.equal(
      book.markBooked('ada@example.com', { id: 'BKNG-1', news: 'moved', updatedAt: '2026-11-23T08:07:00Z' }),
      undefined,
    );
    assert.equal(book.all().find((c) => c.id === 'c1')?.status, 'link-sent');
  });

  it('does not roll a moved booking back when its scheduled event comes again in the same second', () => {
    const book = new ContactBook();
    const second = '2026-11-23T08:00:00Z';
    book.markBooked('ada@example.com', {
      id: 'BKNG-1',
      news: 'first',
      startingTime: '2026-11-23T09:00:00Z',
      updatedAt: second,
    });
    book.markBooked('ada@example.com', {
      id: 'BKNG-1',
      news: 'moved',
      startingTime: '2026-11-23T10:00:00Z',
      updatedAt: second,
    });
    const redelivered = book.markBooked('ada@example.com', {
      id: 'BKNG-1',
      news: 'first',
      startingTime: '2026-11-23T09:00:00Z',
      updatedAt: second,
    });
    assert.equal(redelivered, undefined, 'the scheduled event does not override the move');
    assert.equal(book.all().find((c) => c.id === 'c1')?.bookedFor, '2026-11-23T10:00:00Z');
  });
});
