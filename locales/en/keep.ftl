# The printable booklet, the offline copy ("Keep this language on this phone") and the
# page at the top of a `site-gen bundle` copy.

keep-heading = Keep these guides
print-link = Print all the guides in one booklet
print-title = All the guides, to print
print-summary = Every guide in this language on one page, with the list of free legal help, to print or save.
print-intro = This page holds every guide in this language and the list of free legal help. To print it, use your browser's Print command. Check the date each guide was last reviewed: the law changes.
print-contents = Contents
offline-what = You can keep the guides in this language on this phone, to read them without internet. Only the pages of this site are saved: the guides, the questions and the search.
offline-privacy = Your answers and your searches are never saved. Someone who looks at this phone's browser settings can see that this site is saved. You can remove it at any time with the button below.
offline-size = It uses about { $size } MB of space on this phone.
offline-starting = Saving…
offline-saving = Saving: file { $done } of { $total }…
offline-saved = These guides are kept on this phone. They open even without internet.
offline-failed = The guides could not be saved. Try again when your connection is better.
offline-removed = The saved copy was removed from this phone.
offline-keep = Keep this language on this phone
offline-remove = Remove the offline copy
## The page at the top of a copy made by `site-gen bundle`
bundle-open = Open the guides in { $language }
