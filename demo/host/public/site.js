// The host site's own script: demo controls and listeners for the widget's typed events.
const widget = document.getElementById('packages');
const picker = document.getElementById('picker');
const scheduling = document.getElementById('scheduling');
const selection = document.getElementById('selection');

function forEachElement(name, value) {
  for (const element of [widget, picker]) element.setAttribute(name, value);
}

document.getElementById('expert').addEventListener('change', (event) => {
  widget.setAttribute('expert', event.target.value);
  scheduling.hidden = true;
  selection.textContent = 'No package chosen yet.';
});
document.getElementById('language').addEventListener('change', (event) => forEachElement('lang', event.target.value));
document.getElementById('theme').addEventListener('change', (event) => forEachElement('theme', event.target.value));

widget.addEventListener('appt-package-select', (event) => {
  const pkg = event.package;
  selection.textContent = `You chose “${pkg.title}” (${pkg.sessions} × ${pkg.durationMinutes} min).`;
  picker.setAttribute('expert', pkg.expertId);
  picker.package = pkg;
  picker.value = [];
  scheduling.hidden = false;
  scheduling.scrollIntoView({ block: 'nearest' });
});

picker.addEventListener('appt-slot-select', (event) => {
  const times = event.slots.map((slot) => new Date(slot.start).toLocaleString());
  selection.textContent = times.length ? `Chosen times: ${times.join('; ')}.` : 'No time chosen yet.';
});
