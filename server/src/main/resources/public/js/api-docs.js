// The API docs page: lists the endpoints of /api/openapi.json (a file, not inline, so the page's CSP can forbid inline scripts).
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}
fetch('/api/openapi.json').then(r => r.json()).then(doc => {
  const out = document.getElementById('endpoints');
  const toc = el('ul');
  document.getElementById('toc').append(toc);
  let n = 0;
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const id = 'op-' + (++n);
      const link = el('a', method.toUpperCase() + ' ' + path);
      link.href = '#' + id;
      const item = el('li');
      item.append(link);
      toc.append(item);
      const section = el('section');
      section.id = id;
      section.append(el('h2', method.toUpperCase() + ' ' + path), el('p', op.summary || ''));
      if (op.parameters && op.parameters.length) {
        const table = el('table');
        const head = el('tr');
        ['parameter', 'in', 'required', 'type', 'description'].forEach(h => head.append(el('th', h)));
        table.append(head);
        for (const p of op.parameters) {
          const row = el('tr');
          const type = p.schema ? (p.schema.enum ? p.schema.enum.join(' | ') : p.schema.type) : '';
          [p.name, p.in, p.required ? 'yes' : 'no', type, p.description || ''].forEach(c => row.append(el('td', String(c))));
          table.append(row);
        }
        section.append(table);
      }
      if (op.requestBody) {
        section.append(el('p', 'Body: ' + Object.keys(op.requestBody.content).join(' or ')));
      }
      section.append(el('p', 'Responses: ' + Object.entries(op.responses).map(([code, r]) =>
        code + (r.description ? ' ' + r.description : '')).join('; ')));
      out.append(section);
    }
  }
});
