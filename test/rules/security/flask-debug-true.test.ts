import { flaskDebugTrue } from '../../../src/rules/security/flask-debug-true';
import { hits, lines } from './helpers';

describe('flask-debug-true', () => {
  test('flask run(debug=True) in a file that imports flask', async () => {
    expect(
      await hits(
        [flaskDebugTrue],
        lines('from flask import Flask', 'app = Flask(__name__)', 'app.run(debug=True)', 'app.run(debug=False)', 'app.run(debug=flag)'),
      ),
    ).toEqual(['flask-debug-true@3']);
    expect(await hits([flaskDebugTrue], lines('loop.run(main(), debug=True)'))).toEqual([]);
  });
});
