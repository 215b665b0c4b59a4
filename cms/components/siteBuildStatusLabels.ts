import type { BuildPhase } from '../core/buildProgress'
import { isLocale, type Locale } from '../core/locales'

/** Every language must say everything: a missing key fails the type check. */
export type SiteBuildStatusLabels = {
  title: string
  idle: string
  autoRebuildOff: string
  queued: (startsAt: string) => string
  running: (since: string) => string
  lastSuccess: string
  lastFailure: string
  none: string
  took: (seconds: string) => string
  pages: string
  reason: string
  previousSiteLive: string
  failedSinceSuccess: string
  progress: string
  /** What a running build is doing (cms/core/buildProgress.ts). */
  phase: Record<BuildPhase, string>
  fullRebuild: string
  fullRebuildHint: string
  mode: (mode: string) => string
}

export const siteBuildStatusLabels: Record<Locale, SiteBuildStatusLabels> = {
  kk: {
    title: 'Жария сайт',
    idle: 'Кезекте жаңарту жоқ: сайт соңғы өзгерістерді көрсетіп тұр.',
    autoRebuildOff: 'Өзгерістен кейін сайт автоматты түрде жаңартылмайды (KELISIM_AUTO_REBUILD=off).',
    queued: (t) => `Жаңарту кезекте: ${t} басталады.`,
    running: (t) => `Сайт қайта құрастырылуда (${t} бастап).`,
    lastSuccess: 'Соңғы сәтті құрастыру',
    lastFailure: 'Соңғы сәтсіз құрастыру',
    none: 'әлі болған жоқ',
    took: (s) => `${s} с`,
    pages: 'беттер',
    reason: 'Себебі',
    previousSiteLive: 'Алдыңғы нұсқа жарияланып тұр.',
    failedSinceSuccess: 'Соңғы құрастыру сәтсіз аяқталды.',
    progress: 'Барысы',
    phase: {
      render: 'беттер жасалуда',
      link: 'өзгермеген беттер алынуда',
      compress: 'файлдар сығылуда',
      'search index': 'іздеу индексі жасалуда',
      'pages live': 'беттер сайтта, іздеу индексі жаңартылуда',
    },
    fullRebuild: 'Толық қайта құрастыру',
    fullRebuildHint: 'Тек өзгерген беттерді емес, барлық беттерді қайта жасайды.',
    mode: (m) => (m === 'incremental' ? 'тек өзгерген беттер' : 'толық'),
  },
  ru: {
    title: 'Публичный сайт',
    idle: 'Обновлений в очереди нет: на сайте последние изменения.',
    autoRebuildOff: 'Сайт не обновляется автоматически после изменений (KELISIM_AUTO_REBUILD=off).',
    queued: (t) => `Обновление в очереди: начнётся в ${t}.`,
    running: (t) => `Сайт пересобирается (с ${t}).`,
    lastSuccess: 'Последняя успешная сборка',
    lastFailure: 'Последняя неудачная сборка',
    none: 'ещё не было',
    took: (s) => `${s} с`,
    pages: 'страниц',
    reason: 'Причина',
    previousSiteLive: 'На сайте остаётся предыдущая версия.',
    failedSinceSuccess: 'Последняя сборка не удалась.',
    progress: 'Ход сборки',
    phase: {
      render: 'создаются страницы',
      link: 'переносятся неизменённые страницы',
      compress: 'сжимаются файлы',
      'search index': 'строится поисковый индекс',
      'pages live': 'страницы уже на сайте, обновляется поисковый индекс',
    },
    fullRebuild: 'Полная пересборка',
    fullRebuildHint: 'Заново создаёт все страницы, а не только затронутые изменениями.',
    mode: (m) => (m === 'incremental' ? 'только затронутые страницы' : 'полная'),
  },
  en: {
    title: 'Public site',
    idle: 'No rebuild queued: the site shows the latest changes.',
    autoRebuildOff: 'The site is not rebuilt automatically after changes (KELISIM_AUTO_REBUILD=off).',
    queued: (t) => `Rebuild queued: starts at ${t}.`,
    running: (t) => `Rebuilding since ${t}.`,
    lastSuccess: 'Last successful build',
    lastFailure: 'Last failed build',
    none: 'none yet',
    took: (s) => `${s} s`,
    pages: 'pages',
    reason: 'Reason',
    previousSiteLive: 'The previous version stays live.',
    failedSinceSuccess: 'The last build failed.',
    progress: 'Progress',
    phase: {
      render: 'rendering pages',
      link: 'taking over unchanged pages',
      compress: 'compressing files',
      'search index': 'building the search index',
      'pages live': 'pages live, updating the search index',
    },
    fullRebuild: 'Full rebuild',
    fullRebuildHint: 'Renders every page again, not only the pages the changes concern.',
    mode: (m) => (m === 'incremental' ? 'changed pages only' : 'full'),
  },
}

/** The admin speaks ru or en (Payload has no kk UI yet); kk labels are ready for when it does. */
export function labelsFor(adminLanguage: string | undefined): SiteBuildStatusLabels {
  return siteBuildStatusLabels[isLocale(adminLanguage) ? adminLanguage : 'ru']
}
