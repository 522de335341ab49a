// The edition's style sheet (see edition_style.h). Colours keep a contrast of at least 4.5:1
// (WCAG AA) against their background; the fonts are the reader's own CJK system fonts.
#include "core/edition/edition_style.h"

namespace dutyatlas {

std::string_view edition_style_sheet() {
  return R"css(/* 职责通 文字版: one style sheet for every page. No web font, no script. */
:root { --ink: #1f2933; --muted: #52606d; --line: #d9dee4; --brand: #1d4f91; --paper: #ffffff;
  --ground: #f3f5f8; --link: #1a4f9c; --visited: #5b3a8c; --sample: #8a2a12; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--ground); color: var(--ink); font-size: 17px; line-height: 1.8;
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
    "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
a { color: var(--link); text-underline-offset: 0.2em; }
a:visited { color: var(--visited); }
a:hover { text-decoration-thickness: 2px; }
a:focus-visible, .table-wrap:focus-visible { outline: 3px solid #f0a000; outline-offset: 2px; }
.wrap { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: 0.5rem 1rem; }
.skip:focus { left: 0.5rem; z-index: 1; }
header.site { background: var(--brand); color: #fff; border-bottom: 4px solid #c8a24a; }
header.site .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.75rem;
  padding-top: 0.9rem; padding-bottom: 0.9rem; }
.site-title, .site-title:visited { color: #fff; font-size: 1.3rem; font-weight: 600;
  text-decoration: none; letter-spacing: 0.05em; }
.tag { font-size: 0.8rem; border: 1px solid rgba(255, 255, 255, 0.7); border-radius: 3px;
  padding: 0 0.45rem; line-height: 1.6; }
.tag.sample { background: #fff; color: var(--sample); border-color: #fff; }
nav.crumbs ol { list-style: none; margin: 0; padding: 0.8rem 0 0; font-size: 0.9rem;
  color: var(--muted); }
nav.crumbs li { display: inline; }
nav.crumbs li + li::before { content: "›"; margin: 0 0.45rem; color: var(--muted); }
main { background: var(--paper); border: 1px solid var(--line); border-radius: 4px;
  margin: 0.8rem 0 1.5rem; padding: 1.25rem 2rem 2rem; }
h1 { font-size: 1.7rem; line-height: 1.4; margin: 0.4rem 0 0.4rem; color: #102a43; }
h2 { font-size: 1.25rem; line-height: 1.5; margin: 2rem 0 0.6rem; padding-left: 0.6rem;
  border-left: 4px solid var(--brand); color: #102a43; }
h3 { font-size: 1.05rem; margin: 1.3rem 0 0.4rem; color: #243b53; }
p { margin: 0.5rem 0; }
.page-meta { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; font-size: 0.9rem;
  color: var(--muted); border-bottom: 1px solid var(--line); padding-bottom: 0.7rem;
  margin-bottom: 1rem; }
.page-meta .sample { color: var(--sample); font-weight: 600; }
.page-meta .live { margin-left: auto; font-weight: 600; }
.note { color: var(--muted); font-size: 0.92rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1.2rem; margin: 0.6rem 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
dl.contact a[href^="tel:"] { font-variant-numeric: tabular-nums; white-space: nowrap; }
ol.clauses { list-style: none; padding: 0; margin: 0.4rem 0; }
ol.clauses li { display: flex; gap: 0.3rem; padding: 0.35rem 0; border-bottom: 1px dashed var(--line); }
ol.clauses li:last-child { border-bottom: 0; }
.num { flex: none; min-width: 3.2em; color: var(--brand); font-weight: 600; }
ul.plain { padding-left: 1.3rem; margin: 0.4rem 0; }
ul.plain li { margin: 0.2rem 0; }
ul.cards { list-style: none; padding: 0; margin: 0.6rem 0; display: grid; gap: 0.6rem;
  grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); }
ul.cards li { border: 1px solid var(--line); border-radius: 4px; padding: 0.6rem 0.9rem; }
ul.cards .count { display: block; color: var(--muted); font-size: 0.9rem; }
.table-wrap { overflow-x: auto; margin: 0.6rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; line-height: 1.6; }
caption { text-align: left; color: var(--muted); font-size: 0.9rem; padding-bottom: 0.3rem; }
th, td { border: 1px solid var(--line); padding: 0.45rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: #e8eef6; color: #102a43; white-space: nowrap; }
tbody th { font-weight: normal; }
tbody tr:nth-child(even) { background: #f8fafc; }
nav.pager { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 1rem 0; font-size: 0.95rem; }
nav.pager a, nav.pager span { border: 1px solid var(--line); border-radius: 3px; padding: 0.15rem 0.6rem; }
nav.pager [aria-current] { background: var(--brand); color: #fff; border-color: var(--brand); }
.doc-text p { text-indent: 2em; }
footer.site { color: var(--muted); font-size: 0.88rem; padding: 0.5rem 0 2rem; }
footer.site p { margin: 0.2rem 0; }
@media (max-width: 40rem) {
  body { font-size: 16px; }
  .wrap { padding: 0 0.75rem; }
  main { padding: 0.9rem 1rem 1.5rem; border-left: 0; border-right: 0; border-radius: 0;
    margin-left: -0.75rem; margin-right: -0.75rem; }
  h1 { font-size: 1.4rem; }
  .page-meta .live { margin-left: 0; }
  dl.facts { grid-template-columns: 1fr; gap: 0; }
  dl.facts dd { margin-bottom: 0.4rem; }
}
@media print { header.site, nav.crumbs, .page-meta .live, .skip { display: none; }
  main { border: 0; padding: 0; } body { background: #fff; } }
)css";
}

}  // namespace dutyatlas
