import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Returns the SHA-256 of every file under the given folders (to prove a failed run changed nothing). */
export async function folderFingerprint(dirs: readonly string[]): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const dir of dirs) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      hashes[path] = createHash('sha256')
        .update(await readFile(path))
        .digest('hex');
    }
  }
  return hashes;
}
