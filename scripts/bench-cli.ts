/** Times one of the JSON-lines CLIs (`scripts/<script>.ts`) on `lines` as it is used: a process, stdin, stdout. */
import { spawn } from 'node:child_process';

export async function timeJsonlCli(script: string, args: string[], lines: string, count: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) out++;
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${script} CLI exited with ${code}`))));
  });
  child.stdin.end(lines);
  await done;
  if (out !== count) throw new Error(`${script} CLI wrote ${out} lines for ${count}`);
  return (performance.now() - started) / 1000;
}
