import * as path from 'path';
import { configIn } from '../settings/config';
import { matchesAny } from '../discovery/glob';
import type { Notification } from '../engine/types';
import type { Rule } from '../engine/api';
import { RUN_WIDE_KEYS } from '../settings/options';
import { profileOf, readConfigFile, resolveProfile, type Profile, type Settings } from '../settings/settings';
import type { ToolFile } from '../settings/tools';

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
  /** Warnings about configuration that does not apply (run-wide keys in nested files), and about other tools' files. */
  private readonly own: Notification[] = [];
  private readonly byDir = new Map<string, number>();
  /** Profiles by what they are made of: the Tendril configuration file and the other tools' files. */
  private readonly byKey = new Map<string, number>();
  /** What each profile is made of. */
  private readonly made: { tendril?: string; tools: ToolFile[] }[];

  constructor(private readonly settings: Settings) {
    this.list = [profileOf(settings)];
    this.made = [{ tendril: settings.configFile, tools: settings.tools?.files ?? [] }];
    this.byKey.set(keyOf(this.made[0]), 0);
  }

  /** Warnings about the configuration: run-wide keys in nearer files, other tools' files that could not be read. */
  get notifications(): Notification[] {
    return [...this.own, ...(this.settings.toolConfigs?.warnings ?? [])];
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
    if (!profile.configFile) return false;
    const top = path.dirname(profile.configFile);
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

  /**
   * A directory below the analysed paths' common directory starts a profile of its own when it
   * holds a Tendril configuration file or another tool's: its profile is made of the nearest
   * Tendril file and each tool's nearest file (nearest wins, per kind of file).
   */
  private dirIndex(dir: string): number {
    const search = this.settings.configSearch;
    if (!search || dir === search.from || !within(search.from, dir)) return 0;
    const known = this.byDir.get(dir);
    if (known !== undefined) return known;
    const parent = this.dirIndex(path.dirname(dir));
    const tendril = configIn(dir);
    const reader = this.settings.toolConfigs;
    const ownTools = reader ? reader.filesIn(dir) : [];
    let index = parent;
    if (tendril || ownTools.length) {
      const made = { tendril: tendril ?? this.made[parent].tendril, tools: reader ? reader.nearest(dir) : [] };
      index = this.byKey.get(keyOf(made)) ?? this.add(made);
    }
    this.byDir.set(dir, index);
    return index;
  }

  private add(made: { tendril?: string; tools: ToolFile[] }): number {
    const input = made.tendril ? readConfigFile(made.tendril) : {};
    // The run's own file was read for the run: its run-wide keys apply; a nearer one's do not.
    if (made.tendril && made.tendril !== this.settings.configFile) {
      const rel = path.relative(this.settings.root, made.tendril).split(path.sep).join('/');
      for (const { field, name } of RUN_WIDE_KEYS) {
        if (input[field] === undefined) continue;
        this.own.push({
          level: 'warning',
          id: 'configuration',
          path: rel,
          message:
            `${rel}: '${name}' applies to the whole run and is read only from the configuration the run starts from` +
            ` (${this.settings.configFile ? path.relative(this.settings.root, this.settings.configFile) || this.settings.configFile : 'none'}); ignored here.`,
        });
      }
    }
    const inputs = [input, this.settings.configSearch!.flags];
    const respect = [...inputs].reverse().find((i) => i.respectToolConfigs !== undefined)?.respectToolConfigs ?? true;
    const reader = this.settings.toolConfigs;
    const tools = respect && reader ? reader.settingsOf(made.tools) : undefined;
    this.list.push({ ...resolveProfile(this.settings.root, inputs, tools), configFile: made.tendril });
    this.made.push(made);
    this.byKey.set(keyOf(made), this.list.length - 1);
    return this.list.length - 1;
  }
}

function keyOf(made: { tendril?: string; tools: readonly ToolFile[] }): string {
  return [made.tendril ?? '', ...made.tools.map((t) => t.file)].join('\0');
}
