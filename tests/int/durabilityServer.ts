/**
 * A real CMS process for the durability test: Payload on the SQLite file of KELISIM_DATA_DIR with
 * the production database settings (cms/db.ts: WAL, synchronous NORMAL), its REST API and
 * registration door on a real port. Prints `listening <url>` when ready. The test kills it with
 * SIGKILL; nothing here flushes or closes on the way out.
 */
import { openPayload } from '../../cms/scripts/open-payload'
import { ensureAdminUser, seed } from '../../cms/seed'
import { startApiServer } from './apiServer'

const payload = await openPayload()
if ((await payload.count({ collection: 'regions', overrideAccess: true })).totalDocs === 0) await seed(payload)
await ensureAdminUser(payload)
const server = await startApiServer()
console.log(`listening ${server.url}`)
