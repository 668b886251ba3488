/**
 * Every string of the search dialog in German, for Pagefind's UI (its translation keys) and for
 * our additions (keyboard hint, highlight parameter). Pagefind's own German set is only picked when
 * it detects the page language, and Starlight's translations override parts of it; this set is
 * passed whole, so nothing falls back to English.
 */
export const PAGEFIND_STRINGS = {
  placeholder: 'Suchen',
  clear_search: 'Eingabe löschen',
  load_more: 'Mehr laden',
  search_label: 'Kursnotizen durchsuchen',
  filters_label: 'Filter',
  zero_results: 'Keine Treffer für [SEARCH_TERM]',
  many_results: '[COUNT] Treffer für [SEARCH_TERM]',
  one_result: '[COUNT] Treffer für [SEARCH_TERM]',
  total_zero_results: 'Keine Treffer',
  total_one_result: '[COUNT] Treffer',
  total_many_results: '[COUNT] Treffer',
  alt_search: 'Keine Treffer für [SEARCH_TERM]. Stattdessen Treffer für [DIFFERENT_TERM]',
  search_suggestion: 'Keine Treffer für [SEARCH_TERM]. Versuchen Sie eine dieser Suchen:',
  searching: 'Suche nach [SEARCH_TERM] …',
  results_label: 'Suchergebnisse',
  keyboard_navigate: 'navigieren',
  keyboard_select: 'auswählen',
  keyboard_clear: 'löschen',
  keyboard_close: 'schließen',
  keyboard_search: 'suchen',
  error_search: 'Die Suche ist fehlgeschlagen',
  filter_selected_one: '[COUNT] ausgewählt',
  filter_selected_many: '[COUNT] ausgewählt',
  input_hint: 'Treffer erscheinen während der Eingabe',
  loading: 'Wird geladen …',
} as const;

/** The hint line under the search field, also its accessible description. */
export const KEYBOARD_HINT = 'Mit ↑ und ↓ durch die Treffer, Eingabetaste öffnet, Esc schließt die Suche.';

/** The URL parameter that carries the searched terms to the page a result opens. */
export const HIGHLIGHT_PARAM = 'suche';
