// The host site's own script: demo controls and a listener for the widget's typed events.
const widget = document.getElementById('packages');
const selection = document.getElementById('selection');

document.getElementById('expert').addEventListener('change', (event) => {
  widget.setAttribute('expert', event.target.value);
});
document.getElementById('language').addEventListener('change', (event) => {
  widget.setAttribute('lang', event.target.value);
});
document.getElementById('theme').addEventListener('change', (event) => {
  widget.setAttribute('theme', event.target.value);
});

widget.addEventListener('appt-package-select', (event) => {
  const pkg = event.package;
  selection.textContent = `You chose “${pkg.title}” (${pkg.sessions} × ${pkg.durationMinutes} min).`;
});
