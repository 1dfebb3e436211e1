import * as fs from 'fs';
import * as path from 'path';
import { load } from 'js-yaml';
import { REPO } from './helpers';

/**
 * The README's workflows work as pasted: every input given to Tendril exists in action.yml, every
 * job that uploads to code scanning has `security-events: write`, and the upload-sarif action is
 * the current major.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
const inputs = Object.keys((load(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as Json).inputs);
const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

/** Steps of a block: a whole workflow, or a fragment of steps (indented as in a job). */
function stepsOf(block: string): { steps: Json[]; permissions?: Json }[] {
  const indent = Math.min(
    ...block
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => /^ */.exec(l)![0].length),
  );
  const doc = load(
    block
      .split('\n')
      .map((l) => l.slice(indent))
      .join('\n'),
  ) as Json | Json[];
  if (Array.isArray(doc)) return [{ steps: doc }];
  if (doc?.jobs) return Object.values(doc.jobs as Record<string, Json>).map((job) => ({ steps: job.steps ?? [], permissions: job.permissions }));
  if (doc?.steps) return [{ steps: doc.steps, permissions: doc.permissions }];
  return [];
}

describe('README workflows', () => {
  test('there are workflows to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  test.each(blocks.map((b, i) => [i, b]))('block %i parses, and its Tendril inputs exist', (_i, block) => {
    for (const { steps, permissions } of stepsOf(block as string)) {
      for (const step of steps) {
        if (typeof step.uses === 'string' && step.uses.startsWith('<owner>/tendril')) {
          for (const name of Object.keys(step.with ?? {})) expect(inputs).toContain(name);
          if (String(step.with?.upload) === 'true' && permissions) expect(permissions['security-events']).toBe('write');
        }
        if (typeof step.uses === 'string' && step.uses.startsWith('github/codeql-action/upload-sarif')) {
          expect(step.uses).toBe('github/codeql-action/upload-sarif@v4');
          if (permissions) {
            expect(permissions['security-events']).toBe('write');
            expect(permissions.actions).toBe('read');
          }
        }
      }
    }
  });
});
