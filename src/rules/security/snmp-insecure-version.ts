/** Bandit B508 / Ruff S508: an SNMP v1 or v2c community (pysnmp `CommunityData` with `mpModel=0` or `1`). */
import { calls } from '../../analysis/calls';
import { keywordValue } from '../../analysis/arguments';
import { unparenthesize } from '../../analysis/literals';
import { callName, securityRule } from './common';
import { snmpCalls } from './snmp';

export const snmpInsecureVersion = securityRule({
  id: 'snmp-insecure-version',
  name: 'SnmpInsecureVersion',
  bandit: 'B508',
  ruff: 'S508',
  severity: 'MEDIUM',
  confidence: 'HIGH',
  grading: { evidence: 'configuration', family: 'cleartext-protocol' },
  category: 'network',
  cwe: [319],
  short: 'SNMP v1/v2c community (mpModel=0 or 1): clear-text community string',
  full: "pysnmp's CommunityData is created with mpModel=0 or 1 (SNMP v1 or v2c), which authenticate with a clear-text community string and do not encrypt.",
  title: 'SNMP v1 or v2c',
  why: 'SNMP v1 and v2c send the community string, their only credential, in clear text, and protect nothing else. Anyone on the path can read it and then query or reconfigure the device.',
  example: 'from pysnmp.hlapi import CommunityData\n\nauth = CommunityData("public", mpModel=0)',
  fix: 'Use SNMPv3 with authentication and privacy: `UsmUserData(user, auth_key, priv_key, authProtocol=..., privProtocol=...)`.',
  fixed:
    'from pysnmp.hlapi import UsmUserData, usmAesCfb128Protocol, usmHMACSHAAuthProtocol\n\nauth = UsmUserData("monitor", auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)',
  notReported: ['`mpModel=` values that are not the integer literals 0 or 1.'],
  uses: [calls],
  create(context) {
    return {
      end() {
        for (const call of snmpCalls(context.analysis(calls), 'CommunityData')) {
          const model = keywordValue(call.node, 'mpModel');
          const text = model ? unparenthesize(model).text : undefined;
          if (text === '0' || text === '1')
            context.report(
              call.callee,
              `${callName(call)} with \`mpModel=${text}\` uses SNMP v${text === '0' ? '1' : '2c'}, which sends its community string in clear text`,
            );
        }
      },
    };
  },
});
