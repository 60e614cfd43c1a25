// Draws a line chart from a table with data-value cells (progressive enhancement: the table stays the source and
// remains visible for screen readers and without JavaScript).
document.addEventListener('DOMContentLoaded', function () {
	if (typeof Chart === 'undefined') {
		return;
	}
	document.querySelectorAll('canvas[data-chart-for]').forEach(function (canvas) {
		var table = document.getElementById(canvas.getAttribute('data-chart-for'));
		if (!table) {
			return;
		}
		var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
			return th.textContent.trim();
		});
		var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
		var labels = rows.map(function (row) {
			return row.querySelector('th').textContent.trim();
		});
		var datasets = headers.slice(1).map(function (header, column) {
			return {
				label: header,
				data: rows.map(function (row) {
					var value = row.querySelectorAll('td')[column].getAttribute('data-value');
					return value === '' ? null : Number(value);
				})
			};
		});
		canvas.classList.remove('d-none');
		new Chart(canvas, { type: 'line', data: { labels: labels, datasets: datasets },
			options: { animation: false, plugins: { legend: { position: 'bottom' } } } });
	});
});
