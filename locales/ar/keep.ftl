# The printable booklet, the offline copy ("Keep this language on this phone") and the
# page at the top of a `site-gen bundle` copy.

keep-heading = احتفظ بهذه الأدلة
print-link = اطبع كل الأدلة في كتيّب واحد
print-title = كل الأدلة، للطباعة
print-summary = كل الأدلة بهذه اللغة في صفحة واحدة، مع قائمة المساعدة القانونية المجانية، للطباعة أو الحفظ.
print-intro = في هذه الصفحة كل الأدلة بهذه اللغة وقائمة المساعدة القانونية المجانية. لطباعتها، استخدم أمر الطباعة في متصفحك. انتبه إلى تاريخ آخر مراجعة لكل دليل: القانون يتغير.
print-contents = المحتويات
offline-what = يمكنك الاحتفاظ بالأدلة بهذه اللغة على هذا الهاتف لتقرأها بدون إنترنت. تُحفظ صفحات هذا الموقع فقط: الأدلة والأسئلة والبحث.
offline-privacy = لا تُحفظ إجاباتك ولا ما تبحث عنه أبدًا. من ينظر في إعدادات متصفح هذا الهاتف يمكنه أن يرى أن هذا الموقع محفوظ. يمكنك حذفه في أي وقت بالزر أدناه.
offline-size = تشغل حوالي { $size } ميغابايت من مساحة هذا الهاتف.
offline-starting = جارٍ الحفظ…
offline-saving = جارٍ الحفظ: الملف { $done } من { $total }…
offline-saved = هذه الأدلة محفوظة على هذا الهاتف. تُفتح حتى بدون إنترنت.
offline-failed = تعذّر حفظ الأدلة. حاول مرة أخرى عندما يكون اتصالك أفضل.
offline-removed = حُذفت النسخة المحفوظة من هذا الهاتف.
offline-keep = احتفظ بهذه اللغة على هذا الهاتف
offline-remove = احذف النسخة المحفوظة
## The page at the top of a copy made by `site-gen bundle`
bundle-open = افتح الأدلة: { $language }
