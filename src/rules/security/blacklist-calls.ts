/**
 * Bandit's call blacklist (B301-B323) / Ruff's S301-S323: calls to functions that are unsafe in
 * themselves (deserializers, weak hashes and ciphers, XML parsers open to entity attacks, clear-
 * text protocols, ...). Table-driven: each entry is its own rule with its own metadata. Calls are
 * matched by qualified name through the file's imports (src/analysis/calls.ts), so
 * `import pickle as p; p.loads(x)` and `from marshal import loads as l; l(x)` are both seen.
 *
 * Bandit's B309 (HTTPSConnection) and B322 (Python 2 `input`) are no longer part of Bandit and
 * have no rule. B324 (hashlib) has a check of its own: insecure-hashlib-function.ts.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import { calls, type CallModel, type CallSite } from '../../analysis/calls';
import { argumentAt } from '../../analysis/arguments';
import { isPlainStringLiteral, stringLiteralValue, unparenthesize } from '../../analysis/literals';
import { PATTERN_HIGH, SECURITY_SEVERITY, type BanditLevel } from '../severity';
import type { Rule } from '../../engine/api';
import { callName, callRule, qualify, securityRule, type SecuritySpec, type SpecGrading } from './common';
import { isEscapedHtml } from './markup';
import type { RunTimeSpec } from './run-time';

interface Entry {
  id: string;
  name: string;
  bandit: string;
  ruff?: string;
  /** Bandit's severity (its confidence is high for every entry). */
  severity: BanditLevel;
  /** The rule's place under the severity policy (SecuritySpec.grading). */
  grading: SpecGrading;
  cwe: number[];
  category: string;
  functions: string[];
  /** Also every function of these modules (`telnetlib.*`). */
  modules?: string[];
  /** Names in `modules` that are not reported, with their members. */
  except?: string[];
  short: string;
  why: string;
  example: string;
  fix: string;
  /** The example fixed: no finding of this entry. */
  fixed: string;
  notReported?: string[];
  check?: (call: CallSite, model: CallModel) => boolean | Node | undefined;
  /** A value built at run time the data-flow analysis may decide (common.ts CallRuleSpec.value). */
  runTime?: RunTimeSpec;
  value?: (call: CallSite) => Node | undefined;
  /** What the message says after the call's name. */
  says: string;
}

const CRYPTO_HASH = ['MD2', 'MD4', 'MD5', 'SHA'].flatMap((h) => [`Crypto.Hash.${h}.new`, `Cryptodome.Hash.${h}.new`]);
/** PyCrypto's and PyCryptodome's `new` of the given ciphers. */
const cryptoCiphers = (names: string): string[] => names.split(' ').flatMap((c) => [`Crypto.Cipher.${c}.new`, `Cryptodome.Cipher.${c}.new`]);
/** cryptography's algorithms, where they were and in `decrepit` (cryptography 43 moved the legacy ciphers there). */
const cryptographyAlgorithms = (names: string): string[] =>
  ['cryptography.hazmat.primitives.ciphers.algorithms', 'cryptography.hazmat.decrepit.ciphers.algorithms'].flatMap((m) => qualify(m, names));
const XML_PARSE = 'parse iterparse fromstring XMLParser';

const HTTP = /^https?:\/\//i;

/** Serializers whose output, read back at once, is the program's own data. */
const SERIALIZERS = new Set([
  ...['pickle', '_pickle', 'cPickle', 'dill', 'marshal'].map((m) => `${m}.dumps`),
  'jsonpickle.encode',
  'jsonpickle.pickler.encode',
]);

/**
 * `pickle.loads(pickle.dumps(x))` (a deep copy): the data deserialized is what the program has
 * just serialized, not data from outside.
 */
function roundTrip(call: CallSite, model: CallModel): boolean {
  const data = argumentAt(call.node, 0);
  const inner = data ? unparenthesize(data) : undefined;
  const names = inner?.type === 'call' ? model.callAt(inner)?.assumedNames : undefined;
  return names !== undefined && names.every((name) => SERIALIZERS.has(name));
}

/** The code given to `eval` (or `PIL.ImageMath.eval`) is a literal string: fixed code. */
function literalCode(call: CallSite): boolean {
  const source = argumentAt(call.node, 0);
  return source !== undefined && isPlainStringLiteral(source, { allowBytes: true });
}

/**
 * The values assigned to the variable `name` in the function (or module) around `at`, when every
 * assignment to it there is a plain `name = <expression>`; undefined when it is bound otherwise.
 */
function assignedValues(at: Node, name: string): Node[] | undefined {
  let scope: Node | null = at.parent;
  while (scope && scope.type !== 'function_definition' && scope.type !== 'module') scope = scope.parent;
  if (!scope) return undefined;
  const values: Node[] = [];
  let other = false;
  const visit = (node: Node): void => {
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'function_definition' || child.type === 'class_definition' || child.type === 'lambda') continue;
      if (child.type === 'assignment' || child.type === 'augmented_assignment') {
        const left = child.childForFieldName('left');
        const right = child.childForFieldName('right');
        if (left?.type === 'identifier' && left.text === name) {
          if (child.type === 'assignment' && right) values.push(right);
          else other = true;
        } else if (left && left.type !== 'identifier' && new RegExp(`\\b${name}\\b`).test(left.text)) other = true;
      } else if (
        (child.type === 'for_statement' || child.type === 'with_item' || child.type === 'as_pattern') &&
        new RegExp(`\\b${name}\\b`).test((child.childForFieldName('left') ?? child.childForFieldName('alias'))?.text ?? '')
      ) {
        other = true;
      }
      visit(child);
    }
  };
  const body = scope.type === 'function_definition' ? scope.childForFieldName('body') : scope;
  if (body) visit(body);
  if (scope.type === 'function_definition') {
    const params = scope.childForFieldName('parameters');
    if (params && new RegExp(`\\b${name}\\b`).test(params.text)) other = true;
  }
  return other ? undefined : values;
}

/**
 * `urlopen("https://...")`: a fixed http(s) URL cannot be turned into `file://`. A variable counts
 * when every assignment to it in the same function is such a literal (Ruff reads it the same way).
 */
function fixedHttpUrl(call: CallSite): boolean {
  const url = argumentAt(call.node, 0, 'url');
  if (!url) return false;
  const expr = unparenthesize(url);
  const values = expr.type === 'identifier' ? assignedValues(expr, expr.text) : [expr];
  if (!values || values.length === 0) return false;
  return values.every((v) => {
    const value = stringLiteralValue(v) ?? fStringPrefix(v);
    return value !== undefined && HTTP.test(value.trim());
  });
}

/** The literal text of an f-string before its first field (`f"https://{host}/"` -> `https://`). */
function fStringPrefix(node: Node): string | undefined {
  const expr = unparenthesize(node);
  const first = expr.type === 'concatenated_string' ? expr.namedChildren.find((c) => c?.type === 'string') : expr;
  if (!first || first.type !== 'string') return undefined;
  let text = '';
  for (const child of first.namedChildren) {
    if (!child || child.type === 'string_start') continue;
    if (child.type !== 'string_content') break;
    text += child.text;
  }
  return text;
}

/** Telnet and FTP: Bandit grades them high; Tendril as a pattern (SpecGrading). */
const CLEARTEXT_GRADING: SpecGrading = {
  evidence: 'pattern',
  family: 'cleartext-protocol',
  score: PATTERN_HIGH,
  why: "the protocol is often the peer's choice (network equipment, public mirrors), and nothing at the call shows a secret or a trust decision crossing the connection.",
};

const ENTRIES: Entry[] = [
  {
    id: 'pickle-deserialization',
    name: 'PickleDeserialization',
    bandit: 'B301',
    ruff: 'S301',
    severity: 'MEDIUM',
    grading: { evidence: 'pattern', family: 'deserialization' },
    cwe: [502],
    category: 'deserialization',
    functions: [
      ...qualify('pickle', 'loads load Unpickler'),
      ...qualify('_pickle', 'loads load Unpickler'),
      ...qualify('cPickle', 'loads load Unpickler'),
      ...qualify('dill', 'loads load Unpickler'),
      ...qualify('shelve', 'open DbfilenameShelf'),
      'jsonpickle.decode',
      'jsonpickle.unpickler.decode',
      'pandas.read_pickle',
    ],
    check: (call, model) => !roundTrip(call, model),
    short: 'The pickle module (or a module built on it) deserializes data',
    why: 'Unpickling runs whatever the byte stream asks for: a pickle can name any importable callable and its arguments, so loading one from an untrusted source (a request, a cache, a file a user can write) lets its author run code in the process.',
    example: 'import pickle\n\ndef restore(blob):\n    return pickle.loads(blob)',
    fix: 'Exchange data in a format that carries only data (`json`, or a schema-checked format). If pickles must cross a trust boundary, sign them (`hmac`) and verify the signature before loading.',
    fixed: 'import json\n\ndef restore(blob):\n    return json.loads(blob)',
    notReported: [
      'Data the program has just serialized, read back at once: `pickle.loads(pickle.dumps(x))` (a deep copy), with any of the pickle, dill, marshal or jsonpickle serializers.',
    ],
    says: 'deserializes with pickle, which can run arbitrary code when the data is untrusted',
  },
  {
    id: 'marshal-deserialization',
    name: 'MarshalDeserialization',
    bandit: 'B302',
    ruff: 'S302',
    severity: 'MEDIUM',
    grading: { evidence: 'pattern', family: 'deserialization' },
    cwe: [502],
    category: 'deserialization',
    functions: qualify('marshal', 'load loads'),
    check: (call, model) => !roundTrip(call, model),
    short: 'The marshal module deserializes data',
    why: '`marshal` is an internal format for code objects; it is not hardened against malformed or malicious input and can produce code objects that run when called.',
    example: 'import marshal\n\nobj = marshal.loads(received)',
    fix: 'Use `json` or another data-only format for anything that comes from outside the program.',
    fixed: 'import json\n\nobj = json.loads(received)',
    notReported: ['Data the program has just serialized, read back at once: `marshal.loads(marshal.dumps(x))`.'],
    says: 'deserializes with marshal, which is not safe for untrusted data',
  },
  {
    id: 'insecure-hash-function',
    name: 'InsecureHashFunction',
    bandit: 'B303',
    ruff: 'S303',
    severity: 'MEDIUM',
    grading: { evidence: 'pattern', family: 'weak-hash' },
    cwe: [327, 328],
    category: 'cryptography',
    functions: [...CRYPTO_HASH, 'cryptography.hazmat.primitives.hashes.MD5', 'cryptography.hazmat.primitives.hashes.SHA1'],
    short: 'Broken hash algorithm (MD2, MD4, MD5, SHA-1) from a crypto library',
    why: 'MD2, MD4, MD5 and SHA-1 have practical collision attacks. Signatures, integrity checks and fingerprints built on them can be forged.',
    example: 'from Crypto.Hash import MD5\n\ndigest = MD5.new(data).hexdigest()',
    fix: 'Use SHA-256 or stronger (`SHA256.new`, `hashes.SHA256()`); for passwords use a password hash (scrypt, argon2, PBKDF2).',
    fixed: 'from Crypto.Hash import SHA256\n\ndigest = SHA256.new(data).hexdigest()',
    notReported: ['`hashlib` calls: those are `insecure-hashlib-function` (B324).'],
    says: 'uses a broken hash algorithm',
  },
  {
    id: 'insecure-cipher',
    name: 'InsecureCipher',
    bandit: 'B304',
    ruff: 'S304',
    severity: 'HIGH',
    grading: { evidence: 'configuration', family: 'cipher' },
    cwe: [327],
    category: 'cryptography',
    functions: [...cryptoCiphers('ARC2 ARC4 DES XOR'), ...cryptographyAlgorithms('ARC4')],
    short: 'Broken cipher (DES, RC2, RC4, XOR)',
    why: 'DES has a 56-bit key that can be searched in hours, RC4 has biases that recover plaintext from repeated encryptions (RFC 7465 bans it from TLS), RC2 has a weak key schedule and 64-bit blocks, and XOR is no cipher at all: data encrypted with them should be considered readable.',
    example: 'from Crypto.Cipher import DES\n\ncipher = DES.new(key, DES.MODE_CBC, iv)',
    fix: "Use AES (for example AES-GCM via `cryptography`'s `AESGCM`) or ChaCha20-Poly1305.",
    fixed: 'from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\ncipher = AESGCM(key)',
    notReported: ['Legacy ciphers without a practical break (Blowfish, IDEA, CAST5, SEED, Triple DES): those are `legacy-cipher`, at medium severity.'],
    says: 'uses a broken cipher',
  },
  {
    id: 'legacy-cipher',
    name: 'LegacyCipher',
    bandit: 'B304',
    ruff: 'S304',
    severity: 'HIGH',
    grading: {
      evidence: 'pattern',
      family: 'cipher',
      score: SECURITY_SEVERITY.MEDIUM,
      why: 'these ciphers have no practical break: the risk is the 64-bit block once tens of gigabytes are encrypted under one key (Sweet32), or a standard that no longer allows them, which depends on the use; medium, as ECB mode (`insecure-cipher-mode`).',
    },
    cwe: [327],
    category: 'cryptography',
    functions: [...cryptoCiphers('Blowfish'), ...cryptographyAlgorithms('Blowfish IDEA CAST5 SEED TripleDES')],
    short: 'Legacy cipher (Blowfish, IDEA, CAST5, SEED, Triple DES)',
    why: 'Blowfish, IDEA, CAST5 and Triple DES encrypt 64-bit blocks: after some tens of gigabytes under one key, colliding blocks reveal plaintext (Sweet32). They and SEED are kept for old protocols only (cryptography moved them to `decrepit`), and current standards no longer allow them for new data.',
    example: 'from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n\ncipher = Cipher(algorithms.TripleDES(key), modes.CBC(iv))',
    fix: "Use AES (for example AES-GCM via `cryptography`'s `AESGCM`) or ChaCha20-Poly1305; keep a legacy cipher only where an old protocol requires it.",
    fixed: 'from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\ncipher = AESGCM(key)',
    notReported: ['Broken ciphers (DES, RC2, RC4, XOR): those are `insecure-cipher`, at high severity.'],
    says: 'uses a legacy cipher (64-bit blocks, or no longer allowed for new data)',
  },
  {
    id: 'insecure-cipher-mode',
    name: 'InsecureCipherMode',
    bandit: 'B305',
    ruff: 'S305',
    severity: 'MEDIUM',
    grading: { evidence: 'configuration', family: 'cipher' },
    cwe: [327],
    category: 'cryptography',
    functions: ['cryptography.hazmat.primitives.ciphers.modes.ECB'],
    short: 'ECB cipher mode',
    why: 'ECB encrypts equal plaintext blocks to equal ciphertext blocks, so patterns of the data show through the encryption.',
    example: 'from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n\nc = Cipher(algorithms.AES(key), modes.ECB())',
    fix: 'Use an authenticated mode such as GCM (or CBC/CTR with a MAC).',
    fixed: 'from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n\nc = Cipher(algorithms.AES(key), modes.GCM(iv))',
    says: 'uses ECB mode, which leaks patterns of the plaintext',
  },
  {
    id: 'insecure-mktemp',
    name: 'InsecureMktemp',
    bandit: 'B306',
    ruff: 'S306',
    severity: 'MEDIUM',
    grading: { evidence: 'pattern', family: 'temp-file' },
    cwe: [377],
    category: 'files',
    functions: ['tempfile.mktemp'],
    short: 'The tempfile.mktemp function returns a name that another process can take first',
    why: '`mktemp` only returns a name. Between choosing it and opening it another process can create that file or a symlink there (a race), and the program then writes where the attacker wants.',
    example: 'import tempfile\n\npath = tempfile.mktemp()\nwith open(path, "w") as f:\n    f.write(data)',
    fix: 'Use `tempfile.mkstemp()`, `NamedTemporaryFile()` or `TemporaryDirectory()`, which create the file atomically.',
    fixed: 'import tempfile\n\nwith tempfile.NamedTemporaryFile("w", delete=False) as f:\n    f.write(data)',
    says: 'returns a temporary file name without creating the file (race condition)',
  },
  {
    id: 'eval-used',
    name: 'EvalUsed',
    bandit: 'B307',
    ruff: 'S307',
    severity: 'MEDIUM',
    grading: { evidence: 'pattern', family: 'code-execution' },
    cwe: [94, 95],
    category: 'injection',
    functions: ['builtins.eval'],
    check: (call) => !literalCode(call),
    runTime: { sinkClass: 'code', role: 'built' },
    value: (call) => argumentAt(call.node, 0),
    short: 'Call to eval() runs a string as Python code',
    why: '`eval` runs any Python expression, including calls such as `__import__("os").system(...)`. If any part of the string comes from outside the program, so does the code that runs (code injection, CWE-94/CWE-95).',
    example: 'value = eval(request.args["n"])',
    fix: 'Parse literals with `ast.literal_eval`, numbers with `int`/`float`, structures with `json.loads`; dispatch on names with a dictionary.',
    fixed: 'value = int(request.args["n"])',
    notReported: [
      'A method or function named `eval` that is not the builtin (`model.eval()`, a local `def eval`).',
      'An expression written as a literal string (or bytes) without interpolation, `eval("1 + 2")`: it is fixed code, nothing outside the program reaches it (Bandit and Ruff report it). So is an expression the data-flow analysis proves constant wherever the call runs (`expr = "1 + 2"`, a constant branch), or made of literals and numbers (docs/severity.md).',
    ],
    says: 'evaluates a string as Python code; use ast.literal_eval for literals',
  },
  {
    id: 'django-mark-safe-call',
    name: 'DjangoMarkSafeCall',
    bandit: 'B308',
    ruff: 'S308',
    severity: 'MEDIUM',
    grading: { evidence: 'pattern', family: 'xss' },
    cwe: [79],
    category: 'xss',
    functions: ['django.utils.safestring.mark_safe', 'django.utils.html.mark_safe'],
    short: "Call to mark_safe disables Django's escaping for a string",
    why: '`mark_safe` tells templates not to escape a value. If that value contains anything a user controls, it reaches the page as HTML and script (cross-site scripting).',
    // A value built at run time is `django-mark-safe`'s (which replaces this finding there); an
    // escaped one is not reported at all.
    check: (call, model) => {
      const value = argumentAt(call.node, 0, 's');
      return !(value && stringLiteralValue(unparenthesize(value)) === undefined && isEscapedHtml(value, model));
    },
    example: 'from django.utils.safestring import mark_safe\n\nBANNER = mark_safe("<b>Welcome</b>")',
    fix: 'Build HTML with `django.utils.html.format_html`, which escapes its arguments, or let the template escape.',
    fixed: 'from django.utils.html import format_html\n\nBANNER = format_html("<b>{}</b>", "Welcome")',
    says: 'marks a string safe, disabling HTML escaping',
  },
  {
    id: 'url-open-any-scheme',
    name: 'UrlOpenAnyScheme',
    bandit: 'B310',
    ruff: 'S310',
    severity: 'MEDIUM',
    grading: { evidence: 'pattern', family: 'ssrf' },
    cwe: [22],
    category: 'network',
    functions: [
      ...qualify('urllib', 'urlopen urlretrieve URLopener FancyURLopener'),
      ...qualify('urllib.request', 'urlopen urlretrieve URLopener FancyURLopener Request'),
      ...qualify('urllib2', 'urlopen Request'),
      ...qualify('six.moves.urllib.request', 'urlopen urlretrieve URLopener FancyURLopener Request'),
    ],
    check: (call) => !fixedHttpUrl(call),
    short: 'A urllib call opens a URL whose scheme is not checked (file:// and custom schemes allowed)',
    why: 'urllib follows `file://` and other schemes as readily as `http(s)://`. A URL from outside the program can therefore read local files or reach unexpected handlers.',
    example: 'import urllib.request\n\ndef fetch(url):\n    return urllib.request.urlopen(url).read()',
    fix: 'Check the scheme first (`urllib.parse.urlsplit(url).scheme in {"http", "https"}`), or use an HTTP-only client.',
    fixed: 'import requests\n\ndef fetch(url):\n    return requests.get(url, timeout=10).content',
    notReported: [
      'A URL written as a literal string (or an f-string whose fixed start) beginning with `http://` or `https://`, or a variable every assignment of which in the same function is such a literal.',
    ],
    says: 'opens a URL without restricting its scheme (file:// and custom schemes are allowed)',
  },
  {
    id: 'non-cryptographic-random',
    name: 'NonCryptographicRandom',
    bandit: 'B311',
    ruff: 'S311',
    severity: 'LOW',
    grading: { evidence: 'pattern', family: 'random' },
    cwe: [338],
    category: 'cryptography',
    functions: qualify('random', 'Random random randrange randint choice choices uniform triangular randbytes sample getrandbits'),
    short: 'The random module is not suitable for security purposes',
    why: '`random` is a Mersenne Twister: fast and reproducible, and predictable from a few hundred outputs. Tokens, passwords, salts or keys made with it (`random.choice`, `random.sample`, `random.getrandbits`, `random.randbytes`, ...) can be guessed. `random.sample` and `random.getrandbits` are reported too, as Bandit 1.9 does (Ruff does not list them).',
    example: 'import random\n\ntoken = "".join(random.choice(ALPHABET) for _ in range(32))',
    fix: 'Use the `secrets` module (`secrets.token_hex`, `secrets.choice`) or `random.SystemRandom`. For simulations and tests, `random` is fine and the alert can be dismissed.',
    fixed: 'import secrets\n\ntoken = "".join(secrets.choice(ALPHABET) for _ in range(32))',
    notReported: [
      '`random.SystemRandom` and the `secrets` module.',
      '`random.seed`, `random.shuffle` and the distribution functions (`gauss`, `betavariate`, ...), as in Bandit.',
    ],
    says: 'uses a pseudo-random generator that is predictable; use `secrets` for security purposes',
  },
  {
    id: 'telnet-usage',
    name: 'TelnetUsage',
    bandit: 'B312',
    ruff: 'S312',
    severity: 'HIGH',
    grading: CLEARTEXT_GRADING,
    cwe: [319],
    category: 'network',
    functions: [],
    modules: ['telnetlib'],
    short: 'The telnetlib module sends everything, credentials included, in clear text',
    why: 'Telnet has no encryption: passwords and data can be read and altered by anyone on the path.',
    example: 'import telnetlib\n\nconn = telnetlib.Telnet(host)',
    fix: 'Use SSH (for example `paramiko` or `asyncssh`).',
    fixed: 'import paramiko\n\nconn = paramiko.SSHClient()\nconn.load_system_host_keys()\nconn.connect(host)',
    says: 'uses Telnet, which sends data and credentials unencrypted',
  },
  ...xmlEntries(),
  {
    id: 'ftp-usage',
    name: 'FtpUsage',
    bandit: 'B321',
    ruff: 'S321',
    severity: 'HIGH',
    grading: CLEARTEXT_GRADING,
    cwe: [319],
    category: 'network',
    functions: [],
    modules: ['ftplib'],
    except: ['ftplib.FTP_TLS'],
    short: 'The ftplib module sends credentials and data in clear text',
    why: 'Plain FTP has no encryption: logins and files can be read and altered on the network.',
    example: 'import ftplib\n\nftp = ftplib.FTP(host)\nftp.login(user, password)',
    fix: 'Use SFTP or SCP over SSH; if FTP is required, `ftplib.FTP_TLS` with `prot_p()`.',
    fixed:
      'import paramiko\n\nssh = paramiko.SSHClient()\nssh.load_system_host_keys()\nssh.connect(host, username=user, password=password)\nsftp = ssh.open_sftp()',
    notReported: ['`ftplib.FTP_TLS`, FTP over TLS, the fix this help recommends (Bandit and Ruff report it as plain FTP).'],
    says: 'uses FTP, which sends data and credentials unencrypted',
  },
  {
    id: 'ssl-unverified-context',
    name: 'SslUnverifiedContext',
    bandit: 'B323',
    ruff: 'S323',
    severity: 'MEDIUM',
    grading: {
      evidence: 'configuration',
      family: 'peer-authentication',
      score: SECURITY_SEVERITY.HIGH,
      why: "the context verifies neither certificates nor host names, for every connection made with it: the same setting as requests' `verify=False` (`request-without-cert-validation`, high).",
    },
    cwe: [295],
    category: 'tls',
    functions: ['ssl._create_unverified_context'],
    short: 'An SSL context that checks neither certificates nor host names',
    why: 'A connection made with this context accepts any certificate, so anyone on the path can impersonate the server.',
    example: 'import ssl, urllib.request\n\nctx = ssl._create_unverified_context()\nurllib.request.urlopen(url, context=ctx)',
    fix: 'Use `ssl.create_default_context()`; add a private CA with `cafile=` rather than disabling verification.',
    fixed: 'import ssl, urllib.request\n\nctx = ssl.create_default_context()\nurllib.request.urlopen(url, context=ctx)',
    says: 'creates an SSL context that does not verify certificates or host names',
  },
];

function xmlEntries(): Entry[] {
  // One row per parser module; `defused` is the defusedxml function the fixed example calls.
  const table: { id: string; name: string; bandit: string; ruff?: string; module: string; functions: string[]; defused: string }[] = [
    {
      id: 'xml-etree-celementtree-parse',
      name: 'XmlCElementTreeParse',
      bandit: 'B313',
      ruff: 'S313',
      module: 'xml.etree.cElementTree',
      functions: qualify('xml.etree.cElementTree', XML_PARSE),
      defused: 'defusedxml.ElementTree.parse',
    },
    {
      id: 'xml-etree-elementtree-parse',
      name: 'XmlElementTreeParse',
      bandit: 'B314',
      ruff: 'S314',
      module: 'xml.etree.ElementTree',
      functions: qualify('xml.etree.ElementTree', XML_PARSE),
      defused: 'defusedxml.ElementTree.parse',
    },
    {
      id: 'xml-sax-expatreader-parse',
      name: 'XmlExpatReaderParse',
      bandit: 'B315',
      ruff: 'S315',
      module: 'xml.sax.expatreader',
      functions: ['xml.sax.expatreader.create_parser'],
      defused: 'defusedxml.expatreader.create_parser',
    },
    {
      id: 'xml-dom-expatbuilder-parse',
      name: 'XmlExpatBuilderParse',
      bandit: 'B316',
      ruff: 'S316',
      module: 'xml.dom.expatbuilder',
      functions: qualify('xml.dom.expatbuilder', 'parse parseString'),
      defused: 'defusedxml.expatbuilder.parse',
    },
    {
      id: 'xml-sax-parse',
      name: 'XmlSaxParse',
      bandit: 'B317',
      ruff: 'S317',
      module: 'xml.sax',
      functions: qualify('xml.sax', 'parse parseString make_parser'),
      defused: 'defusedxml.sax.parse',
    },
    {
      id: 'xml-dom-minidom-parse',
      name: 'XmlMinidomParse',
      bandit: 'B318',
      ruff: 'S318',
      module: 'xml.dom.minidom',
      functions: qualify('xml.dom.minidom', 'parse parseString'),
      defused: 'defusedxml.minidom.parse',
    },
    {
      id: 'xml-dom-pulldom-parse',
      name: 'XmlPulldomParse',
      bandit: 'B319',
      ruff: 'S319',
      module: 'xml.dom.pulldom',
      functions: qualify('xml.dom.pulldom', 'parse parseString'),
      defused: 'defusedxml.pulldom.parse',
    },
    {
      id: 'lxml-etree-parse',
      name: 'XmlLxmlParse',
      bandit: 'B320',
      module: 'lxml.etree',
      functions: qualify('lxml.etree', 'parse fromstring RestrictedElement GlobalParserTLS getDefaultParser check_docinfo'),
      defused: 'defusedxml.ElementTree.parse',
    },
  ];
  return table.map(({ id, name, bandit, ruff, module, functions, defused }) => ({
    id,
    name,
    bandit,
    ruff,
    severity: 'MEDIUM' as const,
    grading: { evidence: 'pattern' as const, family: 'xml' },
    // Entity expansion ("billion laughs") and external entities.
    cwe: [776, 611],
    category: 'xml',
    functions,
    short: `The ${module} module parses XML without protection against entity attacks`,
    why: `The standard XML parsers (here \`${module}\`) expand entities, so a small document can grow into gigabytes in memory ("billion laughs"), and some parsers also fetch external entities or DTDs. Parsing XML from outside the program with them is a denial-of-service risk.`,
    example: `import ${module}\n\ndoc = ${module}.${functions[0].split('.').pop()}(uploaded)`,
    fix: 'Parse untrusted XML with `defusedxml` (`defusedxml.ElementTree.parse`, `defusedxml.minidom.parseString`, ...), which refuses the dangerous constructs.',
    fixed: `import ${defused.slice(0, defused.lastIndexOf('.'))}\n\ndoc = ${defused}(uploaded)`,
    notReported: ['Calls through `defusedxml`.', ...(ruff ? [] : ['Ruff 0.17 no longer has this check (lxml is safe by default in recent versions).'])],
    says: `parses XML with \`${module}\`, which is open to entity-expansion attacks; use defusedxml for untrusted data`,
  }));
}

/** The spec every entry's rule has: its metadata and docs from the table row. */
function entrySpec(entry: Entry): SecuritySpec {
  return {
    id: entry.id,
    name: entry.name,
    bandit: entry.bandit,
    ruff: entry.ruff,
    severity: entry.severity,
    confidence: 'HIGH',
    grading: entry.grading,
    category: entry.category,
    cwe: entry.cwe,
    short: entry.short,
    full: `${entry.why} Reported for calls to ${
      entry.modules
        ? `any function of \`${entry.modules.join('`, `')}\``
        : entry.functions
            .slice(0, 4)
            .map((f) => `\`${f}\``)
            .join(', ') + (entry.functions.length > 4 ? ' and related functions' : '')
    }.`,
    title: entry.short.charAt(0).toUpperCase() + entry.short.slice(1),
    why: entry.why,
    example: entry.example,
    fix: entry.fix,
    fixed: entry.fixed,
    notReported: [
      "Calls whose function does not resolve surely to one of the listed names through the file's imports (a name rebound, or imported differently in different places).",
      ...(entry.notReported ?? []),
    ],
    runTime: entry.runTime,
  };
}

function entryRule(entry: Entry): Rule {
  const spec = entrySpec(entry);
  const modules = entry.modules;
  if (!modules)
    return callRule({ ...spec, functions: entry.functions, check: entry.check, value: entry.value, message: (call) => `${callName(call)} ${entry.says}` });
  // Module-wide entries: every call into the module.
  return securityRule({
    ...spec,
    uses: [calls],
    create(context) {
      return {
        end() {
          for (const call of context.analysis<CallModel>(calls).calls) {
            const q = call.assumedName;
            if (q && modules.some((m) => q.startsWith(`${m}.`)) && !entry.except?.some((e) => q === e || q.startsWith(`${e}.`)))
              context.report(call.callee, `${callName(call)} ${entry.says}`);
          }
        },
      };
    },
  });
}

/** B301-B323: one rule per blacklist entry. */
export const BLACKLIST_CALL_RULES: readonly Rule[] = ENTRIES.map(entryRule);
