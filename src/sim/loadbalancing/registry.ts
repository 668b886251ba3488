/**
 * The algorithms the lab offers, with their German names and the path of the file that
 * implements them (the island shows that very file's source).
 */
import type { AlgorithmId, BalancerFactory } from './types.ts';
import { createRoundRobin } from './algorithms/roundRobin.ts';
import { createWeightedRoundRobin } from './algorithms/weightedRoundRobin.ts';
import { createLeastConnections } from './algorithms/leastConnections.ts';
import { createWeightedLeastConnections } from './algorithms/weightedLeastConnections.ts';
import { createIpHash } from './algorithms/ipHash.ts';
import { createRandom } from './algorithms/random.ts';
import { createLeastBandwidth } from './algorithms/leastBandwidth.ts';
import { createPowerOfTwoChoices } from './algorithms/powerOfTwoChoices.ts';

export interface AlgorithmInfo {
  id: AlgorithmId;
  /** German name shown in the lab. */
  label: string;
  /** One German sentence: what it looks at. */
  description: string;
  /** Path from the project root, e.g. for `?raw` imports of the source. */
  sourcePath: string;
  create: BalancerFactory;
}

const DIR = 'src/sim/loadbalancing/algorithms';

/**
 * All algorithms in the order of the lecture deck, then Power of Two Choices.
 *
 * @example
 * algorithms.map((a) => a.label); // ['Round Robin', 'Weighted Round Robin (smooth, nginx)', …]
 */
export const algorithms: readonly AlgorithmInfo[] = [
  {
    id: 'roundRobin',
    label: 'Round Robin',
    description: 'Der Reihe nach, ohne auf Last oder Gewicht zu achten.',
    sourcePath: `${DIR}/roundRobin.ts`,
    create: createRoundRobin,
  },
  {
    id: 'weightedRoundRobin',
    label: 'Weighted Round Robin (smooth, nginx)',
    description: 'Der Reihe nach, aber jeder Server so oft, wie sein Gewicht angibt – gleichmäßig verteilt.',
    sourcePath: `${DIR}/weightedRoundRobin.ts`,
    create: createWeightedRoundRobin,
  },
  {
    id: 'leastConnections',
    label: 'Least Connections',
    description: 'Zum Server mit den wenigsten offenen Verbindungen.',
    sourcePath: `${DIR}/leastConnections.ts`,
    create: createLeastConnections,
  },
  {
    id: 'weightedLeastConnections',
    label: 'Weighted Least Connections',
    description: 'Wenigste offene Verbindungen im Verhältnis zum Gewicht.',
    sourcePath: `${DIR}/weightedLeastConnections.ts`,
    create: createWeightedLeastConnections,
  },
  {
    id: 'ipHash',
    label: 'IP-Hash',
    description: 'Die IP-Adresse des Clients bestimmt den Server – derselbe Client landet immer beim selben.',
    sourcePath: `${DIR}/ipHash.ts`,
    create: createIpHash,
  },
  {
    id: 'random',
    label: 'Zufällig (Random)',
    description: 'Ein zufälliger Server, jeder mit gleicher Wahrscheinlichkeit.',
    sourcePath: `${DIR}/random.ts`,
    create: createRandom,
  },
  {
    id: 'leastBandwidth',
    label: 'Least Bandwidth Used',
    description: 'Zum Server, der zuletzt die wenigsten Bytes übertragen hat.',
    sourcePath: `${DIR}/leastBandwidth.ts`,
    create: createLeastBandwidth,
  },
  {
    id: 'powerOfTwoChoices',
    label: 'Power of Two Choices',
    description: 'Zwei zufällige Server, davon der mit weniger offenen Verbindungen.',
    sourcePath: `${DIR}/powerOfTwoChoices.ts`,
    create: createPowerOfTwoChoices,
  },
];

/**
 * @example
 * algorithmInfo('ipHash').label; // 'IP-Hash'
 */
export function algorithmInfo(id: AlgorithmId): AlgorithmInfo {
  const found = algorithms.find((entry) => entry.id === id);
  if (!found) throw new Error(`Unbekannter Algorithmus: ${id}`);
  return found;
}
