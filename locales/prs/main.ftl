# متن‌های رابط کاربر در هر صفحه. مترجمان: شناسه پیام‌ها (سمت چپ `=`) را تغییر ندهید
# و { $variables } را همان‌طور که هستند نگه دارید.

site-name = حقوق خود را بدانید
skip-to-content = رفتن به محتوای اصلی
quick-exit = خروج سریع
language-switcher = زبان
nav-sections = بخش‌ها
all-languages = همه زبان‌ها
choose-language = به دری بخوانید
footer-not-legal-advice = این سایت معلومات عمومی می‌دهد، نه مشوره حقوقی. برای مشوره درباره دوسیه خود، با یک وکیل یا یک نماینده مجاز وزارت عدلیه (DOJ-accredited representative) صحبت کنید.
footer-hotline = خط معلومات محکمه مهاجرت (خودکار، مجانی): { $phone }

## پیام‌ها در یک صفحه
fallback-notice = این صفحه هنوز به زبان شما ترجمه نشده است. این صفحه به { $language } نشان داده می‌شود.
outdated-notice = این صفحه بعد از ترجمه، به انگلیسی تغییر کرده است. ممکن است بعضی جزئیات این‌جا کهنه شده باشد.
outdated-read-original = صفحه انگلیسی را بخوانید.
not-translated-badge = هنوز ترجمه نشده
last-reviewed = آخرین بازبینی:
on-this-page = در این صفحه
sources-heading = منابع رسمی
# بعد از لینک به یک ویب‌سایت دیگر، برای برنامه‌های صفحه‌خوان (screen readers).
external-link = یک ویب‌سایت دیگر را باز می‌کند

## جعبه‌ها در داخل رهنماها
admonition-note = یادداشت
admonition-tip = نکته
admonition-important = مهم
admonition-warning = هشدار
admonition-caution = احتیاط کنید

## صفحه پیدا نشد (404)
not-found-title = صفحه پیدا نشد
not-found-body = به رهنماهای دری بروید.

## صفحه فهرست کمک حقوقی
directory-title = کمک حقوقی مجانی پیدا کنید
directory-summary = کمک حقوقی مجانی یا ارزان و خط‌های تیلفون کمک، بر اساس نوع کمکی که به آن ضرورت دارید.
directory-intro = این‌ها خدمات ملی هستند. بسیاری از آن‌ها می‌توانند شما را به کمک مجانی نزدیک خودتان رهنمایی کنند. زنگ بزنید یا به ویب‌سایت آن‌ها بروید. این فهرست معلومات است، نه توصیه.
directory-jump = نوع کمک را انتخاب کنید
directory-phone = تیلفون:
directory-detained = به کسانی که در بازداشت مهاجرت هستند، کمک می‌کند.
directory-languages = زبان‌ها:
directory-notario-warning = فقط یک وکیل یا یک نماینده مجاز وزارت عدلیه (DOJ-accredited representative) اجازه دارد به شما مشوره حقوقی مهاجرت بدهد. یک «نوتاریو» (notario) یا یک «مشاور» (consultant) اجازه ندارد. هیچ‌وقت به کسی که نتیجه را وعده می‌دهد، پول ندهید.

## انواع کمک (فهرست و سوال‌ها همین نام‌ها را به کار می‌برند)
area-removal_defense = محکمه مهاجرت و دیپورت
area-asylum = پناهندگی و محافظت
area-family = خانواده
area-general = کمک عمومی و خط‌های تیلفون کمک
