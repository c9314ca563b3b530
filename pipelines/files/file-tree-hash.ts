import type { Hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { seenKey } from '../extract/seen-files.js';

/**
 * Adds the files under `path` (a file or a folder) to `hash`, in a fixed order, each with its path
 * relative to `base`: their contents, or their signatures (size, times, inode: a landing's
 * deliveries can be gigabytes, and extraction trusts the same signature to skip a file it has read).
 * Follows symbolic links, as extraction does; skips hidden files and node_modules. A missing path
 * adds nothing.
 */
export async function hashFileTree(hash: Hash, path: string, base: string, by: 'contents' | 'signatures'): Promise<void> {
  if (!existsSync(path)) return;
  const stats = await stat(path);
  if (stats.isDirectory()) {
    for (const name of (await readdir(path)).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      await hashFileTree(hash, join(path, name), base, by);
    }
    return;
  }
  hash.update(`${relative(base, path)}\0`);
  hash.update(by === 'contents' ? await readFile(path) : seenKey(stats));
  hash.update('\0');
}
