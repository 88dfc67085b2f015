/// The dashboard's Mustache template: one HTML page, inline CSS, inline SVG, no script and nothing
/// fetched from the network. `{{{…}}}` inserts the charts and highlighted texts the builder made
/// (already escaped); everything else is escaped by the template.
enum DashboardTemplate {
    static let html = #"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="odrlens">
<title>{{l.title}} {{from}} – {{to}}</title>
<style>
:root { --ink:#1d2330; --muted:#5b6475; --line:#d9dde5; --bad:#b3261e; --good:#1e7b34; --accent:#2f5fb3; --bg:#f6f7f9; }
* { box-sizing: border-box; }
body { margin:0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color:var(--ink); background:var(--bg); }
main { max-width: 1060px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.sub { color: var(--muted); margin: 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 12px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; break-inside: avoid; }
.card h3 { margin: 0 0 6px; font-size: 14px; color: var(--muted); font-weight: 600; }
.rate { font-size: 32px; font-weight: 700; }
.over .rate { color: var(--bad); } .ok .rate { color: var(--good); }
.badge { display:inline-block; font-size: 12px; padding: 1px 8px; border-radius: 10px; margin-left: 8px; vertical-align: middle; }
.over .badge { background:#fde7e6; color: var(--bad); } .ok .badge { background:#e5f4e8; color: var(--good); }
.gauge { position: relative; height: 8px; background: #eceff3; border-radius: 4px; margin: 8px 0; }
.gauge span { position:absolute; left:0; top:0; bottom:0; border-radius: 4px; background: var(--accent); }
.over .gauge span { background: var(--bad); }
.gauge i { position:absolute; top:-3px; bottom:-3px; width:2px; background: var(--ink); }
.parts { color: var(--muted); font-size: 13px; }
table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); font-size: 13px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f5; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
td.id, td.date { white-space: nowrap; }
td.late { color: var(--bad); font-weight: 700; }
svg.chart { width: 100%; height: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
svg .grid { stroke: #e6e9ee; } svg .axis, svg .label, svg .value { font-size: 12px; fill: var(--muted); }
svg .label { fill: var(--ink); }
svg .line { fill: none; stroke: var(--accent); stroke-width: 2; }
svg .threshold { stroke: var(--bad); stroke-dasharray: 6 4; stroke-width: 1.5; }
svg .threshold-label { font-size: 12px; fill: var(--bad); }
svg .window { fill: #e9f0fb; }
svg .bar { fill: var(--accent); }
mark { background: #ffe08a; padding: 0 1px; border-radius: 2px; }
.sample { background:#fff; border:1px solid var(--line); border-radius: 6px; padding: 8px 10px; margin: 6px 0; }
.sample .meta { color: var(--muted); font-size: 12px; }
.note { color: var(--muted); font-size: 13px; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
@media print { body { background: #fff; } main { max-width: none; padding: 0; } h2 { break-after: avoid; } .card, table, svg, .sample { break-inside: avoid; } }
</style>
</head>
<body>
<main>
<header>
<h1>{{l.title}}</h1>
<p class="sub">{{l.window}}: {{from}} – {{to}} ({{days}} {{l.days}}), {{l.asOf}} {{asOf}} · {{l.target}} {{targetText}}</p>
</header>

<section id="headline">
<h2>{{l.headline}}</h2>
<div class="cards">
{{#channels}}
<div class="card {{#over}}over{{/over}}{{^over}}ok{{/over}}" id="odr-{{id}}">
<h3>{{name}}</h3>
<div><span class="rate" data-odr="{{id}}">{{rate}}</span><span class="badge">{{status}}</span></div>
<div class="gauge"><span style="width: {{gauge}}%"></span><i style="left: {{targetMark}}%"></i></div>
<div class="parts">{{defective}} {{l.defective}} / {{orders}} {{l.orders}}</div>
<div class="parts">{{l.negativeFeedback}} <span data-part="{{id}}-negative_feedback">{{negativeFeedback}}</span> · {{l.claims}} <span data-part="{{id}}-claims">{{claims}}</span> · {{l.chargebacks}} <span data-part="{{id}}-chargebacks">{{chargebacks}}</span></div>
</div>
{{/channels}}
</div>
</section>

<section id="trend">
<h2>{{l.trend}}</h2>
{{{trendChart}}}
</section>

<section id="contributions">
<h2>{{l.byCategory}}</h2>
{{{categoryChart}}}
<table>
<thead><tr><th>{{l.category}}</th><th>{{l.area}}</th><th class="num">{{l.weight}}</th><th class="num">{{l.share}}</th><th class="num">{{l.contribution}}</th></tr></thead>
<tbody>
{{#categoryRows}}<tr><td>{{name}}</td><td>{{area}}</td><td class="num">{{weight}}</td><td class="num">{{share}}</td><td class="num" data-category="{{key}}">{{rate}}</td></tr>
{{/categoryRows}}
<tr class="total"><td colspan="4">{{l.addsUp}}</td><td class="num" data-total="category">{{totalRate}}</td></tr>
</tbody>
</table>
<h2>{{l.byArea}}</h2>
{{{areaChart}}}
<table>
<thead><tr><th>{{l.area}}</th><th class="num">{{l.weight}}</th><th class="num">{{l.share}}</th><th class="num">{{l.contribution}}</th></tr></thead>
<tbody>
{{#areaRows}}<tr><td>{{name}}</td><td class="num">{{weight}}</td><td class="num">{{share}}</td><td class="num" data-area="{{key}}">{{rate}}</td></tr>
{{/areaRows}}
<tr class="total"><td colspan="3">{{l.addsUp}}</td><td class="num" data-total="area">{{totalRate}}</td></tr>
</tbody>
</table>
</section>

<section id="breakdowns">
<div>
<h2>{{l.topSKUs}}</h2>
<table>
<thead><tr><th>{{l.sku}}</th><th class="num">{{l.defectiveOfOrders}}</th><th class="num">{{l.rate}}</th><th class="num">{{l.contribution}}</th><th>{{l.topCategories}}</th></tr></thead>
<tbody>
{{#skuRows}}<tr><td class="id">{{key}}<br><span class="note">{{detail}}</span></td><td class="num">{{defective}} / {{orders}}</td><td class="num">{{rate}}</td><td class="num" data-sku="{{key}}">{{contribution}}</td><td>{{top}}</td></tr>
{{/skuRows}}
{{^skuRows}}<tr><td colspan="5">{{l.none}}</td></tr>{{/skuRows}}
</tbody>
</table>
</div>
<div>
<h2>{{l.topCarriers}}</h2>
<table>
<thead><tr><th>{{l.carrier}}</th><th class="num">{{l.defectiveOfOrders}}</th><th class="num">{{l.contribution}}</th><th class="num">{{l.lateShipments}}</th><th>{{l.topCategories}}</th></tr></thead>
<tbody>
{{#carrierRows}}<tr><td>{{key}}</td><td class="num">{{defective}} / {{orders}}</td><td class="num" data-carrier="{{key}}">{{contribution}}</td><td class="num">{{late}}</td><td>{{top}}</td></tr>
{{/carrierRows}}
{{^carrierRows}}<tr><td colspan="5">{{l.none}}</td></tr>{{/carrierRows}}
</tbody>
</table>
</div>
</section>

<section id="what-if">
<h2>{{l.whatIf}}</h2>
<table>
<thead><tr><th>{{l.fix}}</th><th class="num">{{l.saved}}</th><th class="num">{{l.after}}</th></tr></thead>
<tbody>
{{#whatIfRows}}<tr><td>{{name}}</td><td class="num">{{saved}}</td><td class="num" data-what-if="{{kind}}:{{fix}}">{{after}}</td></tr>
{{/whatIfRows}}
{{^whatIfRows}}<tr><td colspan="3">{{l.none}}</td></tr>{{/whatIfRows}}
</tbody>
</table>
</section>

<section id="act-now">
<h2>{{l.actNow}} <span class="note">({{actNowCount}})</span></h2>
<p class="note">{{l.actNowNote}}</p>
<table>
<thead><tr><th class="num">{{l.daysLeft}}</th><th>{{l.todo}}</th><th>{{l.order}}</th><th>{{l.category}}</th><th>{{l.text}}</th></tr></thead>
<tbody>
{{#actNowRows}}<tr><td class="num{{#overdue}} late{{/overdue}}">{{days}}</td><td>{{action}}</td><td class="id" data-act-now="{{order}}">{{order}}</td><td>{{categories}}</td><td>{{text}}</td></tr>
{{/actNowRows}}
{{^actNowRows}}<tr><td colspan="5">{{l.none}}</td></tr>{{/actNowRows}}
{{#actNowMore}}<tr><td colspan="5" class="note">+ {{actNowMore}} {{l.more}}</td></tr>{{/actNowMore}}
</tbody>
</table>
</section>

<section id="removal">
<h2>{{l.removal}}</h2>
<p class="note">{{l.removalNote}}</p>
<table>
<thead><tr><th>{{l.order}}</th><th>{{l.date}}</th><th class="num">{{l.rating}}</th><th>{{l.action}}</th><th>{{l.reason}}</th><th>{{l.category}}</th><th>{{l.text}}</th></tr></thead>
<tbody>
{{#removalRows}}<tr><td class="id" data-removal="{{order}}">{{order}}</td><td class="date">{{date}}</td><td class="num">{{rating}}</td><td>{{action}}</td><td>{{reason}}</td><td>{{categories}}</td><td>{{text}}</td></tr>
{{/removalRows}}
{{^removalRows}}<tr><td colspan="7">{{l.none}}</td></tr>{{/removalRows}}
</tbody>
</table>
</section>

<section id="samples">
<h2>{{l.samples}}</h2>
{{#samples}}
<h3 id="sample-{{id}}">{{name}} <span class="note">({{count}})</span></h3>
{{#items}}<div class="sample"><div>{{{html}}}</div><div class="meta">{{meta}}</div></div>
{{/items}}
{{/samples}}
</section>

<footer>
<p>{{l.generated}}: {{#inputs}}{{file}} ({{kind}}, {{rows}}) · {{/inputs}}</p>
<p>{{l.footer}}</p>
</footer>
</main>
</body>
</html>
"""#
}
