// Security families: Tendril's rules against Ruff's flake8-bandit (S) codes.
'use strict';
module.exports = {
  description: 'standard library without site-packages',
  skipDir: (name) => name === 'site-packages',
  goal: { precision: 0.95, recall: 0.95 },
  families: [{ name: 'S602', tendril: ['subprocess-shell-true', 'subprocess-shell-true-literal'], ruff: ['S602'] }],
};
