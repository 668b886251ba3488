// `client:lab` in .astro files (see directive.ts).
declare namespace App {
  interface ClientDirectives {
    'client:lab'?: boolean | { rootMargin?: string };
  }
}
