/** The reference server's background jobs, run by one runner: booking reminders (planned and sent) and webhook deliveries. */
import type { RouteDeps } from '../routes/context.js';
import { webhookHandler } from '../webhooks/deliver.js';
import { WEBHOOK_KIND } from '../webhooks/events.js';
import { planReminders, REMINDER_KIND } from './reminder-plan.js';
import { reminderHandler } from './reminder-send.js';
import { createJobRunner, type JobRunner } from './runner.js';

/** The runner of the server's jobs on its database, clock, log, mailer and options. */
export function serverJobRunner(deps: RouteDeps): JobRunner {
  return createJobRunner({
    db: deps.db,
    clock: deps.config.clock,
    log: deps.config.log,
    handlers: { [REMINDER_KIND]: reminderHandler(deps), [WEBHOOK_KIND]: webhookHandler(deps) },
    planners: [planReminders],
  });
}
