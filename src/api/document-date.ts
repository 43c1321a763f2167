/** The document date: SOURCE_DATE_EPOCH when set, so CI rebuilds are reproducible, else today. */
export function documentDate(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now();
  return date.toISOString().slice(0, 10);
}
