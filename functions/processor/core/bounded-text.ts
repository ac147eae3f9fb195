/**
 * `text` cut to at most `max` UTF-16 units, ending in "…" when cut, never splitting a surrogate pair.
 * Keeps error texts that quote hostile input (a 200 KB field name) small.
 *
 * @example boundText("abcdef", 4) // → "abc…"
 */
export function boundText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // do not leave a high surrogate without its pair
  return `${text.slice(0, end)}…`;
}
