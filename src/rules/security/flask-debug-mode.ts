/**
 * A Flask application put in debug mode by its configuration: `app.debug = True`,
 * `app.config["DEBUG"] = True`, `app.config.update(DEBUG=True)`. (`app.run(debug=True)` is
 * `flask-debug-true`, Bandit's B201.) CodeQL's py/flask-debug (7.5): a debug server exposed is
 * dangerous wherever it runs, High.
 */
import { calls } from '../../analysis/calls';
import { truthiness } from '../../analysis/literals';
import { defineRule } from '../define';
import { flaskSettingWrites, webGrading } from './web-config';

const GRADING = webGrading({
  evidence: 'configuration',
  family: 'debug-server',
  reference: { name: "CodeQL's `py/flask-debug`", score: 7.5 },
  why: 'A debugger console exposed to the network runs code for anyone who reaches it.',
});

export const flaskDebugMode = defineRule({
  meta: {
    id: 'flask-debug-mode',
    name: 'FlaskDebugMode',
    kind: 'security',
    shortDescription: "A Flask application's configuration turns debug mode on",
    fullDescription:
      'A Flask app is put in debug mode by its configuration (app.debug = True, DEBUG = True in app.config). When it is served with app.run or flask run, ' +
      'the Werkzeug debugger answers errors with a Python console in the browser: anyone who can trigger an error runs code on the server.',
    category: 'web-configuration',
    aliases: [],
    precision: 'high',
    securitySeverity: GRADING.securitySeverity,
    grading: GRADING.grading,
    cwe: [215, 489],
  },
  docs: {
    title: 'Flask debug mode turned on in the configuration',
    why:
      "Flask's debug mode serves the Werkzeug debugger: an unhandled error shows an interactive Python console in the browser. The console's PIN is derived from facts about the machine that leak easily, " +
      "and with it anyone reaching the server runs code as the application. Set in the app's configuration, debug mode follows the code into every environment that runs it with `app.run` or `flask run`.",
    example: 'from flask import Flask\n\napp = Flask(__name__)\napp.config["DEBUG"] = True\n',
    fix: 'Leave debug mode out of the code and turn it on only where you develop: `flask run --debug`, or `FLASK_DEBUG=1` in your shell.',
    fixed: 'import os\n\nfrom flask import Flask\n\napp = Flask(__name__)\napp.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"\n',
    notReported: [
      'Values known only at run time (an environment variable, a settings object).',
      '`app.run(debug=True)`: that is `flask-debug-true` (Bandit B201).',
      'Files that do not import flask, and configuration classes (`class DevConfig: DEBUG = True`), which `app.config.from_object` may or may not load.',
    ],
    more: GRADING.more,
  },
  uses: [calls],
  create(context) {
    const debug = flaskSettingWrites('debug', 'DEBUG', false);
    return {
      ...debug.visitor,
      end() {
        for (const { at, value } of debug.writes(context.analysis(calls))) {
          if (truthiness(value) === true)
            context.report(at, 'Debug mode is on: the Werkzeug debugger lets anyone who triggers an error run code on the server');
        }
      },
    };
  },
});
