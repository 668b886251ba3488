/**
 * Play / pause / step / reset / to the end, and a speed choice: plain buttons and a select, so
 * they work with keyboard and screen readers without extra code. A reader's press is announced
 * (labEvents.ts), and a press from outside (the lecture's other window) is followed, so a lab runs
 * and stops in both windows at once.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { announcePlayback, onLabControl, type PlaybackAction } from './labEvents.ts';
import { revealStage } from './stage.ts';

export interface PlaybackProps {
  /** Extra buttons at the start of the row, e.g. "Schritt zurück" (same row, same height). */
  leading?: ComponentChildren;
  playing: boolean;
  /** Nothing left to play: play, step and "Bis zum Ende" are disabled. */
  finished: boolean;
  /**
   * When finished, "Abspielen" stays enabled and replays the run from its start (a lab whose whole
   * run is computed at once and shown finished, e.g. the queue lab); step and "Bis zum Ende" stay
   * disabled.
   */
  replayable?: boolean;
  onToggle: () => void;
  onStep: () => void;
  onReset: () => void;
  onEnd?: () => void;
  speed: number;
  speeds: readonly number[];
  onSpeed: (speed: number) => void;
  /** Unique per lab instance, for the label of the speed select; also names the bar in labEvents.ts. */
  id: string;
  /** German name of one step, e.g. "100 ms". */
  stepLabel: string;
}

const speedText = (speed: number) => `${String(speed).replace('.', ',')}×`;

/**
 * @example
 * <PlaybackControls id="lb" playing={false} finished={false} speed={1} speeds={[0.5, 1, 2]} … />
 */
export function PlaybackControls(props: PlaybackProps) {
  const { playing, finished, speed, speeds, id } = props;
  const latest = useRef(props);
  latest.current = props;
  // A press from outside does what the button does, but is not announced again (no echo).
  useEffect(() => onLabControl(id, (action) => press(latest.current, action)), [id]);
  const pressed = (action: PlaybackAction) => {
    press(props, action);
    announcePlayback({ lab: id, action });
  };
  return (
    <div class="lab-playback" role="group" aria-label="Wiedergabe">
      {props.leading}
      <button
        type="button"
        class="lab-button lab-primary"
        onClick={(event) => {
          // Starting a run brings the picture into view under this bar (stage.ts).
          if (!playing) revealStage(event.currentTarget);
          pressed(playing ? 'pause' : 'play');
        }}
        disabled={finished && !playing && !props.replayable}
      >
        {playing ? 'Pause' : 'Abspielen'}
      </button>
      <button type="button" class="lab-button" onClick={() => pressed('step')} disabled={playing || finished}>
        Schritt (+{props.stepLabel})
      </button>
      <button type="button" class="lab-button" onClick={() => pressed('reset')}>
        Zurücksetzen
      </button>
      {props.onEnd && (
        <button type="button" class="lab-button lab-end" onClick={() => pressed('end')} disabled={finished}>
          Bis zum Ende
        </button>
      )}
      <label class="lab-inline lab-speed" for={`${id}-speed`}>
        Tempo
        <select
          id={`${id}-speed`}
          value={String(speed)}
          onChange={(e) => props.onSpeed(Number(e.currentTarget.value))}
        >
          {speeds.map((value) => (
            <option key={value} value={String(value)}>
              {speedText(value)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** What a press does, given the bar's current props; a press the bar would refuse (disabled) does nothing. */
function press(props: PlaybackProps, action: PlaybackAction): void {
  const { playing, finished, replayable = false } = props;
  if (action === 'play' && !playing && (!finished || replayable)) props.onToggle();
  else if (action === 'pause' && playing) props.onToggle();
  else if (action === 'step' && !playing && !finished) props.onStep();
  else if (action === 'reset') props.onReset();
  else if (action === 'end' && !finished) props.onEnd?.();
}
