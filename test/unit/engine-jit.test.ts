import { jitFlagsForBusyCores, MAGLEV_ONLY_BYTES_PER_WORKER, v8HasMaglev } from '../../src/engine/pool';

// Node 24's V8 (the action's runtime) and Node 20's, whose Maglev is off by default.
const NODE24_V8 = '13.6.233.17-node.44';
const NODE20_V8 = '11.3.244.8-node.33';

describe('V8 tiering for workers on every core', () => {
  it('keeps compile jobs on the worker threads whatever the run size', () => {
    for (const bytes of [0, MAGLEV_ONLY_BYTES_PER_WORKER - 1, MAGLEV_ONLY_BYTES_PER_WORKER, 10 * MAGLEV_ONLY_BYTES_PER_WORKER]) {
      expect(jitFlagsForBusyCores(bytes, NODE24_V8)).toContain('--no-concurrent-recompilation');
    }
  });

  it('runs Maglev only below the per-worker limit, with both flags that switch TurboFan off at run time', () => {
    const flags = jitFlagsForBusyCores(MAGLEV_ONLY_BYTES_PER_WORKER - 1, NODE24_V8);
    expect(flags).toEqual(expect.arrayContaining(['--max-opt=2', '--no-turbofan']));
    expect(flags).not.toContain('--turbofan');
  });

  it('gives TurboFan back at and above the limit, so a pool after a short one is not left without it', () => {
    for (const bytes of [MAGLEV_ONLY_BYTES_PER_WORKER, 8 * MAGLEV_ONLY_BYTES_PER_WORKER]) {
      const flags = jitFlagsForBusyCores(bytes, NODE24_V8);
      expect(flags).toEqual(expect.arrayContaining(['--max-opt=999', '--turbofan']));
      expect(flags).not.toContain('--no-turbofan');
    }
  });

  it('leaves the tiers to V8 where it has no Maglev (Node 20): Maglev only would mean no optimising compiler', () => {
    for (const bytes of [0, MAGLEV_ONLY_BYTES_PER_WORKER - 1, MAGLEV_ONLY_BYTES_PER_WORKER]) {
      expect(jitFlagsForBusyCores(bytes, NODE20_V8)).toEqual(['--no-concurrent-recompilation']);
    }
  });

  it('reads the V8 version: Maglev from V8 12 (Node 22) on', () => {
    expect(v8HasMaglev(NODE20_V8)).toBe(false);
    expect(v8HasMaglev('11.8.172.17-node.20')).toBe(false);
    expect(v8HasMaglev('12.4.254.21-node.33')).toBe(true);
    expect(v8HasMaglev(NODE24_V8)).toBe(true);
    expect(v8HasMaglev('')).toBe(false);
  });
});
