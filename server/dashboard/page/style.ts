// The page's styles: system fonts, colours with at least 4.5:1 contrast, a visible focus ring.

// Swagger UI's own colours that axe finds below 4.5:1 (white on its light method badges, grey on pale blue,
// light links), darkened; and the page's own rules for <pre> kept out of its markup. Its code samples are
// shown without syntax highlighting (ReferencePanel), whose inline colours fail on the dark background.
const SWAGGER_OVERRIDES = `
#api-reference pre { background: none; padding: 0; max-height: none; }
#api-reference .swagger-ui .info .title small { background: #4f5661; }
#api-reference .swagger-ui .info a, #api-reference .swagger-ui a.link { color: #0b4fa8; }
#api-reference .swagger-ui .btn.authorize { color: #14612a; border-color: #14612a; }
#api-reference .swagger-ui .btn.authorize svg { fill: #14612a; }
#api-reference .swagger-ui .opblock.opblock-get .opblock-summary-method { background: #0b5cad; }
#api-reference .swagger-ui .opblock.opblock-post .opblock-summary-method { background: #116b3f; }
#api-reference .swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #b0201f; }
#api-reference .swagger-ui .opblock.opblock-put .opblock-summary-method { background: #8a4b00; }
#api-reference .swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #0d6b5e; }
#api-reference .swagger-ui .parameter__in, #api-reference .swagger-ui .parameter__deprecated { color: #4a4a4a; }
#api-reference .swagger-ui .highlight-code > .microlight { white-space: pre-wrap; word-break: break-all; overflow: visible; max-height: none; padding: .5em; background: #333; color: #fff; }
`

export const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --accent: #0b4fa8; --bad: #a10e0e; --good: #14612a; --bg2: #f3f4f6; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, sans-serif; color: var(--ink); background: #fff; }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; padding: .75rem 1.25rem; border-bottom: 1px solid var(--line); }
header h1 { font-size: 1.2rem; margin: 0; }
header p { margin: 0; color: var(--muted); }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem; list-style: none; margin: 0; padding: .5rem 1.25rem; border-bottom: 1px solid var(--line); }
nav button[aria-current="page"] { background: var(--accent); color: #fff; }
main { padding: 1rem 1.25rem 3rem; max-width: 80rem; }
h2 { font-size: 1.15rem; margin: .25rem 0 .75rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
button { font: inherit; padding: .3rem .7rem; border: 1px solid var(--accent); border-radius: 4px; background: #fff; color: var(--accent); cursor: pointer; }
button:hover { background: #e8f0fb; }
button.danger { border-color: var(--bad); color: var(--bad); }
:focus-visible { outline: 3px solid #f5a300; outline-offset: 2px; }
input, select { font: inherit; padding: .25rem .4rem; border: 1px solid #767676; border-radius: 4px; }
label { display: inline-flex; flex-direction: column; gap: .15rem; margin: 0 .75rem .5rem 0; font-size: .9rem; }
code, pre { font: 13px/1.4 ui-monospace, monospace; }
pre { background: var(--bg2); padding: .5rem; overflow: auto; max-height: 24rem; white-space: pre-wrap; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin-bottom: .75rem; }
th, td { text-align: left; border-bottom: 1px solid var(--line); padding: .3rem .4rem; vertical-align: top; }
.op { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; margin-bottom: .5rem; }
.op h4 { margin: 0; font-size: .95rem; }
.method { display: inline-block; min-width: 3.5rem; font-weight: 700; }
.statuses { color: var(--muted); font-size: .85rem; }
.row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .4rem 0; }
.status-ok { color: var(--good); font-weight: 700; }
.status-bad { color: var(--bad); font-weight: 700; }
.muted { color: var(--muted); }
.alert { border: 1px solid var(--bad); color: var(--bad); padding: .5rem .75rem; border-radius: 4px; margin-bottom: .75rem; }
.journal summary { cursor: pointer; padding: .2rem 0; font: 13px/1.4 ui-monospace, monospace; }
mark.kit-choice, #api-reference mark { background: #fff3bf; color: #1a1a1a; padding: 0 .15rem; }
${SWAGGER_OVERRIDES}`
