import { childNamed, walkNodes, type CslNode } from './csl-tree.js';

/** The macros each macro calls, by name. */
function macroCalls(root: CslNode): Map<string, string[]> {
  const calls = new Map<string, string[]>();
  for (const child of root.children) {
    if (typeof child === 'string' || child.name !== 'macro' || child.attrs.name === undefined) continue;
    calls.set(
      child.attrs.name,
      [...walkNodes(child)].flatMap((node) => (node.attrs.macro === undefined ? [] : [node.attrs.macro])),
    );
  }
  return calls;
}

/** A macro that reaches itself through the macros it calls, as "a -> b -> a"; undefined when none does. */
function macroCycle(calls: ReadonlyMap<string, readonly string[]>): string | undefined {
  const done = new Set<string>();
  for (const start of calls.keys()) {
    if (done.has(start)) continue;
    // Depth first with a stack of its own: the path is the chain of calls being followed.
    const path: string[] = [start];
    const next: number[] = [0];
    while (path.length > 0) {
      const top = path.length - 1;
      const callee = calls.get(path[top] as string)?.[next[top] as number];
      if (callee === undefined) {
        done.add(path.pop() as string);
        next.pop();
        continue;
      }
      next[top] = (next[top] as number) + 1;
      if (path.includes(callee)) return [...path.slice(path.indexOf(callee)), callee].join(' -> ');
      if (!done.has(callee) && calls.has(callee)) {
        path.push(callee);
        next.push(0);
      }
    }
  }
  return undefined;
}

/**
 * What makes a parsed style unusable before citeproc-js sees it: macros that call each other
 * (citeproc throws at the first entry) or a call to a macro the style does not define.
 */
export function styleProblem(root: CslNode): string | undefined {
  const calls = macroCalls(root);
  for (const [macro, callees] of calls) {
    const missing = callees.find((callee) => !calls.has(callee));
    if (missing !== undefined) return `macro "${macro}" calls macro "${missing}", which the style does not define`;
  }
  for (const section of ['citation', 'bibliography']) {
    const node = childNamed(root, section);
    const missing = node === undefined ? undefined : [...walkNodes(node)].find((n) => n.attrs.macro !== undefined && !calls.has(n.attrs.macro));
    if (missing !== undefined) return `<${section}> calls macro "${missing.attrs.macro}", which the style does not define`;
  }
  const cycle = macroCycle(calls);
  return cycle === undefined ? undefined : `its macros call each other without end (${cycle})`;
}
