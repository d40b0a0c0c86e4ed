// Security suite for personalizeLink: hostile and unusual names and emails, table-driven, plus fast-check round trips.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { OnceLinkError, personalizeLink } from '../../src/index.js';

const url = 'https://go.oncehub.com/.S617NW9C';
const ok = { name: 'Ada Lovelace', email: 'ada@example.com' };

/** Input that must be refused with an OnceLinkError whose message names `field` and never echoes the value. */
const refused: ReadonlyArray<{
  case: string;
  url?: unknown;
  name?: unknown;
  email?: unknown;
  field: string;
}> = [
  { case: 'empty name', name: '', field: 'name' },
  { case: 'blank name', name: ' \t ', field: 'name' },
  { case: 'name of 101 characters', name: 'x'.repeat(101), field: 'name' },
  { case: 'name that is a number', name: 42, field: 'name' },
  { case: 'name that is null', name: null, field: 'name' },
  { case: 'name that is an object', name: { toString: () => 'Ada' }, field: 'name' },
  { case: 'name with a NUL byte', name: 'Ada\u0000Lovelace', field: 'name' },
  {
    case: 'name with a line break (header and log injection)',
    name: 'Ada\r\nSet-Cookie: x=1',
    field: 'name',
  },
  { case: 'name with a bell character', name: 'Ada\u0007', field: 'name' },
  { case: 'name with DEL', name: 'Ada\u007f', field: 'name' },
  {
    case: 'name with a right-to-left override (spoofs how it reads)',
    name: 'Ada\u202Egnp.exe',
    field: 'name',
  },
  { case: 'name that is only a zero-width space (looks empty)', name: '\u200B', field: 'name' },
  {
    case: 'name that is only joiners and direction marks (looks empty)',
    name: '\u200D\u200F\u200C',
    field: 'name',
  },
  { case: 'name with a zero-width space inside', name: 'Ada\u200BLovelace', field: 'name' },
  { case: 'name with a Unicode line separator', name: 'Ada\u2028Lovelace', field: 'name' },
  { case: 'name with a Unicode paragraph separator', name: 'Ada\u2029Lovelace', field: 'name' },
  { case: 'name with a soft hyphen (invisible)', name: 'Ada\u00ADLovelace', field: 'name' },
  { case: 'name with a word joiner', name: 'Ada\u2060Lovelace', field: 'name' },
  { case: 'name with a lone surrogate (cannot be percent-encoded)', name: 'Ada \uD800', field: 'name' },
  { case: 'empty email', email: '', field: 'email' },
  { case: 'email that is a number', email: 7, field: 'email' },
  { case: 'email without @', email: 'ada.example.com', field: 'email' },
  { case: 'email with two @', email: 'ada@lovelace@example.com', field: 'email' },
  { case: 'email with a space', email: 'ada lovelace@example.com', field: 'email' },
  { case: 'email with a NUL byte', email: 'ada\u0000@example.com', field: 'email' },
  { case: 'email with a line break', email: 'ada@example.com\nbcc@evil.example', field: 'email' },
  { case: 'email with a tag in it', email: '<script>@example.com', field: 'email' },
  { case: 'email with a double quote', email: 'a"b@example.com', field: 'email' },
  { case: 'email with a lone surrogate', email: 'ada\uDC00@example.com', field: 'email' },
  {
    case: 'email with a zero-width space (looks like another address)',
    email: 'ada@example.com\u200B',
    field: 'email',
  },
  { case: 'email with a line separator', email: 'ada\u2028@example.com', field: 'email' },
  { case: 'email of 101 characters', email: `${'a'.repeat(89)}@example.com`, field: 'email' },
  { case: 'email whose domain has no dot', email: 'ada@localhost', field: 'email' },
  { case: 'a javascript: URL', url: 'javascript:alert(1)', field: 'url' },
  { case: 'a data: URL', url: 'data:text/html,<script>alert(1)</script>', field: 'url' },
  { case: 'a relative URL', url: '/.S617NW9C', field: 'url' },
  { case: 'an empty URL', url: '', field: 'url' },
  { case: 'a URL that is not a string', url: 42, field: 'url' },
  { case: 'a result over 2,000 characters', url: `${url}?ref=${'r'.repeat(1950)}`, field: 'name` or `email' },
];

for (const row of refused) {
  test(`personalizeLink refuses ${row.case}, naming \`${row.field}\``, () => {
    const input = { name: 'name' in row ? row.name : ok.name, email: 'email' in row ? row.email : ok.email };
    const call = () =>
      personalizeLink(('url' in row ? row.url : url) as string, input as { name: string; email: string });
    assert.throws(call, (e: unknown) => {
      assert.ok(e instanceof OnceLinkError, `expected an OnceLinkError, got ${String(e)}`);
      assert.ok(e.message.includes(`\`${row.field}\``), `the message names the field: ${e.message}`);
      for (const value of [row.name, row.email]) {
        if (typeof value === 'string' && value.trim().length > 3)
          assert.ok(!e.message.includes(value), 'the value is not echoed');
      }
      return true;
    });
  });
}

/** Unusual but legitimate input: accepted, and it comes back out of the URL exactly. */
const accepted: ReadonlyArray<{ case: string; name: string; email: string }> = [
  { case: 'a plus address', name: 'Ada', email: 'ada+crm@example.com' },
  { case: 'an IDN email domain', name: 'Jürgen', email: 'jürgen@bücher.de' },
  { case: 'a CJK email domain', name: '山田太郎', email: 'taro@例え.jp' },
  { case: 'an Arabic (right-to-left) name', name: 'محمد بن علي', email: 'm@example.com' },
  { case: 'a Hebrew name with a right-to-left mark', name: 'דוד\u200F לוי', email: 'd@example.co.il' },
  { case: 'a <script> tag in the name', name: '<script>alert(1)</script>', email: 'x@example.com' },
  { case: 'quotes in the name', name: `O'Brien "Bob"`, email: 'bob@example.com' },
  {
    case: 'query syntax in the name (cannot add a parameter)',
    name: 'Ada&skip=0&email=evil@example.com',
    email: 'ada@example.com',
  },
  { case: 'a # in the name (cannot start a fragment)', name: 'Ada #1', email: 'ada@example.com' },
  { case: 'an emoji ZWJ sequence', name: '👩🏽‍💻 Ada', email: 'ada@example.com' },
  { case: 'a Persian name with a zero-width non-joiner', name: 'مهر\u200Cناز', email: 'mehrnaz@example.com' },
  { case: 'exactly 100 astral characters', name: '𝒜'.repeat(100), email: 'ada@example.com' },
  {
    case: "an apostrophe and a hyphen in the email's local part",
    name: 'Ada',
    email: "o'brien-smith@example.com",
  },
];

for (const row of accepted) {
  test(`personalizeLink accepts ${row.case} and it round-trips out of the URL`, () => {
    const out = personalizeLink(url, { name: row.name, email: row.email });
    const parsed = new URL(out);
    assert.equal(parsed.searchParams.get('name'), row.name);
    assert.equal(parsed.searchParams.get('email'), row.email);
    assert.deepEqual(parsed.searchParams.getAll('skip'), ['1']);
    assert.equal(parsed.hash, '');
    assert.equal(parsed.origin + parsed.pathname, url);
    assert.ok(!/[<>"'\s]/.test(out), `nothing that could break out of an attribute or a line: ${out}`);
  });
}

// Names as a person might type them: printable text without control, format or line-separator
// characters (fast-check's graphemes include U+2028 now and then), trimmed.
const printable = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
  .map((s) => s.trim())
  .filter((s) => s !== '' && [...s].length <= 100 && !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(s));
const email = fc.emailAddress().filter((e) => e.length <= 100);

test('property: any printable name and any valid email come back out of the URL exactly', () => {
  fc.assert(
    fc.property(printable, email, fc.boolean(), (name, mail, showBookingForm) => {
      const out = new URL(personalizeLink(url, { name, email: mail, showBookingForm }));
      assert.equal(out.searchParams.get('name'), name);
      assert.equal(out.searchParams.get('email'), mail);
      assert.deepEqual(out.searchParams.getAll('skip'), [showBookingForm ? '0' : '1']);
    }),
    { numRuns: 300 },
  );
});

// Any UTF-16 code unit, lone surrogates and control characters included.
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const anything = fc.string({ unit: anyCodeUnit, maxLength: 40 });

test('property: for any string at all, personalizeLink either round-trips it or throws an OnceLinkError, never anything else', () => {
  fc.assert(
    fc.property(anything, fc.oneof(anything, email), (name, mail) => {
      let out: string;
      try {
        out = personalizeLink(url, { name, email: mail });
      } catch (e) {
        assert.ok(e instanceof OnceLinkError, `expected an OnceLinkError, got ${String(e)}`);
        return;
      }
      const params = new URL(out).searchParams;
      assert.equal(params.get('name'), name.trim());
      assert.equal(params.get('email'), mail.trim());
    }),
    { numRuns: 500 },
  );
});
