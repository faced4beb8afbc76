/** Category id → Vietnamese label, from the task category taxonomy. */
export function categoryLabels(): ReadonlyMap<string, string> {
  return new Map();
}
