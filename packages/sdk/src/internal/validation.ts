// Checks an API answer against its wire schema and, when it does not fit, says which field and what was expected.
import * as z from './zod.js';
import { ResponseValidationError } from '../core/errors.js';

type Issue = z.core.$ZodIssue;
type Problem = { path: string; expected: string; at: PropertyKey[] };

/** `data[0].master_page.id` from a zod path. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(the whole body)';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/**
 * What one issue expected, in words. zod/mini carries no messages, so they are built from the
 * issue; the wire schemas only use types, literals and unions, so those are the codes to word.
 */
function expectation(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.code;
  }
}

function problemsOf(issues: readonly Issue[], prefix: readonly PropertyKey[]): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const at = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // A branch whose issues are all nested matched the shape and failed inside: report those.
      const inner = issue.errors.find(
        (branch) => branch.length > 0 && branch.every((i) => i.path.length > 0),
      );
      if (inner) {
        out.push(...problemsOf(inner, at));
        continue;
      }
      const options = issue.errors.flatMap((branch) =>
        branch.filter((i) => i.path.length === 0).map(expectation),
      );
      out.push({ path: formatPath(at), expected: [...new Set(options)].join(' or '), at });
      continue;
    }
    out.push({ path: formatPath(at), expected: expectation(issue), at });
  }
  return out;
}

/**
 * The parsed data, or a ResponseValidationError naming each field that broke the schema,
 * what was expected there and what came instead.
 */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
  context: { route: string; requestId?: string | undefined },
): z.output<S> {
  const result = z.safeParse(schema, data);
  if (result.success) return result.data;
  const problems = problemsOf(result.error.issues, []);
  const details = problems
    .slice(0, 5)
    .map((p) => `${p.path}: expected ${p.expected}, got ${describeValue(valueAt(data, p.at))}`)
    .join('; ');
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  const id = context.requestId ? ` Request-Id: ${context.requestId}.` : '';
  throw new ResponseValidationError(
    `${context.route}: the API answered something the SDK's schema does not allow: ${details}${more}.${id}`,
    problems.map(({ path, expected }) => ({ path, expected })),
    context.requestId,
  );
}
