/**
 * Bandit B102 / Ruff S102: a call to the builtin `exec`. Code given as a literal string (`exec("x = 1")`)
 * is fixed code, not code from outside the program, and is not reported.
 */
import { argumentAt } from '../../analysis/arguments';
import { isPlainStringLiteral } from '../../analysis/literals';
import { callName, callRule } from './common';

export const execUsed = callRule({
  id: 'exec-used',
  name: 'ExecUsed',
  bandit: 'B102',
  ruff: 'S102',
  severity: 'MEDIUM',
  confidence: 'HIGH',
  grading: { evidence: 'pattern', family: 'code-execution' },
  category: 'injection',
  cwe: [94, 95],
  functions: ['builtins.exec'],
  check: (call) => {
    const source = argumentAt(call.node, 0);
    return !(source && isPlainStringLiteral(source, { allowBytes: true }));
  },
  runTime: { sinkClass: 'code', role: 'built' },
  value: (call) => argumentAt(call.node, 0),
  short: 'Call to exec() runs a string as Python code',
  full: 'The builtin exec runs arbitrary Python statements. If any part of its input comes from outside the program, so does the code it runs.',
  title: 'Use of `exec`',
  why: "`exec` compiles and runs any Python statements it is given, with the program's privileges. Data from a request, a file or a database that reaches it becomes code (code injection, CWE-94/CWE-95).",
  example: 'def apply(rule_text):\n    exec(rule_text)',
  fix: 'Replace dynamic code with data: a dictionary of functions, `getattr` on a known object with a checked name, `ast.literal_eval` for literals, or a small parser for the rule language.',
  fixed: 'RULES = {"strip": str.strip, "lower": str.lower}\n\ndef apply(rule_name, text):\n    return RULES[rule_name](text)',
  notReported: [
    'Functions or methods named `exec` that are not the builtin (a local `def exec`, `cursor.exec(...)`).',
    'Code written as a literal string (or bytes) without interpolation, `exec("import readline")`: it is fixed code, nothing outside the program reaches it (Bandit and Ruff report it). So is code the data-flow analysis proves constant wherever the call runs (`code = "x = 1"`, a constant branch), or made of literals and numbers (docs/severity.md).',
  ],
  message: (call) => `${callName(call)} runs a string as Python code`,
});
