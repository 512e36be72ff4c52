// Staff console: follows the latest dossiers without reloading the page. Polls the console's JSON every 1.5 s and
// redraws the table with DOM calls only (textContent: labels and error messages are never read as HTML).
(function () {
    'use strict';
    var table = document.getElementById('jobs');
    if (!table) { return; }
    var body = table.tBodies[0];
    var state = document.getElementById('jobs-state');
    var tokenInput = document.querySelector('#upload-form input[name="__RequestVerificationToken"]');
    var interval = 1500;

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) { node.className = className; }
        if (text !== undefined && text !== null) { node.textContent = String(text); }
        return node;
    }

    function pad(n) { return n < 10 ? '0' + n : String(n); }

    // dd/MM/yyyy HH:mm in Vietnam time (UTC+7, no daylight saving), whatever the browser's own zone.
    function formatTime(iso) {
        var t = new Date(new Date(iso).getTime() + 7 * 3600 * 1000);
        return pad(t.getUTCDate()) + '/' + pad(t.getUTCMonth() + 1) + '/' + t.getUTCFullYear() + ' ' +
            pad(t.getUTCHours()) + ':' + pad(t.getUTCMinutes());
    }

    var pageStateText = { Pending: 'đang chờ', Done: 'xong', Failed: 'lỗi' };

    function pagesCell(job) {
        var cell = el('td', 'pages');
        var bar = el('progress');
        bar.max = Math.max(job.pagesTotal, 1);
        bar.value = job.pagesTotal - job.pagesPending;
        cell.appendChild(bar);
        var text = (job.pagesTotal - job.pagesPending) + '/' + job.pagesTotal + ' trang';
        if (job.pagesFailed > 0) { text += ' (' + job.pagesFailed + ' lỗi)'; }
        cell.appendChild(el('span', 'count', text));
        if (job.pages && job.pages.length > 0) {
            var list = el('span', 'page-states');
            job.pages.forEach(function (p) {
                var mark = el('span', 'page-state ' + p.status.toLowerCase(), p.page);
                mark.title = 'Trang ' + p.page + ' (' + p.file + '): ' + (pageStateText[p.status] || p.status);
                list.appendChild(mark);
            });
            cell.appendChild(list);
        }
        return cell;
    }

    function errorsCell(job) {
        var cell = el('td', 'errors');
        if (job.errors.length === 0) { return cell; }
        var list = el('ul');
        job.errors.forEach(function (e) {
            var item = el('li', 'job-error');
            item.appendChild(el('span', 'stage', e.stageText));
            var where = e.file || 'cả hồ sơ';
            if (e.page !== null && e.page !== undefined) { where += ', trang ' + e.page; }
            item.appendChild(el('span', 'where', where));
            item.appendChild(el('span', 'reason', e.message));
            list.appendChild(item);
        });
        cell.appendChild(list);
        return cell;
    }

    function retryCell(job) {
        var cell = el('td', 'actions');
        if (!job.canRetry || !tokenInput) { return cell; }
        var form = el('form');
        form.method = 'post';
        form.action = table.getAttribute('data-retry');
        var id = el('input');
        id.type = 'hidden'; id.name = 'id'; id.value = job.id;
        var token = el('input');
        token.type = 'hidden'; token.name = '__RequestVerificationToken'; token.value = tokenInput.value;
        var button = el('button', 'retry', 'Chạy lại');
        button.type = 'submit';
        form.appendChild(id); form.appendChild(token); form.appendChild(button);
        cell.appendChild(form);
        return cell;
    }

    function row(job) {
        var tr = el('tr', 'job status-' + job.status.toLowerCase());
        tr.setAttribute('data-id', job.id);
        tr.setAttribute('data-label', job.label);
        var name = el('td', 'label');
        name.appendChild(el('span', null, job.label));
        name.appendChild(el('small', 'id', job.id));
        tr.appendChild(name);
        tr.appendChild(el('td', 'created', formatTime(job.createdAt)));
        tr.appendChild(el('td', 'status', job.statusText));
        tr.appendChild(el('td', 'stage', job.stageText));
        tr.appendChild(pagesCell(job));
        tr.appendChild(errorsCell(job));
        tr.appendChild(retryCell(job));
        return tr;
    }

    function render(jobs) {
        // A retry form being pressed must not vanish under the user's pointer: skip a redraw while one has focus.
        if (document.activeElement && body.contains(document.activeElement)) { return; }
        var rows = document.createDocumentFragment();
        jobs.forEach(function (job) { rows.appendChild(row(job)); });
        body.replaceChildren(rows);
        state.textContent = jobs.length === 0 ? 'Chưa có hồ sơ nào.' : 'Cập nhật lúc ' + formatTime(new Date().toISOString());
    }

    function poll() {
        fetch(table.getAttribute('data-source'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (response) {
                if (!response.ok) { throw new Error(String(response.status)); }
                return response.json();
            })
            .then(render)
            .catch(function () { state.textContent = 'Không cập nhật được tiến độ; đang thử lại…'; })
            .then(function () { window.setTimeout(poll, interval); });
    }

    poll();
}());
