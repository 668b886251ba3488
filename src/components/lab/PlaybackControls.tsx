/**
 * Play / pause / step / reset / to the end, and a speed choice: plain buttons and a select, so
 * they work with keyboard and screen readers without extra code.
 */
import type { ComponentChildren } from 'preact';
import { revealStage } from './stage.ts';

export interface PlaybackProps {
  /** Extra buttons at the start of the row, e.g. "Schritt zurück" (same row, same height). */
  leading?: ComponentChildren;
  playing: boolean;
  /** Nothing left to play: play and step are disabled. */
  finished: boolean;
  onToggle: () => void;
  onStep: () => void;
  onReset: () => void;
  onEnd?: () => void;
  speed: number;
  speeds: readonly number[];
  onSpeed: (speed: number) => void;
  /** Unique per lab instance, for the label of the speed select. */
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
  return (
    <div class="lab-playback" role="group" aria-label="Wiedergabe">
      {props.leading}
      <button
        type="button"
        class="lab-button lab-primary"
        onClick={(event) => {
          // Starting a run brings the picture into view under this bar (stage.ts).
          if (!playing) revealStage(event.currentTarget);
          props.onToggle();
        }}
        disabled={finished && !playing}
      >
        {playing ? 'Pause' : 'Abspielen'}
      </button>
      <button type="button" class="lab-button" onClick={props.onStep} disabled={playing || finished}>
        Schritt (+{props.stepLabel})
      </button>
      <button type="button" class="lab-button" onClick={props.onReset}>
        Zurücksetzen
      </button>
      {props.onEnd && (
        <button type="button" class="lab-button" onClick={props.onEnd} disabled={finished}>
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
