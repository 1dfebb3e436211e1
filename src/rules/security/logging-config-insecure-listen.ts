/** Bandit B612 / Ruff S612: `logging.config.listen` without a `verify` function. */
import { keywordArgument } from '../../analysis/arguments';
import { callName, callRule } from './common';

export const loggingConfigInsecureListen = callRule({
  id: 'logging-config-insecure-listen',
  name: 'LoggingConfigInsecureListen',
  bandit: 'B612',
  ruff: 'S612',
  severity: 'MEDIUM',
  confidence: 'HIGH',
  grading: { evidence: 'pattern', family: 'logging-config-listen' },
  category: 'injection',
  cwe: [94],
  functions: ['logging.config.listen'],
  check: (call) => !keywordArgument(call.node, 'verify'),
  message: (call) => `${callName(call)} without \`verify=\` accepts logging configurations from anyone who can connect, and configurations can run code`,
  short: 'Call to logging.config.listen without a verify function',
  full: 'logging.config.listen opens a socket that accepts logging configurations; configurations can name classes to instantiate, so without verify= anyone who can connect can run code.',
  title: '`logging.config.listen` without verification',
  why: 'The listener applies any configuration it receives with `dictConfig`/`fileConfig`, which import and call the classes it names. Without a `verify` callable, whoever reaches the port runs code in the process.',
  example: 'import logging.config\n\nthread = logging.config.listen(9999)',
  fix: 'Pass `verify=` a function that checks a signature (or rejects everything unexpected), and bind to a trusted interface only.',
  fixed: 'import logging.config\n\nthread = logging.config.listen(9999, verify=check_signature)',
  notReported: ['Calls that pass `verify=` as a keyword. A `verify` passed positionally is still reported, as Bandit and Ruff do: write it as a keyword.'],
});
