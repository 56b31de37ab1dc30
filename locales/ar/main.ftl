# نصوص الواجهة في كل صفحة. إلى المترجمين: لا تغيّروا أسماء الرسائل (يسار علامة `=`)،
# واتركوا { $variables } كما هي.

site-name = اعرف حقوقك
site-description = أدلة بلغة بسيطة عن حقوق المهاجرين في الولايات المتحدة، بلغات كثيرة. معلومات عامة، وليست استشارة قانونية.
skip-to-content = انتقل إلى المحتوى الرئيسي
quick-exit = خروج سريع
language-switcher = اللغة
nav-sections = الأقسام
all-languages = كل اللغات
choose-language = اقرأ باللغة العربية
footer-not-legal-advice = يقدّم هذا الموقع معلومات عامة، وليس استشارة قانونية. للحصول على نصيحة عن قضيتك، تحدّث مع محامٍ أو مع ممثل معتمد من وزارة العدل الأمريكية (DOJ).
footer-hotline = خط معلومات محكمة الهجرة (آلي ومجاني): { $phone }

## تنبيهات في الصفحة
fallback-notice = هذه الصفحة لم تُترجم إلى لغتك بعد. هي معروضة باللغة: { $language }.
outdated-notice = تغيّرت هذه الصفحة بالإنجليزية بعد ترجمتها. قد تكون بعض التفاصيل هنا قديمة.
outdated-read-original = اقرأ الصفحة بالإنجليزية.
not-translated-badge = لم تُترجم بعد
last-reviewed = آخر مراجعة:
on-this-page = في هذه الصفحة
sources-heading = المصادر الرسمية
# بعد رابط إلى موقع آخر، لبرامج قراءة الشاشة.
external-link = يفتح موقعًا آخر

## مربعات داخل الأدلة
admonition-note = ملاحظة
admonition-tip = نصيحة
admonition-important = مهم
admonition-warning = تحذير
admonition-caution = انتبه

## الصفحة غير موجودة (404)
not-found-title = الصفحة غير موجودة
not-found-body = اذهب إلى الأدلة باللغة العربية.

## صفحة دليل المساعدة القانونية
directory-title = ابحث عن مساعدة قانونية مجانية
directory-summary = مساعدة قانونية مجانية أو قليلة التكلفة، وخطوط مساعدة، مرتّبة حسب نوع المساعدة التي تحتاج إليها.
directory-intro = هذه خدمات وطنية. كثير منها يستطيع أن يدلّك على مساعدة مجانية قريبة منك. اتصل بها أو زُر موقعها على الإنترنت. هذه القائمة معلومات، وليست توصية.
directory-jump = اختر نوع المساعدة
directory-phone = الهاتف:
directory-detained = تساعد الأشخاص المحتجزين لدى سلطات الهجرة.
directory-languages = اللغات:
directory-notario-warning = المحامي أو الممثل المعتمد من وزارة العدل الأمريكية (DOJ) وحده يجوز له أن يعطيك استشارة قانونية في الهجرة. «النوتاريو» أو «المستشار» لا يجوز له ذلك. لا تدفع أبدًا لشخص يعدك بنتيجة.

## أنواع المساعدة (دليل المساعدة القانونية والأسئلة يستعملان الأسماء نفسها)
area-removal_defense = محكمة الهجرة والترحيل
area-asylum = اللجوء والحماية
area-family = الأسرة
area-general = مساعدة عامة وخطوط مساعدة

## صفحة الأسئلة (الأسئلة نفسها موجودة في screener.ftl)
screener-title = أسئلة لتجد المساعدة المناسبة
screener-summary = أجب عن بضعة أسئلة لتعرف نوع المساعدة القانونية التي قد تحتاج إليها. إجاباتك تبقى على هاتفك.
screener-intro = أجب عن بضعة أسئلة قصيرة. في النهاية سترى نوع المساعدة القانونية التي قد تحتاج إليها، ومدى استعجالها، وأين تجد مساعدة مجانية. يستغرق هذا نحو خمس دقائق.
screener-privacy = إجاباتك تبقى على هذا الهاتف. لا تُرسل أبدًا، ولا تُحفظ أبدًا، ولا توضع أبدًا في عنوان الصفحة على الإنترنت. عندما تغلق هذه الصفحة أو تتركها، تختفي إجاباتك.
screener-quick-exit-note = زر «خروج سريع» الأحمر يغادر هذه الصفحة فورًا ويمسح إجاباتك. لكنه لا يمسح سجل التصفح.
screener-start = ابدأ
screener-next = التالي
screener-back = رجوع
screener-start-over = ابدأ من جديد
screener-print = اطبع ملخصًا أو احفظه
screener-progress = السؤال { $number }
screener-choose-one = من فضلك اختر إجابة.
screener-enter-number = من فضلك اكتب رقمًا، أو اختر «لا أعرف».
screener-enter-date = من فضلك اختر الشهر واكتب السنة، أو اختر «لا أعرف».
screener-month = الشهر
screener-year = السنة
screener-day = اليوم (إذا كنت تعرفه)
screener-number = الرقم
screener-loading = يجري تحميل الأسئلة…
screener-failed = لم تستطع الأسئلة أن تبدأ على هذا الهاتف. لكن يمكنك أن تقرأ الأسئلة ومعانيها في الأسفل.
screener-why = لماذا نعرض هذا:
screener-your-answers = إجاباتك
screener-guides = اقرأ المزيد:
screener-directory = ابحث عن مساعدة قانونية مجانية في هذا الأمر
screener-deadline-date = التاريخ: { $date }
screener-deadline-approximate = نحو { $date } (نعرف الشهر فقط)
screener-deadline-passed = هذا التاريخ قد مرّ. تحدّث مع محامٍ قريبًا.
screener-flags-heading = اسأل المحامي أيضًا عن
screener-court-line = خط معلومات محكمة الهجرة (آلي ومجاني): 1-800-898-7180
screener-static-heading = الأسئلة، إذا لم تستطع هذه الصفحة أن تعرضها
screener-static-intro = في العادة تعرض هذه الصفحة سؤالًا واحدًا في كل مرة. هنا كل الأسئلة، وما قد تعنيه الإجابات. اقرأها واكتب إجاباتك لتأخذها معك إلى المحامي.
screener-static-outcomes = ما قد تعنيه الإجابات

## Glossary page
glossary-title = شرح الكلمات القانونية
glossary-summary = شرح بسيط للكلمات القانونية المستعملة في هذه الأدلة. الروابط في الأدلة تأخذك إلى هنا.
glossary-sections = الأقسام
