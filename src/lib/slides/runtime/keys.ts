/**
 * The deck's keyboard: which key does what. Presenter remotes send PageUp/PageDown (some also
 * arrows or B for a black screen), so both work. Keys typed into a lab's form fields, or with
 * Ctrl/Alt/Meta held (browser and search shortcuts), are left alone.
 */

export type DeckAction =
  'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'black' | 'overview' | 'help' | 'escape';

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** The keys the help dialog lists, in its order (German labels). */
export const KEY_HELP: Array<{ keys: string[]; does: string }> = [
  { keys: ['→', 'Leertaste', 'Bild ↓'], does: 'nächste Folie' },
  { keys: ['←', 'Umschalt+Leertaste', 'Bild ↑'], does: 'vorige Folie' },
  { keys: ['Pos1', 'Ende'], does: 'erste / letzte Folie' },
  { keys: ['F'], does: 'Vollbild ein/aus' },
  { keys: ['B'], does: 'Bildschirm schwarz / zurück' },
  { keys: ['O'], does: 'Übersicht aller Folien' },
  { keys: ['?'], does: 'diese Hilfe' },
  { keys: ['Esc'], does: 'Übersicht, Schwarzbild oder Hilfe schließen' },
];

/**
 * The action for a key press, or undefined if the deck should ignore it.
 *
 * @example
 * deckAction({ key: 'PageDown' }) // 'next'
 * deckAction({ key: ' ', shiftKey: true }) // 'prev'
 * deckAction({ key: 'f', ctrlKey: true }) // undefined
 */
export function deckAction(event: KeyInput): DeckAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case ' ':
    case 'Spacebar':
      return event.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'b':
    case 'B':
    case '.':
      return 'black';
    case 'o':
    case 'O':
      return 'overview';
    case '?':
      return 'help';
    case 'Escape':
      return 'escape';
    default:
      return undefined;
  }
}

/** Elements whose keys belong to themselves (form fields, editable text, the lab's controls). */
const OWN_KEYS =
  'input, select, textarea, [contenteditable=""], [contenteditable="true"], [role="slider"], [role="tablist"], [role="listbox"], [role="menu"]';

/**
 * True if a key press on `target` should not move the deck (typing in a lab's field, a slider).
 * Buttons and links keep Space/Enter only; arrows and PageUp/Down still turn the slide.
 *
 * @example
 * keyBelongsToTarget(inputElement, ' ') // true
 */
export function keyBelongsToTarget(target: Element | null, key: string): boolean {
  if (!target) return false;
  if (target.closest(OWN_KEYS)) return true;
  if ((key === ' ' || key === 'Enter') && target.closest('button, a[href], summary, [role="button"]'))
    return true;
  return false;
}
