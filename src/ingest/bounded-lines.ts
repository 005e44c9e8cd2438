/** One line of a stream: its text, or only its size when it was longer than the limit (never held whole). */
export type BoundedLine = { n: number; text: string } | { n: number; tooLong: true; bytes: number };

/**
 * The lines of a byte stream, each decoded as UTF-8 (a trailing CR dropped). A line over `maxBytes` is reported by
 * its number and size and skipped as it streams past, so memory stays bounded by the limit whatever the input.
 */
export async function* boundedLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<BoundedLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let n = 0;
  const finish = (): BoundedLine => {
    n++;
    const line: BoundedLine = size > maxBytes ? { n, tooLong: true, bytes: size } : { n, text: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    return line;
  };
  const add = (piece: Buffer) => {
    size += piece.length;
    // past the limit the line's bytes are only counted
    if (size <= maxBytes) parts.push(piece);
    else parts = [];
  };
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      add(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < chunk.length) add(chunk.subarray(from));
  }
  if (size > 0 || parts.length) yield finish();
}

/**
 * Reads a stream into memory only up to `maxBytes`: its bytes, or `over` (the bytes seen) once it is longer; reading
 * stops there and the rest is never buffered.
 */
export async function readAtMost(input: AsyncIterable<Buffer | string>, maxBytes: number): Promise<{ ok: true; bytes: Buffer } | { ok: false; over: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    size += chunk.length;
    if (size > maxBytes) return { ok: false, over: size };
    chunks.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/**
 * The first byte of a stream that is not white space (or undefined for a blank stream), and the whole stream again,
 * those first chunks included. Returning from the replay stops the source too.
 */
export async function peekFirstByte(input: AsyncIterable<Buffer | string>): Promise<{ first: number | undefined; replay: AsyncGenerator<Buffer> }> {
  const it = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let first: number | undefined;
  let done = false;
  while (first === undefined && !done) {
    const r = await it.next();
    if (r.done) done = true;
    else {
      const chunk = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
      head.push(chunk);
      for (const b of chunk) {
        // space, tab, CR, LF and a UTF-8 byte-order mark's bytes
        if (b !== 32 && b !== 9 && b !== 13 && b !== 10 && b !== 0xef && b !== 0xbb && b !== 0xbf) {
          first = b;
          break;
        }
      }
    }
  }
  async function* replay(): AsyncGenerator<Buffer> {
    try {
      yield* head;
      while (!done) {
        const r = await it.next();
        if (r.done) return;
        yield typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
      }
    } finally {
      if (!done) await it.return?.();
    }
  }
  return { first, replay: replay() };
}
