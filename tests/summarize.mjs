// Adds up the Vitest and Playwright JSON reports into one closing line:
// "tests: N passed, N failed, N skipped" (and ", N flaky" when a browser test passed only on its
// retry; those are not counted as passed). A missing report, or a failed type check
// (TYPECHECK_FAILURES=1), counts as a failure.
import fs from 'node:fs'

let passed = 0
let failed = Number(process.env.TYPECHECK_FAILURES ?? 0)
if (failed) console.error('The type check failed (see above).')
// The scale benchmark's smoke run failing counts too: its loader is what later imports build on.
const benchFailures = Number(process.env.BENCH_FAILURES ?? 0)
if (benchFailures) console.error('The scale benchmark at 1/20 failed (see above).')
failed += benchFailures
let skipped = 0
let flaky = 0
const [vitestFile, playwrightFile] = process.argv.slice(2)

function read(file, name) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    console.error(`No ${name} report (${file}): the suite did not finish.`)
    failed += 1
    return null
  }
}

const vitest = read(vitestFile, 'Vitest')
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  skipped += vitest.numPendingTests + vitest.numTodoTests
}

const playwright = read(playwrightFile, 'Playwright')
if (playwright) {
  passed += playwright.stats.expected
  failed += playwright.stats.unexpected
  skipped += playwright.stats.skipped
  if (playwright.errors?.length) failed += playwright.errors.length
  // In CI a browser test gets one retry (tests/playwright.config.ts): one that needed it passed,
  // but is named here so that an intermittent failure is seen and fixed, not forgotten.
  flaky = playwright.stats.flaky
  for (const title of flakyTitles(playwright.suites ?? [])) console.error(`Flaky (failed, then passed on retry): ${title}`)
}

function* flakyTitles(suites, parents = []) {
  for (const suite of suites) {
    const path = suite.title && !suite.title.endsWith('.ts') ? [...parents, suite.title] : parents
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'flaky') yield `${spec.file}:${spec.line} › ${[...path, spec.title].join(' › ')}`
      }
    }
    yield* flakyTitles(suite.suites ?? [], path)
  }
}

console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped${flaky ? `, ${flaky} flaky (passed on retry, named above)` : ''}`)
process.exit(failed > 0 ? 1 : 0)
