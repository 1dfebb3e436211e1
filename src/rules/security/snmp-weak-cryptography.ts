/** Bandit B509 / Ruff S509: an SNMPv3 user (pysnmp `UsmUserData`) without authentication and privacy keys. */
import { calls } from '../../analysis/calls';
import { positionalArguments } from '../../analysis/arguments';
import { callName, securityRule } from './common';
import { snmpCalls } from './snmp';

export const snmpWeakCryptography = securityRule({
  id: 'snmp-weak-cryptography',
  name: 'SnmpWeakCryptography',
  bandit: 'B509',
  ruff: 'S509',
  severity: 'MEDIUM',
  confidence: 'HIGH',
  grading: { evidence: 'configuration', family: 'cleartext-protocol' },
  category: 'network',
  cwe: [319],
  short: 'SNMPv3 user without authentication and privacy keys',
  full: "pysnmp's UsmUserData is created with fewer than three arguments, so the SNMPv3 user has no privacy (encryption) key and possibly no authentication key (noAuthNoPriv or authNoPriv).",
  title: 'SNMPv3 without encryption',
  why: 'An SNMPv3 user without a privacy key sends everything in clear text, and without an authentication key anyone can speak for it.',
  example: 'from pysnmp.hlapi import UsmUserData\n\nuser = UsmUserData("monitor", "auth-key")',
  fix: 'Give both keys and strong protocols: `UsmUserData(user, auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)`.',
  fixed:
    'from pysnmp.hlapi import UsmUserData, usmAesCfb128Protocol, usmHMACSHAAuthProtocol\n\nuser = UsmUserData("monitor", auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)',
  notReported: ['Calls with three or more arguments (positional or keyword), or with `*args`/`**kwargs`.'],
  uses: [calls],
  create(context) {
    return {
      end() {
        for (const call of snmpCalls(context.analysis(calls), 'UsmUserData')) {
          const args = call.args?.type === 'argument_list' ? call.args.namedChildren.filter((c) => c && c.type !== 'comment') : [];
          if (args.some((a) => a!.type === 'list_splat' || a!.type === 'dictionary_splat')) continue;
          if (args.length >= 3 || positionalArguments(call.node).length >= 3) continue;
          context.report(call.callee, `${callName(call)} without a privacy key sends SNMP traffic unencrypted`);
        }
      },
    };
  },
});
