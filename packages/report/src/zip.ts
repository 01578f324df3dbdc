import { deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** The path inside the archive, with forward slashes. */
  path: string;
  data: Uint8Array | string;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 (ISO 3309, as ZIP uses it) of the bytes. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** 1980-01-01 00:00 in DOS format: every archive carries the same date, so no time of export leaks out. */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;
const VERSION = 20;

interface Packed {
  name: Buffer;
  method: 0 | 8;
  crc: number;
  size: number;
  body: Uint8Array;
  offset: number;
}

function pack(entry: ZipEntry, offset: number): Packed {
  const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
  const deflated = deflateRawSync(data, { level: 9 });
  const stored = deflated.length >= data.length;
  return {
    name: Buffer.from(entry.path, 'utf8'),
    method: stored ? 0 : 8,
    crc: crc32(data),
    size: data.length,
    body: stored ? data : deflated,
    offset,
  };
}

function localHeader(p: Packed): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(p.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(p.crc, 14);
  header.writeUInt32LE(p.body.length, 18);
  header.writeUInt32LE(p.size, 22);
  header.writeUInt16LE(p.name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, p.name]);
}

function centralHeader(p: Packed): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(VERSION, 6);
  header.writeUInt16LE(UTF8_NAMES, 8);
  header.writeUInt16LE(p.method, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(p.crc, 16);
  header.writeUInt32LE(p.body.length, 20);
  header.writeUInt32LE(p.size, 24);
  header.writeUInt16LE(p.name.length, 28);
  // Extra field and comment lengths, disk number and attributes stay zero.
  header.writeUInt32LE(p.offset, 42);
  return Buffer.concat([header, p.name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(count, 8);
  record.writeUInt16LE(count, 10);
  record.writeUInt32LE(size, 12);
  record.writeUInt32LE(offset, 16);
  return record;
}

/**
 * A ZIP archive of the entries in the given order, each deflated unless storing is smaller. Small archives
 * only (no ZIP64): meant for office documents, not for backups.
 */
export function zip(entries: readonly ZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const packed: Packed[] = [];
  let offset = 0;
  for (const entry of entries) {
    const p = pack(entry, offset);
    const header = localHeader(p);
    chunks.push(header, p.body);
    packed.push(p);
    offset += header.length + p.body.length;
  }
  const central = packed.map(centralHeader);
  const centralSize = central.reduce((sum, c) => sum + c.length, 0);
  const all = Buffer.concat([...chunks, ...central, endOfCentralDirectory(packed.length, centralSize, offset)]);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}
