import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// Workers re-read this file; values set here once are inherited through the environment.
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'kelisim-e2e-'))
process.env.E2E_ADMIN_EMAIL ??= 'e2e-admin@kelisim.local'
process.env.E2E_ADMIN_PASSWORD ??= crypto.randomBytes(12).toString('base64url')
process.env.E2E_SITE_PORT ??= '4400'
process.env.E2E_CMS_PORT ??= '3100'

const siteUrl = `http://127.0.0.1:${process.env.E2E_SITE_PORT}`

export default defineConfig({
  testDir: path.join(repoRoot, 'tests', 'e2e'),
  globalTeardown: path.join(repoRoot, 'tests', 'e2e', 'global-teardown.ts'),
  outputDir: path.join(repoRoot, 'test-results'),
  // One Payload with one SQLite writer: tests that publish and register run one at a time.
  workers: 1,
  fullyParallel: false,
  // CI shares a 2-core machine with other jobs: a browser test gets one retry there, and the summary
  // (tests/summarize.mjs) names every test that needed it. Locally a failure is a failure.
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // The budgets reporter closes a run with the worst page per budget (see tests/e2e/budgets.spec.ts).
  reporter: [['list'], [path.join(repoRoot, 'tests', 'budgets-reporter.ts')]],
  use: {
    baseURL: siteUrl,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // The same command as `npm start`, on a temporary data folder and test ports.
    command: `node ${path.join('node_modules', 'tsx', 'dist', 'cli.mjs')} cms/scripts/start.ts`,
    cwd: repoRoot,
    // Ready when the site serves pages and the CMS answers through the site's /api proxy.
    url: `${siteUrl}/api/regions?limit=1`,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      KELISIM_DATA_DIR: process.env.E2E_DATA_DIR,
      KELISIM_ADMIN_EMAIL: process.env.E2E_ADMIN_EMAIL,
      KELISIM_ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD,
      SITE_PORT: process.env.E2E_SITE_PORT,
      CMS_PORT: process.env.E2E_CMS_PORT,
      KELISIM_SITE_URL: siteUrl,
      KELISIM_REBUILD_DEBOUNCE_MS: '1000',
      DATABASE_URI: '',
      // Every spec posts from 127.0.0.1: the rate limits are exercised by tests/int, not here.
      KELISIM_REGISTER_LIMIT: '0',
      KELISIM_REGISTER_EVENT_LIMIT: '0',
    },
  },
})
