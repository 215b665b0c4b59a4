import fs from 'node:fs'
import path from 'node:path'

import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

import type { Figure } from './e2e/budgets-support'

/**
 * Closes a Playwright run that included the budgets with one line per budget: its worst page and
 * figure against the limit, so a regression names its page. Also written to
 * test-results/budgets.txt. Silent when no budget test ran.
 */
export default class BudgetsReporter implements Reporter {
  private worst = new Map<string, { figure: Figure; checked: number }>()

  onTestEnd(test: TestCase, result: TestResult) {
    const annotations = [...(result.annotations ?? []), ...test.annotations].filter((a) => a.type === 'budget' && a.description)
    for (const { description } of new Set(annotations)) {
      const figure = JSON.parse(description!) as Figure
      const seen = this.worst.get(figure.budget)
      if (!seen) this.worst.set(figure.budget, { figure, checked: figure.checked ?? 1 })
      else {
        seen.checked += figure.checked ?? 1
        if (figure.value > seen.figure.value) seen.figure = figure
      }
    }
  }

  onEnd() {
    if (!this.worst.size) return
    const show = (f: Figure, v: number) => (f.unit === 'bytes' ? `${(v / 1024).toFixed(1)} KB` : f.unit === 'score' ? v.toFixed(3) : String(v))
    const lines = [...this.worst.values()]
      .sort((a, b) => a.figure.budget.localeCompare(b.figure.budget))
      .map(({ figure: f, checked }) => {
        const verdict = f.value <= f.limit ? 'ok  ' : 'OVER'
        const where = f.value === 0 ? `0 on all ${checked} checked` : `worst ${f.page}`
        return `${verdict} ${f.budget}: ${show(f, f.value)} (limit ${show(f, f.limit)}), ${where}`
      })
    const text = ['Quality budgets', ...lines].join('\n') + '\n'
    const out = path.resolve('test-results', 'budgets.txt')
    fs.mkdirSync(path.dirname(out), { recursive: true })
    fs.writeFileSync(out, text)
    console.log(`\n${text}(written to ${path.relative(process.cwd(), out)})`)
  }

  // The list reporter stays in charge of the console; this only adds the closing lines.
  printsToStdio() {
    return false
  }
}
