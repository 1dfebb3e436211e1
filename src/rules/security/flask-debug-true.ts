/**
 * Bandit B201 / Ruff S201: a Flask application run with `debug=True`, in a file that imports flask.
 * `run` called on a module (`asyncio.run(main(), debug=True)`) is not an application's.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls, type CallModel } from '../../analysis/calls';
import { lookup, scopeAt, scopes, type ScopeModel } from '../../analysis/scopes';
import { keywordValue } from '../../analysis/arguments';
import { unparenthesize } from '../../analysis/literals';
import { importsModule, securityRule } from './common';

export const flaskDebugTrue = securityRule({
  id: 'flask-debug-true',
  name: 'FlaskDebugTrue',
  bandit: 'B201',
  ruff: 'S201',
  severity: 'HIGH',
  confidence: 'MEDIUM',
  grading: {
    evidence: 'configuration',
    family: 'debug-server',
    precision: 'high',
    why: 'the Werkzeug debugger runs code for whoever reaches an error page; precision high, since `run` on a module (`asyncio.run(main(), debug=True)`) is not reported (CodeQL `py/flask-debug`: 7.5, precision high).',
  },
  category: 'configuration',
  cwe: [94],
  short: 'Flask app run with debug=True (interactive debugger exposed)',
  full: "An app.run(..., debug=True) call. Flask's debug mode serves the Werkzeug debugger, which lets anyone who reaches an error page run Python code on the server.",
  title: 'A Flask application run in debug mode',
  why: 'With `debug=True`, an unhandled error shows the Werkzeug interactive debugger, a Python console in the browser. Anyone who can reach the server and trigger an error can run code on it.',
  example: 'from flask import Flask\n\napp = Flask(__name__)\napp.run(host="0.0.0.0", debug=True)',
  fix: 'Leave debug off in code (`app.run()`), and turn it on only in development with `flask run --debug` or an environment variable.',
  fixed: 'from flask import Flask\n\napp = Flask(__name__)\napp.run()',
  notReported: [
    'Files that do not import `flask` (as in Bandit).',
    '`debug=` with a value that is not a constant true (a setting read at run time).',
    'Calls to a method named `run` with no `debug=` keyword.',
    '`run` called on a module bound by `import` (`asyncio.run(main(), debug=True)`, `uvicorn.run(app, debug=True)`): not a Flask application.',
  ],
  uses: [scopes, calls],
  create(context) {
    const imports = importsModule('flask');
    return {
      ...imports.visitor,
      end() {
        if (!imports.seen()) return;
        const model = context.analysis<ScopeModel>(scopes);
        /** The receiver is a name bound by `import x`: a module, not an application object. */
        const isModule = (receiver: Node | null): boolean =>
          receiver?.type === 'identifier' && lookup(scopeAt(model, receiver.startIndex), receiver.text, receiver.startIndex)?.kind === 'import';
        for (const call of context.analysis<CallModel>(calls).calls) {
          if (call.callee.type !== 'attribute' || call.callee.childForFieldName('attribute')?.text !== 'run') continue;
          if (isModule(call.callee.childForFieldName('object'))) continue;
          const debug = keywordValue(call.node, 'debug');
          if (debug && unparenthesize(debug).type === 'true')
            context.report(call.callee, '`debug=True` exposes the Werkzeug debugger, which runs code for whoever triggers an error');
        }
      },
    };
  },
});
