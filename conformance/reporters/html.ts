import { join } from 'node:path';
import { evidence, type EvidenceId } from '../evidence/index.js';
import type { Reporter, Summary } from '../runner.js';
import type { CheckResult, Exchange } from '../types.js';
import {
  byArea,
  kindOf,
  prettyBody,
  scrub,
  shownExchanges,
  verdictOf,
  writeReport,
} from './common.js';
import { curlFor } from './reproduce.js';

/** Control characters other than tab and line breaks: shown as `\uXXXX` rather than vanish or garble. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const h = escapeHtml;

/** Fragment ids from check ids: ids are `area.name` already, anything unexpected becomes `_`. */
const anchor = (id: string) => `check-${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;

const LABEL = {
  pass: 'pass',
  fail: 'fail',
  recommended: 'fail (recommended)',
  skip: 'skip',
  error: 'runner error',
} as const;

const STYLE = `
:root { --pass:#1a7f37; --pass-bg:#dafbe1; --fail:#cf222e; --fail-bg:#ffebe9; --rec:#9a6700; --rec-bg:#fff8c5;
  --skip:#57606a; --skip-bg:#eaeef2; --error:#8250df; --error-bg:#fbefff; --line:#d0d7de; --muted:#57606a; }
* { box-sizing: border-box; }
body { font: 14px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color:#1f2328; margin:0; background:#f6f8fa; }
main { max-width: 1180px; margin: 0 auto; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 12px; border-bottom:1px solid var(--line); padding-bottom:6px; }
code, pre { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background:#fff; border:1px solid var(--line); border-radius:6px; padding:8px 10px; margin:4px 0; white-space:pre-wrap; overflow-wrap:anywhere; max-height: 360px; overflow:auto; }
header { background:#fff; border:1px solid var(--line); border-radius:8px; padding:16px 20px; }
.verdict { display:inline-block; font-weight:600; padding:3px 10px; border-radius:999px; margin-left:8px; font-size:14px; vertical-align:middle; }
.verdict.v0 { background:var(--pass-bg); color:var(--pass); } .verdict.v1 { background:var(--fail-bg); color:var(--fail); } .verdict.v2 { background:var(--error-bg); color:var(--error); }
.facts { display:grid; grid-template-columns: max-content 1fr; gap:2px 16px; margin:12px 0; }
.facts dt { color:var(--muted); } .facts dd { margin:0; overflow-wrap:anywhere; }
.counts { display:flex; gap:8px; flex-wrap:wrap; }
.chip { border-radius:6px; padding:4px 10px; font-weight:600; }
.pass { background:var(--pass-bg); color:var(--pass); } .fail { background:var(--fail-bg); color:var(--fail); }
.recommended { background:var(--rec-bg); color:var(--rec); } .skip { background:var(--skip-bg); color:var(--skip); }
.error { background:var(--error-bg); color:var(--error); }
table { border-collapse: collapse; width:100%; background:#fff; border:1px solid var(--line); }
th, td { text-align:left; vertical-align:top; padding:6px 8px; border-bottom:1px solid var(--line); }
.matrix th { width: 150px; white-space:nowrap; } .matrix th small { display:block; color:var(--muted); font-weight:normal; }
.cells { display:flex; flex-wrap:wrap; gap:4px; }
.cell { display:inline-block; padding:3px 7px; border-radius:4px; text-decoration:none; font: 12px ui-monospace, Menlo, Consolas, monospace; border:1px solid transparent; }
.cell:hover { border-color: currentColor; }
.legend { margin:8px 0; display:flex; gap:6px; flex-wrap:wrap; align-items:center; color:var(--muted); }
details.check { background:#fff; border:1px solid var(--line); border-left:5px solid var(--line); border-radius:6px; margin:10px 0; padding:0 14px; }
details.check.k-fail { border-left-color: var(--fail); } details.check.k-recommended { border-left-color: var(--rec); } details.check.k-error { border-left-color: var(--error); }
details.check > summary { cursor:pointer; padding:10px 0; font-weight:600; }
.tag { white-space:nowrap; font-size:11px; text-transform:uppercase; letter-spacing:.03em; padding:2px 6px; border-radius:4px; margin-right:6px; }
.kv { display:grid; grid-template-columns: 90px 1fr; gap:4px 12px; margin:4px 0 12px; } .kv dt { color:var(--muted); } .kv dd { margin:0; }
.kv dd.expected { color:var(--pass); } .kv dd.actual { color:var(--fail); }
.exchange { border-top:1px dashed var(--line); padding:8px 0; }
.exchange > summary { cursor:pointer; font-size:13px; }
.pair { display:grid; grid-template-columns: 1fr 1fr; gap:12px; } .pair h5 { margin:4px 0 0; font-size:12px; color:var(--muted); }
.omitted { color:var(--muted); font-style:italic; }
.all { table-layout: fixed; } .all td { overflow-wrap:anywhere; } .all .why { color:var(--muted); }
.all col.c-id { width: 26%; } .all col.c-status { width: 14%; } .all col.c-rule { width: 22%; } .all col.c-time { width: 7%; }
footer { color:var(--muted); margin:32px 0 8px; font-size:12px; }
@media (max-width: 800px) { .pair { grid-template-columns: 1fr; } }
`;

function headers(record: Record<string, string>): string {
  return Object.entries(record)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

/** One exchange; `last` is open, and its curl command is the check's "reproduce" block instead. */
function exchangeHtml(index: number, exchange: Exchange, region: string, last: boolean): string {
  const open = last;
  const request = exchange.request;
  const status = 'error' in exchange.response ? 'no reply' : `HTTP ${exchange.response.status}`;
  const response =
    'error' in exchange.response
      ? `<pre>${h(exchange.response.error)}</pre>`
      : `<pre>${h(`HTTP ${exchange.response.status}\n${headers(exchange.response.headers)}`)}</pre><h5>body</h5><pre>${h(prettyBody(exchange.response.body))}</pre>`;
  return `<details class="exchange"${open ? ' open' : ''}>
<summary><b>#${index + 1} ${h(exchange.operation)}</b> → ${h(status)} <small>(${Math.round(exchange.durationMs)} ms)</small></summary>
<div class="pair"><div><h5>request</h5><pre>${h(`${request.method} ${request.url}\n${headers(request.headers)}`)}</pre><h5>body</h5><pre>${h(prettyBody(request.body))}</pre></div>
<div><h5>response</h5>${response}</div></div>
${open ? '' : `<h5>reproduce with curl</h5><pre>${h(curlFor(exchange, region))}</pre>`}
</details>`;
}

/** Each evidence id with its kind and source (a link where the source is a URL). */
function evidenceHtml(ids: readonly EvidenceId[]): string {
  return ids
    .map((id) => {
      const e = evidence[id];
      const source = /^https:\/\//.test(e.source)
        ? `<a href="${h(e.source)}">${h(e.source)}</a>`
        : `<code>${h(e.source)}</code>`;
      return `<span title="${h(e.fact)}"><code>${h(id)}</code> (${h(e.kind)}: ${source})</span>`;
    })
    .join('; ');
}

function findingsHtml(summary: Summary): string {
  if (summary.findings.length === 0) return '';
  const rows = summary.findings.map(
    (f) =>
      `<tr><td>${h(f.severity)}</td><td><code>${h(f.symptom)}</code></td><td>${f.checks.map((c) => `<code>${h(c)}</code>`).join(', ')}</td></tr>`,
  );
  return `<h2>Findings (${summary.findings.length})</h2>
<p>Failures grouped by what the endpoint did: one finding often explains several failed checks.</p>
<table class="all"><tr><th>tier</th><th>symptom</th><th>checks</th></tr>${rows.join('\n')}</table>`;
}

function detailHtml(result: CheckResult, region: string): string {
  const { check, outcome } = result;
  const kind = kindOf(result);
  const facts: string[] = [
    `<dt>rule</dt><dd>${h(check.rule)}</dd>`,
    `<dt>evidence</dt><dd>${evidenceHtml(check.evidence)}${check.tolerates?.length ? `<br><small>also accepts, on weaker evidence:</small> ${evidenceHtml(check.tolerates)}` : ''}</dd>`,
    `<dt>severity</dt><dd>${h(check.severity)}</dd>`,
  ];
  if (outcome.status === 'fail') {
    facts.push(
      `<dt>expected</dt><dd class="expected">${h(scrub(outcome.expected))}</dd>`,
      `<dt>actual</dt><dd class="actual">${h(scrub(outcome.actual))}</dd>`,
    );
  }
  if (outcome.status === 'error')
    facts.push(
      `<dt>error</dt><dd>${h(scrub(outcome.error))} <em>(the runner or the network broke: not a verdict on the endpoint)</em></dd>`,
    );
  facts.push(
    `<dt>time</dt><dd>${Math.round(result.durationMs)} ms, ${result.exchanges.length} request${result.exchanges.length === 1 ? '' : 's'}</dd>`,
  );
  const last = result.exchanges.at(-1);
  const reproduce = last
    ? `<h4>reproduce the last request</h4><pre>${h(curlFor(last, region))}</pre>`
    : '';
  const { shown, omitted } = shownExchanges(result.exchanges);
  // The last exchange is usually the one that broke the rule: it is open, the ones before it are a click away.
  const exchanges = shown.map(({ index, exchange }) =>
    exchangeHtml(index, exchange, region, index === result.exchanges.length - 1),
  );
  if (omitted > 0)
    exchanges.splice(
      3,
      0,
      `<p class="omitted">… ${omitted} exchanges not shown (all of them are in conformance.json) …</p>`,
    );
  return `<details class="check k-${kind}" id="${anchor(check.id)}" open>
<summary><span class="tag ${kind}">${h(LABEL[kind])}</span><code>${h(check.id)}</code> — ${h(check.title)}</summary>
<dl class="kv">${facts.join('')}</dl>
${reproduce}
<h4>exchanges (${result.exchanges.length})</h4>
${exchanges.join('\n') || '<p class="omitted">no requests were sent</p>'}
</details>`;
}

function matrixHtml(summary: Summary): string {
  const rows = byArea(summary.results).map(([area, results]) => {
    const passed = results.filter((r) => r.outcome.status === 'pass').length;
    const cells = results.map((r) => {
      const kind = kindOf(r);
      const name = r.check.id.startsWith(`${area}.`)
        ? r.check.id.slice(area.length + 1)
        : r.check.id;
      return `<a class="cell ${kind}" href="#${anchor(r.check.id)}" title="${h(`${r.check.id}: ${LABEL[kind]} — ${r.check.title}`)}">${h(name)}</a>`;
    });
    return `<tr><th>${h(area)}<small>${passed}/${results.length} pass</small></th><td><div class="cells">${cells.join('')}</div></td></tr>`;
  });
  const legend = (['pass', 'fail', 'recommended', 'skip', 'error'] as const)
    .map((k) => `<span class="cell ${k}">${LABEL[k]}</span>`)
    .join('');
  return `<table class="matrix">${rows.join('\n')}</table><div class="legend">legend: ${legend}</div>`;
}

const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max)}…` : text);

function allChecksHtml(summary: Summary): string {
  const rows = summary.results.map((r) => {
    const kind = kindOf(r);
    const why =
      r.outcome.status === 'skip'
        ? r.outcome.reason
        : r.outcome.status === 'pass'
          ? (r.outcome.note ?? '')
          : r.outcome.status === 'fail'
            ? `got ${clip(r.outcome.actual)}`
            : clip(r.outcome.error);
    const idCell =
      kind === 'pass' || kind === 'skip'
        ? `<td class="id" id="${anchor(r.check.id)}">`
        : '<td class="id">';
    const link =
      kind === 'pass' || kind === 'skip'
        ? h(r.check.id)
        : `<a href="#${anchor(r.check.id)}">${h(r.check.id)}</a>`;
    return `<tr>${idCell}<code>${link}</code></td><td class="status"><span class="tag ${kind}">${h(LABEL[kind])}</span></td><td>${h(r.check.title)}<div class="why">${h(scrub(why))}</div></td><td><small>${h(r.check.rule)}</small></td><td>${Math.round(r.durationMs)}&nbsp;ms</td></tr>`;
  });
  return `<table class="all"><colgroup><col class="c-id"><col class="c-status"><col><col class="c-rule"><col class="c-time"></colgroup><tr><th>check</th><th>outcome</th><th>title</th><th>rule</th><th>time</th></tr>${rows.join('\n')}</table>`;
}

/** The whole report: one self-contained HTML document, inline CSS, no script, no external asset. */
export function htmlReportOf(summary: Summary, generatedAt = new Date()): string {
  const verdict = verdictOf(summary.exitCode);
  const { pass, fail, skip, error } = summary.counts;
  const recommended = fail - summary.requiredFailures;
  // Runner errors first (the run cannot be trusted where they are), then required fails, then recommended ones.
  const rank = { error: 0, fail: 1, recommended: 2, skip: 3, pass: 4 } as const;
  const failing = summary.results
    .filter((r) => r.outcome.status === 'fail' || r.outcome.status === 'error')
    .sort((a, b) => rank[kindOf(a)] - rank[kindOf(b)]);
  const title = `KMS conformance: ${summary.endpoint} — ${verdict}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>KMS conformance report <span class="verdict v${summary.exitCode}">${h(verdict)}</span></h1>
<dl class="facts">
<dt>endpoint</dt><dd><code>${h(summary.endpoint)}</code></dd>
<dt>region</dt><dd>${h(summary.region)}</dd>
<dt>seed</dt><dd>${summary.seed} <small>(pass <code>--seed ${summary.seed}</code> to repeat the same random choices)</small></dd>
<dt>run</dt><dd>${summary.results.length} checks, ${summary.requests} requests in ${(summary.durationMs / 1000).toFixed(1)} s; exit code ${summary.exitCode}</dd>
<dt>generated</dt><dd>${h(generatedAt.toISOString())}</dd>
</dl>
<div class="counts"><span class="chip pass">${pass} passed</span><span class="chip fail">${summary.requiredFailures} failed</span><span class="chip recommended">${recommended} recommended failed</span><span class="chip skip">${skip} skipped</span><span class="chip error">${error} runner errors</span></div>
</header>
${summary.stopReason !== undefined ? `<p class="stopped"><b>stopped:</b> ${h(summary.stopReason)}</p>` : ''}
${findingsHtml(summary)}
<h2>Checks by area</h2>
${matrixHtml(summary)}
<h2>Failures${error > 0 ? ' and runner errors' : ''} (${failing.length})</h2>
${failing.map((r) => detailHtml(r, summary.region)).join('\n') || '<p>None: every check passed or was skipped.</p>'}
<h2>All checks</h2>
${allChecksHtml(summary)}
<footer>kms-contract conform. Plaintext values are redacted to their length and a short hash; the curl commands sign with <code>--aws-sigv4</code> using $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY.</footer>
</main>
</body>
</html>
`;
}

/** Writes `<out>/conformance.html` at the end of the run. */
export function htmlReporter(out: string): Reporter {
  return {
    async end(summary) {
      await writeReport(join(out, 'conformance.html'), htmlReportOf(summary));
    },
  };
}
