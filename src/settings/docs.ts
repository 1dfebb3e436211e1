import { OPTION_LIST, type Option, type OptionName } from './options';

/**
 * What is generated from the table of options (src/settings/options.ts): action.yml's inputs and
 * the README's tables of inputs and of settings. test/options.test.ts compares them with the files
 * (and rewrites them with UPDATE_DOCS=1).
 */

type Named = Option & { name: OptionName };

function yamlQuote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

/** The default as the documentation shows it (Markdown): `shownDefault`, else the built-in default as code. */
function shownDefault(o: Named): string {
  if (o.shownDefault !== undefined) return o.shownDefault;
  if (o.default === undefined) return '';
  return `\`${Array.isArray(o.default) ? o.default.join(', ') : String(o.default)}\``;
}

/** action.yml's `inputs:` block, one input per option the action has, in table order. */
export function formatActionInputs(): string {
  const lines = ['inputs:'];
  for (const o of OPTION_LIST) {
    if (!o.input) continue;
    lines.push(`  ${o.name}:`, `    description: ${yamlQuote(o.input.description)}`, '    required: false', `    default: ${yamlQuote(o.input.default ?? '')}`);
  }
  return lines.join('\n') + '\n';
}

/** The README's table of the action's inputs. */
export function formatInputsTable(): string {
  const rows = ['| Input | Default | Meaning |', '| --- | --- | --- |'];
  for (const o of OPTION_LIST) {
    if (!o.input) continue;
    const shown = shownDefault(o) || (o.input.default ? `\`${o.input.default}\`` : '');
    const byDefault = o.input.shownDefault ?? (shown && o.toml ? `configuration, else ${shown}` : shown);
    rows.push(`| \`${o.name}\` | ${cell(byDefault)} | ${cell(o.input.doc ?? o.doc)} |`.replace(/ {2}\|/g, ' |'));
  }
  return rows.join('\n') + '\n';
}

/** The README's table of settings: where each can be given, its default, and whether it may differ by directory. */
export function formatSettingsTable(): string {
  const rows = ['| Setting | Flag | Input | Key | Default | Applies to | Meaning |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const o of OPTION_LIST) {
    if (o.scope === 'adapter') continue;
    const flag = o.cli ? `\`--${o.name}${o.cli.arg ? ` ${o.cli.arg}` : ''}\`` : '';
    const cells = [
      `\`${o.name}\``,
      flag,
      o.input ? 'yes' : '',
      o.toml ? 'yes' : '',
      shownDefault(o),
      o.scope === 'profile' ? 'each directory' : 'the run',
      o.doc,
    ];
    rows.push(`| ${cells.map(cell).join(' | ')} |`.replace(/ {2}\|/g, ' |'));
  }
  return rows.join('\n') + '\n';
}
