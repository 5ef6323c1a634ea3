// The browser's number and date formats (ICU) are built once per process on first use: about 20 ms of
// a fast desktop's main thread, several times that on a phone. Built here first, off the main thread,
// the page's own first formatter costs under a millisecond (README, "Performance": measured in Chromium).
new Intl.NumberFormat('en', { style: 'percent' }).format(0.5);
new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(0);
close();
