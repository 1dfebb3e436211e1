import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';

/**
 * The GitHub Actions runner protocol, the few parts Tendril needs: inputs from INPUT_* variables,
 * outputs and the job summary appended to the files the runner names, workflow commands on stdout.
 */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (file) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    fs.appendFileSync(file, `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`);
  } else {
    process.stdout.write(`${os.EOL}::set-output name=${escapeProperty(name)}::${escapeData(value)}${os.EOL}`);
  }
}

export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) fs.appendFileSync(file, markdown.endsWith('\n') ? markdown : markdown + '\n');
}

export function error(message: string, title?: string): void {
  const props = title ? ` title=${escapeProperty(title)}` : '';
  process.stdout.write(`::error${props}::${escapeData(message)}${os.EOL}`);
}

export function warning(message: string, title?: string): void {
  const props = title ? ` title=${escapeProperty(title)}` : '';
  process.stdout.write(`::warning${props}::${escapeData(message)}${os.EOL}`);
}

export function info(message: string): void {
  process.stdout.write(message + os.EOL);
}
