/** Every ISO 3166-1 alpha-2 code (249 countries and territories); names come from `Intl.DisplayNames`. */
export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV ' +
  'BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ' +
  'ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE ' +
  'IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY ' +
  'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU ' +
  'NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM ' +
  'SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE ' +
  'VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

export interface Country {
  code: string;
  name: string;
}

const byLocale = new Map<string, Country[]>();

/** Every country with its name in `locale`, sorted by that locale's collation; computed once per locale. */
export function countries(locale: string): readonly Country[] {
  let list = byLocale.get(locale);
  if (!list) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      names = undefined;
    }
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    list = COUNTRY_CODES.map((code) => ({ code, name: names?.of(code) ?? code })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
    byLocale.set(locale, list);
  }
  return list;
}

/** The name of `code` in `locale` (the code itself when unknown). */
export function countryName(locale: string, code: string): string {
  return countries(locale).find((c) => c.code === code)?.name ?? code;
}

/**
 * The country a typed text names: its name in `locale` (accents and case ignored) or its code.
 * Undefined when the text names none.
 */
export function countryFromText(locale: string, text: string): string | undefined {
  const typed = text.trim();
  if (!typed) return undefined;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', usage: 'search' });
  const list = countries(locale);
  const hit = list.find((c) => collator.compare(c.name, typed) === 0);
  if (hit) return hit.code;
  const upper = typed.toUpperCase();
  return COUNTRY_CODES.includes(upper) && typed.length === 2 ? upper : undefined;
}
