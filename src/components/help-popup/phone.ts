/** Country calling codes of two digits (ITU-T E.164 zones 2–9); zones 1 and 7 have one, the rest three. */
const TWO_DIGIT_CODES = new Set(
  (
    '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 ' +
    '60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'
  ).split(' '),
);

const callingCodeLength = (digits: string) =>
  digits[0] === '1' || digits[0] === '7' ? 1 : TWO_DIGIT_CODES.has(digits.slice(0, 2)) ? 2 : 3;

const NBSP = '\u00a0';

function chunks(digits: string, size: number, fromEnd: boolean): string[] {
  const out: string[] = [];
  if (fromEnd) {
    for (let end = digits.length; end > 0; end -= size)
      out.unshift(digits.slice(Math.max(0, end - size), end));
  } else {
    for (let start = 0; start < digits.length; start += size) out.push(digits.slice(start, start + size));
    // A last group of one digit joins the one before it (`123 4567`, not `123 456 7`).
    if (out.length > 1 && out.at(-1)!.length === 1) out.splice(-2, 2, out.at(-2)! + out.at(-1)!);
  }
  return out;
}

/**
 * A phone number for reading, with non-breaking spaces. The reseller's own grouping is kept when
 * it wrote one (it knows where its area code ends: `+49 30 1234567`). An ungrouped number is
 * grouped honestly, without pretending to know area codes: the country calling code of a `+`
 * number is split off (E.164 zone rule), the rest goes in pairs from the end for French readers
 * (`+33 1 23 45 67 89`) and in threes elsewhere (`+36 123 4567`).
 */
export function groupPhone(phone: string, locale: string): string {
  const written = phone.trim();
  if (/\d[ ()./-]+\d/.test(written)) return written.replace(/\s+/g, NBSP);
  const plus = written.startsWith('+');
  let digits = written.replace(/\D/g, '');
  const groups: string[] = [];
  if (plus && digits.length > 4) {
    const cc = callingCodeLength(digits);
    groups.push(`+${digits.slice(0, cc)}`);
    digits = digits.slice(cc);
  } else if (plus) {
    digits = `+${digits}`;
  }
  const french = locale.toLowerCase().split('-')[0] === 'fr';
  groups.push(...(digits.length > 4 ? chunks(digits, french ? 2 : 3, french) : [digits]));
  return groups.join(NBSP);
}
