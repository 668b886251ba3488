// The lab reads its settings from the address with German notes and never ends in a state the
// engine refuses: impossible combinations get a sensible setting instead.
import { describe, expect, it } from 'vitest';
import {
  DEFAULTS,
  PREFIX,
  readPartitionState,
  SPECS,
  toPartitionScenario,
  toQuorumScenario,
  toReplicationScenario,
} from '../../../src/components/partitioning/labState.ts';
import { urlStateQuery } from '../../../src/components/lab/urlState.ts';

describe('partitioning lab URL state', () => {
  it('round-trips a changed state through the query', () => {
    const state = {
      ...DEFAULTS,
      scheme: 'jump' as const,
      nodes: 7,
      event: 'fail' as const,
      node: 3,
      qw: 3,
      qr: 1,
    };
    const query = urlStateQuery('', PREFIX, SPECS, state, DEFAULTS);
    expect(readPartitionState(query)).toEqual({ state, errors: [] });
  });

  it('the defaults are valid for every part of the engine', () => {
    expect(toPartitionScenario(DEFAULTS).errors).toEqual([]);
    expect(toReplicationScenario(DEFAULTS).errors).toEqual([]);
    expect(toQuorumScenario(DEFAULTS).errors).toEqual([]);
  });

  it('a bad value gets a German note naming the field, and the default', () => {
    const { state, errors } = readPartitionState('?p.nodes=0');
    expect(state.nodes).toBe(DEFAULTS.nodes);
    expect(errors).toEqual([
      'Feld „Knoten“, URL-Parameter „p.nodes“: „0“ ist ungültig (erlaubt: eine ganze Zahl von 1 bis 16). Verwendet wird der Standardwert 3.',
    ]);
  });

  it('a node that does not exist, or W above N, is corrected with a note', () => {
    const node = readPartitionState('?p.nodes=3&p.event=leave&p.node=5');
    expect(node.state.node).toBe(3);
    expect(node.errors).toEqual([
      'URL-Parameter „p.node“: Knoten K5 gibt es bei 3 Knoten nicht. Es geht K3.',
    ]);
    const quorum = readPartitionState('?p.qn=3&p.qw=5');
    expect(quorum.state.qw).toBe(3);
    expect(quorum.errors[0]).toContain('Schreibquorum W');
    expect(toQuorumScenario(quorum.state).errors).toEqual([]);
  });

  it('one node cannot leave: a node joins instead; sixteen cannot grow: the last one leaves', () => {
    expect(readPartitionState('?p.nodes=1&p.event=fail').state.event).toBe('join');
    const full = readPartitionState('?p.nodes=16&p.event=join').state;
    expect([full.event, full.node]).toEqual(['leave', 16]);
    expect(toPartitionScenario(full).errors).toEqual([]);
  });
});
