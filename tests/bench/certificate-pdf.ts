/**
 * How long drawing one certificate takes and how large it is, per language (the e-mail job does
 * this once per attended participant). Prints figures; asserts nothing.
 * Run: `tsx tests/bench/certificate-pdf.ts [count=30]`
 */
import { certificateCodeFromBytes } from '../../cms/core/certificate'
import { locales } from '../../cms/core/locales'
import { certificatePdf } from '../../cms/lib/certificatePdf'

const count = Number(process.argv[2] ?? 30)
const names = { kk: 'Әлия Жаңабаева', ru: 'Гульнара Касымова', en: 'Aliya Zhanabayeva' }
for (const locale of locales) {
  const times: number[] = []
  let size = 0
  for (let i = 0; i < count; i++) {
    const code = certificateCodeFromBytes(Uint8Array.from({ length: 10 }, (_, j) => (i * 31 + j * 7) & 255))
    const started = performance.now()
    const pdf = await certificatePdf({
      locale,
      name: names[locale],
      eventTitle: 'Медиация негіздері: оқыту семинары',
      startsAt: '2026-03-05T05:00:00Z',
      endsAt: '2026-03-06T12:00:00Z',
      code,
      verifyUrl: `https://kelisim.example/${locale}/verify/${code}/`,
    })
    times.push(performance.now() - started)
    size = pdf.length
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1)
  console.log(`${locale}: ${count} certificates, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, size ${(size / 1024).toFixed(1)} KB`)
}
