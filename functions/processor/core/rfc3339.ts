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
  const fixed = isoMillis(text);
  if (fixed !== undefined) return fixed;
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

// "2026-01-02T03:04:05.678Z", what `Date#toISOString` writes and most producers send: read digit by
// digit, without a match array. Anything else (or a non-digit where a digit belongs) goes through the
// pattern.
function isoMillis(text: string): number | undefined {
  if (
    text.length !== 24 ||
    text.charCodeAt(4) !== 0x2d /* - */ ||
    text.charCodeAt(7) !== 0x2d ||
    text.charCodeAt(10) !== 0x54 /* T */ ||
    text.charCodeAt(13) !== 0x3a /* : */ ||
    text.charCodeAt(16) !== 0x3a ||
    text.charCodeAt(19) !== 0x2e /* . */ ||
    text.charCodeAt(23) !== 0x5a /* Z */
  ) {
    return undefined;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  const millis = digits(text, 20, 23);
  if ((year | month | day | hour | minute | second | millis) < 0) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis);
}

/** The decimal number in text[from, to), or -1 when a character there is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
