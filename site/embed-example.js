// The example portal's work-order logic (embed.html): sends the complaint to the viewer mounted
// by embed.js and shows the 派单 it receives as a work order would record it. Not part of
// embed.js: a real portal writes its own.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const host = $('viewer');
  const viewer = window.DutyAtlasEmbed.mount(host);
  const ROLE = { lead: '承办', cooperate: '协办' };

  host.addEventListener('dutyatlas:ready', (event) => {
    $('viewer-status').textContent = `已连接职责通 · 数据截至 ${event.detail.data_date} · 版本 ${event.detail.version}`;
    $('analyse').disabled = false;
  });
  host.addEventListener('dutyatlas:error', (event) => {
    $('viewer-status').textContent = `职责通：${event.detail.message}`;
  });
  $('order-form').addEventListener('submit', (event) => {
    event.preventDefault();
    viewer.analyse($('complaint').value, { address: $('address').value });
  });

  function cell(tag, text, className) {
    const el = document.createElement(tag);
    el.textContent = text;
    if (className) el.className = className;
    return el;
  }

  function basisList(basis) {
    const list = document.createElement('ul');
    for (const b of basis) {
      const source = [b.doc_no && `${b.doc_no}`, b.item_code && `事项编码 ${b.item_code}`].filter(Boolean).join(' · ');
      list.appendChild(cell('li', `${b.title || b.text}${source ? `（${source}）` : ''}`));
    }
    if (!basis.length) list.appendChild(cell('li', '（人工添加，无依据）'));
    return list;
  }

  host.addEventListener('dutyatlas:dispatch', (event) => {
    const p = event.detail.payload;
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    for (const title of ['角色', '单位', '统一社会信用代码', '依据']) head.appendChild(cell('th', title));
    for (const body of [p.lead, ...p.cooperating]) {
      const row = table.insertRow();
      row.appendChild(cell('td', ROLE[body.role], `role-${body.role}`));
      row.appendChild(cell('td', body.name));
      row.appendChild(cell('td', body.uscc));
      row.insertCell().appendChild(basisList(body.basis));
    }
    const box = $('dispatch');
    box.replaceChildren(cell('p', `${p.joint ? '联合派单' : '派单'} · 数据截至 ${p.data_date}`), table);
  });
})();
