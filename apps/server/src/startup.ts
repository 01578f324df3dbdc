import { DEMO_ACCOUNT } from './cli/demo-meeting.js';
import type { Config } from './config.js';
import type { Store } from './store/store.js';

/**
 * Why this start must not go on, or null. A production start refuses a database that holds the demo
 * facilitator unless HIWAR_DEMO=1 says the demo is wanted: older images seeded it with a published
 * password on every start.
 */
export async function startRefusal(config: Config, store: Store): Promise<string | null> {
  if (!config.production || config.demo) return null;
  if (!(await store.accounts.findByEmail(DEMO_ACCOUNT.email))) return null;
  return (
    `Hiwar refuses to start: NODE_ENV=production and the database holds the demo facilitator (${DEMO_ACCOUNT.email}). ` +
    'Remove it and its meetings with `npm run demo:remove` (with Docker: `docker compose run --rm hiwar npm run demo:remove`), ' +
    'or set HIWAR_DEMO=1 to keep running the demo with a new random password.'
  );
}
