import type { ComponentChildren } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { useTurn } from './hooks.ts';

/**
 * Renders its children in a task of their own, once their turn has come (useTurn): a lab's
 * pictures and charts after its controls, one after another, so no single task blocks the page for
 * long. Until then `placeholder` (nothing by default).
 *
 * @example
 * <Later><LineChart … /></Later>
 */
export function Later({
  children,
  placeholder = null,
}: {
  children: ComponentChildren;
  placeholder?: ComponentChildren;
}) {
  const ready = useTurn();
  useLayoutEffect(() => {
    // Style and layout of what just appeared, in this task: left to the next frame, the work of
    // all turns since the last frame would land in one long task.
    if (ready) void document.body.offsetHeight;
  }, [ready]);
  return <>{ready ? children : placeholder}</>;
}
