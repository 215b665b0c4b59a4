import { getPayload, type Payload } from 'payload'

import config from '../payload.config'
import { databaseKind, refreshPlannerStatistics } from '../db'
import { migrations } from '../migrations'

/**
 * Payload for scripts, the site build and tests. SQLite gets its schema from cms/migrations
 * (never a dev push), so every entry point migrates first; already-applied migrations are skipped.
 */
export async function openPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  if (databaseKind() === 'sqlite' && process.env.NODE_ENV !== 'production') {
    // The adapter types migrations with `unknown` arguments, the generated files with the SQLite ones.
    await payload.db.migrate({ migrations: migrations as never })
  }
  // Migrations add indexes and change tables: the planner must not keep choosing by old numbers.
  await refreshPlannerStatistics(payload)
  return payload
}

export async function closePayload(payload: Payload): Promise<void> {
  await payload.db.destroy?.()
}
