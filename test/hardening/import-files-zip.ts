/**
 * ZIP bytes built in the test (issue 20), for workbooks SheetJS would never write: parts whose
 * central directory declares sizes other than what they inflate to.
 */
export interface ZipPart {
  name: string;
  /** Deflated (raw) bytes, or the stored bytes when `inflated` is absent. */
  data: Uint8Array;
  /** The size the part really inflates to; absent for a stored part. */
  inflated?: number;
  /** What the central directory claims it inflates to (default: the truth). */
  declared?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

const crc32 = (bytes: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** Raw-deflates `size` zero bytes natively, a megabyte at a time: about 1,000:1. */
export async function deflatedZeros(size: number): Promise<Uint8Array> {
  const chunk = new Uint8Array(1024 * 1024);
  const stream = new ReadableStream<BufferSource>({
    start(controller) {
      for (let left = size; left > 0; left -= chunk.length)
        controller.enqueue(left >= chunk.length ? chunk : chunk.subarray(0, left));
      controller.close();
    },
  }).pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A ZIP archive of `parts` (CRC left 0 for deflated parts: the guard must refuse before any CRC check). */
export function zip(parts: readonly ZipPart[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = encoder.encode(part.name);
    const deflated = part.inflated !== undefined;
    const declared = part.declared ?? part.inflated ?? part.data.length;
    const crc = deflated ? 0 : crc32(part.data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, deflated ? 8 : 0, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, part.data.length, true);
    local.setUint32(22, declared, true);
    local.setUint16(26, name.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(10, deflated ? 8 : 0, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, part.data.length, true);
    central.setUint32(24, declared, true);
    central.setUint16(28, name.length, true);
    central.setUint32(42, offset, true);
    locals.push(new Uint8Array(local.buffer), name, part.data);
    centrals.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.length + part.data.length;
  }
  const directorySize = centrals.reduce((n, b) => n + b.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  const all = [...locals, ...centrals, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of all) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}
