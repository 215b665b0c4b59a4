/** Migrates the database, creates the first admin if there is none, and seeds content. */
import { closePayload, openPayload } from './open-payload'
import { ensureAdminUser, seed } from '../seed'
import { refreshPlannerStatistics } from '../db'

const payload = await openPayload()
try {
  const admin = await ensureAdminUser(payload)
  if (admin?.password) {
    console.log('\n  First admin user created. Write this down: it is shown only once.')
    console.log(`    e-mail:   ${admin.email}\n    password: ${admin.password}\n`)
  } else if (admin) {
    console.log(`  First admin user created: ${admin.email} (password from KELISIM_ADMIN_PASSWORD)`)
  }
  const report = await seed(payload)
  // An import changes table sizes more than anything else: refresh the planner's statistics.
  await refreshPlannerStatistics(payload)
  const summary = Object.entries(report)
    .map(([collection, { created, existing }]) => `${collection} +${created} (${existing} kept)`)
    .join(', ')
  console.log(`  Seed: ${summary}`)
} finally {
  await closePayload(payload)
}
process.exit(0)
