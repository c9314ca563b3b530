import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { fileStamp } from '../time/zoned-time.js';

/** A delivery file being written by a connector; invisible to the extraction until `finish`. */
export interface DeliveryWriter {
  /** Appends one record (values in the order of the header; null is an empty cell). */
  write(values: readonly (string | null)[]): Promise<void>;
  /**
   * Moves the file into the landing folder under a name that sorts after the connector's earlier
   * deliveries; returns that name, or undefined (and writes nothing) when there were no records or the
   * bytes equal the connector's previous delivery.
   */
  finish(): Promise<string | undefined>;
  /** Drops the file: a failed or interrupted pull leaves nothing in the landing folder. */
  abort(): Promise<void>;
  readonly rows: number;
}

const FLUSH_BYTES = 1 << 20;

/** Tells apart the temporary files of writers opened in the same millisecond (a folder's several exports). */
let opened = 0;

/**
 * Returns a writer for one UTF-8, comma-delimited CSV delivery of `connector` into `folder`. With
 * `name` (a translated export keeps its export's name, so deliveries sort as the exports do) the file
 * gets exactly that name, replacing a different file of that name, even without records (as the
 * export came); `finish` returns undefined when that file already holds the same bytes.
 */
export async function openDelivery(folder: string, connector: string, header: readonly string[], now = new Date(), name?: string): Promise<DeliveryWriter> {
  await mkdir(folder, { recursive: true });
  // The .tmp extension keeps the file out of the extraction (it reads .csv and .xlsx) until it is complete.
  const temporary = join(folder, `.${connector}-${process.pid}-${Date.now()}-${opened++}.tmp`);
  const file: FileHandle = await open(temporary, 'w');
  const hash = createHash('sha256');
  let buffer = '';
  let rows = 0;
  let closed = false;
  const flush = async () => {
    if (!buffer) return;
    const bytes = Buffer.from(buffer, 'utf8');
    hash.update(bytes);
    await file.write(bytes);
    buffer = '';
  };
  const close = async () => {
    if (closed) return;
    closed = true;
    await file.close();
  };
  buffer += csvLine(header);
  return {
    get rows() {
      return rows;
    },
    async write(values) {
      buffer += csvLine(values);
      rows++;
      if (buffer.length >= FLUSH_BYTES) await flush();
    },
    async finish() {
      await flush();
      await close();
      if (name !== undefined) {
        const target = join(folder, name);
        if ((await fileHash(target).catch(() => undefined)) === hash.digest('hex')) {
          await unlink(temporary).catch(() => {});
          return undefined;
        }
        await rename(temporary, target);
        return name;
      }
      const previous = await latestDelivery(folder, connector);
      if (rows === 0 || (previous && (await fileHash(join(folder, previous))) === hash.digest('hex'))) {
        await unlink(temporary).catch(() => {});
        return undefined;
      }
      let stamped = `${fileStamp(now)}_${connector}.csv`;
      // A clock set back must not make a newer delivery sort first (the later delivery wins).
      if (previous && Buffer.compare(Buffer.from(stamped), Buffer.from(previous)) <= 0) stamped = `${previous.slice(0, -4)}_.csv`;
      await rename(temporary, join(folder, stamped));
      return stamped;
    },
    async abort() {
      await close().catch(() => {});
      await unlink(temporary).catch(() => {});
    },
  };
}

/** Returns the last delivery `connector` wrote into `folder` (byte order of names), if any. */
export async function latestDelivery(folder: string, connector: string): Promise<string | undefined> {
  const pattern = new RegExp(`^\\d{4}-\\d{2}-\\d{2}_\\d{6}_\\d{3}_${connector}_*\\.csv$`);
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => pattern.test(name));
  return names.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))).at(-1);
}

/** Returns one RFC 4180 record line: fields with a comma, quote or line break are quoted. */
export function csvLine(values: readonly (string | null)[]): string {
  return values.map((value) => (value === null ? '' : /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)).join(',') + '\n';
}

async function fileHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
