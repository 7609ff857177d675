// Pure helpers for the benchmark: medians, percentiles, matching keystrokes
// to the IndexedDB writes that hold them, and plain-text tables.

/** The median of some numbers (NaN for none). */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The p-th percentile (0–100), nearest rank (NaN for none). */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/**
 * For each keystroke ({ at, text }: when the key went down and the field's
 * text after it), the time until the first IndexedDB write that completed
 * after it and holds that text ({ at, payload }: when the transaction
 * completed and what it wrote, as JSON). `null` when no write held it.
 * Text only grows while typing, so a write holds a keystroke's text when its
 * payload contains it.
 */
export function keystrokeLatencies(keystrokes, commits) {
  const sorted = [...commits].sort((a, b) => a.at - b.at);
  return keystrokes.map((key) => {
    const needle = JSON.stringify(key.text).slice(1, -1);
    const hit = sorted.find(
      (c) => c.at >= key.at && c.payload.includes(needle),
    );
    return hit ? hit.at - key.at : null;
  });
}

/** A plain-text table; align is 'l' or 'r' per column. */
export function table(rows, align) {
  const widths = rows[0].map((_, i) =>
    Math.max(...rows.map((r) => String(r[i]).length)),
  );
  const line = (r) =>
    r
      .map((cell, i) =>
        align[i] === 'r'
          ? String(cell).padStart(widths[i])
          : String(cell).padEnd(widths[i]),
      )
      .join('  ')
      .trimEnd();
  const out = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows.slice(1)) out.push(line(r));
  return out.join('\n');
}
