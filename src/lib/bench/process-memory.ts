/** Peak and current memory of a process, read from Linux's /proc/<pid>/status. */
import { readFile, writeFile } from 'node:fs/promises';

/** Resident memory in bytes: `peak` is VmHWM (high-water mark), `current` is VmRSS. */
export interface ProcessMemory {
  peak: number;
  current: number;
}

/** Read VmHWM and VmRSS from the text of a /proc/<pid>/status file. */
export function parseProcStatus(status: string): ProcessMemory {
  const kib = (field: string): number => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
    if (match === null) throw new Error(`/proc status has no "${field}" line; is this Linux and is the process alive?`);
    return Number(match[1]) * 1024;
  };
  return { peak: kib('VmHWM'), current: kib('VmRSS') };
}

/** Memory of a live process; throws when it has exited or /proc is not there. */
export async function readProcessMemory(pid: number): Promise<ProcessMemory> {
  const file = `/proc/${pid}/status`;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new Error(`${file}: cannot read the memory of process ${pid} (has it exited? is this Linux?)`, { cause });
  }
  return parseProcStatus(text);
}

/** Reset a process's VmHWM to its current RSS (Linux ≥ 4.0, own processes); false when the kernel refuses. */
export async function resetPeakMemory(pid: number): Promise<boolean> {
  try {
    await writeFile(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    // Peak then counts from the process's start: still an upper bound, and the report says so.
    return false;
  }
}
