import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Registers `client:lab` (directive.ts), the hydration trigger of every lab island.
 *
 * @example
 * // astro.config.mjs
 * integrations: [labHydration(), …]
 */
export function labHydration(): AstroIntegration {
  return {
    name: 'lab-hydration',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        // A path, not a URL: Astro hands the entrypoint to esbuild as an import specifier.
        addClientDirective({
          name: 'lab',
          entrypoint: fileURLToPath(new URL('./directive.ts', import.meta.url)),
        });
      },
    },
  };
}
