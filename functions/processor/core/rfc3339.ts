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

// "2026-01-02T03:04:05.678Z", what `Date#toISOString` writes and most producers send: the digits at
// these offsets, read without a match array. Anything else goes through the pattern.
const ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];

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
  for (const at of ISO_DIGITS) {
    const c = text.charCodeAt(at);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  const n = (from: number, to: number) => {
    let value = 0;
    for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 0x30;
    return value;
  };
  return Date.UTC(n(0, 4), n(5, 7) - 1, n(8, 10), n(11, 13), n(14, 16), n(17, 19), n(20, 23));
}
