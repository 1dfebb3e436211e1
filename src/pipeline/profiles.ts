import * as path from 'path';
import { configIn } from '../settings/config';
import { matchesAny } from '../discovery/glob';
import type { Notification } from '../engine/types';
import type { Rule } from '../engine/api';
import { RUN_WIDE_KEYS } from '../settings/options';
import { profileOf, readConfigFile, resolveProfile, type Profile, type Settings } from '../settings/settings';

/**
 * The settings that may differ from one directory to another in one run (src/settings/types.ts):
 * those a configuration file sets for the files below it. Gating (thresholds, baseline, scope) is
 * run-wide.
 */
export type { Profile };

/** True when `dir` is `top` or below it. */
function within(top: string, dir: string): boolean {
  const rel = path.relative(top, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Which configuration applies to each analysed file. Profile 0 is the run's own (the named
 * configuration file, or the nearest one upward from the analysed paths); with no file named, a
 * directory below the analysed paths' common directory that holds its own configuration file
 * starts a new profile for everything beneath it, nearest wins, nothing inherited (as Ruff). Flags
 * and action inputs override every profile alike.
 */
export class Profiles {
  readonly list: Profile[];
  /** Warnings about configuration that does not apply (run-wide keys in nested files). */
  readonly notifications: Notification[] = [];
  private readonly byDir = new Map<string, number>();
  private readonly byFile = new Map<string, number>();

  constructor(private readonly settings: Settings) {
    this.list = [profileOf(settings)];
  }

  /** The profile index of a file or directory (absolute path). */
  indexOf(abs: string, isDir = false): number {
    return this.dirIndex(isDir ? abs : path.dirname(abs));
  }

  profileFor(abs: string, isDir = false): Profile {
    return this.list[this.indexOf(abs, isDir)];
  }

  /**
   * True when the exclude patterns of a nested configuration leave out this file: the file or one
   * of its directories below that configuration's directory matches. (The run's own patterns are
   * applied while walking directories.)
   */
  excluded(abs: string): boolean {
    const index = this.indexOf(abs);
    if (index === 0) return false;
    const profile = this.list[index];
    const top = path.dirname(profile.configFile!);
    if (matchesAny(profile.exclude, abs, false)) return true;
    for (let dir = path.dirname(abs); dir !== top && within(top, dir); dir = path.dirname(dir)) {
      if (matchesAny(profile.exclude, dir, true)) return true;
    }
    return false;
  }

  /** Every rule some profile runs, in catalogue order of first appearance. */
  allRules(): Rule[] {
    return [...new Set(this.list.flatMap((p) => p.rules))];
  }

  private dirIndex(dir: string): number {
    const search = this.settings.configSearch;
    if (!search || dir === search.from || !within(search.from, dir)) return 0;
    const known = this.byDir.get(dir);
    if (known !== undefined) return known;
    const file = configIn(dir);
    const index = file ? this.add(file) : this.dirIndex(path.dirname(dir));
    this.byDir.set(dir, index);
    return index;
  }

  private add(file: string): number {
    const known = this.byFile.get(file);
    if (known !== undefined) return known;
    const input = readConfigFile(file);
    const rel = path.relative(this.settings.root, file).split(path.sep).join('/');
    for (const { field, name } of RUN_WIDE_KEYS) {
      if (input[field] === undefined) continue;
      this.notifications.push({
        level: 'warning',
        id: 'configuration',
        path: rel,
        message:
          `${rel}: '${name}' applies to the whole run and is read only from the configuration the run starts from` +
          ` (${this.settings.configFile ? path.relative(this.settings.root, this.settings.configFile) || this.settings.configFile : 'none'}); ignored here.`,
      });
    }
    this.list.push({ ...resolveProfile(this.settings.root, [input, this.settings.configSearch!.flags]), configFile: file });
    this.byFile.set(file, this.list.length - 1);
    return this.list.length - 1;
  }
}
