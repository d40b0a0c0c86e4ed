// Tallies what happened to every row and says it in one short report on stderr.

export type Outcome = 'made' | 'journal' | 'checked' | 'bad' | 'unknown' | 'failed' | 'not-done';

const labels: Record<'bad' | 'unknown' | 'failed' | 'not-done', (n: number) => string> = {
  bad: (n) => `${n} bad ${n === 1 ? 'row' : 'rows'}`,
  unknown: (n) => `${n} unknown (sent, no answer: not retried)`,
  failed: (n) => `${n} failed`,
  'not-done': (n) => `${n} not done`,
};

/** How many rows of each outcome, with the first few row numbers and reasons of the problems. */
export class Tally {
  readonly counts: Record<Outcome, number> = {
    made: 0,
    journal: 0,
    checked: 0,
    bad: 0,
    unknown: 0,
    failed: 0,
    'not-done': 0,
  };
  readonly #examples = new Map<Outcome, { rows: number[]; reason: string }>();

  add(outcome: Outcome, row: number, reason = ''): void {
    this.counts[outcome]++;
    if (outcome === 'made' || outcome === 'journal' || outcome === 'checked') return;
    const seen = this.#examples.get(outcome) ?? {
      rows: [],
      reason: reason.replace(/^(not done|unknown|failed): /, ''),
    };
    if (seen.rows.length < 5) seen.rows.push(row);
    this.#examples.set(outcome, seen);
  }

  get rows(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }

  get problems(): number {
    const c = this.counts;
    return c.bad + c.unknown + c.failed + c['not-done'];
  }

  /** The report: a headline, then one line per kind of problem with example rows and what to do. */
  report(options: { dryRun: boolean; refused: boolean; out: string; journal: string | undefined }): string {
    const c = this.counts;
    const lines: string[] = [];
    if (options.dryRun) {
      lines.push(
        `oncelink: dry run, nothing was made. ${this.rows} rows: ${c.checked} would get a link, ${c.journal} already have one, ${c.bad} bad.`,
      );
    } else {
      const linked = c.made + c.journal;
      lines.push(
        `oncelink: ${this.rows} rows: ${linked} with a link (${c.made} made now, ${c.journal} from an earlier run), ${this.problems} without.`,
      );
    }
    for (const outcome of ['bad', 'failed', 'unknown', 'not-done'] as const) {
      const seen = this.#examples.get(outcome);
      if (!seen) continue;
      const more = c[outcome] > seen.rows.length ? ', ...' : '';
      lines.push(
        `  ${labels[outcome](c[outcome])}: ${seen.rows.length > 1 ? 'rows' : 'row'} ${seen.rows.join(', ')}${more}; first: ${seen.reason}`,
      );
    }
    if (c.bad && !options.refused)
      lines.push(
        '  Fix the bad rows in the CSV and run the same command again: only rows without a link are done.',
      );
    if ((c.failed || c['not-done']) && !options.refused)
      lines.push('  Run the same command again to do the rest; rows that have a link are skipped.');
    if (c.unknown) {
      lines.push(
        '  Unknown rows may have a link the API made but never confirmed. To make one anyway, re-run with --retry-unknown.',
      );
    }
    lines.push(`  Output: ${options.out}${options.journal ? `; journal: ${options.journal}` : ''}.`);
    return lines.join('\n');
  }
}
