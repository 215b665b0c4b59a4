import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Every test file gets a fresh data folder (SQLite file, uploads) before any CMS module loads.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-test-'))
process.env.KELISIM_DATA_DIR = dir
process.env.DATABASE_URI = ''
process.env.PAYLOAD_SECRET = 'test-secret-not-used-elsewhere'
// Integration tests check data and access; the publish pipeline is exercised by the e2e suite.
process.env.KELISIM_AUTO_REBUILD = 'off'
