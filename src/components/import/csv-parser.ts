import Papa from 'papaparse';

/** Any delimiter (detected), quotes and line ends; every cell as text. */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  return result.data.map((row) => row.map((cell) => String(cell ?? '')));
}
