# UI strings of every page. Translators: keep the message ids (left of `=`) unchanged and
# keep { $variables } as they are.

site-name = Know Your Rights
site-description = Plain-language guides to immigrants' rights in the United States, in many languages. General information, not legal advice.
skip-to-content = Skip to main content
quick-exit = Quick exit
language-switcher = Language
nav-sections = Sections
all-languages = All languages
choose-language = Read in English
footer-not-legal-advice = This site gives general information, not legal advice. For advice about your case, talk to a lawyer or a DOJ-accredited representative.
footer-hotline = Immigration court information line (automated, free): { $phone }

## Notices on a page
fallback-notice = This page is not yet in { $reader }. Here it is in { $language }.
fallback-help = Find free legal help in { $reader }
outdated-notice = This page was changed in English after it was translated. Some details here may be out of date.
outdated-read-original = Read the English page.
not-translated-badge = Not translated yet
last-reviewed = Last reviewed:
on-this-page = On this page
sources-heading = Official sources
# After a link to another website, for screen readers.
external-link = opens another website

## The way to the screener, on home and guide pages
screener-cta = Answer a few questions to see what help you may need
screener-cta-note = It takes about five minutes. Your answers stay on your phone.

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
directory-find = Find the right help
directory-by-language = Help in your language
directory-by-state = Help in your state
directory-where = Where:
directory-national = Everywhere in the United States
directory-none-in-language = No organization on this list says that it speaks { $language }. When you call, ask for an interpreter.
directory-see-national = Services for the whole country also help people in this state.
# Between items of a list ("English, Spanish"); keep the quotes.
list-separator = { ", " }
directory-notario-warning = Only a lawyer or a DOJ-accredited representative may give you immigration legal advice. A "notario" or a "consultant" may not. Never pay someone who promises a result.

## Language names, in this language (notices and the directory). Keep the codes in [brackets].
language-name = { $code ->
        [en] English
        [es] Spanish
        [ar] Arabic
        [zh] Chinese
        [zh-Hans] Chinese
        [zh-Hant] Chinese
        [fr] French
        [ht] Haitian Creole
        [prs] Dari
        [fa] Persian (Farsi)
        [ps] Pashto
        [pt] Portuguese
        [ru] Russian
        [uk] Ukrainian
        [vi] Vietnamese
        [ko] Korean
        [so] Somali
        [ur] Urdu
        [tl] Tagalog
        [am] Amharic
        [ti] Tigrinya
        [sw] Swahili
        [hi] Hindi
       *[other] { $name }
    }

## States and territories, in this language (the directory). Keep the codes in [brackets].
state-name = { $code ->
        [AL] Alabama
        [AK] Alaska
        [AS] American Samoa
        [AZ] Arizona
        [AR] Arkansas
        [CA] California
        [CO] Colorado
        [CT] Connecticut
        [DE] Delaware
        [DC] District of Columbia
        [FL] Florida
        [GA] Georgia
        [GU] Guam
        [HI] Hawaii
        [ID] Idaho
        [IL] Illinois
        [IN] Indiana
        [IA] Iowa
        [KS] Kansas
        [KY] Kentucky
        [LA] Louisiana
        [ME] Maine
        [MD] Maryland
        [MA] Massachusetts
        [MI] Michigan
        [MN] Minnesota
        [MS] Mississippi
        [MO] Missouri
        [MT] Montana
        [NE] Nebraska
        [NV] Nevada
        [NH] New Hampshire
        [NJ] New Jersey
        [NM] New Mexico
        [NY] New York
        [NC] North Carolina
        [ND] North Dakota
        [MP] Northern Mariana Islands
        [OH] Ohio
        [OK] Oklahoma
        [OR] Oregon
        [PA] Pennsylvania
        [PR] Puerto Rico
        [RI] Rhode Island
        [SC] South Carolina
        [SD] South Dakota
        [TN] Tennessee
        [TX] Texas
        [UT] Utah
        [VT] Vermont
        [VI] U.S. Virgin Islands
        [VA] Virginia
        [WA] Washington
        [WV] West Virginia
        [WI] Wisconsin
        [WY] Wyoming
       *[other] { $code }
    }

## Areas of help (the directory and the screener use the same names)
area-removal_defense = Immigration court and deportation
area-asylum = Asylum and protection
area-family = Family
area-general = General help and hotlines

## The screener page (the questions themselves are in screener.ftl)
screener-title = Questions to find the right help
screener-summary = Answer questions, one at a time, to learn what kind of legal help you may need. Your answers stay on your phone.
screener-intro = How many questions you answer depends on your answers: most people answer 15 to 30. The answers show what kind of legal help you may need, how urgent it is, and where to find free help.
screener-privacy = Your answers stay on this phone. They are never sent, never saved, and never put in the web address. When you close or leave this page, they are gone.
screener-quick-exit-note = The red "Quick exit" button leaves this page at once and clears your answers. It does not erase your browser history.
screener-start = Start
screener-next = Next
screener-back = Back
screener-start-over = Start over
screener-print = Print or save a summary
screener-progress = Question { $number } of about { $total }
screener-choose-one = Please choose an answer.
screener-enter-number = Please enter a number, or choose "I don't know".
screener-enter-date = Please choose a month and write the year, or choose "I don't know".
screener-month = Month
screener-year = Year
screener-day = Day (if you know it)
screener-number = Number
screener-loading = Loading the questions…
screener-failed = The questions could not start on this phone. You can still read the questions and what they mean below.
screener-why = Why we show this:
screener-your-answers = Your answers
screener-guides = Read more:
screener-directory = Find free legal help for this
screener-deadline-date = Date: { $date }
screener-deadline-approximate = About { $date } (we only know the month)
screener-deadline-passed = This date has passed. Talk to a lawyer soon.
screener-flags-heading = Also ask a lawyer about
screener-court-line = Immigration court information line (automated, free): 1-800-898-7180
screener-static-heading = The questions, if this page cannot run them
screener-static-intro = This page normally asks one question at a time. Here are all the questions and what the answers may mean. Read them and note your answers to bring to a lawyer.
screener-static-outcomes = What the answers may mean

## Glossary page
glossary-title = Legal words explained
glossary-summary = Plain explanations of the legal words used in these guides. Links in the guides lead here.
glossary-sections = Sections

## Gregorian month names, for every date the site shows (the screener, review dates).
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Search page
search-title = Search the guides
search-summary = Find a guide by typing a few words. What you type stays on your phone.
search-label = Words to search for
search-privacy = What you type stays on your phone: it is not sent or saved.
search-found = Guides found:
search-none = No guide found. Try other words, or look through the list below.
search-all-guides = All guides, A to Z
