/**
 * Limits on what the import reads. A file over {@link MAX_FILE_BYTES} is refused before it is
 * read; an XLSX (a ZIP archive) is checked before SheetJS sees it: the sizes its central directory
 * declares, then the sizes its parts really inflate to, so that a zip bomb is refused without the
 * tab ever holding what it unpacks to.
 */

/** The largest file read at all (a sheet of 50,000 rows is a few megabytes). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** What a workbook may unpack to, all parts together. */
export const MAX_INFLATED_BYTES = 128 * 1024 * 1024;

/** A file refused before it is parsed: too large, or unpacking to too much. */
export class FileRefused extends Error {
  constructor(
    readonly reason: 'tooLarge' | 'inflatesTooMuch',
    readonly max: number,
  ) {
    super(reason);
    this.name = 'FileRefused';
  }
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  declared: number;
  localOffset: number;
}

/** What the workbook holds besides cells: parts that link to other workbooks. */
export interface ZipCensus {
  externalLinks: boolean;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
/** A 32-bit size field of all ones: the real size is in a ZIP64 record. */
const ZIP64 = 0xffffffff;

/** The entries of the central directory; throws when there is none (not a ZIP file). */
function entries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65,535 (comment) bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  if (end < 0) throw new Error('no ZIP central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  const list: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
      throw new Error('broken ZIP directory');
    const nameLength = view.getUint16(at + 28, true);
    list.push({
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      declared: view.getUint32(at + 24, true),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return list;
}

/**
 * Compressed bytes fed to the inflater at a time. Deflate unpacks at most about 1,000 times its
 * input, and the inflater unpacks each piece it is given in one task: a bomb fed whole (a Blob's
 * stream hands over its bytes in one chunk) blocked the tab for up to 2.6 s while it was counted.
 * A piece of 8 KiB is at most ~8 MiB of work per task.
 */
const INFLATE_PIECE = 8 * 1024;

/**
 * `data` (a file's bytes, never shared memory) as a stream of pieces of at most
 * {@link INFLATE_PIECE} bytes, each cut when it is read.
 */
function inPieces(data: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  let offset = 0;
  return new ReadableStream<BufferSource>({
    pull(controller) {
      if (offset >= data.length) controller.close();
      else controller.enqueue(data.subarray(offset, (offset += INFLATE_PIECE)));
    },
  });
}

/** Inflates one entry natively, piece by piece, and stops as soon as it passes what it declares. */
async function inflatedSize(bytes: Uint8Array, entry: Entry): Promise<number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start =
    entry.localOffset +
    30 +
    view.getUint16(entry.localOffset + 26, true) +
    view.getUint16(entry.localOffset + 28, true);
  const data = bytes.subarray(start, start + entry.compressed);
  if (entry.method === 0) return data.length;
  const reader = inPieces(data as Uint8Array<ArrayBuffer>)
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      size += value.length;
      if (size > entry.declared) return size;
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}

/**
 * Refuses (with {@link FileRefused}) a workbook whose parts declare, or really inflate to, more
 * than {@link MAX_INFLATED_BYTES}; a part that inflates past what it declares is refused too.
 */
export async function checkZip(bytes: Uint8Array, max = MAX_INFLATED_BYTES): Promise<ZipCensus> {
  const list = entries(bytes);
  const declared = list.reduce((sum, e) => sum + e.declared, 0);
  if (declared > max || list.some((e) => e.declared === ZIP64 || e.compressed === ZIP64))
    throw new FileRefused('inflatesTooMuch', max);
  // A part may lie about its size: inflate each natively, chunk by chunk, and count.
  for (const entry of list)
    if ((await inflatedSize(bytes, entry)) > entry.declared) throw new FileRefused('inflatesTooMuch', max);
  return { externalLinks: list.some((e) => /^xl\/externalLinks\//i.test(e.name)) };
}
