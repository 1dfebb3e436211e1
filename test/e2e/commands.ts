/**
 * A model of the GitHub Actions runner's workflow-command parser (actions/runner,
 * ActionCommandManager and ActionCommand), for checking what the runner would do with every line
 * a step prints on stdout or stderr:
 *
 * - output is split into lines at CR LF, CR or LF (.NET's StreamReader.ReadLine);
 * - the current form: after leading whitespace the line starts with `::`, the command info runs
 *   to the next `::`, its name up to the first space (a registered command, any case), properties
 *   `k=v` separated by `,`, the data after the second `::`; `%25 %0D %0A %3A %2C` unescaped;
 * - failing that, the legacy form: `##[` ANYWHERE in the line, the command info up to the next
 *   `]`, properties separated by `;`, the data after the `]`;
 * - `stop-commands` with a token as data turns command processing off until a line that is the
 *   command named by the token (`::TOKEN::`); meanwhile every other command is ignored.
 */
export interface Command {
  name: string;
  properties: Record<string, string>;
  data: string;
  /** Which form the runner read. */
  form: 'current' | 'legacy';
  line: number;
}

const REGISTERED = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
  'internal-set-repo-path',
];

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%');
}

function unescapeLegacy(s: string): string {
  return s.replace(/%3B/gi, ';').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%5D/gi, ']').replace(/%25/g, '%');
}

/** .NET TrimStart: leading Unicode white space (not U+200B, which is not white space). */
function trimStart(s: string): string {
  return s.replace(/^[\s\u0085]+/u, '');
}

function parseCurrent(line: string, registered: Set<string>): Omit<Command, 'line'> | undefined {
  const text = trimStart(line);
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = text.slice(2, end);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!registered.has(name)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .split(',')
      .filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { name, properties, data: unescapeData(text.slice(end + 2)), form: 'current' };
}

function parseLegacy(line: string, registered: Set<string>): Omit<Command, 'line'> | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const rb = line.indexOf(']', start);
  if (rb < 0) return undefined;
  const info = line.slice(start + 3, rb);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!registered.has(name)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .split(';')
      .filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeLegacy(pair.slice(eq + 1));
    }
  }
  return { name, properties, data: line.slice(rb + 1), form: 'legacy' };
}

/** The commands the runner would carry out for `output`, in order. */
export function runnerCommands(output: string): Command[] {
  const registered = new Set(REGISTERED);
  const done: Command[] = [];
  let stopToken: string | undefined;
  const lines = output.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    const parsed = parseCurrent(line, registered) ?? parseLegacy(line, registered);
    if (!parsed) return;
    if (stopToken !== undefined) {
      if (parsed.name === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
        done.push({ ...parsed, name: 'resume-commands', line: i });
      }
      return;
    }
    if (parsed.name === 'stop-commands') {
      stopToken = parsed.data;
      registered.add(stopToken.toLowerCase());
    }
    done.push({ ...parsed, line: i });
  });
  return done;
}
