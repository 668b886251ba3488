/**
 * A lab on a lecture slide (src/lib/slides/): the same island as on the page, laid out for a
 * projector by lab-slide.css — the playback bar and the lab's picture (`[data-lab-stage]`) fill the
 * 16:9 slide, the other settings wait behind „Einstellungen“. The lab code stays one: a lab marks
 * its picture, LabShell marks the mode on its root (`data-lab-slide="stage" | "settings"`).
 */
import { createContext } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * Whether the lab stands on a slide, for a lab whose picture needs another size there (drawn
 * charts cannot take it from CSS without shrinking their text). LabShell provides it.
 *
 * @example
 * const onSlide = useContext(OnSlide); // <LineChart height={onSlide ? 130 : undefined} … />
 */
export const OnSlide = createContext(false);

/** The slide kind the deck gives a lab's section (Slide.astro's `data-slide`). */
const LAB_SLIDE = '[data-slide="lab"]';

/**
 * Whether the lab behind `ref` stands on a lecture slide; false on the chapter page and in the
 * embed view. Known before the first paint, so the page layout never flashes on a slide.
 *
 * @example
 * const onSlide = useOnSlide(rootRef); // in LabShell
 */
export function useOnSlide(ref: { current: Element | null }): boolean {
  const [onSlide, setOnSlide] = useState(false);
  useLayoutEffect(() => {
    setOnSlide(ref.current?.closest(LAB_SLIDE) != null);
  }, [ref]);
  return onSlide;
}
