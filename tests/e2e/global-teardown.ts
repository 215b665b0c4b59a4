import fs from 'node:fs'

/** The portal started for the browser tests wrote to a temporary folder: remove it. */
export default function globalTeardown() {
  const dir = process.env.E2E_DATA_DIR
  if (dir && dir.includes('kelisim-e2e-')) fs.rmSync(dir, { recursive: true, force: true })
}
