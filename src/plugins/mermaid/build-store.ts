import type { AstroIntegration } from 'astro';
import { DiagramStore, STORE_PATH } from './store.ts';

// The Markdown plugin and the integration below may be loaded as separate module instances (Astro's
// config loader and Vite); both reach the one store of this build process through globalThis.
const KEY = Symbol.for('verteilte-softwaresysteme.mermaid-store');

/**
 * The diagram store of this build: which entries exist and which the build used.
 *
 * @example
 * buildStore().read(storeKey(source, 'light')) // the stored SVG, or undefined
 */
export function buildStore(): DiagramStore {
  const holder = globalThis as { [KEY]?: DiagramStore };
  holder[KEY] ??= new DiagramStore();
  return holder[KEY];
}

/**
 * After a build, names the store entries that no diagram used (left by changed or deleted
 * diagrams). `MERMAID_PRUNE=1` deletes them; `npm run diagrams:prune` does that with a full build.
 */
export function mermaidStore(): AstroIntegration {
  return {
    name: 'mermaid-store',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const store = buildStore();
        // A build that rendered no diagram at all (e.g. everything came from Astro's content cache)
        // cannot tell which entries are stale.
        if (store.used.size === 0) return;
        const stale = store.stale();
        if (stale.length === 0) return;
        if (process.env.MERMAID_PRUNE === '1') {
          store.remove(stale);
          logger.info(
            `${stale.length === 1 ? '1 Eintrag' : `${stale.length} Einträge`} ohne Diagramm aus ${STORE_PATH}/ gelöscht.`,
          );
          return;
        }
        const entries = stale.length === 1 ? 'diesen Eintrag' : `diese ${stale.length} Einträge`;
        logger.warn(
          `Kein Diagramm benutzt mehr ${entries} in ${STORE_PATH}/: ${stale.map((key) => `${key}.svg`).join(', ')}. ` +
            'Löschen mit: npm run diagrams:prune',
        );
      },
    },
  };
}
