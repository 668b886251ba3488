/** The files the lab's source panel shows: one per placement scheme, replication and quorums. */
import { SCHEME_IDS, SCHEMES } from '../../sim/partitioning/index.ts';
import type { View } from './labState.ts';

export const SOURCES: readonly { id: string; path: string }[] = [
  ...SCHEME_IDS.map((id) => ({ id, path: SCHEMES[id].sourcePath })),
  { id: 'replication', path: 'src/sim/partitioning/replication.ts' },
  { id: 'quorum', path: 'src/sim/partitioning/quorum.ts' },
];

/** The source block a view shows (the scheme's file in the partitioning view). */
export function sourceIdOf(view: View, scheme: string): string {
  return view === 'place' ? scheme : view === 'leader' ? 'replication' : 'quorum';
}
