// The benchmark's anchor (scripts/bench.mjs): the poem's reversal in plain JS, doing what the app's
// click does for the eye and the reader (DOM order reversed, the button's state, the stage's colours
// by its data-order, the status, the address's ?order=) and moving the lines as src/components/flip.rs does (FLIP with the Web
// Animations API: the same keyframes, duration, stagger and easing).
const list = document.querySelector('ol.poem-lines');
const button = document.querySelector('button.poem-toggle');
const status = document.querySelector('[role=status]');
const stage = document.querySelector('.poem');

button.addEventListener('click', () => {
  const items = [...list.children];
  const first = new Map(items.map((li) => [li, li.getBoundingClientRect().top]));
  for (const li of items) li.getAnimations().forEach((a) => a.cancel());
  for (const li of items.reverse()) list.append(li);
  const reversed = button.getAttribute('aria-pressed') !== 'true';
  button.setAttribute('aria-pressed', String(reversed));
  stage.dataset.order = reversed ? 'reverse' : 'original';
  status.textContent = reversed ? '下から読んでいます' : '上から読んでいます';
  history.replaceState(null, '', reversed ? '?order=reverse' : location.pathname);
  [...list.children].forEach((li, position) => {
    const delta = first.get(li) - li.getBoundingClientRect().top;
    if (Math.abs(delta) < 0.5) return;
    const rising = delta > 0;
    const [lane, faded] = rising ? ['-4px', 1] : ['4px', 0.2];
    li.classList.toggle('rising', rising);
    li.classList.toggle('falling', !rising);
    const animation = li.animate(
      [
        { transform: `translate(0, ${Math.round(delta)}px)`, opacity: faded },
        { transform: `translate(${lane}, ${Math.round(delta / 2)}px)`, opacity: faded, offset: 0.5 },
        { opacity: faded, offset: 0.96 },
        { transform: 'translate(0, 0)', opacity: 1 },
      ],
      { duration: 640, delay: position * 55, easing: 'cubic-bezier(0.45, 0, 0.2, 1)', fill: 'backwards' },
    );
    animation.onfinish = () => li.classList.remove('rising', 'falling');
  });
});
