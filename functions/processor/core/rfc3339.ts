// One linear pattern, bounded input (the schema caps submitted_at at 35 characters): no backtracking blow-up.
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * Epoch milliseconds of an RFC 3339 date-time, or `undefined` when `text` is not one. Unlike
 * `Date.parse`, it accepts what the schema's `date-time` format accepts: lower-case `t`/`z` and the
 * leap second `:60` (counted as the first second of the next minute).
 *
 * @example parseRfc3339Millis("2026-01-02T03:04:05.678+01:00") // → Date.UTC(2026, 0, 2, 2, 4, 5, 678)
 */
export function parseRfc3339Millis(text: string): number | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [, year, month, day, hour, minute, second, fraction = "", zulu, sign, offH, offM] = m;
  const millis = Number(fraction.padEnd(3, "0").slice(0, 3));
  const utc = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    millis,
  );
  if (zulu !== undefined) return utc;
  const offsetMinutes = (Number(offH) * 60 + Number(offM)) * (sign === "-" ? -1 : 1);
  return utc - offsetMinutes * 60_000;
}
