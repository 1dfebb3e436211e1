/** Bandit B104 / Ruff S104: the string literal "0.0.0.0", the address of every network interface. */
import { securityRule } from './common';
import { literalStrings } from './string-literals';

export const bindAllInterfaces = securityRule({
  id: 'bind-all-interfaces',
  name: 'BindAllInterfaces',
  bandit: 'B104',
  ruff: 'S104',
  severity: 'MEDIUM',
  confidence: 'MEDIUM',
  category: 'network',
  cwe: [605],
  short: 'the address "0.0.0.0": binding to every network interface',
  full: 'A string literal "0.0.0.0", the address that makes a server listen on every interface of the machine, including public ones.',
  title: 'Binding to all network interfaces',
  why: 'A service bound to `0.0.0.0` accepts connections on every interface of the host, public ones included. A development server or an admin endpoint meant for local use becomes reachable from the network.',
  example: 'app.run(host="0.0.0.0", port=8080)',
  fix: 'Bind to `127.0.0.1` (or a specific interface) by default and make a wider address an explicit deployment setting.',
  fixed: 'app.run(host="127.0.0.1", port=8080)',
  notReported: ['Strings built at run time; only a literal exactly equal to `0.0.0.0` is reported, wherever it appears.'],
  create(context) {
    return literalStrings(context, ['0.0.0.0'], (node, value) => {
      if (value === '0.0.0.0') context.report(node, '"0.0.0.0" binds to every network interface; bind to a specific address');
    });
  },
});
