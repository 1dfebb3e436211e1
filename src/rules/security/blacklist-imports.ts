/**
 * Bandit's import blacklist (B401-B415) / Ruff's S401-S415: importing a module whose use is a
 * risk in itself, reported at the import so a reviewer looks at how it is used. Table-driven,
 * one rule per entry. Bandit's B414 (pycryptodome) was withdrawn from Bandit and has no rule.
 *
 * Matching: `import a.b`, `import a.b as x`, `from a import b` and `from a.b import c` are
 * checked with the full dotted name (module, and module plus imported name), which must equal an
 * entry (as in Ruff: `from xml.sax import saxutils` is `xml.sax.saxutils`, not `xml.sax`). The
 * `xmlrpc` entry also matches its submodules (`xmlrpc.client`, `xmlrpc.server`): the package
 * itself holds nothing to use. Relative imports are never matched.
 */
import type { SyntaxNode as Node } from '../../engine/tree';
import type { Rule } from '../../engine/api';
import { defineRule } from '../define';
import { SECURITY_SEVERITY, type BanditLevel } from '../severity';
import { securityDocs, securityMeta, type SecuritySpec, type SpecGrading } from './common';

interface ImportEntry {
  bandit: string;
  ruff: string;
  id: string;
  name: string;
  severity: BanditLevel;
  modules: string[];
  cwe: number[];
  category: string;
  what: string;
  why: string;
  fix: string;
  /** The example (`import <first module>`) fixed: code that imports none of the modules. */
  fixed: string;
  /** Also match submodules (`xmlrpc.client` for `xmlrpc`); otherwise names match exactly, as in Ruff. */
  submodules?: boolean;
}

const XML_WHY =
  'The standard XML parsers expand entities and may fetch external resources, which lets a hostile document exhaust memory or reach the network. The import itself is harmless; it marks code to check for parsing of untrusted XML.';
const XML_FIX = 'Parse untrusted XML with `defusedxml`, which offers the same interfaces with the dangerous features refused.';

const ENTRIES: ImportEntry[] = [
  {
    bandit: 'B401',
    ruff: 'S401',
    id: 'telnetlib-import',
    name: 'TelnetlibImport',
    severity: 'HIGH',
    modules: ['telnetlib'],
    cwe: [319],
    category: 'network',
    what: 'telnetlib',
    why: 'Telnet sends credentials and data unencrypted.',
    fix: 'Use SSH (`paramiko`, `asyncssh`).',
    fixed: 'import paramiko',
  },
  {
    bandit: 'B402',
    ruff: 'S402',
    id: 'ftplib-import',
    name: 'FtplibImport',
    severity: 'HIGH',
    modules: ['ftplib'],
    cwe: [319],
    category: 'network',
    what: 'ftplib',
    why: 'Plain FTP sends credentials and files unencrypted.',
    fix: 'Use SFTP/SCP, or `ftplib.FTP_TLS` with a protected data channel.',
    fixed: 'import paramiko',
  },
  {
    bandit: 'B403',
    ruff: 'S403',
    id: 'pickle-import',
    name: 'PickleImport',
    severity: 'LOW',
    modules: ['pickle', 'cPickle', 'dill', 'shelve'],
    cwe: [502],
    category: 'deserialization',
    what: 'pickle, cPickle, dill or shelve',
    why: 'Loading a pickle can run arbitrary code; the module is a risk wherever its input could come from outside the program.',
    fix: 'Prefer `json` or another data-only format for anything that crosses a trust boundary.',
    fixed: 'import json',
  },
  {
    bandit: 'B404',
    ruff: 'S404',
    id: 'subprocess-import',
    name: 'SubprocessImport',
    severity: 'LOW',
    modules: ['subprocess'],
    cwe: [78],
    category: 'injection',
    what: 'subprocess',
    why: 'Starting processes is where command injection happens; the import marks code whose commands should be reviewed.',
    fix: 'Pass commands as argument lists, never with `shell=True` on built strings; dismiss the alert once reviewed.',
    fixed: 'import shutil',
  },
  {
    bandit: 'B405',
    ruff: 'S405',
    id: 'xml-etree-import',
    name: 'XmlEtreeImport',
    severity: 'LOW',
    modules: ['xml.etree.cElementTree', 'xml.etree.ElementTree'],
    cwe: [776, 611],
    category: 'xml',
    what: 'xml.etree',
    why: XML_WHY,
    fix: XML_FIX,
    fixed: 'import defusedxml.ElementTree',
  },
  {
    bandit: 'B406',
    ruff: 'S406',
    id: 'xml-sax-import',
    name: 'XmlSaxImport',
    severity: 'LOW',
    modules: ['xml.sax'],
    cwe: [776, 611],
    category: 'xml',
    what: 'xml.sax',
    why: XML_WHY,
    fix: XML_FIX,
    fixed: 'import defusedxml.sax',
  },
  {
    bandit: 'B407',
    ruff: 'S407',
    id: 'xml-expat-import',
    name: 'XmlExpatImport',
    severity: 'LOW',
    modules: ['xml.dom.expatbuilder'],
    cwe: [776, 611],
    category: 'xml',
    what: 'xml.dom.expatbuilder',
    why: XML_WHY,
    fix: XML_FIX,
    fixed: 'import defusedxml.expatbuilder',
  },
  {
    bandit: 'B408',
    ruff: 'S408',
    id: 'xml-minidom-import',
    name: 'XmlMinidomImport',
    severity: 'LOW',
    modules: ['xml.dom.minidom'],
    cwe: [776, 611],
    category: 'xml',
    what: 'xml.dom.minidom',
    why: XML_WHY,
    fix: XML_FIX,
    fixed: 'import defusedxml.minidom',
  },
  {
    bandit: 'B409',
    ruff: 'S409',
    id: 'xml-pulldom-import',
    name: 'XmlPulldomImport',
    severity: 'LOW',
    modules: ['xml.dom.pulldom'],
    cwe: [776, 611],
    category: 'xml',
    what: 'xml.dom.pulldom',
    why: XML_WHY,
    fix: XML_FIX,
    fixed: 'import defusedxml.pulldom',
  },
  {
    bandit: 'B410',
    ruff: 'S410',
    id: 'lxml-import',
    name: 'LxmlImport',
    severity: 'LOW',
    modules: ['lxml'],
    cwe: [776, 611],
    category: 'xml',
    what: 'lxml',
    why: XML_WHY,
    fix: XML_FIX,
    fixed: 'import defusedxml.ElementTree',
  },
  {
    bandit: 'B411',
    ruff: 'S411',
    id: 'xmlrpc-import',
    name: 'XmlrpcImport',
    severity: 'HIGH',
    modules: ['xmlrpc', 'xmlrpclib'],
    submodules: true,
    cwe: [776],
    category: 'xml',
    what: 'xmlrpc',
    why: 'XML-RPC parses XML from the network with the standard parsers, open to entity-expansion attacks.',
    fix: 'Call `defusedxml.xmlrpc.monkey_patch()` before use, or use another RPC format.',
    fixed: 'import grpc',
  },
  {
    bandit: 'B412',
    ruff: 'S412',
    id: 'httpoxy-import',
    name: 'HttpoxyImport',
    severity: 'HIGH',
    modules: ['wsgiref.handlers.CGIHandler', 'twisted.web.twcgi.CGIScript', 'twisted.web.twcgi.CGIDirectory'],
    cwe: [284],
    category: 'network',
    what: 'a CGI handler (wsgiref CGIHandler, twisted CGIScript)',
    why: "CGI handlers put the request's `Proxy:` header into the `HTTP_PROXY` environment variable, so a client can redirect the server's outgoing HTTP requests (httpoxy).",
    fix: 'Do not run under CGI; if you must, strip the `Proxy` header before the handler sees it.',
    fixed: 'import waitress',
  },
  {
    bandit: 'B413',
    ruff: 'S413',
    id: 'pycrypto-import',
    name: 'PycryptoImport',
    severity: 'HIGH',
    modules: ['Crypto.Cipher', 'Crypto.Hash', 'Crypto.IO', 'Crypto.Protocol', 'Crypto.PublicKey', 'Crypto.Random', 'Crypto.Signature', 'Crypto.Util'],
    cwe: [1104],
    category: 'cryptography',
    what: 'pyCrypto',
    why: 'pyCrypto is unmaintained and has known vulnerabilities.',
    fix: 'Use `cryptography`, or `pycryptodome` (which installs as `Cryptodome` or as a drop-in `Crypto`).',
    fixed: 'from cryptography.hazmat.primitives.ciphers.aead import AESGCM',
  },
  {
    bandit: 'B415',
    ruff: 'S415',
    id: 'pyghmi-import',
    name: 'PyghmiImport',
    severity: 'HIGH',
    modules: ['pyghmi'],
    cwe: [319],
    category: 'network',
    what: 'pyghmi (IPMI)',
    why: 'IPMI is a weak protocol: its authentication can be attacked offline and it is often unencrypted.',
    fix: 'Manage hardware over an encrypted protocol (Redfish over HTTPS, SSH) and keep IPMI on an isolated network.',
    fixed: 'import redfish',
  },
];

function matches(name: string, entry: ImportEntry): boolean {
  return entry.modules.some((m) => name === m || (entry.submodules === true && name.startsWith(`${m}.`)));
}

/** `(dotted name, node to report)` pairs for the names an import statement brings in. */
function importedNames(node: Node): [string, Node][] {
  const out: [string, Node][] = [];
  const nameOf = (n: Node): Node | null => (n.type === 'aliased_import' ? n.childForFieldName('name') : n);
  if (node.type === 'import_statement') {
    for (const child of node.childrenForFieldName('name')) {
      const name = child && nameOf(child);
      if (name && name.type === 'dotted_name') out.push([name.text.replace(/\s+/g, ''), child!]);
    }
  } else {
    const module = node.childForFieldName('module_name');
    if (!module || module.type !== 'dotted_name') return out; // relative import
    const base = module.text.replace(/\s+/g, '');
    out.push([base, module]);
    for (const child of node.childrenForFieldName('name')) {
      const name = child && nameOf(child);
      if (name && name.type === 'dotted_name') out.push([`${base}.${name.text.replace(/\s+/g, '')}`, child!]);
    }
  }
  return out;
}

/**
 * An import is graded as one (src/rules/severity.ts, evidence `import`): low, whatever Bandit's
 * grade of the module, since the import is not the use.
 */
function importGrading(entry: ImportEntry): SpecGrading {
  if (SECURITY_SEVERITY[entry.severity] <= SECURITY_SEVERITY.LOW) return { evidence: 'import', family: 'import' };
  return {
    evidence: 'import',
    family: 'import',
    score: SECURITY_SEVERITY.LOW,
    why: 'an import is not a use: the code may never call the dangerous part, the call rules report the uses where Bandit has them, and the import rules mark code for review (off by default).',
  };
}

function importRule(entry: ImportEntry): Rule {
  const spec: SecuritySpec = {
    id: entry.id,
    name: entry.name,
    bandit: entry.bandit,
    ruff: entry.ruff,
    severity: entry.severity,
    confidence: 'HIGH',
    grading: importGrading(entry),
    category: entry.category,
    cwe: entry.cwe,
    short: `Import of ${entry.what}`,
    full: `The module imports ${entry.what}. ${entry.why}`,
    title: `Import of ${entry.what}`,
    why: `${entry.why} Bandit reports the import so that the code using it gets a review.`,
    example: `import ${entry.modules[0]}`,
    fix: entry.fix,
    fixed: entry.fixed,
    notReported: [
      'Relative imports (`from . import x`): the package is not known.',
      `Modules other than ${entry.modules.map((m) => `\`${m}\``).join(', ')}${entry.submodules ? ' and their submodules' : ' (submodules such as `' + entry.modules[0] + '.x` are other modules)'}.`,
    ],
    note: 'Off by default: an import is a reason to review the code that uses it, not a problem by itself, and the call rules report the dangerous uses. Turn it on with `select` (its id, its alias, or `security`).',
  };
  return defineRule({
    // An import marks code for review; the call rules report the dangerous uses. Opt-in, as in Ruff.
    meta: { ...securityMeta(spec), enabledByDefault: false },
    docs: securityDocs(spec),
    create(context) {
      const check = (node: Node): void => {
        const found = importedNames(node).filter(([name]) => matches(name, entry));
        // One finding per statement for `from m import a, b`: report the module once.
        const seen = new Set<number>();
        for (const [name, at] of found) {
          if (seen.has(at.startIndex)) continue;
          seen.add(at.startIndex);
          context.report(at, `\`${name}\` is imported: ${entry.why}`);
          if (node.type === 'import_from_statement') break;
        }
      };
      return { import_statement: check, import_from_statement: check };
    },
  });
}

/** B401-B415: one rule per blacklisted import. */
export const BLACKLIST_IMPORT_RULES: readonly Rule[] = ENTRIES.map(importRule);
