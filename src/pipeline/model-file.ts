import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * The container of a trained model's file (models/*.bin.gz): header length (uint32 LE), header JSON, padding to 4
 * bytes, then the body parts (typed arrays) in the model's own order. The caller gzips.
 */
export function encodeModelFile(header: unknown, body: Buffer[]): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length, 0);
  // pad so the typed arrays of the body start 4-byte aligned
  const pad = Buffer.alloc((4 - ((4 + json.length) % 4)) % 4);
  return Buffer.concat([len, json, pad, ...body]);
}

/** The bytes of a typed array, for the body of a model file. */
export function bytesOf(a: ArrayBufferView): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

/** A gzipped model file read back: its header (to be checked by the caller) and its body, copied to aligned memory. */
export function decodeModelFile<Header>(file: Buffer): { header: Header; body: Uint8Array } {
  const raw = gunzipSync(file);
  const headerLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.toString('utf8', 4, 4 + headerLength)) as Header;
  let offset = 4 + headerLength;
  offset += (4 - (offset % 4)) % 4;
  // a copy starts at offset 0 of its own buffer, so typed arrays over it are aligned
  const body = new Uint8Array(raw.byteLength - offset);
  body.set(raw.subarray(offset));
  return { header, body };
}

/**
 * A loader that reads and decodes the model at a path once per process. `kind` names the model in the error a missing
 * file gives ("NER model not found at …"), `trainer` the `tidings train` command that builds it.
 */
export function modelLoader<Model>(kind: string, trainer: string, decode: (file: Buffer) => Model): (path: string) => Model {
  const cache = new Map<string, Model>();
  return (path) => {
    let model = cache.get(path);
    if (!model) {
      let file: Buffer;
      try {
        file = readFileSync(path);
      } catch {
        throw new Error(`${kind} model not found at ${path}: run "tidings train ${trainer}" to build it`);
      }
      model = decode(file);
      cache.set(path, model);
    }
    return model;
  };
}
