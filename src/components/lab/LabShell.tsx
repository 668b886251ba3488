/**
 * The live side of every lab's frame (LabShell.astro is the static side): late hydration, the
 * section that marks the frame as hydrated, the notes about the address and about impossible
 * settings, and the source panel that shows the file that runs. A lab brings only its controls and
 * pictures; the message-queue and partitioning labs plug in the same way.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AfterHydration } from './AfterHydration.tsx';
import { useMarkHydrated } from './hooks.ts';
import { ParamField } from './ParamField.tsx';
import { announceLabState, onLabApply } from './labEvents.ts';
import { presetQuery, type Preset } from './presets.ts';
import { loadSourceBlocks, showSourceBlocks } from './sourcePanel.ts';
import { readChange, replaceQuery, urlStateQuery, writeUrlState, type ParamSpecs } from './urlState.ts';
import { useStageMark } from './stage.ts';
import { OnSlide, useOnSlide } from './slideMode.ts';
import { SlideExperiments } from './SlideExperiments.tsx';

/**
 * A lab island that renders only after hydration (LabShell.astro's static figure shows until then).
 *
 * @example
 * export default hydrateLate(Lab); // in CachingLab.tsx, the island Astro hydrates
 */
export function hydrateLate<P extends object>(Lab: ComponentType<P>): (props: P) => preact.JSX.Element {
  return function LateLab(props: P) {
    return (
      <AfterHydration>
        <Lab {...props} />
      </AfterHydration>
    );
  };
}

/**
 * A lab's state, read from the URL (bad values give German notes and defaults) and written back on
 * every change. A change in the form goes through the same reader as the URL: an impossible
 * combination (a failed server that no longer exists, say) gets the same German note and the same
 * sensible default, so the lab never ends up in a state the engine refuses.
 *
 * @example
 * const lab = useUrlState(readCacheState, PREFIX, SPECS, DEFAULTS);
 * lab.update({ policy: 'lru' });
 */
export function useUrlState<T extends object>(
  read: (search: string) => { state: T; errors: string[] },
  prefix: string,
  specs: ParamSpecs<T>,
  defaults: T,
  options: { presets?: readonly Preset<T>[] } = {},
) {
  const initial = useMemo(() => read(window.location.search), []);
  const ownQuery = (settings: T) =>
    options.presets
      ? presetQuery('', prefix, specs, defaults, options.presets, settings)
      : urlStateQuery('', prefix, specs, settings, defaults);
  const [state, setState] = useState<T>(initial.state);
  const [urlErrors, setUrlErrors] = useState(initial.errors);
  useEffect(() => {
    // With presets, a preset's settings are written as its id (`lb-preset=nat`), a short link.
    if (options.presets) {
      replaceQuery(presetQuery(window.location.search, prefix, specs, defaults, options.presets, state));
    } else writeUrlState(prefix, specs, state, defaults);
    // The lab's own keys for whoever follows it (the lecture mode's second window, labEvents.ts).
    announceLabState({ prefix, query: ownQuery(state) });
  }, [state]);
  // Settings applied from outside (the other window of a lecture) go through the same reader; the
  // settings the lab already runs are left alone, so an echo does not restart the run.
  const current = useRef(state);
  current.current = state;
  useEffect(
    () =>
      onLabApply(prefix, (query) => {
        const applied = read(query);
        if (ownQuery(applied.state) === ownQuery(current.current)) return;
        setUrlErrors(applied.errors);
        setState(applied.state);
      }),
    [],
  );
  const update = (patch: Partial<T>) => {
    const checked = readChange(read, prefix, specs, defaults, state, patch);
    setUrlErrors(checked.errors);
    setState(checked.state);
  };
  /** The same settings as a new object: a lab that keys its run on the state starts over. */
  const restart = () => setState((old) => ({ ...old }));
  return { state, update, restart, urlErrors };
}

/**
 * German notes in the lab's warning box, e.g. settings the engine cannot run; nothing when empty.
 *
 * @example
 * <LabErrors messages={built.errors} />
 */
export function LabErrors({
  messages,
  title,
  testId,
}: {
  messages: readonly string[];
  title?: string;
  testId?: string;
}) {
  if (messages.length === 0) return null;
  if (title === undefined) {
    return (
      <div class="lab-errors" data-testid={testId}>
        {messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
    );
  }
  return (
    <div class="lab-errors" data-testid={testId}>
      <strong>{title}</strong>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A factory for a lab's text fields: each is a ParamField bound to its URL rule, so the form and
 * the address check a value the same way. `patch` turns a value into the state change (default:
 * just that field).
 *
 * @example
 * const field = paramFields('c-field-', SPECS, state, update);
 * field('size', 'Cache-Größe (Einträge)');
 */
export function paramFields<T extends object>(
  idPrefix: string,
  specs: ParamSpecs<T>,
  state: T,
  onChange: (patch: Partial<T>) => void,
) {
  return <K extends keyof T & string>(
    key: K,
    label: string,
    options: {
      size?: number;
      inputMode?: 'numeric' | 'decimal' | 'text';
      id?: string;
      patch?: (value: T[K]) => Partial<T>;
    } = {},
  ) => (
    <ParamField
      id={options.id ?? `${idPrefix}${key}`}
      label={label}
      param={specs[key]}
      value={state[key]}
      onChange={(value) => onChange(options.patch ? options.patch(value) : only(key, value))}
      size={options.size}
      inputMode={options.inputMode}
    />
  );
}

/** A patch that changes one field. */
function only<T, K extends keyof T>(key: K, value: T[K]): Partial<T> {
  const patch: Partial<T> = {};
  patch[key] = value;
  return patch;
}

export interface LabShellProps {
  /** The lab's name for assistive technology, e.g. "Caching-Labor". */
  label: string;
  /** Extra classes of the lab's section, e.g. "c-lab". */
  class: string;
  /** Notes about bad or impossible values in the address or the form (from useUrlState). */
  urlErrors: readonly string[];
  /** Ids of the source blocks to show (LabSources' `data-lab-source`). */
  sourceIds: readonly string[];
  /** Heading and one sentence above the source. */
  sourceHeading: ComponentChildren;
  sourceNote: ComponentChildren;
  /** Extra attributes of the section, e.g. data-reduced-motion. */
  data?: Record<`data-${string}`, string>;
  children: ComponentChildren;
}

/**
 * @example
 * <LabShell label="Caching-Labor" class="c-lab" urlErrors={lab.urlErrors} sourceIds={[state.policy]}
 *   sourceHeading="Quelltext: LRU" sourceNote="Genau diese Datei führt das Labor aus.">
 *   …controls and pictures…
 * </LabShell>
 */
export function LabShell(props: LabShellProps) {
  const rootRef = useRef<HTMLElement>(null);
  const blocksRef = useRef<HTMLDivElement>(null);
  const filled = useRef(false);
  const request = useRef(0);
  // The source is fetched when the reader first opens the panel (sourcePanel.ts), not before: most
  // readers never open it. The blocks stay out of the layout until the first one is in: rendered
  // empty once, their content-visibility (lab.css) would remember the empty height.
  const [sourceState, setSourceState] = useState<'closed' | 'loading' | 'failed' | 'shown'>('closed');
  useMarkHydrated(rootRef);
  useStageMark(rootRef);
  // On a lecture slide: picture and playback only, the rest behind „Einstellungen“ (lab-slide.css).
  const onSlide = useOnSlide(rootRef);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const shown = props.sourceIds.join(' ');
  const show = () => {
    const panel = blocksRef.current;
    const url = rootRef.current?.closest<HTMLElement>('.lab-frame')?.dataset.labSources;
    if (!panel || !url) return;
    filled.current = true;
    const ids = props.sourceIds;
    // Only the latest request fills the panel (the reader may switch algorithms while it loads).
    const mine = ++request.current;
    if (panel.hidden) setSourceState('loading');
    loadSourceBlocks(url).then(
      (blocks) => {
        if (mine !== request.current) return;
        showSourceBlocks(panel, blocks, ids);
        setSourceState('shown');
      },
      () => {
        if (mine !== request.current) return;
        filled.current = false;
        setSourceState('failed');
      },
    );
  };
  // Another algorithm shows its file at once once the panel has been filled.
  useEffect(() => {
    if (filled.current) show();
  }, [shown]);
  return (
    <section
      class={`lab-live ${props.class}`}
      aria-label={props.label}
      ref={rootRef}
      data-lab-slide={onSlide ? (settingsOpen ? 'settings' : 'stage') : undefined}
      // Open on a slide, the whole lab scrolls inside the slide: a scroll box the keyboard reaches.
      tabIndex={onSlide && settingsOpen ? 0 : undefined}
      {...props.data}
    >
      {onSlide && (
        <div class="lab-slide-tools">
          <SlideExperiments root={rootRef} />
          <button
            type="button"
            class="lab-button lab-slide-settings"
            aria-expanded={settingsOpen}
            onClick={() => setSettingsOpen(!settingsOpen)}
          >
            Einstellungen<span aria-hidden="true">{settingsOpen ? ' ▴' : ' ▾'}</span>
          </button>
        </div>
      )}
      <LabErrors messages={props.urlErrors} title="Hinweis zu den Einstellungen:" testId="lab-url-errors" />
      <OnSlide.Provider value={onSlide}>{props.children}</OnSlide.Provider>
      {/* Closed by default: the guided experiments under the lab come right after its results, not
          after hundreds of lines of code (review B4-1); a closed <details> is not rendered at all. */}
      <details
        class="lab-source"
        onToggle={(event) => {
          if (event.currentTarget.open && !filled.current) show();
        }}
      >
        <summary>
          <span class="lab-heading">{props.sourceHeading}</span>
          <span class="lab-source-hint" aria-hidden="true">
            <span class="lab-source-hint-closed"> (anzeigen)</span>
            <span class="lab-source-hint-open"> (ausblenden)</span>
          </span>
        </summary>
        <p class="lab-summary">
          {props.sourceNote} Code und Kommentare sind, wie in der Softwareentwicklung üblich, englisch.
        </p>
        {/* In the page from the start, so screen readers announce the text when it appears. */}
        <p class="lab-source-status" role="status">
          {sourceState === 'loading' ? 'Der Quelltext wird geladen …' : ''}
        </p>
        {sourceState === 'failed' && (
          <div class="lab-errors lab-source-failed" role="alert">
            <p>
              Der Quelltext konnte nicht geladen werden (keine Verbindung, oder die Seite ist veraltet).{' '}
              <button type="button" class="lab-button" onClick={show}>
                Erneut versuchen
              </button>
            </p>
          </div>
        )}
        <div class="lab-source-blocks" ref={blocksRef} hidden={sourceState !== 'shown'} />
      </details>
    </section>
  );
}
