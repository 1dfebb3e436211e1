/**
 * Cookies sent without `secure` or readable by scripts (`httponly` off): `set_cookie` calls that
 * leave either flag out or set it false, and the session/CSRF cookie settings of Django, Flask and
 * Flask-Login switched off. CodeQL's py/insecure-cookie and py/client-exposed-cookie (5.0).
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls } from '../../analysis/calls';
import { argumentAt, hasArgumentSplat, keywordValue } from '../../analysis/arguments';
import { stringLiteralValue, truthiness } from '../../analysis/literals';
import { defineRule } from '../define';
import { configCallWrites, configItemWrite, type ConfigWrite, importTracker, moduleSettings, webGrading } from './web-config';

/** Settings that switch a cookie flag: what they protect. */
const COOKIE_SETTINGS: Record<string, string> = {
  SESSION_COOKIE_SECURE: 'the session cookie is sent over plain HTTP',
  SESSION_COOKIE_HTTPONLY: 'scripts in the page can read the session cookie',
  CSRF_COOKIE_SECURE: 'the CSRF cookie is sent over plain HTTP',
  LANGUAGE_COOKIE_SECURE: 'the language cookie is sent over plain HTTP',
  REMEMBER_COOKIE_SECURE: 'the remember-me cookie is sent over plain HTTP',
  REMEMBER_COOKIE_HTTPONLY: 'scripts in the page can read the remember-me cookie',
};

/** Frameworks whose responses have `set_cookie` (files importing none of them are left alone). */
const WEB = /^(flask|werkzeug|django|aiohttp|fastapi|starlette|quart|sanic)(\.|$)/;

/** A flag of a `set_cookie` call: missing, switched off as written, or unknown (a value known at run time). */
function flag(call: Node, name: string, position: number): 'missing' | 'off' | 'on' | 'unknown' {
  const value = keywordValue(call, name) ?? (position >= 0 ? positional(call, position) : undefined);
  if (!value) return 'missing';
  const truth = truthiness(value);
  return truth === undefined ? 'unknown' : truth ? 'on' : 'off';
}

function positional(call: Node, index: number): Node | undefined {
  const arg = argumentAt(call, index);
  return arg && arg.type !== 'list_splat' ? arg : undefined;
}

const GRADING = webGrading({
  evidence: 'pattern',
  family: 'cookie-flags',
  reference: { name: "CodeQL's `py/insecure-cookie` and `py/client-exposed-cookie`", score: 5.0 },
  why: 'A cookie readable on the network or by scripts is an exposure, not by itself a takeover.',
});

export const insecureCookie = defineRule({
  meta: {
    id: 'insecure-cookie',
    name: 'InsecureCookie',
    kind: 'security',
    shortDescription: 'A cookie is set without the secure or httponly flag, or a cookie setting turns one off',
    fullDescription:
      'A response cookie is set without secure (it is also sent over plain HTTP, where anyone on the path reads it) or without httponly ' +
      '(scripts in the page can read it, so one XSS steals it), or a framework setting turns these flags off for the session or CSRF cookie.',
    category: 'web-configuration',
    aliases: ['py/insecure-cookie', 'py/client-exposed-cookie'],
    precision: 'high',
    securitySeverity: GRADING.securitySeverity,
    grading: GRADING.grading,
    cwe: [614, 1004],
  },
  docs: {
    title: 'Cookie without the secure or httponly flag',
    why:
      'A cookie without `secure` is sent on plain `http://` requests too: anyone on the network path (public Wi-Fi, a proxy) reads it, and with a session cookie takes over the session. ' +
      'A cookie without `httponly` can be read by `document.cookie`: one cross-site scripting flaw anywhere on the site sends it to the attacker. ' +
      'Flask, werkzeug, Django, aiohttp and Starlette all leave both flags off unless they are asked for, so a `set_cookie` call that does not name them sets an insecure cookie.',
    example:
      'from flask import Flask, make_response\n\napp = Flask(__name__)\n\n\n@app.route("/login", methods=["POST"])\ndef login():\n    resp = make_response("ok")\n    resp.set_cookie("session_id", "abc123")\n    return resp\n',
    fix: 'Pass `secure=True` and `httponly=True` (and `samesite="Lax"`) to `set_cookie`; keep `SESSION_COOKIE_SECURE`, `SESSION_COOKIE_HTTPONLY` and `CSRF_COOKIE_SECURE` on. A cookie that scripts must read (a CSRF token read by JavaScript) can go without `httponly`: suppress the finding there with a comment saying why.',
    fixed:
      'from flask import Flask, make_response\n\napp = Flask(__name__)\n\n\n@app.route("/login", methods=["POST"])\ndef login():\n    resp = make_response("ok")\n    resp.set_cookie("session_id", "abc123", secure=True, httponly=True, samesite="Lax")\n    return resp\n',
    notReported: [
      'Flags whose value is known only at run time (`secure=settings.SECURE`), and calls with `**options`: nothing shows they are off.',
      "`set_cookie` in files that import no web framework (a test client's cookie jar), and on receivers named like a client (`client.set_cookie`).",
      'Settings left at their defaults, and settings computed at run time (`SESSION_COOKIE_SECURE = not DEBUG`); settings in class attributes (configuration classes).',
      '`SameSite`: not part of this rule.',
    ],
    more: GRADING.more,
  },
  uses: [calls],
  create(context) {
    const web = importTracker(WEB);
    const writes: ConfigWrite[] = [];
    return {
      ...web.visitor,
      assignment(node) {
        const write = configItemWrite(node);
        if (write) writes.push(write);
      },
      end() {
        const model = context.analysis(calls);
        const report = (at: Node, key: string): void => context.report(at, `\`${key}\` is turned off: ${COOKIE_SETTINGS[key]}; leave it on`);
        for (const setting of moduleSettings(context.tree.node(0))) {
          if (COOKIE_SETTINGS[setting.name] && truthiness(setting.value) === false) report(setting.statement, setting.name);
        }
        for (const write of [...writes, ...configCallWrites(model)]) {
          if (COOKIE_SETTINGS[write.key] && truthiness(write.value) === false) report(write.at, write.key);
        }
        if (!web.seen()) return;
        for (const call of model.calls) {
          if (call.callee.type !== 'attribute') continue;
          const method = call.callee.childForFieldName('attribute')?.text;
          if (method !== 'set_cookie' && method !== 'set_signed_cookie') continue;
          const receiver = call.callee.childForFieldName('object')?.text ?? '';
          if (/client/i.test(receiver) || hasArgumentSplat(call.node)) continue;
          // aiohttp takes the flags by keyword only; the others also at positions 6 and 7.
          const aiohttp = call.assumedName?.startsWith('aiohttp') ?? false;
          const offset = method === 'set_signed_cookie' ? 1 : 0;
          const secure = flag(call.node, 'secure', aiohttp ? -1 : 6 + offset);
          const httponly = flag(call.node, 'httponly', aiohttp ? -1 : 7 + offset);
          const missing = [secure === 'missing' || secure === 'off' ? 'secure' : '', httponly === 'missing' || httponly === 'off' ? 'httponly' : ''].filter(
            Boolean,
          );
          if (!missing.length) continue;
          const first = argumentAt(call.node, 0, 'key');
          const name = first ? stringLiteralValue(first) : undefined;
          context.report(
            call.callee,
            `The cookie${name !== undefined ? ` "${name}"` : ''} is set without ${missing.map((m) => `\`${m}\``).join(' and ')}` +
              `${missing.includes('secure') ? ': it is also sent over plain HTTP' : ''}${missing.includes('httponly') ? `${missing.includes('secure') ? ', and' : ':'} scripts in the page can read it` : ''}`,
          );
        }
      },
    };
  },
});
