/** Bandit B507 / Ruff S507: an SSH client (paramiko) that accepts unknown host keys. */
import { calls } from '../../analysis/calls';
import { argumentAt } from '../../analysis/arguments';
import { unparenthesize } from '../../analysis/literals';
import { securityRule } from './common';

const UNSAFE_POLICIES = new Set(['paramiko.AutoAddPolicy', 'paramiko.WarningPolicy', 'paramiko.client.AutoAddPolicy', 'paramiko.client.WarningPolicy']);

export const sshNoHostKeyVerification = securityRule({
  id: 'ssh-no-host-key-verification',
  name: 'SshNoHostKeyVerification',
  bandit: 'B507',
  ruff: 'S507',
  severity: 'HIGH',
  confidence: 'MEDIUM',
  grading: {
    evidence: 'configuration',
    family: 'peer-authentication',
    precision: 'high',
    why: "the policy is resolved through the imports to paramiko's own `AutoAddPolicy` or `WarningPolicy`, so a result is the setting itself (CodeQL `py/paramiko-missing-host-key-validation`: 7.5, precision high).",
  },
  category: 'network',
  cwe: [295],
  short: 'A paramiko client accepts unknown SSH host keys (AutoAddPolicy/WarningPolicy)',
  full: "set_missing_host_key_policy is given paramiko's AutoAddPolicy or WarningPolicy, so the client connects to any server presenting an unknown key, defeating SSH's protection against impersonation.",
  title: 'SSH host keys not verified',
  why: 'SSH authenticates the server by its host key. Accepting unknown keys (`AutoAddPolicy`) or only warning (`WarningPolicy`) lets anyone who can intercept the connection pose as the server and collect the credentials and commands sent to it.',
  example: 'import paramiko\n\nclient = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())',
  fix: 'Load known keys (`client.load_system_host_keys()` or `load_host_keys(path)`) and keep the default `RejectPolicy`.',
  fixed: 'import paramiko\n\nclient = paramiko.SSHClient()\nclient.load_system_host_keys()',
  notReported: ["Policies other than paramiko's `AutoAddPolicy` and `WarningPolicy` (custom policies are not inspected)."],
  uses: [calls],
  create(context) {
    return {
      end() {
        const model = context.analysis(calls);
        for (const call of model.calls) {
          if (call.callee.type !== 'attribute' || call.callee.childForFieldName('attribute')?.text !== 'set_missing_host_key_policy') continue;
          const policy = argumentAt(call.node, 0, 'policy');
          if (!policy) continue;
          const expr = unparenthesize(policy);
          const target = expr.type === 'call' ? expr.childForFieldName('function') : expr;
          const q = target ? model.resolveAssumed(target) : undefined;
          if (q && UNSAFE_POLICIES.has(q)) context.report(policy, `\`${q.split('.').pop()}\` accepts unknown host keys: the server is not authenticated`);
        }
      },
    };
  },
});
