/** Small formatters for the comparison: money, rates and the time of day. */

const en = new Intl.NumberFormat('en-US');

/** US dollars: four decimals under 10 cents (Fargate bills in fractions of a cent), else two. */
export function usd(value: number): string {
  if (value === 0) return '$0';
  const digits = Math.abs(value) < 0.1 ? 4 : 2;
  return `$${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

/** A count with thousands separators, rounded to a whole number. */
export function count(value: number): string {
  return en.format(Math.round(value));
}

/** Minutes from midnight as a 24-hour clock: 730 → "12:10", 1440 → "24:00". */
export function clock(minute: number): string {
  const hours = Math.floor(minute / 60);
  const minutes = Math.round(minute % 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
