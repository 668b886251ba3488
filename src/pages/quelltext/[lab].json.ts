/**
 * `quelltext/<lab>.json`: the source panel's blocks of one lab (sourceBlocks.ts), the very files that
 * run, highlighted at build time by LabSources.astro. The panel fetches this file when a reader opens
 * it (sourcePanel.ts), so the pages and embeds no longer carry 200–270 KB of code nobody has asked
 * for. One file per lab serves its chapter page, its embed view and its slides.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import LabSources from '../../components/lab/LabSources.astro';
import { SOURCES as PARTITIONING_SOURCES } from '../../components/partitioning/sources.ts';
import { splitSourceBlocks, type SourceFile } from '../../components/lab/sourceBlocks.ts';
import { LABS, type Lab } from '../../lib/labs.ts';
import { POLICIES, POLICY_IDS } from '../../sim/caching/index.ts';
import { algorithms } from '../../sim/loadbalancing/index.ts';

/** The files each lab's source panel shows, by the lab's id in LABS. */
const FILES: Record<string, readonly SourceFile[]> = {
  'load-balancing': algorithms.map((a) => ({ id: a.id, path: a.sourcePath })),
  caching: POLICY_IDS.map((id) => ({ id, path: POLICIES[id].sourcePath })),
  partitioning: PARTITIONING_SOURCES,
  'message-queue': [{ id: 'simulate', path: 'src/sim/queue/simulate.ts' }],
};

export const getStaticPaths = (() =>
  LABS.map((lab) => ({ params: { lab: lab.id }, props: { lab } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { lab } = props as { lab: Lab };
  const files = FILES[lab.id];
  if (!files) {
    throw new Error(
      `Quelltext: Für das Labor „${lab.id}“ aus src/lib/labs.ts fehlen die Dateien in src/pages/quelltext/[lab].json.ts.`,
    );
  }
  const container = await AstroContainer.create();
  const html = await container.renderToString(LabSources, { props: { files } });
  return new Response(JSON.stringify(splitSourceBlocks(html)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
