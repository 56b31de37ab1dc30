// Quick exit: leave for an everyday page at once and replace this page in the browser's
// history, so that Back does not return to it. Without JavaScript the link still leaves.
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element && event.target.closest("a.quick-exit");
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  document.body.hidden = true;
  window.location.replace(link.href);
});
