import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { VERSION } from '../version';
import type { SourceFile } from '../discovery/discover';
import type { RuleSet } from '../engine/pool';
import type { FileResult } from '../engine/types';

/**
 * The content-hash cache (`--cache-dir`, default `.tendril_cache` in the root): a file whose bytes,
 * path, rules and rule options are the same as in an earlier run gets that run's result without
 * being parsed. The key also holds the engine's identity (Tendril's version and a hash of the
 * running bundle), so a new build never reads an old build's results. Results that depend on time
 * (over the time budget) or on a failure of Tendril (internal errors) are never stored.
 *
 * One JSON file per engine identity; entries of files this run did not look at are kept while the
 * files exist, so runs over parts of a tree do not evict each other.
 */
interface Entry {
  key: string;
  result: FileResult;
}

interface Store {
  engine: string;
  entries: Record<string, Entry>;
}

const FORMAT = 1;

/** Every file under `dir`, for hashing the source tree (sorted, so the hash is stable). */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

let engineId: string | undefined;
/**
 * Tendril's version and a hash of the code that runs: the bundle (`script`), or, running from
 * source (tests), every file of the source tree, so an edited rule never meets its old results.
 */
function engine(script?: string): string {
  if (!engineId) {
    const hash = createHash('sha256');
    try {
      const base = script?.endsWith('.js') ? path.dirname(script) : path.join(__dirname, '..');
      const files = script?.endsWith('.js') ? [script] : filesUnder(base);
      for (const file of files) hash.update(path.relative(base, file)).update(fs.readFileSync(file));
    } catch {
      hash.update(String(Date.now()));
    }
    engineId = `${VERSION}+${hash.digest('hex').slice(0, 16)}`;
  }
  return engineId;
}

/** The rules and their effective option values (a value equal to the default is the default). */
function settingsKey(ruleSet: RuleSet, budgetKey: string): string {
  const rules = [...ruleSet.rules]
    .sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))
    .map((rule) => {
      const specs = rule.meta.options ?? {};
      const values = Object.keys(specs)
        .sort()
        .map((name) => [name, ruleSet.options[rule.meta.id]?.[name] ?? specs[name].default]);
      return values.length ? [rule.meta.id, values] : rule.meta.id;
    });
  // Options of the shared analyses (the project's taint settings): entries that name no rule.
  const analyses = Object.keys(ruleSet.options)
    .filter((key) => !ruleSet.rules.some((rule) => rule.meta.id === key) && !ruleSet.ruleIds?.has(key))
    .sort()
    .map((key) => [key, ruleSet.options[key]]);
  return JSON.stringify(analyses.length ? [rules, budgetKey, analyses] : [rules, budgetKey]);
}

/** The project's top-level names the stored analysis asked about are still what they were. */
function rootsAgree(result: FileResult, file: SourceFile): boolean {
  const asked = result.rootQueries;
  if (!asked) return true;
  const roots = file.module?.roots ?? [];
  return Object.entries(asked).every(([name, answer]) => roots.includes(name) === answer);
}

export class ResultCache {
  private readonly store: Store;
  private readonly file: string;
  private readonly settingsKeys: string[];
  /** Key of every file looked up in this run. */
  private readonly keys = new Map<string, string>();
  /** Entries to write: hits, and results recorded for misses. */
  private readonly fresh = new Map<string, Entry>();
  /** Files found in the cache in this run. */
  hits = 0;

  private constructor(
    private readonly dir: string,
    private readonly root: string,
    ruleSets: readonly RuleSet[],
    budgetKey: string,
    script?: string,
  ) {
    const id = engine(script);
    this.file = path.join(dir, `results-v${FORMAT}.json`);
    this.settingsKeys = ruleSets.map((s) => settingsKey(s, budgetKey));
    let store: Store = { engine: id, entries: {} };
    try {
      const read = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Store;
      if (read && read.engine === id && typeof read.entries === 'object') store = read;
    } catch {
      // No cache yet, or an unreadable one: start empty (it is rewritten at the end).
    }
    this.store = store;
  }

  /** Opens (or starts) the cache in `dir`, relative to the root. */
  static open(dir: string, root: string, ruleSets: readonly RuleSet[], budgetKey: string, script?: string): ResultCache {
    return new ResultCache(path.resolve(root, dir), root, ruleSets, budgetKey, script);
  }

  private key(file: SourceFile, bytes: Buffer): string {
    return (
      createHash('sha256')
        .update(this.settingsKeys[file.profile ?? 0])
        .update('\0')
        .update(file.rel)
        .update('\0')
        // The module it is (src/pipeline/modules.ts): the data-flow summary depends on it. The
        // project's top-level names around it are checked apart (`rootQueries`, in lookup).
        .update(file.module ? `${file.module.name}\0${file.module.isPackage}` : '')
        .update('\0')
        .update(bytes)
        .digest('hex')
    );
  }

  /**
   * The cached result of a file, or undefined. Reads the file to hash it; a file that cannot be
   * read is a miss (the analysis reports it).
   */
  lookup(file: SourceFile): FileResult | undefined {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file.abs);
    } catch {
      return undefined;
    }
    const key = this.key(file, bytes);
    const entry = this.store.entries[file.rel];
    this.keys.set(file.rel, key);
    if (entry && entry.key === key && rootsAgree(entry.result, file)) {
      this.fresh.set(file.rel, entry);
      this.hits++;
      return entry.result;
    }
    return undefined;
  }

  /** Records the result of a file looked up before (a miss). */
  record(file: SourceFile, result: FileResult): void {
    const key = this.keys.get(file.rel);
    if (key === undefined) return;
    if (result.notifications.some((n) => n.id === 'file-timeout' || n.id === 'internal-error')) return;
    this.fresh.set(file.rel, { key, result });
  }

  /** Writes the cache: this run's entries, and earlier entries whose files still exist. Never throws. */
  save(): string | undefined {
    const entries: Record<string, Entry> = {};
    for (const [rel, entry] of Object.entries(this.store.entries)) {
      if (!this.keys.has(rel) && fs.existsSync(path.join(this.root, rel))) entries[rel] = entry;
    }
    for (const [rel, entry] of this.fresh) entries[rel] = entry;
    const sorted: Record<string, Entry> = {};
    for (const rel of Object.keys(entries).sort()) sorted[rel] = entries[rel];
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      // Like Ruff's cache: ignored by git and tagged for backup tools, whatever the project's settings.
      const gitignore = path.join(this.dir, '.gitignore');
      if (!fs.existsSync(gitignore)) fs.writeFileSync(gitignore, '# Created by Tendril.\n*\n');
      const tag = path.join(this.dir, 'CACHEDIR.TAG');
      if (!fs.existsSync(tag)) {
        fs.writeFileSync(tag, 'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by Tendril.\n');
      }
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ engine: this.store.engine, entries: sorted } satisfies Store));
      fs.renameSync(tmp, this.file);
      return undefined;
    } catch (error) {
      return `the cache could not be written to ${this.dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the next run starts without it`;
    }
  }
}
