/** Bandit B102 / Ruff S102: a call to the builtin `exec`. */
import { callName, callRule } from './common';

export const execUsed = callRule({
  id: 'exec-used',
  name: 'ExecUsed',
  bandit: 'B102',
  ruff: 'S102',
  severity: 'MEDIUM',
  confidence: 'HIGH',
  category: 'injection',
  cwe: [78],
  functions: ['builtins.exec'],
  short: 'exec() runs a string as Python code',
  full: 'The builtin exec runs arbitrary Python statements. If any part of its input comes from outside the program, so does the code it runs.',
  title: 'Use of `exec`',
  why: "`exec` compiles and runs any Python statements it is given, with the program's privileges. Data from a request, a file or a database that reaches it becomes code.",
  example: 'def apply(rule_text):\n    exec(rule_text)',
  fix: 'Replace dynamic code with data: a dictionary of functions, `getattr` on a known object with a checked name, `ast.literal_eval` for literals, or a small parser for the rule language.',
  fixed: 'RULES = {"strip": str.strip, "lower": str.lower}\n\ndef apply(rule_name, text):\n    return RULES[rule_name](text)',
  notReported: ['Functions or methods named `exec` that are not the builtin (a local `def exec`, `cursor.exec(...)`).'],
  message: (call) => `${callName(call)} runs a string as Python code`,
});
