/**
 * Letter folding for search and settlement lookup: on a Russian keyboard people type Kazakh letters
 * as their nearest Russian ones ("Туркистан" for "Түркістан", "Костанай" for "Қостанай"). Folding
 * both the query and the indexed text to the same form makes them meet. Also folds case, ё→е, and
 * strips combining marks and zero-width characters.
 */

const kazakhToRussian: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
}

const foldable = new RegExp(`[${Object.keys(kazakhToRussian).join('')}]`, 'g')

/** The folded form of `text`: lower case, Kazakh-specific letters mapped to Russian ones. */
export function foldLetters(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('kk')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(foldable, (letter) => kazakhToRussian[letter] ?? letter)
}

/** Whether `haystack` contains `needle` once both are folded. */
export function foldedIncludes(haystack: string, needle: string): boolean {
  return foldLetters(haystack).includes(foldLetters(needle).trim())
}
