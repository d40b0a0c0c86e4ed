// Times import() of the pop-up's chunk once its bytes are in the HTTP cache, or of its baseline: what evaluating the code costs, without the network.
const plan = JSON.parse(document.getElementById('plan').textContent);

async function run() {
  // The chunks the page has run already when the pop-up is asked for.
  for (const url of plan.statics) await import(url);
  for (const url of plan.prefetch) await (await fetch(url)).arrayBuffer();
  // A task boundary, so the fetches' own work is done before timing starts.
  await new Promise((resolve) => setTimeout(resolve));
  const start = performance.now();
  await Promise.all(plan.targets.map((url) => import(url)));
  const duration = performance.now() - start;
  // Each file crosses the network once, for fetch(): import() must have been served from the cache.
  const transfers = performance
    .getEntriesByType('resource')
    .filter((r) => plan.prefetch.includes(new URL(r.name).pathname) && r.transferSize > 0).length;
  if (transfers > plan.prefetch.length)
    throw new Error(`import() fetched again: ${transfers} transfers of ${plan.prefetch.length} files`);
  return { duration };
}

window.__chunkEval = run().catch((e) => ({ error: e instanceof Error ? e.message : String(e) }));
