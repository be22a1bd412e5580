import { zipSync, type Zippable } from 'fflate';

const CENTRAL = 0x02014b50;

/** Offsets of the central-directory entries of a zip written without a comment (as fflate writes). */
function directoryEntries(zip: Buffer): number[] {
  const end = zip.length - 22;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const found: number[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('not a central directory entry');
    found.push(at);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return found;
}

const hexName = (i: number) => `evidence/${i.toString(16).padStart(64, '0')}`;

/**
 * The hostile bundle of the issue: the entries of a valid bundle plus one stored entry of
 * `bigBytes` and `copies` more whose directory records point at that same data while declaring
 * one byte. A reader that trusts the directory copies `bigBytes` per record: 27 MB on disk, GBs
 * in memory.
 */
export function overlappingStoredBundle(
  base: Readonly<Record<string, Uint8Array>>,
  bigBytes: number,
  copies: number,
): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(base)) files[name] = [data, { level: 0 }];
  files[hexName(0)] = [new Uint8Array(bigBytes), { level: 0 }];
  const copyNames = new Set(Array.from({ length: copies }, (_, i) => hexName(i + 1)));
  for (const name of copyNames) files[name] = [new Uint8Array(1), { level: 0 }];
  const zip = Buffer.from(zipSync(files));
  const records = directoryEntries(zip);
  const nameAt = (at: number) => zip.toString('latin1', at + 46, at + 46 + zip.readUInt16LE(at + 28));
  const big = records.find((at) => nameAt(at) === hexName(0))!;
  for (const at of records) {
    if (!copyNames.has(nameAt(at))) continue;
    zip.writeUInt32LE(bigBytes, at + 20); // compressed size: the big entry's data
    zip.writeUInt32LE(zip.readUInt32LE(big + 42), at + 42); // local header: the big entry's
  }
  return zip;
}

/** A valid-looking bundle whose one deflated entry expands past the size its directory declares. */
export function lyingDeflatedBundle(
  base: Readonly<Record<string, Uint8Array>>,
  realBytes: number,
  declaredBytes: number,
): Uint8Array {
  const files: Zippable = { ...base, [hexName(1)]: [new Uint8Array(realBytes), { level: 9 }] };
  const zip = Buffer.from(zipSync(files));
  for (const at of directoryEntries(zip)) {
    const name = zip.toString('latin1', at + 46, at + 46 + zip.readUInt16LE(at + 28));
    if (name === hexName(1)) zip.writeUInt32LE(declaredBytes, at + 24);
  }
  return zip;
}
