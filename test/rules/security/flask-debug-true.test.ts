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

  test('run called on a module is not an application run (precision high)', async () => {
    const src = lines(
      'import asyncio, uvicorn',
      'import flask',
      'from myapp import app',
      'asyncio.run(main(), debug=True)',
      'uvicorn.run(app, debug=True)',
      'app.run(debug=True)',
      'flask.Flask(__name__).run(debug=True)',
      'def serve(application):',
      '    application.run(debug=True)',
      'def shadow(asyncio):',
      '    asyncio.run(debug=True)',
    );
    expect(await hits([flaskDebugTrue], src)).toEqual(['flask-debug-true@6', 'flask-debug-true@7', 'flask-debug-true@9', 'flask-debug-true@11']);
    expect(flaskDebugTrue.meta).toMatchObject({ securitySeverity: 8.0, precision: 'high', grading: { evidence: 'configuration' } });
  });
});
