import type { Rule } from '../types';
import { subprocessShellTrue, subprocessShellTrueLiteral } from './subprocess-shell-true';

/** Every security rule (Bandit's catalogue). Add a rule here when its module is written. */
export const SECURITY_RULES: readonly Rule[] = [subprocessShellTrue, subprocessShellTrueLiteral];
