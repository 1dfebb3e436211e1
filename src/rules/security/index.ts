import type { Rule } from '../types';
import { BLACKLIST_CALL_RULES } from './blacklist-calls';
import { BLACKLIST_IMPORT_RULES } from './blacklist-imports';
import { groupExecutableFilePermissions, worldWritableFilePermissions } from './file-permissions';
import {
  assertUsed,
  bindAllInterfaces,
  execUsed,
  flaskDebugTrue,
  hardcodedTmpDirectory,
  requestWithoutTimeout,
  tarfileUnsafeMembers,
  tryExceptContinue,
  tryExceptPass,
} from './general';
import { hardcodedPasswordDefault, hardcodedPasswordFuncArg, hardcodedPasswordString } from './hardcoded-password';
import { huggingfaceUnsafeDownload, loggingConfigInsecureListen, pytorchLoad, trojanSource } from './misc';
import {
  callWithShellTrue,
  paramikoExecCommand,
  startProcessWithNoShell,
  startProcessWithPartialPath,
  startProcessWithShell,
  startProcessWithShellLiteral,
  subprocessWithoutShell,
  unixCommandWildcardInjection,
} from './process-start';
import { djangoExtra, djangoRawSql, hardcodedSqlExpression } from './sql-injection';
import { snmpInsecureVersion, snmpWeakCryptography, sshNoHostKeyVerification } from './ssh-snmp';
import { subprocessShellTrue, subprocessShellTrueLiteral } from './subprocess-shell-true';
import { djangoMarkSafe, jinja2AutoescapeFalse, makoTemplates, markupsafeMarkupXss } from './templates-xss';
import { requestWithoutCertValidation, sslInsecureVersion, sslInsecureVersionDefault, sslWithNoVersion } from './tls';
import { shortCryptographicKey, weakCryptographicKey } from './weak-cryptographic-key';
import { yamlUnsafeLoad } from './yaml-unsafe-load';

/** Every security rule (Bandit's catalogue), in Bandit id order. Add a rule here when its module is written. */
export const SECURITY_RULES: readonly Rule[] = [
  // B1xx
  assertUsed,
  execUsed,
  worldWritableFilePermissions,
  groupExecutableFilePermissions,
  bindAllInterfaces,
  hardcodedPasswordString,
  hardcodedPasswordFuncArg,
  hardcodedPasswordDefault,
  hardcodedTmpDirectory,
  tryExceptPass,
  tryExceptContinue,
  requestWithoutTimeout,
  // B2xx
  flaskDebugTrue,
  tarfileUnsafeMembers,
  // B3xx, B4xx
  ...BLACKLIST_CALL_RULES,
  ...BLACKLIST_IMPORT_RULES,
  // B5xx
  requestWithoutCertValidation,
  sslInsecureVersion,
  sslInsecureVersionDefault,
  sslWithNoVersion,
  weakCryptographicKey,
  shortCryptographicKey,
  yamlUnsafeLoad,
  sshNoHostKeyVerification,
  snmpInsecureVersion,
  snmpWeakCryptography,
  // B6xx
  paramikoExecCommand,
  subprocessShellTrue,
  subprocessShellTrueLiteral,
  subprocessWithoutShell,
  callWithShellTrue,
  startProcessWithShell,
  startProcessWithShellLiteral,
  startProcessWithNoShell,
  startProcessWithPartialPath,
  hardcodedSqlExpression,
  unixCommandWildcardInjection,
  djangoExtra,
  djangoRawSql,
  loggingConfigInsecureListen,
  trojanSource,
  pytorchLoad,
  huggingfaceUnsafeDownload,
  // B7xx
  jinja2AutoescapeFalse,
  makoTemplates,
  djangoMarkSafe,
  markupsafeMarkupXss,
];
