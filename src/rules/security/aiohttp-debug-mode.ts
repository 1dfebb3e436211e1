/**
 * An aiohttp application made in debug mode (`web.Application(debug=True)`). Graded from CodeQL's
 * debug-mode query (py/flask-debug, 7.5), Medium at most: aiohttp's debug mode serves no console,
 * it turns on asyncio's debug checks and more detailed errors.
 */
import { calls } from '../../analysis/calls';
import { keywordValue } from '../../analysis/arguments';
import { truthiness } from '../../analysis/literals';
import { defineRule } from '../define';
import { callName } from './common';
import { webGrading } from './web-config';

const GRADING = webGrading({
  evidence: 'pattern',
  family: 'debug-checks',
  reference: { name: "CodeQL's debug-mode query, `py/flask-debug` (it has none for aiohttp)", score: 7.5 },
  why: "aiohttp's debug mode serves no debugger console: an exposure of details and a cost, not code execution, and often meant for development, so a pattern, Medium at most",
});

export const aiohttpDebugMode = defineRule({
  meta: {
    id: 'aiohttp-debug-mode',
    name: 'AiohttpDebugMode',
    kind: 'security',
    shortDescription: 'An aiohttp application is made in debug mode',
    fullDescription:
      "An aiohttp web.Application is made with debug=True: asyncio's debug mode and aiohttp's extra checks run in every environment the code reaches, slowing every request and giving more detail about errors.",
    category: 'web-configuration',
    aliases: [],
    precision: 'high',
    securitySeverity: GRADING.securitySeverity,
    grading: GRADING.grading,
    cwe: [215, 489],
  },
  docs: {
    title: 'aiohttp application in debug mode',
    why:
      "Debug mode is for development: it turns on asyncio's debug mode (slow callbacks logged with their stacks, resources checked) and aiohttp's extra checks. Written into the code, it is on wherever the application runs, " +
      'costing every request and telling more about the application than production should.',
    example: 'from aiohttp import web\n\napp = web.Application(debug=True)\n',
    fix: "Leave `debug` out of the code, and turn asyncio's debug mode on in development with `PYTHONASYNCIODEBUG=1` or `python -X dev`.",
    fixed: 'from aiohttp import web\n\napp = web.Application()\n',
    notReported: ['`debug=` values known only at run time (a setting, an environment variable).'],
    more: GRADING.more,
  },
  uses: [calls],
  create(context) {
    return {
      end() {
        for (const call of context.analysis(calls).callsAmongAssumed(['aiohttp.web.Application', 'aiohttp.web_app.Application'])) {
          const debug = keywordValue(call.node, 'debug');
          if (debug && truthiness(debug) === true) context.report(debug, `${callName(call)} is made in debug mode: leave debug checks to development`);
        }
      },
    };
  },
});
