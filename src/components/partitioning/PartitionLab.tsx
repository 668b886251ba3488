/**
 * The partitioning and replication lab (a Preact island): where a key lives under five placement
 * schemes and what moves when a node joins, leaves or fails; who reads stale data behind a lagging
 * follower; and leaderless quorums. The state lives in the URL (keys `p.…`); the engine is the one
 * in src/sim/partitioning.
 */
import { hydrateLate, LabShell, useUrlState } from '../lab/LabShell.tsx';
import { DEFAULTS, PREFIX, readPartitionState, SPECS, VIEWS, type View } from './labState.ts';
import { PlacementView } from './PlacementView.tsx';
import { QuorumView } from './QuorumView.tsx';
import { ReplicationView } from './ReplicationView.tsx';
import { SOURCES, sourceIdOf } from './sources.ts';
import './partitioning.css';

const VIEW_LABELS: Record<View, string> = {
  place: 'Partitionierung: Wo liegt ein Schlüssel?',
  leader: 'Replikation mit Leader und Followern',
  quorum: 'Quoren ohne Leader (N, W, R)',
};

export default hydrateLate(Lab);

function Lab() {
  const { state, update, urlErrors } = useUrlState(readPartitionState, PREFIX, SPECS, DEFAULTS);
  const sourceId = sourceIdOf(state.view, state.scheme);
  const path = SOURCES.find((source) => source.id === sourceId)?.path ?? '';
  return (
    <LabShell
      label="Partitionierungs- und Replikationslabor"
      class="p-lab"
      urlErrors={urlErrors}
      sourceIds={[sourceId]}
      sourceHeading={`Quelltext: ${path.split('/').pop()}`}
      sourceNote={`Genau diese Datei (${path}) führt das Labor aus.`}
    >
      <fieldset class="p-views">
        <legend>Teil des Labors</legend>
        {VIEWS.map((view) => (
          <label class="lab-inline" key={view}>
            <input
              type="radio"
              name="p-view"
              value={view}
              checked={state.view === view}
              onChange={() => update({ view })}
            />
            {VIEW_LABELS[view]}
          </label>
        ))}
      </fieldset>
      {state.view === 'place' && <PlacementView state={state} update={update} />}
      {state.view === 'leader' && <ReplicationView state={state} update={update} />}
      {state.view === 'quorum' && <QuorumView state={state} update={update} />}
    </LabShell>
  );
}
