import type { ComponentChildren } from 'preact';
import { useHydrated } from './hooks.ts';

/**
 * Renders a lab only once it runs in the browser. Before that (and in the server render) an empty,
 * hidden root stands where the lab starts, so LabShell.astro's static figure shows instead.
 *
 * @example
 * <AfterHydration><Lab /></AfterHydration>
 */
export function AfterHydration({ children }: { children: ComponentChildren }) {
  const hydrated = useHydrated();
  if (!hydrated) return <section class="lab-live lab-pending" aria-hidden="true" />;
  return <>{children}</>;
}
