// `client:lab` in .astro files (see directive.ts): Astro reads custom directives from the global
// Astro.ClientDirectives (astro/dist/types/public/extendables.d.ts), not App.
declare namespace Astro {
  interface ClientDirectives {
    'client:lab'?: boolean | { rootMargin?: string };
  }
}
