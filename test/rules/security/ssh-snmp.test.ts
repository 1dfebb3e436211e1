/** SSH host keys and SNMP versions: Bandit B507-B509. */
import { snmpInsecureVersion } from '../../../src/rules/security/snmp-insecure-version';
import { snmpWeakCryptography } from '../../../src/rules/security/snmp-weak-cryptography';
import { sshNoHostKeyVerification } from '../../../src/rules/security/ssh-no-host-key-verification';
import { hits, lines } from './helpers';

describe('SSH and SNMP', () => {
  test('host key policies', async () => {
    const src = lines(
      'import paramiko',
      'from paramiko import client',
      'c.set_missing_host_key_policy(paramiko.AutoAddPolicy())',
      'c.set_missing_host_key_policy(client.WarningPolicy)',
      'c.set_missing_host_key_policy(paramiko.RejectPolicy())',
    );
    expect(await hits([sshNoHostKeyVerification], src)).toEqual(['ssh-no-host-key-verification@3', 'ssh-no-host-key-verification@4']);
  });
  test('SNMP versions and users', async () => {
    const src = lines(
      'from pysnmp.hlapi import CommunityData, UsmUserData',
      'CommunityData("public", mpModel=0)',
      'CommunityData("public", mpModel=1)',
      'CommunityData("public", mpModel=2)',
      'UsmUserData("user")',
      'UsmUserData("user", "authkey")',
      'UsmUserData("user", "authkey", "privkey")',
    );
    expect(await hits([snmpInsecureVersion, snmpWeakCryptography], src)).toEqual([
      'snmp-insecure-version@2',
      'snmp-insecure-version@3',
      'snmp-weak-cryptography@5',
      'snmp-weak-cryptography@6',
    ]);
  });
});
