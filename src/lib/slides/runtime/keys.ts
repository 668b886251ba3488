/**
 * The deck's keyboard: which key does what. Presenter remotes send PageUp/PageDown (some also
 * arrows or B for a black screen), so both work. Keys typed into a lab's form fields, or with
 * Ctrl/Alt/Meta held (browser and search shortcuts), are left alone.
 */

export type DeckAction =
  'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'black' | 'overview' | 'help' | 'escape';

/** What a key can do: a deck action, or open the presenter view (presenter-mode.ts handles it). */
export type KeyAction = DeckAction | 'presenter';

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** One key of the deck: its `KeyboardEvent.key` values, with Shift or not, and its label in the help. */
interface KeyBinding {
  keys: string[];
  shift?: boolean;
  label: string;
}

/**
 * THE deck keyboard: what each key does and how the help dialog names it. `deckAction` reads it to
 * handle a key, the help dialog (Deck.astro, via KEY_HELP) lists it, so the two cannot drift apart.
 */
export const KEY_MAP: Array<{ action: KeyAction; does: string; bindings: KeyBinding[] }> = [
  {
    action: 'next',
    does: 'nächste Folie',
    bindings: [
      { keys: ['ArrowRight'], label: '→' },
      { keys: [' ', 'Spacebar'], shift: false, label: 'Leertaste' },
      { keys: ['PageDown'], label: 'Bild ↓' },
    ],
  },
  {
    action: 'prev',
    does: 'vorige Folie',
    bindings: [
      { keys: ['ArrowLeft'], label: '←' },
      { keys: [' ', 'Spacebar'], shift: true, label: 'Umschalt+Leertaste' },
      { keys: ['PageUp'], label: 'Bild ↑' },
    ],
  },
  { action: 'first', does: 'erste Folie', bindings: [{ keys: ['Home'], label: 'Pos1' }] },
  { action: 'last', does: 'letzte Folie', bindings: [{ keys: ['End'], label: 'Ende' }] },
  { action: 'fullscreen', does: 'Vollbild ein/aus', bindings: [{ keys: ['f', 'F'], label: 'F' }] },
  {
    action: 'black',
    does: 'Bildschirm schwarz / zurück',
    bindings: [
      { keys: ['b', 'B'], label: 'B' },
      { keys: ['.'], label: '.' },
    ],
  },
  { action: 'overview', does: 'Übersicht aller Folien', bindings: [{ keys: ['o', 'O'], label: 'O' }] },
  {
    action: 'presenter',
    does: 'Referentenansicht in einem zweiten Fenster öffnen',
    bindings: [{ keys: ['p', 'P'], label: 'P' }],
  },
  { action: 'help', does: 'diese Hilfe', bindings: [{ keys: ['?'], label: '?' }] },
  {
    action: 'escape',
    does: 'Übersicht, Schwarzbild oder Hilfe schließen',
    bindings: [{ keys: ['Escape'], label: 'Esc' }],
  },
];

/** The keys the help dialog lists, in its order (German labels), made from KEY_MAP. */
export const KEY_HELP: Array<{ keys: string[]; does: string }> = KEY_MAP.map(({ does, bindings }) => ({
  keys: bindings.map(({ label }) => label),
  does,
}));

/**
 * What a key press does, or undefined if the deck should ignore it (read from KEY_MAP).
 *
 * @example
 * keyAction({ key: 'PageDown' }) // 'next'
 * keyAction({ key: 'p' }) // 'presenter'
 * keyAction({ key: 'f', ctrlKey: true }) // undefined
 */
export function keyAction(event: KeyInput): KeyAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  const shift = Boolean(event.shiftKey);
  for (const { action, bindings } of KEY_MAP) {
    const match = bindings.some(
      (binding) =>
        binding.keys.includes(event.key) && (binding.shift === undefined || binding.shift === shift),
    );
    if (match) return action;
  }
  return undefined;
}

/**
 * The deck's own action for a key press (the presenter key is not one), or undefined.
 *
 * @example
 * deckAction({ key: 'PageDown' }) // 'next'
 * deckAction({ key: ' ', shiftKey: true }) // 'prev'
 * deckAction({ key: 'f', ctrlKey: true }) // undefined
 */
export function deckAction(event: KeyInput): DeckAction | undefined {
  const action = keyAction(event);
  return action === 'presenter' ? undefined : action;
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
