// The embedding example page (embed.html): a same-origin portal reading the viewer's route.
// In a file of its own, not inline: the site runs under a Content-Security-Policy without
// 'unsafe-inline' (scripts/serve.mjs).
const frame = document.getElementById('dutyatlas');
frame.addEventListener('load', async () => {
  const api = await frame.contentWindow.dutyatlas.ready;  // rejects with the page's message
  const show = () => {
    const match = api.route().match(/^#\/body\/(.+)$/);
    const body = match ? api.query({ query: 'body', id: match[1] }) : null;
    document.getElementById('current').textContent = body && body.ok ? body.result.name : '（未选择）';
  };
  frame.contentWindow.addEventListener('hashchange', show);
  show();
});
