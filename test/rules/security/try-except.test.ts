import { tryExceptContinue } from '../../../src/rules/security/try-except-continue';
import { tryExceptPass } from '../../../src/rules/security/try-except-pass';
import { hits, lines } from './helpers';

describe('try-except-pass / try-except-continue', () => {
  test('bare, Exception and BaseException handlers with only pass/continue', async () => {
    const src = lines(
      'try: a()',
      'except: pass',
      'try: a()',
      'except Exception: pass',
      'try: a()',
      'except (ValueError, BaseException) as e:',
      '    pass',
      'for x in y:',
      '    try: a()',
      '    except Exception:',
      '        continue',
    );
    expect(await hits([tryExceptPass, tryExceptContinue], src)).toEqual([
      'try-except-pass@2',
      'try-except-pass@4',
      'try-except-pass@6',
      'try-except-continue@10',
    ]);
  });
  test('specific exceptions and handlers that do something are not reported', async () => {
    const src = lines(
      'try: a()',
      'except KeyError: pass',
      'try: a()',
      'except Exception:',
      '    log()',
      '    pass',
      'try: a()',
      'except OSError as e:',
      '    pass',
    );
    expect(await hits([tryExceptPass, tryExceptContinue], src)).toEqual([]);
  });
});
