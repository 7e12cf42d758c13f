// The ZIP central directory, walked by hand: enough to tell a Word file from other archives and to
// know how large each entry claims to expand before anything is unzipped.

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else we do not read. */
  method: number;
  compressedSize: number;
  /** What the archive declares; checkZipExpansion holds each entry to it. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Entries from the ZIP central directory, or null when the directory cannot be found or walked. */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  const min = Math.max(0, buf.length - 22 - 0xffff); // the end record sits before a comment of at most 64 KiB
  for (let end = buf.length - 22; end >= min; end--) {
    if (buf.readUInt32LE(end) !== 0x06054b50) continue;
    const entries: ZipEntry[] = [];
    let p = buf.readUInt32LE(end + 16);
    for (let n = buf.readUInt16LE(end + 10); n > 0; n--) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
      const nameLength = buf.readUInt16LE(p + 28);
      entries.push({
        name: buf.toString("utf8", p + 46, p + 46 + nameLength),
        method: buf.readUInt16LE(p + 10),
        compressedSize: buf.readUInt32LE(p + 20),
        uncompressedSize: buf.readUInt32LE(p + 24),
        localHeaderOffset: buf.readUInt32LE(p + 42),
      });
      p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    }
    return entries;
  }
  return null;
}
