import type { ServerProps } from 'payload'

import { isStaffUser } from '../access'

const labels = {
  ru: {
    button: 'Создать дни открытых дверей по правилу',
    help: 'Первая пятница второго месяца квартала, 10:00–18:00: недостающие дни с III квартала 2023 года и следующие четыре. Существующие не меняются.',
    done: (n: string) => `Создано: ${n}.`,
  },
  en: {
    button: 'Generate open-door days from the rule',
    help: 'First Friday of the second month of each quarter, 10:00–18:00: the missing days since Q3 2023 and the next four. Existing days are left as they are.',
    done: (n: string) => `Created: ${n}.`,
  },
}

/** Above the open-door days list: one button that runs POST /api/open-door-days/generate (a plain form, no script). */
export function GenerateOpenDoorDays({ i18n, user, payload, searchParams }: ServerProps & { searchParams?: Record<string, string | string[]> }) {
  if (!payload || !isStaffUser(user)) return null
  const t = i18n?.language === 'en' ? labels.en : labels.ru
  const generated = typeof searchParams?.generated === 'string' ? searchParams.generated : null
  return (
    <form method="post" action={`${payload.config.routes.api}/open-door-days/generate`} style={{ margin: '0 0 1rem' }} data-testid="generate-open-door-days">
      <button type="submit" className="btn btn--style-secondary btn--size-small">
        {t.button}
      </button>
      <p style={{ margin: '0.25rem 0 0' }}>{t.help}</p>
      {generated !== null && <p role="status">{t.done(generated)}</p>}
    </form>
  )
}
