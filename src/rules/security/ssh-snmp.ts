/**
 * Bandit B507-B509 / Ruff S507-S509: remote-management protocols set up without authentication.
 * SSH clients that accept unknown host keys (B507), SNMP v1/v2c communities (B508), and SNMPv3
 * users without authentication and privacy keys (B509).
 */
import { argumentAt, calls, keywordValue, positionalArguments, unparenthesize, type CallModel } from '../../analysis/calls';
import type { FileContext } from '../../engine/context';
import type { Rule } from '../types';
import { callName, securityMeta } from './common';

const UNSAFE_POLICIES = new Set(['paramiko.AutoAddPolicy', 'paramiko.WarningPolicy', 'paramiko.client.AutoAddPolicy', 'paramiko.client.WarningPolicy']);

export const sshNoHostKeyVerification: Rule = (() => {
  const meta = securityMeta({
    id: 'ssh-no-host-key-verification', name: 'SshNoHostKeyVerification', bandit: 'B507', ruff: 'S507', severity: 'HIGH', confidence: 'MEDIUM',
    category: 'network', cwe: [295],
    short: 'paramiko accepts unknown SSH host keys (AutoAddPolicy/WarningPolicy)',
    full: 'set_missing_host_key_policy is given paramiko\'s AutoAddPolicy or WarningPolicy, so the client connects to any server presenting an unknown key, defeating SSH\'s protection against impersonation.',
    title: 'SSH host keys not verified',
    why: 'SSH authenticates the server by its host key. Accepting unknown keys (`AutoAddPolicy`) or only warning (`WarningPolicy`) lets anyone who can intercept the connection pose as the server and collect the credentials and commands sent to it.',
    example: 'import paramiko\n\nclient = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())',
    fix: 'Load known keys (`client.load_system_host_keys()` or `load_host_keys(path)`) and keep the default `RejectPolicy`.',
    notReported: ['Policies other than paramiko\'s `AutoAddPolicy` and `WarningPolicy` (custom policies are not inspected).'],
  });
  return {
    meta,
    uses: [calls],
    create(context: FileContext) {
      return {
        end() {
          const model = context.analysis<CallModel>('calls');
          for (const call of model.calls) {
            if (call.callee.type !== 'attribute' || call.callee.childForFieldName('attribute')?.text !== 'set_missing_host_key_policy') continue;
            const policy = argumentAt(call.node, 0, 'policy');
            if (!policy) continue;
            const expr = unparenthesize(policy);
            const target = expr.type === 'call' ? expr.childForFieldName('function') : expr;
            const q = target ? model.resolveAssumed(target) : undefined;
            if (q && UNSAFE_POLICIES.has(q)) context.report(meta, policy, `\`${q.split('.').pop()}\` accepts unknown host keys: the server is not authenticated`);
          }
        },
      };
    },
  };
})();

function snmpCalls(model: CallModel, name: string) {
  return model.calls.filter((c) => {
    const q = c.assumedName;
    return q !== undefined && q.startsWith('pysnmp.') && q.endsWith(`.${name}`);
  });
}

export const snmpInsecureVersion: Rule = (() => {
  const meta = securityMeta({
    id: 'snmp-insecure-version', name: 'SnmpInsecureVersion', bandit: 'B508', ruff: 'S508', severity: 'MEDIUM', confidence: 'HIGH',
    category: 'network', cwe: [319],
    short: 'SNMP v1/v2c community (mpModel=0 or 1): clear-text community string',
    full: 'pysnmp\'s CommunityData is created with mpModel=0 or 1 (SNMP v1 or v2c), which authenticate with a clear-text community string and do not encrypt.',
    title: 'SNMP v1 or v2c',
    why: 'SNMP v1 and v2c send the community string, their only credential, in clear text, and protect nothing else. Anyone on the path can read it and then query or reconfigure the device.',
    example: 'from pysnmp.hlapi import CommunityData\n\nauth = CommunityData("public", mpModel=0)',
    fix: 'Use SNMPv3 with authentication and privacy: `UsmUserData(user, auth_key, priv_key, authProtocol=..., privProtocol=...)`.',
    notReported: ['`mpModel=` values that are not the integer literals 0 or 1.'],
  });
  return {
    meta,
    uses: [calls],
    create(context: FileContext) {
      return {
        end() {
          for (const call of snmpCalls(context.analysis<CallModel>('calls'), 'CommunityData')) {
            const model = keywordValue(call.node, 'mpModel');
            const text = model ? unparenthesize(model).text : undefined;
            if (text === '0' || text === '1') context.report(meta, call.callee, `${callName(call)} with \`mpModel=${text}\` uses SNMP v${text === '0' ? '1' : '2c'}, which sends its community string in clear text`);
          }
        },
      };
    },
  };
})();

export const snmpWeakCryptography: Rule = (() => {
  const meta = securityMeta({
    id: 'snmp-weak-cryptography', name: 'SnmpWeakCryptography', bandit: 'B509', ruff: 'S509', severity: 'MEDIUM', confidence: 'HIGH',
    category: 'network', cwe: [319],
    short: 'SNMPv3 user without authentication and privacy keys',
    full: 'pysnmp\'s UsmUserData is created with fewer than three arguments, so the SNMPv3 user has no privacy (encryption) key and possibly no authentication key (noAuthNoPriv or authNoPriv).',
    title: 'SNMPv3 without encryption',
    why: 'An SNMPv3 user without a privacy key sends everything in clear text, and without an authentication key anyone can speak for it.',
    example: 'from pysnmp.hlapi import UsmUserData\n\nuser = UsmUserData("monitor", "auth-key")',
    fix: 'Give both keys and strong protocols: `UsmUserData(user, auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)`.',
    notReported: ['Calls with three or more arguments (positional or keyword), or with `*args`/`**kwargs`.'],
  });
  return {
    meta,
    uses: [calls],
    create(context: FileContext) {
      return {
        end() {
          for (const call of snmpCalls(context.analysis<CallModel>('calls'), 'UsmUserData')) {
            const args = call.args?.type === 'argument_list' ? call.args.namedChildren.filter((c) => c && c.type !== 'comment') : [];
            if (args.some((a) => a!.type === 'list_splat' || a!.type === 'dictionary_splat')) continue;
            if (args.length >= 3 || positionalArguments(call.node).length >= 3) continue;
            context.report(meta, call.callee, `${callName(call)} without a privacy key sends SNMP traffic unencrypted`);
          }
        },
      };
    },
  };
})();
