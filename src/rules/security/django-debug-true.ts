/**
 * `DEBUG = True` in a Django settings module. Graded from CodeQL's debug-mode query
 * (py/flask-debug, 7.5), Medium at most: a settings module with DEBUG on is often a development one.
 */
import { truthiness } from '../../analysis/literals';
import { defineRule } from '../define';
import { djangoSettings, webGrading } from './web-config';

const GRADING = webGrading({
  evidence: 'pattern',
  family: 'debug-error-pages',
  reference: { name: "CodeQL's debug-mode query, `py/flask-debug` (it has none for Django)", score: 7.5 },
  why: 'a settings module with debug on is often a development one, so a pattern, Medium at most',
});

export const djangoDebugTrue = defineRule({
  meta: {
    id: 'django-debug-true',
    name: 'DjangoDebugTrue',
    kind: 'security',
    shortDescription: 'A Django settings module sets DEBUG = True',
    fullDescription:
      'A Django settings module turns debug mode on. Deployed with it, every error page shows the stack, local variables, settings (with secrets partly masked) and the SQL of the request to whoever caused it.',
    category: 'web-configuration',
    aliases: [],
    precision: 'medium',
    securitySeverity: GRADING.securitySeverity,
    grading: GRADING.grading,
    cwe: [215, 489],
  },
  docs: {
    title: 'Django settings with DEBUG = True',
    why:
      "With `DEBUG = True`, Django answers an error with a technical page: the traceback with local variables, the request, most settings and recent SQL queries. In production that hands an attacker the application's internals, " +
      'and Django keeps every SQL query in memory. A settings module for development often sets it on purpose, which is why this is Medium: check that the module is not the one production loads.',
    example: 'INSTALLED_APPS = ["django.contrib.admin"]\nDEBUG = True\n',
    fix: 'Read it from the environment, off by default: `DEBUG = os.environ.get("DJANGO_DEBUG") == "1"`; keep development settings in a module production never loads.',
    fixed: 'import os\n\nINSTALLED_APPS = ["django.contrib.admin"]\nDEBUG = os.environ.get("DJANGO_DEBUG") == "1"\n',
    notReported: [
      '`DEBUG` computed at run time (from the environment).',
      'A `DEBUG` constant in a module that is not a Django settings module (one whose path names settings, or that sets `INSTALLED_APPS`, `ROOT_URLCONF`, `MIDDLEWARE`, `DATABASES`, ...).',
    ],
    more: GRADING.more,
  },
  create(context) {
    return {
      end() {
        for (const s of djangoSettings(context.path, context.tree.node(0))) {
          if (s.name === 'DEBUG' && truthiness(s.value) === true)
            context.report(s.statement, 'Debug mode is on in this settings module: error pages show code, variables and settings to whoever causes them');
        }
      },
    };
  },
});
