import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests run an engine on 10^5 events or compress a card: a second or two on a quiet machine,
    // many times that on a loaded 2-core CI runner. Speed targets live in `npm run bench`; a unit test
    // fails on what it computes, never on how long that took.
    testTimeout: 120_000,
    // All 125 files share one module graph per worker instead of a fresh one each: 64 s → 14 s here
    // (importing Astro, Mermaid and the chapter index once per worker, not once per file). Safe because
    // no test mocks modules, and the two that change the environment put it back (vi.unstubAllEnvs,
    // TZ restored in `finally`); `npx vitest run --sequence.shuffle` passes too.
    isolate: false,
  },
});
