'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { embedStart, type EmbedCatalog } from '@/lib/embed/embed-start';
import { EmbedPlacementProvider, type EmbedScenarioScript } from '@/components/sim/embed-context';
import { FullScreenSimulator } from '@/components/sim/full-screen-simulator';
import { SimLoading } from '@/components/sim/sim-loading';
import type { SimulatorId } from '@/components/sim/simulator-catalog';
import { CompareEmbed } from './compare-embed';

const never = () => () => {};

/**
 * The /embed/ID/ page's simulator. A static page has no query on the server, so the address is
 * read once in the browser (`?preset=`, `?scenario=`, `&step=`; the hash is the share link's, read
 * by the simulator as on its full page).
 */
export function EmbeddedSimulator({
  id,
  catalog,
  scripts,
}: {
  id: SimulatorId | 'compare';
  catalog: EmbedCatalog;
  scripts: readonly EmbedScenarioScript[];
}) {
  const search = useSyncExternalStore(
    never,
    () => window.location.search,
    () => null,
  );
  const placement = useMemo(() => {
    if (search === null) return null;
    const start = embedStart(search, catalog);
    const scenario = scripts.find((script) => script.id === start.scenario?.id);
    return { start, ...(scenario === undefined ? {} : { scenario }) };
  }, [search, catalog, scripts]);

  if (placement === null) return <SimLoading title={catalog.simulatorTitle} />;
  if (id === 'compare') return <CompareEmbed placement={placement} />;
  return (
    <EmbedPlacementProvider value={placement}>
      {/* The frame's title is an h2 above the picture's h3s, as in a lesson; the page still needs an h1. */}
      <h1 className="sr-only">{catalog.simulatorTitle} simulator, from Dockyard</h1>
      <FullScreenSimulator id={id} presetId={placement.start.presetId} />
    </EmbedPlacementProvider>
  );
}
