import { jitFlagsForBusyCores, MAGLEV_ONLY_BYTES_PER_WORKER } from '../../src/engine/pool';

describe('V8 tiering for workers on every core', () => {
  it('keeps compile jobs on the worker threads whatever the run size', () => {
    for (const bytes of [0, MAGLEV_ONLY_BYTES_PER_WORKER - 1, MAGLEV_ONLY_BYTES_PER_WORKER, 10 * MAGLEV_ONLY_BYTES_PER_WORKER]) {
      expect(jitFlagsForBusyCores(bytes)).toContain('--no-concurrent-recompilation');
    }
  });

  it('runs Maglev only below the per-worker limit, with both flags that switch TurboFan off at run time', () => {
    const flags = jitFlagsForBusyCores(MAGLEV_ONLY_BYTES_PER_WORKER - 1);
    expect(flags).toEqual(expect.arrayContaining(['--max-opt=2', '--no-turbofan']));
    expect(flags).not.toContain('--turbofan');
  });

  it('gives TurboFan back at and above the limit, so a pool after a short one is not left without it', () => {
    for (const bytes of [MAGLEV_ONLY_BYTES_PER_WORKER, 8 * MAGLEV_ONLY_BYTES_PER_WORKER]) {
      const flags = jitFlagsForBusyCores(bytes);
      expect(flags).toEqual(expect.arrayContaining(['--max-opt=999', '--turbofan']));
      expect(flags).not.toContain('--no-turbofan');
    }
  });
});
