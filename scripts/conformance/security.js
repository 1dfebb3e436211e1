// Security families: Tendril's rules against Ruff's flake8-bandit (S) codes, one family per S code.
// Where Tendril splits a Bandit check by severity (B602, B605, B103, B505), the family holds both rules.
// The S4xx import checks are preview-only in Ruff 0.17 (S410 removed) and the driver runs Ruff
// without preview, so they are not families here; docs/conformance.md gives a one-off preview
// measurement. S320 was removed from Ruff; S704 has no hit on either side.
'use strict';
const path = require('path');
const { pythonJson } = require('./lib/python.js');

const F = (name, ...tendril) => ({ name, tendril, ruff: [name] });

// ---------------------------------------------------------------------------------------------
// Documented differences: disagreements with Ruff where Tendril is right by the semantics its rule
// documents (the rule's help says so), each written down in docs/conformance.md under `heading`.
// The predicates verify each case on the file's source with Python's own parser, independently of
// Tendril's analysis: scripts/conformance/security_facts.py reads a file and tags its lines with
// facts (a call to the builtin exec whose code is built of literals only, a pickle round trip, ...);
// a predicate explains a finding when its line carries the fact its case needs, and the finding is
// the rule's. Files Python cannot parse get no facts, so nothing in them is explained.

const FACTS = path.join(__dirname, 'security_facts.py');

/** The facts of a corpus file ({ path, abs?, text }): line -> tags. */
const factsOf = (file) => pythonJson([FACTS], file).facts ?? {};

/** True when line `line` of the file carries one of the tags. */
const has = (file, line, ...tags) => (factsOf(file)[line] ?? []).some((t) => tags.includes(t));

const documentedDifferences = [
  {
    id: 'S102-constant-code',
    family: 'S102',
    side: 'ruff',
    heading: 'S102-constant-code and S307-constant-code: `exec` and `eval` of code built of literals only',
    // A call to the builtin `exec` (not a name of the file's own) starts at the line, and its code
    // is built of literals only: a literal, an f-string, `+`/`%` of literals, or a name every
    // binding of which in its scope is such a value (security_facts.py, `Constants`).
    explains: (f, file) => has(file, f.line, 'constant-arg:exec'),
  },
  {
    id: 'S307-constant-code',
    family: 'S307',
    side: 'ruff',
    heading: 'S102-constant-code and S307-constant-code: `exec` and `eval` of code built of literals only',
    explains: (f, file) => has(file, f.line, 'constant-arg:eval'),
  },
  {
    id: 'S608-constant-query',
    family: 'S608',
    side: 'ruff',
    heading: 'S608-constant-query: SQL text built of literals only',
    // A `+`, `%`, `.format()` or f-string expression starts at the line, reads as SQL, and is built
    // of literals only (the same `Constants` as for exec and eval).
    explains: (f, file) => has(file, f.line, 'constant-sql'),
  },
  {
    id: 'S301-round-trip',
    family: 'S301',
    side: 'ruff',
    heading: 'S301-round-trip and S302-round-trip: `loads(dumps(x))`',
    // `pickle.loads(pickle.dumps(...))` starts at the line (names resolved through the file's imports).
    explains: (f, file) => has(file, f.line, 'round-trip:pickle'),
  },
  {
    id: 'S302-round-trip',
    family: 'S302',
    side: 'ruff',
    heading: 'S301-round-trip and S302-round-trip: `loads(dumps(x))`',
    explains: (f, file) => has(file, f.line, 'round-trip:marshal'),
  },
  {
    id: 'S104-not-bound',
    family: 'S104',
    side: 'ruff',
    heading: 'S104-not-bound: `"0.0.0.0"` where nothing listens on it',
    // Every "0.0.0.0" literal at the line is compared, returned, a positional argument (alone or in
    // a tuple or list) of a call that is not one that listens (`bind`, `listen`, `run`, `serve`,
    // `*Server`, ...) nor a host lookup (`get`, `getenv`, `add_argument`), or an item of a display
    // made only of strings (a list of addresses, not a (host, port) pair) that is assigned, compared
    // or passed to such a call.
    explains: (f, file) => has(file, f.line, 'address-not-bound'),
  },
  {
    id: 'S311-sample-getrandbits',
    family: 'S311',
    side: 'tendril',
    heading: 'S311-sample-getrandbits: `random.sample` and `random.getrandbits`',
    // A call at the line resolves (through the file's imports) to random.sample or random.getrandbits.
    explains: (f, file) => f.rule === 'non-cryptographic-random' && has(file, f.line, 'random:sample', 'random:getrandbits'),
  },
  {
    id: 'S321-ftp-tls',
    family: 'S321',
    side: 'ruff',
    heading: 'S321-ftp-tls: `ftplib.FTP_TLS`',
    // A call at the line resolves to ftplib.FTP_TLS.
    explains: (f, file) => has(file, f.line, 'ftp-tls'),
  },
  {
    id: 'S602-shell-unknown',
    family: 'S602',
    side: 'tendril',
    heading: 'S602-shell-unknown and S603-shell-unknown: a shell known only at run time',
    // Tendril's finding says the shell may be used, and a subprocess call at the line has a `shell=`
    // that is not a literal, or no `shell=` and a `**` argument.
    explains: (f, file) => f.rule === 'subprocess-shell-true' && / may run /.test(f.message) && has(file, f.line, 'shell-unknown'),
  },
  {
    id: 'S603-shell-unknown',
    family: 'S603',
    side: 'ruff',
    heading: 'S602-shell-unknown and S603-shell-unknown: a shell known only at run time',
    explains: (f, file) => has(file, f.line, 'shell-unknown'),
  },
  {
    id: 'S608-values-paren',
    family: 'S608',
    side: 'tendril',
    heading: 'S608-values-paren: `INSERT ... VALUES(` without a space',
    // An f-string with fields starts at the line, holding `INSERT ... VALUES(` with no space before
    // the parenthesis (and no `VALUES` followed by a space, which Ruff reads).
    explains: (f, file) => f.rule === 'hardcoded-sql-expression' && has(file, f.line, 'sql-values-paren'),
  },
  {
    id: 'S323-optional-import',
    family: 'S323',
    side: 'tendril',
    heading: 'S323-optional-import: a module imported in `try`, set to `None` in `except ImportError`',
    // A call `ssl.<attr>(...)` at the line, where the file binds `ssl` only by `import ssl` in a
    // `try` and `ssl = None` in its `except ImportError` handler.
    explains: (f, file) => f.rule === 'ssl-unverified-context' && has(file, f.line, 'optional-import-call:ssl'),
  },
];

module.exports = {
  description: 'standard library without site-packages',
  skipDir: (name) => name === 'site-packages',
  goal: { precision: 0.95, recall: 0.95 },
  // Where the documented differences are written down, and the predicates that verify them.
  documentation: 'docs/conformance.md',
  documentedDifferences,
  families: [
    F('S101', 'assert-used'),
    F('S102', 'exec-used'),
    F('S103', 'world-writable-file-permissions', 'group-executable-file-permissions'),
    F('S104', 'bind-all-interfaces'),
    F('S105', 'hardcoded-password-string'),
    F('S106', 'hardcoded-password-func-arg'),
    F('S107', 'hardcoded-password-default'),
    F('S108', 'hardcoded-tmp-directory'),
    F('S110', 'try-except-pass'),
    F('S112', 'try-except-continue'),
    F('S113', 'request-without-timeout'),
    F('S201', 'flask-debug-true'),
    F('S202', 'tarfile-unsafe-members'),
    F('S301', 'pickle-deserialization'),
    F('S302', 'marshal-deserialization'),
    F('S303', 'insecure-hash-function'),
    F('S304', 'insecure-cipher'),
    F('S305', 'insecure-cipher-mode'),
    F('S306', 'insecure-mktemp'),
    F('S307', 'eval-used'),
    F('S308', 'django-mark-safe-call'),
    F('S310', 'url-open-any-scheme'),
    F('S311', 'non-cryptographic-random'),
    F('S312', 'telnet-usage'),
    F('S313', 'xml-etree-celementtree-parse'),
    F('S314', 'xml-etree-elementtree-parse'),
    F('S315', 'xml-sax-expatreader-parse'),
    F('S316', 'xml-dom-expatbuilder-parse'),
    F('S317', 'xml-sax-parse'),
    F('S318', 'xml-dom-minidom-parse'),
    F('S319', 'xml-dom-pulldom-parse'),
    F('S321', 'ftp-usage'),
    F('S323', 'ssl-unverified-context'),
    F('S324', 'insecure-hashlib-function'),
    F('S501', 'request-without-cert-validation'),
    F('S502', 'ssl-insecure-version'),
    F('S503', 'ssl-insecure-version-default'),
    F('S504', 'ssl-with-no-version'),
    F('S505', 'weak-cryptographic-key', 'short-cryptographic-key'),
    F('S506', 'yaml-unsafe-load'),
    F('S507', 'ssh-no-host-key-verification'),
    F('S508', 'snmp-insecure-version'),
    F('S509', 'snmp-weak-cryptography'),
    F('S601', 'paramiko-exec-command'),
    F('S602', 'subprocess-shell-true', 'subprocess-shell-true-literal'),
    F('S603', 'subprocess-without-shell'),
    F('S604', 'call-with-shell-true'),
    F('S605', 'start-process-with-shell', 'start-process-with-shell-literal'),
    F('S606', 'start-process-with-no-shell'),
    F('S607', 'start-process-with-partial-path'),
    F('S608', 'hardcoded-sql-expression'),
    F('S609', 'unix-command-wildcard-injection'),
    F('S610', 'django-extra'),
    F('S611', 'django-raw-sql'),
    F('S612', 'logging-config-insecure-listen'),
    F('S701', 'jinja2-autoescape-false'),
    F('S702', 'mako-templates'),
    F('S704', 'unsafe-markup-use'),
  ],
};
