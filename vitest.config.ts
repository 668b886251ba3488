import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests run an engine on 10^5 events or compress a card: a second or two on a quiet machine,
    // many times that on a loaded 2-core CI runner. Speed targets live in `npm run bench`; a unit test
    // fails on what it computes, never on how long that took.
    testTimeout: 120_000,
  },
});
