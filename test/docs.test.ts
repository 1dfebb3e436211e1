import * as fs from 'fs';
import * as path from 'path';
import { formatRulesMarkdown, formatRulesReference, formatSeverityDoc, handWrittenSection, SEVERITY_DOC_MARKERS } from '../src/report/catalogue';
import { VERSION } from '../src/version';
import { REPO } from './helpers';

/**
 * The documentation generated from rule metadata must match the metadata. `npm run docs`
 * (UPDATE_DOCS=1) rewrites the files instead of comparing them.
 */
const update = process.env.UPDATE_DOCS === '1';

function check(file: string, expected: string): void {
  const full = path.join(REPO, file);
  if (update) fs.writeFileSync(full, expected);
  expect(fs.readFileSync(full, 'utf8')).toBe(expected);
}

describe('generated documentation is up to date (npm run docs regenerates it)', () => {
  test('README rule table', () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const pattern = /(<!-- rules:start[^>]*-->\n)[\s\S]*?(<!-- rules:end -->)/;
    expect(readme).toMatch(pattern);
    check(
      'README.md',
      readme.replace(pattern, (_m, start: string, end: string) => start + formatRulesMarkdown() + end),
    );
  });

  test('docs/rules.md', () => check('docs/rules.md', formatRulesReference()));

  test('docs/severity.md: generated, but for its hand-written section, which is kept', () => {
    const current = fs.readFileSync(path.join(REPO, 'docs/severity.md'), 'utf8');
    check('docs/severity.md', formatSeverityDoc(handWrittenSection(current)));
    expect(handWrittenSection(current)).toMatch(/\S/);
    // The section survives regeneration as written, and only what is between the markers is kept.
    const doc = formatSeverityDoc('## Measured\n\nBy hand.\n');
    expect(handWrittenSection(doc)).toBe('## Measured\n\nBy hand.\n');
    expect(handWrittenSection(doc.replace('# Security severity', '# Edited'))).toBe('## Measured\n\nBy hand.\n');
    expect(formatSeverityDoc(handWrittenSection(doc.replace('# Security severity', '# Edited')))).toBe(doc);
    expect(doc.endsWith(`${SEVERITY_DOC_MARKERS.start}\n## Measured\n\nBy hand.\n${SEVERITY_DOC_MARKERS.end}\n`)).toBe(true);
  });

  test('src/version.ts matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
  });
});
