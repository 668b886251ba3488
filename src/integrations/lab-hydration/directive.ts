import type { ClientDirective } from 'astro';

/**
 * `client:lab`: hydrate a lab's island once any part of its frame (`.lab-frame`: the island, the
 * static figure, the experiments) comes near the viewport. Astro's `client:visible` watches only the
 * island's own children; a lab island's root is a zero-height placeholder at the top of the frame,
 * so a deep link to an experiment below it (`#versuch-caching-3`) scrolled past the root and the lab
 * stayed static until the reader scrolled back to its very top.
 *
 * @example
 * <CachingLab client:lab={{ rootMargin: '200px' }} />
 */
const labDirective: ClientDirective = (load, options, el) => {
  const value: unknown = options.value;
  const rootMargin =
    typeof value === 'object' &&
    value !== null &&
    'rootMargin' in value &&
    typeof value.rootMargin === 'string'
      ? value.rootMargin
      : undefined;
  const frame = el.closest('.lab-frame');
  const targets = frame ? [frame] : [...el.children];
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void load().then((hydrate) => hydrate());
    },
    { rootMargin },
  );
  for (const target of targets) observer.observe(target);
};

export default labDirective;
