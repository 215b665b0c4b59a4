import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

// Every test file gets a fresh data folder (SQLite file, uploads) before any CMS module loads.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-test-'))
process.env.KELISIM_DATA_DIR = dir
process.env.DATABASE_URI = ''
process.env.PAYLOAD_SECRET = 'test-secret-not-used-elsewhere'
// Saving content must not start site builds; tests/int/publish.test.ts turns it on where needed.
process.env.KELISIM_AUTO_REBUILD = 'off'
// Test files post many registrations from 127.0.0.1; tests/int/registration-abuse.test.ts sets
// small limits where it tests them.
process.env.KELISIM_REGISTER_LIMIT = '0'
process.env.KELISIM_REGISTER_EVENT_LIMIT = '0'

// Remove this file's data folder when its tests are done (the SQLite handle may still be open;
// unlinking is fine on Linux).
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
