/** A description of the machine a benchmark ran on, for its report. */
import { cpus, totalmem } from 'node:os';

export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  meilisearch: string;
}

/** Cores, CPU model, memory and Node version of this machine, with the Meilisearch version given. */
export function describeMachine(meilisearchVersion: string): Machine {
  const list = cpus();
  return {
    cores: list.length,
    cpu: list[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    meilisearch: meilisearchVersion,
  };
}
