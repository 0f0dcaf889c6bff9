// The page's one stylesheet: system fonts, a calm hierarchy, badges in colour and words, light and
// dark, narrow screens and print. It is inlined and hashed for the Content-Security-Policy.
export const CSS = `
:root{color-scheme:light dark;--bg:#fbfbf9;--fg:#1d2328;--muted:#5d6770;--line:#dde1e4;--card:#fff;--accent:#1f5fa8;--accent-bg:#e8f0fa;--mark:#fff1a8;--hit:#ffd24d;
--agree:#1d6b3a;--agree-bg:#e3f3e8;--compatible:#0d6670;--compatible-bg:#e0f2f3;--explained:#2450a0;--explained-bg:#e6edfa;--conflict:#a4262c;--conflict-bg:#fbe7e7;--single:#555d66;--single-bg:#eceef0;--new:#7a3fb0;--new-bg:#f1e7fb;
--land:#e4e2da;--sea:#f2f5f7;--dot:#c2410c}
@media (prefers-color-scheme:dark){:root{--bg:#15191d;--fg:#e3e6e8;--muted:#9aa4ad;--line:#2e353b;--card:#1c2126;--accent:#8cb8ee;--accent-bg:#1f2d3f;--mark:#4a4216;--hit:#7a6414;
--agree:#8fd6a6;--agree-bg:#17301f;--compatible:#86d3d9;--compatible-bg:#143033;--explained:#a9c2f2;--explained-bg:#1b2740;--conflict:#f2a0a3;--conflict-bg:#3a1b1d;--single:#b8c0c8;--single-bg:#2a3036;--new:#d5b0f5;--new-bg:#33224a;
--land:#2c3238;--sea:#1a1f24;--dot:#fb923c}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Ubuntu,Cantarell,"Helvetica Neue",Arial,sans-serif}
.wrap{max-width:72rem;margin:0 auto;padding:1.25rem 1.25rem 4rem}
a{color:var(--accent)}
h1{font-size:1.75rem;line-height:1.25;margin:.25rem 0 .5rem;letter-spacing:-.01em}
h2{font-size:1.25rem;margin:0 0 .75rem;padding-bottom:.35rem;border-bottom:1px solid var(--line)}
h3{font-size:1.02rem;margin:0 0 .5rem}
p{margin:.35rem 0}
.muted{color:var(--muted)}
.eyebrow{font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:0}
.meta{color:var(--muted);margin:0 0 .5rem}
.meta strong{color:var(--fg)}
.topbar{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;flex-wrap:wrap;border-bottom:1px solid var(--line);padding-bottom:.5rem;margin-bottom:1rem;font-size:.9rem;color:var(--muted)}
nav.toc{display:flex;flex-wrap:wrap;gap:.35rem .5rem;margin:.75rem 0 1.25rem;font-size:.88rem}
nav.toc a{text-decoration:none;padding:.15rem .55rem;border:1px solid var(--line);border-radius:999px;background:var(--card)}
nav.toc a:hover{border-color:var(--accent)}
.visit{background:var(--new-bg);color:var(--fg);border-left:4px solid var(--new);padding:.4rem .75rem;border-radius:4px;font-size:.92rem}
.sec{margin:2rem 0;scroll-margin-top:1rem}
.intro{color:var(--muted);font-size:.92rem;margin:-.25rem 0 .75rem}
.badge{display:inline-block;font-size:.72rem;font-weight:600;line-height:1.5;padding:0 .5em;border-radius:999px;border:1px solid currentColor;vertical-align:.12em;white-space:nowrap;text-transform:uppercase;letter-spacing:.04em}
.st-agree{color:var(--agree);background:var(--agree-bg)}
.st-compatible{color:var(--compatible);background:var(--compatible-bg)}
.st-explained{color:var(--explained);background:var(--explained-bg)}
.st-conflict{color:var(--conflict);background:var(--conflict-bg)}
.st-single-source{color:var(--single);background:var(--single-bg)}
.badge.new{color:var(--new);background:var(--new-bg);margin-left:.35rem}
.badge[hidden]{display:none}
.modality,.vtag,.kind,.count{display:inline-block;font-size:.75rem;color:var(--muted);border:1px dashed var(--line);border-radius:4px;padding:0 .35em;white-space:nowrap}
.kind{display:block;width:max-content;margin-top:.2rem}
.why{color:var(--muted);font-size:.9rem}
button.src{display:inline;font:inherit;color:var(--accent);background:none;border:0;border-bottom:1px dotted currentColor;padding:0;margin:0;cursor:pointer;text-align:left;border-radius:0}
button.src:hover{background:var(--accent-bg)}
button.src:focus-visible,a:focus-visible,summary:focus-visible,.close:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:3px}
button.chip{font-size:.82rem;border:1px solid var(--line);border-radius:999px;padding:.05rem .55rem;background:var(--card);margin:.1rem .1rem}
button.chip:hover{border-color:var(--accent)}
button.val{font-weight:600}
button.title{color:var(--fg)}
.nolink{color:var(--fg)}
ol.devs{list-style:none;margin:0;padding:0;border-left:2px solid var(--line)}
li.dev{display:grid;grid-template-columns:7.5rem 1fr;gap:.75rem;padding:.55rem 0 .55rem .9rem;position:relative}
li.dev::before{content:"";position:absolute;left:-6px;top:1.05rem;width:10px;height:10px;border-radius:50%;background:var(--accent)}
li.dev .when{font-weight:600;font-variant-numeric:tabular-nums;padding-top:.05rem}
li.dev .summary{margin:0;font-size:1.02rem}
li.dev .sources{margin:.2rem 0 0;font-size:.85rem}
.figs{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:1rem}
.fig,.dispute,.speaker,.ents,.chart{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.9rem 1rem}
.fig-head{display:flex;align-items:baseline;gap:.6rem;flex-wrap:wrap}
.fig-value{font-size:2.1rem;font-weight:700;font-variant-numeric:tabular-nums;line-height:1.1}
.fig-label{font-size:1.05rem;font-weight:600}
.range{font-size:.85rem;color:var(--muted)}
details summary{cursor:pointer;font-size:.88rem;color:var(--muted);margin-top:.4rem}
ol.trail{margin:.35rem 0 0;padding-left:1.3rem;font-size:.92rem}
.dispute{margin-bottom:1rem;border-left:4px solid currentColor}
.dispute.st-conflict{background:var(--card);color:var(--conflict)}
.dispute.st-explained{background:var(--card);color:var(--explained)}
.dispute>*{color:var(--fg)}
.dispute>.why{color:var(--muted)}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.75rem;margin-top:.6rem}
.side{border:1px solid var(--line);border-radius:6px;padding:.6rem .75rem;background:var(--bg)}
.side-head{margin:0}
.side-value{font-size:1.15rem;margin:.15rem 0 .3rem}
blockquote{margin:0;padding:0 0 0 .75rem;border-left:3px solid var(--line);color:var(--fg)}
.side blockquote{font-size:.9rem;color:var(--muted)}
mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:2px}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;vertical-align:top;padding:.5rem .6rem;border-bottom:1px solid var(--line)}
thead th{font-size:.78rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border-bottom:2px solid var(--line)}
tbody th{font-weight:600;width:32%}
table.claims td:last-child{width:36%}
table.claims .why{margin:.25rem 0 0;font-size:.85rem}
ul.vals{list-style:none;margin:0;padding:0}
ul.vals li{margin:.1rem 0}
.speaker{margin-bottom:1rem}
figure{margin:0}
figure.quote{margin:.6rem 0 .9rem}
figure.quote blockquote{font-size:1.02rem;border-left-color:var(--accent)}
figure.quote button.q{color:var(--fg);border-bottom-color:var(--muted);font-style:italic}
figure.quote figcaption{font-size:.85rem;color:var(--muted);padding-left:.9rem;margin-top:.15rem}
ul.variants{list-style:none;margin:.35rem 0 0 .9rem;padding:0;font-size:.9rem}
ul.variants li{margin:.25rem 0}
button.small{font-size:.9rem}
.chart svg{display:block;max-width:100%;height:auto}
.chart figcaption{font-size:.82rem;color:var(--muted);margin-top:.4rem}
.tl-svg .lane{font-size:12px;font-weight:600;fill:var(--muted)}
.tl-svg .axis{stroke:var(--muted);stroke-width:1.5}
.tl-svg .tick{stroke:var(--muted)}
.tl-svg .axis-label,.tl-svg .lane-note{font-size:11px;fill:var(--muted)}
.tl-svg .break{stroke:var(--fg);stroke-width:1.5;fill:none}
.tl-svg .latest{stroke:var(--muted);stroke-dasharray:3 3}
.tl-dot line{stroke:var(--accent);stroke-width:1}
.tl-dot circle{fill:var(--accent);stroke:var(--card);stroke-width:1.5}
.tl-dot text{font-size:10px;font-weight:700;fill:var(--card)}
.tl-dot.coarse circle{fill:var(--card);stroke:var(--accent);stroke-width:2}
.tl-dot.coarse text{fill:var(--accent)}
.tl-dot.derived circle{stroke-dasharray:2 2}
.rep rect{fill:var(--muted);opacity:.6}
ol.tl{padding-left:1.8rem;margin:.9rem 0 0}
ol.tl li{margin:.35rem 0}
ol.tl .when{font-weight:600;font-variant-numeric:tabular-nums}
ol.tl .sources{font-size:.85rem}
.map .sea{fill:var(--sea)}
.map .land{fill:var(--land);stroke:var(--line);stroke-width:.7}
.place circle{fill:var(--dot);fill-opacity:.55;stroke:var(--dot);stroke-width:1.5}
.place text{font-size:12px;fill:var(--fg);paint-order:stroke;stroke:var(--sea);stroke-width:3px;stroke-linejoin:round}
ul.places{columns:2 16rem;margin:.75rem 0 0;padding-left:1.2rem;font-size:.92rem}
.ent-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
.ents ul{margin:0;padding-left:1.1rem;font-size:.94rem}
.ents li{margin:.3rem 0}
button.name{color:var(--fg);font-weight:600}
.path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.82rem;color:var(--muted);word-break:break-all}
a.ext{word-break:break-all;font-size:.88rem}
.story-list ol{list-style:none;padding:0;margin:0;display:grid;gap:.75rem}
.story-list li{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem}
.story-list li a{font-size:1.1rem;font-weight:600;text-decoration:none}
.story-list li a:hover{text-decoration:underline}
.story-list .stats{font-size:.88rem;color:var(--muted);margin:.2rem 0 0}
.disputes{color:var(--conflict);font-weight:600}
.back{font-size:.9rem}
.multi .story{display:none}
.multi .story:target{display:block}
.multi:has(.story:target) .story-list{display:none}
dialog.reader{border:0;padding:0;margin:0 0 0 auto;width:min(44rem,100vw);max-width:100vw;height:100vh;max-height:100vh;background:var(--card);color:var(--fg);box-shadow:-8px 0 30px rgba(0,0,0,.25)}
dialog.reader::backdrop{background:rgba(10,15,20,.35)}
.reader-head{position:sticky;top:0;background:var(--card);border-bottom:1px solid var(--line);padding:.9rem 1.1rem .6rem;display:flex;gap:1rem;align-items:flex-start}
.reader-head h2{border:0;padding:0;margin:0;font-size:1.1rem}
.reader-head .meta{font-size:.85rem;margin:.2rem 0 0}
.close{margin-left:auto;font:inherit;font-size:.9rem;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:6px;padding:.25rem .7rem;cursor:pointer}
.reader-body{padding:1rem 1.1rem 3rem;white-space:pre-wrap;font-size:1rem;line-height:1.65;max-width:40rem}
.reader-body .sent{background:var(--mark);padding:.1em 0}
.reader-body .hit{background:var(--hit);font-weight:600}
footer{margin-top:3rem;font-size:.82rem;color:var(--muted);border-top:1px solid var(--line);padding-top:.75rem}
@media (max-width:40rem){.wrap{padding:.9rem .9rem 3rem}h1{font-size:1.4rem}li.dev{grid-template-columns:1fr;gap:.1rem}tbody th{width:auto}table.claims,table.claims tbody,table.claims tr,table.claims td,table.claims th{display:block;width:auto!important}table.claims thead{display:none}table.claims tr{border-bottom:1px solid var(--line);padding:.4rem 0}table.claims td,table.claims th{border:0;padding:.2rem 0}}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}button.src,nav.toc a{transition:background-color .15s,border-color .15s}}
@media print{:root{--bg:#fff;--card:#fff;--fg:#000}body{font-size:11pt}nav.toc,.close,dialog,.visit,.badge.new,.back{display:none!important}.multi .story{display:block!important;break-before:page}.multi .story-list{display:block!important}.sec{break-inside:auto}.fig,.dispute,.side,.speaker,li.dev,tr{break-inside:avoid}button.src{color:#000;border:0}a.ext::after{content:""}details>*{display:block}}
`.trim();
