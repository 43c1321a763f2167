/** Where the pubcv GitHub Action lives: `uses: OWNER/REPO@REF`. */
export interface ActionRef {
  readonly repo: string;
  readonly ref: string;
}

const SLUG = /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/;

/**
 * The GitHub `OWNER/REPO` of package.json's `repository` ("github:o/r", "o/r", or a
 * github.com URL, bare or in `{ url }`); undefined when it names no GitHub repository.
 */
export function repositorySlug(repository: unknown): string | undefined {
  const url = typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
  if (typeof url !== 'string') return undefined;
  const slug = url
    .trim()
    .replace(/^github:/, '')
    .replace(/^(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com\//, '')
    .replace(/^git@github\.com:/, '')
    .replace(/\.git$/, '');
  return SLUG.test(slug) ? slug : undefined;
}

/** `OWNER/REPO@REF` (as `--action` takes it) -> its parts; undefined when it is not that shape. */
export function parseActionRef(spec: string): ActionRef | undefined {
  const at = spec.lastIndexOf('@');
  if (at < 0) return undefined;
  const repo = spec.slice(0, at);
  const ref = spec.slice(at + 1);
  return SLUG.test(repo) && /^[\w./-]+$/.test(ref) && !ref.includes('..') ? { repo, ref } : undefined;
}

/**
 * The config schema at the same ref as the action: the file the repository commits at its root,
 * served raw by GitHub. It works before pubcv is on the npm registry and in a CV folder with no
 * node_modules, and it matches the pubcv the workflow runs.
 */
export function schemaUrl(action: ActionRef): string {
  return `https://raw.githubusercontent.com/${action.repo}/${action.ref}/pubcv.schema.json`;
}
