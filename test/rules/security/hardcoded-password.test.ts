import { hardcodedPasswordDefault } from '../../../src/rules/security/hardcoded-password-default';
import { hardcodedPasswordFuncArg } from '../../../src/rules/security/hardcoded-password-func-arg';
import { hardcodedPasswordString } from '../../../src/rules/security/hardcoded-password-string';
import { isPasswordName } from '../../../src/rules/security/password-names';
import { findings, hits, lines } from './helpers';

const RULES = [hardcodedPasswordString, hardcodedPasswordFuncArg, hardcodedPasswordDefault];

describe('hardcoded passwords', () => {
  test('candidate names', () => {
    for (const n of ['password', 'DB_PASSWORD', 'passwd', 'pwd', 'api_token', 'secret', 'SECRET_KEY', 'passphrase', 'pass'])
      expect(isPasswordName(n)).toBe(true);
    for (const n of ['passenger', 'tokenizer', 'bypass', 'compass', 'secretary']) expect(isPasswordName(n)).toBe(false);
  });

  test('assignments, comparisons, dict keys, subscripts, keyword arguments and defaults', async () => {
    const src = lines(
      'password = "hunter2"',
      'self.api_token = "abc"',
      'conf["secret"] = "xyz"',
      'if pwd == "letmein": pass',
      'd = {"password": "p"}',
      'connect(user="u", password="p")',
      'def f(user, password="admin"): pass',
      'def g(*, token: str = "t"): pass',
    );
    expect(await hits(RULES, src)).toEqual([
      'hardcoded-password-string@1',
      'hardcoded-password-string@2',
      'hardcoded-password-string@3',
      'hardcoded-password-string@4',
      'hardcoded-password-string@5',
      'hardcoded-password-func-arg@6',
      'hardcoded-password-default@7',
      'hardcoded-password-default@8',
    ]);
  });

  test('a parenthesised value is reported on the string, where Ruff reports it (and a # noqa: S105 goes)', async () => {
    const [finding] = await findings([hardcodedPasswordString], lines('password = (', '    "hunter2"', ')'));
    expect(finding).toMatchObject({ line: 2, column: 5, endLine: 2, endColumn: 14 });
  });

  test('not reported: empty strings, non-literals, other names', async () => {
    const src = lines(
      'password = ""',
      'password = os.environ["PW"]',
      'password = f"{x}"',
      'passenger = "bob"',
      'connect(password=pw)',
      'def f(password=None): pass',
    );
    expect(await hits(RULES, src)).toEqual([]);
  });

  test('the message never contains the secret', async () => {
    const src = lines(
      'password = "hunter2-s3cret"',
      'login(token="hunter2-s3cret")',
      'def f(pwd="hunter2-s3cret"): pass',
      'if password == "hunter2-s3cret": pass',
    );
    const found = await findings(RULES, src);
    expect(found).toHaveLength(4);
    for (const f of found) expect(f.message).not.toContain('hunter2');
  });
});

describe('hardcoded passwords: membership tests', () => {
  test('a literal tested for membership in a password-like name is not a password', async () => {
    const src = lines('if "=" in token: pass', 'if "$" not in password: pass', 'ok = password in "abc"', 'if "a" not in pwd not in "xyz": pass');
    expect(await hits(RULES, src)).toEqual([]);
  });

  test('equality in the same chain is still reported', async () => {
    const src = lines('if "=" in token == "abc": pass', 'if password != "x" and "$" in password: pass', 'if "s3cr3t" == token: pass');
    expect(await hits(RULES, src)).toEqual(['hardcoded-password-string@1', 'hardcoded-password-string@2', 'hardcoded-password-string@3']);
  });
});
