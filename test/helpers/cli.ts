import { vi } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { UserError } from '../../src/cli/errors.js';

/** Runs one CLI command in this process and returns what it printed; a UserError comes back as `error`. */
export async function runCli(args: string[]): Promise<{ stdout: string; error: string | null }> {
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  try {
    await buildProgram().exitOverride().parseAsync(['node', 'tidings', ...args]);
    return { stdout, error: null };
  } catch (err) {
    if (err instanceof UserError) return { stdout, error: err.message };
    throw err;
  } finally {
    spy.mockRestore();
  }
}
