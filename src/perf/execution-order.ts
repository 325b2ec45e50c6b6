// The order Vela 5.1.0 runs a subgraph in (regor's SchedulerPacking), which is not the file's order: a
// depth-first walk back from the outputs puts each operation after the producers of what it reads, so a value
// is computed just before it is needed; then CPU operators are grouped to cut NPU/CPU switches. The order
// decides which maps are alive together (the SRAM peak) and which operations are neighbours (chaining,
// cascades, weight prebuffering).

/** An operation as the ordering sees it: NPU or CPU, and the maps (buffer keys) it reads and writes. */
export interface OrderNode {
  cpu: boolean;
  reads: readonly string[];
  writes: readonly string[];
  /**
   * Writes its result straight into part of a map that other operations write too (a concatenation's part,
   * in place of a copy). regor re-links such a producer to the map after the copies, so it is found first.
   */
  inPlace?: boolean;
}

/**
 * Vela's order of `nodes` (given in file order): regor's walk from the graph outputs, then its CPU grouping.
 * Returns indices into `nodes`. Operations no output depends on, which Vela drops, keep their file order at
 * the end.
 */
export function executionOrder(nodes: readonly OrderNode[], outputs: readonly string[]): number[] {
  return groupCpuSteps(nodes, walkFromOutputs(nodes, outputs), new Set(outputs));
}

/**
 * Post-order of a depth-first walk from the outputs, as regor's TraverseGraphFromEnd: writers are stacked in
 * their list order and an operation's inputs in theirs, so the last pushed is done first. A map's writers are
 * its copies in file order, then the in-place producers in reverse (the order regor re-links them in).
 */
function walkFromOutputs(nodes: readonly OrderNode[], outputs: readonly string[]): number[] {
  const copies = new Map<string, number[]>();
  const inPlace = new Map<string, number[]>();
  nodes.forEach((n, k) => {
    for (const w of n.writes) {
      const into = n.inPlace ? inPlace : copies;
      let list = into.get(w);
      if (!list) into.set(w, (list = []));
      list.push(k);
    }
  });
  const writers = new Map<string, number[]>();
  for (const [key, list] of copies) writers.set(key, list);
  for (const [key, list] of inPlace) writers.set(key, [...(writers.get(key) ?? []), ...[...list].reverse()]);
  const none: number[] = [];
  const writersOf = (key: string): number[] => writers.get(key) ?? none;
  const order: number[] = [];
  const visited = new Uint8Array(nodes.length);
  // Entries: a node to visit (>= 0), or ~node once the producers of what it reads are done.
  const stack: number[] = [];
  for (const key of outputs) stack.push(...writersOf(key));
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e < 0) {
      order.push(~e);
      continue;
    }
    if (visited[e]) continue;
    visited[e] = 1;
    stack.push(~e);
    for (const r of nodes[e].reads) for (const w of writersOf(r)) if (!visited[w] && w !== e) stack.push(w);
  }
  nodes.forEach((_, k) => {
    if (!visited[k]) order.push(k);
  });
  return order;
}

/**
 * regor's ReorderOperations over `order`: CPU operations that need only graph inputs (or other such
 * operations) move to the front, CPU operations that only write final graph outputs move to the back, and
 * every other CPU operation sinks past the NPU operations after it that do not read what it writes (stopping
 * at another CPU operation).
 */
function groupCpuSteps(nodes: readonly OrderNode[], order: readonly number[], outputs: ReadonlySet<string>): number[] {
  const producers = new Map<string, number[]>();
  for (const k of order) {
    for (const w of nodes[k].writes) {
      let list = producers.get(w);
      if (!list) producers.set(w, (list = []));
      list.push(k);
    }
  }
  const readers = new Set<string>();
  for (const n of nodes) for (const r of n.reads) readers.add(r);
  const early: number[] = [];
  const earlySet = new Set<number>();
  const late: number[] = [];
  const other: number[] = [];
  for (const k of order) {
    const n = nodes[k];
    if (n.cpu) {
      // Graph inputs and constants have no producer.
      if (n.reads.every((r) => (producers.get(r) ?? []).every((p) => earlySet.has(p)))) {
        early.push(k);
        earlySet.add(k);
        continue;
      }
      if (n.writes.every((w) => outputs.has(w) && !readers.has(w))) {
        late.push(k);
        continue;
      }
    }
    other.push(k);
  }
  // From the last CPU operation back: each sinks while the next is an NPU operation that does not read its output.
  for (let i = other.length - 1; i >= 0; i--) {
    if (!nodes[other[i]].cpu) continue;
    for (let j = i; j + 1 < other.length; j++) {
      const cpu = nodes[other[j]];
      const next = nodes[other[j + 1]];
      if (next.cpu || next.reads.some((r) => cpu.writes.includes(r))) break;
      [other[j], other[j + 1]] = [other[j + 1], other[j]];
    }
  }
  return [...early, ...other, ...late];
}
