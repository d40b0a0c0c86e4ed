// Renders the bench rows as one aligned Markdown table: readable in a terminal and pasteable into the README.

/**
 * @typedef {object} Row
 * @property {string} part      which of the four parts the row belongs to
 * @property {string} measure   what was measured
 * @property {string} value     the figure, with its unit
 * @property {string} baseline  what it is compared with, measured in the same run
 * @property {string} ratio     value / baseline, or how far under a budget
 * @property {string} target    the target from the issue
 * @property {boolean | null} ok whether the target is met (null: informational)
 */

const columns = /** @type {const} */ (['part', 'measure', 'value', 'baseline', 'ratio', 'target', 'ok']);

const cell = (row, key) => (key === 'ok' ? (row.ok === null ? '' : row.ok ? 'yes' : 'NO') : String(row[key]));

/** @param {Row[]} rows */
export function renderTable(rows) {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line([...columns]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map((r) => line(columns.map((c) => cell(r, c)))),
  ].join('\n');
}

/** Formats a duration in ms with a precision that suits its size. */
export function ms(x) {
  if (x >= 1000) return `${(x / 1000).toFixed(2)} s`;
  if (x >= 10) return `${x.toFixed(1)} ms`;
  return `${x.toFixed(3)} ms`;
}

/** Formats a byte count as kB (1000 bytes), as size-limit does. */
export const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

export const times = (ratio) => `${ratio.toFixed(2)}x`;
