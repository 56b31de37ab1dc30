# UI strings of every page. Translators: keep the message ids (left of `=`) unchanged and
# keep { $variables } as they are.

site-name = Know Your Rights
skip-to-content = Skip to main content
quick-exit = Quick exit
language-switcher = Language
nav-sections = Sections
all-languages = All languages
choose-language = Read in English
footer-not-legal-advice = This site gives general information, not legal advice. For advice about your case, talk to a lawyer or a DOJ-accredited representative.
footer-hotline = Immigration court information line (automated, free): { $phone }

## Notices on a page
fallback-notice = This page is not translated into your language yet. It is shown in { $language }.
outdated-notice = This page was changed in English after it was translated. Some details here may be out of date.
outdated-read-original = Read the English page.
not-translated-badge = Not translated yet
last-reviewed = Last reviewed:
on-this-page = On this page
sources-heading = Official sources
# After a link to another website, for screen readers.
external-link = opens another website

## Boxes inside guides
admonition-note = Note
admonition-tip = Tip
admonition-important = Important
admonition-warning = Warning
admonition-caution = Be careful

## Page not found (404)
not-found-title = Page not found
not-found-body = Go to the guides in English.

## The legal-help directory page
directory-title = Find free legal help
directory-summary = Free and low-cost legal help and hotlines, by the kind of help you need.
directory-intro = These are national services. Many of them can point you to free help near you. Call or visit their website. This list is information, not a recommendation.
directory-jump = Choose the kind of help
directory-phone = Phone:
directory-detained = Helps people in immigration detention.
directory-languages = Languages:
directory-notario-warning = Only a lawyer or a DOJ-accredited representative may give you immigration legal advice. A "notario" or a "consultant" may not. Never pay someone who promises a result.

## Areas of help (the directory and the screener use the same names)
area-removal_defense = Immigration court and deportation
area-asylum = Asylum and protection
area-family = Family
area-general = General help and hotlines
