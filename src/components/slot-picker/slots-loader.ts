import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ApptClient } from '../../client/index.js';
import type { AppointmentPackage } from '../../core/package.js';
import type { Slot } from '../../core/slots/types.js';
import { ConfigurationError } from '../base/configuration-error.js';
import { requestRange, type YearMonth } from './calendar.js';

/** What the picker needs of a package: how many slots to pick and the rest after each. */
export type PackageShape = Pick<AppointmentPackage, 'id' | 'sessions' | 'durationMinutes' | 'breakMinutes'>;

/** One month's answer: the expert's zone, the slots, and the package they belong to. */
export interface MonthData {
  month: YearMonth;
  expertTimeZone: string;
  slots: Slot[];
  package: PackageShape;
}

/** What to load: read from the host on every update; a change aborts the load under way and loads again. */
export interface SlotsQuery {
  tag: string;
  expert: string;
  packageId: string;
  month: YearMonth;
  /** The package as the host was given it, if it was. */
  package: PackageShape | undefined;
  /** The client, why there is none, or `undefined` while waiting for a context provider. */
  client: ApptClient | Error | undefined;
  /** A set-up mistake to show instead of loading, or `''`. */
  problem: string;
}

type Args = readonly [expert: string, packageId: string, month: YearMonth, pkg: PackageShape | undefined, client: ApptClient | Error | undefined, problem: string, tag: string];

/**
 * Loads the shown month's slots (a look ahead into the next month included, to point at the next
 * free day) and the package when the host was not given it: one month at a time, the request of
 * a month left behind aborted.
 */
export class SlotsLoader {
  private readonly task: Task<Args, MonthData>;

  constructor(host: ReactiveControllerHost, query: () => SlotsQuery) {
    this.task = new Task<Args, MonthData>(host, {
      args: () => {
        const q = query();
        return [q.expert, q.packageId, q.month, q.package, q.client, q.problem, q.tag];
      },
      task: async ([expert, packageId, month, pkg, client, problem, tag], { signal }) => {
        if (problem) throw new ConfigurationError(problem);
        if (client instanceof Error) throw client;
        if (!client) return initialState; // Waiting for a context provider that may upgrade later.
        const knownPackage = pkg && pkg.id === packageId ? pkg : undefined;
        const [list, resolved] = await Promise.all([
          client.slots.list({ expertId: expert, packageId, ...requestRange(month) }, { signal }),
          knownPackage ?? loadPackage(tag, client, expert, packageId, signal),
        ]);
        return { month, expertTimeZone: list.timeZone, slots: list.slots, package: resolved };
      },
    });
  }

  /** The loaded data of `month`, if it is loaded. */
  monthData(month: YearMonth): MonthData | undefined {
    const value = this.task.value;
    return value?.month === month ? value : undefined;
  }

  /** Why the last load failed, if it did. */
  get failure(): { error: unknown } | undefined {
    return this.task.status === TaskStatus.ERROR ? { error: this.task.error } : undefined;
  }

  /** Loads the month shown again. */
  reload(): Promise<void> {
    return this.task.run();
  }
}

async function loadPackage(tag: string, client: ApptClient, expertId: string, packageId: string, signal: AbortSignal): Promise<PackageShape> {
  const packages = await client.packages.list({ expertId }, { signal });
  const found = packages.find((pkg) => pkg.id === packageId);
  if (!found) {
    throw new ConfigurationError(`<${tag}>: the expert "${expertId}" has no package "${packageId}" (the "package-id" attribute).`);
  }
  return found;
}
