/**
 * The unsigned decimal number in buf[from, to), null when the range is empty or holds anything but the digits 0-9:
 * the GeoNames tables are read as bytes, and a malformed field must not pass as a number.
 */
export function decimalAt(buf: Buffer, from: number, to: number): number | null {
  if (to <= from) return null;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return null;
    n = n * 10 + d;
  }
  return n;
}
