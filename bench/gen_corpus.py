#!/usr/bin/env python3
# Copied from the project's shared benchmark kit (shared/bench/gen_corpus.py; only this note added),
# so that bench/run.sh works from a fresh clone.
"""Deterministic generator of a multilingual Markdown "rights guides" corpus.

The same corpus (same page bodies, byte for byte) is written in one of three layouts:

  --layout hugo   content/<lang>/<section>/<slug>.md, YAML front matter, config.toml with one
                  contentDir per language, and minimal layouts/ (page, list, home, 404).
  --layout zola   content/<section>/<slug>.md and <slug>.<lang>.md, TOML +++ front matter,
                  config.toml with [languages], and minimal templates/ (page, section, index, 404).
  --layout plain  content/<lang>/<section>/<slug>.md with YAML front matter
                  (title, summary, translation_key, updated); no config, no templates.

Size: --guides N (default 1000) guides x --langs (default en,es,ar,zh,fr) = N*L guide pages,
each file 1-8 KiB (log-uniform target, at least the ~1.2 KiB every guide's fixed outline needs).
Every language also gets one _index.md per section and one home _index.md (list pages).
Internal links point at guides among the N, so a smaller corpus is not a prefix of a bigger one.
Each guide page has: front matter, intro paragraph with an internal link, h2/h3 headings,
paragraphs with bold/italic, a bullet list, a numbered list, a blockquote, an external link,
sometimes a table; longer pages add more h2 sections.

Internal links are relative URLs ("../../<section>/<slug>/"), which resolve in all three layouts
whether or not the default language sits under /<lang>/.  --link-style md writes editor-style
links to the Markdown source instead ("../<section>/<slug>.md"); that changes the bodies, so only
use it for tools that resolve such links.

Usage:  python3 gen_corpus.py --layout hugo --out corpus-hugo [--guides 1000] [--seed 1]
Only the Python 3 standard library is needed.  Output is identical for identical arguments.
"""

import argparse
import datetime
import os
import random
import shutil
import sys

SECTIONS = ["housing", "employment", "immigration", "health", "education", "family",
            "consumer", "justice"]

LANGS = {
    "en": {
        "name": "English", "dir": "ltr", "site": "Know Your Rights",
        "intro": "Plain-language guides to your rights. This is not legal advice.",
        "sections": ["Housing", "Work and employment", "Immigration", "Health care", "Education",
                     "Family", "Consumer rights", "Police and courts"],
        "words": """right rights tenant landlord employer worker contract notice court appeal
            deposit rent wage holiday leave complaint evidence deadline benefit council advice
            legal help repair eviction discrimination payment hearing form letter claim judge
            lawyer office agreement document interpreter application decision support housing
            safety family child school doctor insurance refund police visa permit residence
            protection fee fine record request the the the your your you you can must may should
            if when within days and and or to to of of in for with after before not ask send keep
            check write call get pay free written fair local""",
        "space": " ", "comma": ",", "stop": ".", "cap": True,
    },
    "es": {
        "name": "Español", "dir": "ltr", "site": "Conozca sus derechos",
        "intro": "Guías en lenguaje sencillo sobre sus derechos. Esto no es asesoramiento legal.",
        "sections": ["Vivienda", "Trabajo y empleo", "Inmigración", "Salud", "Educación",
                     "Familia", "Derechos del consumidor", "Policía y tribunales"],
        "words": """derecho derechos inquilino arrendador empleador trabajador contrato aviso
            tribunal apelación depósito alquiler salario vacaciones permiso queja prueba plazo
            prestación ayuntamiento asesoramiento legal ayuda reparación desahucio discriminación
            pago audiencia formulario carta reclamación juez abogado oficina acuerdo documento
            intérprete solicitud decisión apoyo vivienda seguridad familia niño escuela médico
            seguro reembolso policía visado residencia protección tasa multa registro petición
            el el la la su su usted puede debe si cuando dentro días y y o a de de en para con
            después antes no pida envíe guarde compruebe escriba llame obtenga pague gratuito
            escrito justo local año""",
        "space": " ", "comma": ",", "stop": ".", "cap": True,
    },
    "ar": {
        "name": "العربية", "dir": "rtl", "site": "اعرف حقوقك",
        "intro": "أدلة بلغة بسيطة عن حقوقك. هذه ليست استشارة قانونية.",
        "sections": ["السكن", "العمل والتوظيف", "الهجرة", "الرعاية الصحية", "التعليم", "الأسرة",
                     "حقوق المستهلك", "الشرطة والمحاكم"],
        "words": """حق حقوق المستأجر المالك صاحب العمل العامل عقد إشعار المحكمة استئناف وديعة
            الإيجار الأجر إجازة شكوى دليل موعد إعانة البلدية استشارة قانونية مساعدة إصلاح إخلاء
            تمييز دفع جلسة استمارة رسالة مطالبة القاضي محامي مكتب اتفاق وثيقة مترجم طلب قرار دعم
            السكن السلامة الأسرة الطفل المدرسة الطبيب التأمين استرداد الشرطة تأشيرة تصريح الإقامة
            حماية رسوم غرامة سجل يمكنك يجب إذا عندما خلال أيام و و أو إلى إلى من من في في على مع
            بعد قبل لا اطلب أرسل احتفظ تحقق اكتب اتصل احصل ادفع مجاني مكتوب عادل محلي""",
        "space": " ", "comma": "،", "stop": ".", "cap": False,
    },
    "zh": {
        "name": "中文", "dir": "ltr", "site": "了解您的权利",
        "intro": "用通俗语言介绍您的权利的指南。本网站内容不构成法律意见。",
        "sections": ["住房", "工作与就业", "移民", "医疗保健", "教育", "家庭", "消费者权益",
                     "警察与法院"],
        "words": """权利 租户 房东 雇主 工人 合同 通知 法院 上诉 押金 租金 工资 假期 休假 投诉 证据
            期限 福利 市政厅 咨询 法律 帮助 维修 驱逐 歧视 付款 听证会 表格 信件 索赔 法官 律师
            办公室 协议 文件 翻译 申请 决定 支持 住房 安全 家庭 儿童 学校 医生 保险 退款 警察 签证
            许可 居留 保护 费用 罚款 记录 请求 您 您 可以 必须 如果 当 在 在 天内 和 或 向 的 的 的
            为 与 之后 之前 不 要求 发送 保留 检查 书写 致电 获得 支付 免费 书面 公平 当地""",
        "space": "", "comma": "，", "stop": "。", "cap": False,
    },
    "fr": {
        "name": "Français", "dir": "ltr", "site": "Connaître vos droits",
        "intro": "Des guides en langage simple sur vos droits. Ceci n'est pas un avis juridique.",
        "sections": ["Logement", "Travail et emploi", "Immigration", "Santé", "Éducation",
                     "Famille", "Droits des consommateurs", "Police et justice"],
        "words": """droit droits locataire propriétaire employeur travailleur contrat préavis
            tribunal recours dépôt loyer salaire congés plainte preuve délai allocation mairie
            conseil juridique aide réparation expulsion discrimination paiement audience
            formulaire lettre réclamation juge avocat bureau accord document interprète demande
            décision soutien logement sécurité famille enfant école médecin assurance
            remboursement police visa titre séjour protection frais amende dossier le le la la
            les votre votre vous vous pouvez devez si quand dans jours et et ou à de de en pour
            avec après avant ne pas demandez envoyez gardez vérifiez écrivez appelez obtenez
            payez gratuit écrit équitable local""",
        "space": " ", "comma": ",", "stop": ".", "cap": True,
    },
}

# Words used for ASCII slugs shared by all translations of a guide.
SLUG_WORDS = """tenant deposit rent repair eviction wage leave contract notice appeal complaint
    benefit visa permit residence asylum school doctor insurance refund police court hearing
    interpreter discrimination safety family child fee fine record""".split()

MIN_FILE = 1024
MAX_FILE = 8192


def page_rng(seed, *parts):
    # random.Random seeded with a str hashes it with SHA-512: stable across runs and platforms.
    return random.Random(":".join([str(seed)] + [str(p) for p in parts]))


class Guide:
    """Language-independent facts about guide i (do not depend on N)."""

    def __init__(self, seed, i):
        r = page_rng(seed, "guide", i)
        self.i = i
        self.section = SECTIONS[r.randrange(len(SECTIONS))]
        self.slug = "-".join(r.sample(SLUG_WORDS, 3)) + "-%d" % i
        base = datetime.date(2019, 1, 1) + datetime.timedelta(days=r.randrange(5 * 365))
        self.date = base
        self.updated = base + datetime.timedelta(days=r.randrange(400))
        self.target = int(MIN_FILE * (MAX_FILE / MIN_FILE) ** r.random())  # log-uniform bytes
        self.key = "guide-%05d" % i


class Writer:
    """Produces Markdown text in one language from a seeded RNG."""

    def __init__(self, lang, r, guides, me, link_style):
        self.L = LANGS[lang]
        self.lang = lang
        self.r = r
        self.words = self.L["words"].split()
        self.guides = guides
        self.me = me
        self.link_style = link_style

    def _w(self, n):
        return [self.r.choice(self.words) for _ in range(n)]

    def _join(self, ws):
        return self.L["space"].join(ws)

    def _cap(self, s):
        return s[:1].upper() + s[1:] if self.L["cap"] else s

    def phrase(self, lo, hi):
        return self._join(self._w(self.r.randint(lo, hi)))

    def heading_text(self):
        return self._cap(self.phrase(2, 5))

    def title(self):
        return self._cap(self.phrase(3, 6))

    def internal_href(self, g):
        me = self.me
        if self.link_style == "md":
            if g.section == me.section:
                return "%s.md" % g.slug
            return "../%s/%s.md" % (g.section, g.slug)
        # Relative URL from /<maybe lang>/<section>/<slug>/ to the other guide's page.
        return "../../%s/%s/" % (g.section, g.slug)

    def internal_link(self):
        n = len(self.guides)
        j = self.r.randrange(n - 1) if n > 1 else 0
        if n > 1 and j >= self.me.i:
            j += 1
        return "[%s](%s)" % (self.phrase(1, 3), self.internal_href(self.guides[j]))

    def external_link(self):
        path = "-".join(self.r.sample(SLUG_WORDS, 2))
        return "[%s](https://www.example.gov/%s/%s)" % (self.phrase(1, 3), self.lang, path)

    def sentence(self, inline=True, force_link=False, force_ext=False):
        ws = self._w(self.r.randint(6, 16))
        if inline:
            k = self.r.random()
            pos = self.r.randrange(len(ws))
            if k < 0.15:
                ws[pos] = "**%s**" % ws[pos]
            elif k < 0.25:
                ws[pos] = "*%s*" % ws[pos]
        if self.guides and (force_link or (inline and self.r.random() < 0.12)):
            ws.insert(self.r.randrange(len(ws) + 1), self.internal_link())
        if force_ext:
            ws.insert(self.r.randrange(len(ws) + 1), self.external_link())
        if len(ws) > 8 and self.r.random() < 0.4:
            cut = self.r.randrange(3, len(ws) - 2)
            ws[cut] = ws[cut] + self.L["comma"]
        return self._cap(self._join(ws)) + self.L["stop"]

    def paragraph(self, lo=2, hi=5, **kw):
        n = self.r.randint(lo, hi)
        sents = [self.sentence() for _ in range(n - 1)]
        sents.insert(self.r.randrange(n), self.sentence(**kw))
        return self.L["space"].join(sents) if self.L["space"] else "".join(sents)

    def bullets(self):
        items = []
        for _ in range(self.r.randint(3, 6)):
            t = self.sentence(inline=self.r.random() < 0.5)
            if self.r.random() < 0.3:
                t = "**%s**%s%s" % (self.phrase(1, 2), "：" if self.lang == "zh" else ": ", t)
            items.append("- " + t)
        return "\n".join(items)

    def numbered(self):
        return "\n".join("%d. %s" % (k + 1, self.sentence(inline=self.r.random() < 0.3))
                         for k in range(self.r.randint(3, 6)))

    def table(self):
        cols = self.r.randint(2, 4)
        head = "| " + " | ".join(self._cap(self.phrase(1, 2)) for _ in range(cols)) + " |"
        sep = "|" + "|".join(["---"] * cols) + "|"
        rows = ["| " + " | ".join(self.phrase(1, 4) for _ in range(cols)) + " |"
                for _ in range(self.r.randint(3, 6))]
        return "\n".join([head, sep] + rows)

    def quote(self):
        return "> " + self.sentence(inline=False) + "\n> " + self.sentence(inline=True)

    def section(self):
        """One optional h2 section (list of blocks)."""
        b = ["## " + self.heading_text(), self.paragraph()]
        if self.r.random() < 0.5:
            b.append(self.bullets())
        if self.r.random() < 0.35:
            b.append("### " + self.heading_text())
            b.append(self.paragraph(1, 3))
            if self.r.random() < 0.4:
                b.append(self.numbered())
        if self.r.random() < 0.15:
            b.append(self.table())
        if self.r.random() < 0.2:
            b.append(self.quote())
        if self.r.random() < 0.5:
            b.append(self.paragraph(1, 4))
        return b


def join_blocks(blocks):
    return "\n\n".join(blocks) + "\n"


def guide_body(seed, g, lang, guides, link_style):
    """Returns (title, summary, body) for guide g in lang; independent of the layout."""
    r = page_rng(seed, "page", g.i, lang)
    w = Writer(lang, r, guides, g, link_style)
    title = w.title()
    summary = w.sentence(inline=False)
    head = [w.paragraph(2, 3, force_link=True),
            "## " + w.heading_text(), w.paragraph(1, 3), w.bullets(),
            "### " + w.heading_text(), w.numbered()]
    tail = ["## " + w.heading_text(), w.paragraph(1, 2, force_ext=True), w.quote()]
    if r.random() < 0.25:  # "a table sometimes" even on small pages
        head.append(w.table())
    # Keep every layout's file within [MIN_FILE, MAX_FILE]: reserve the longest front matter.
    fm_max = max(len(front_matter(lay, "page", title=title, summary=summary, key=g.key,
                                  date=g.date, updated=g.updated).encode())
                 for lay in ("hugo", "zola", "plain"))
    budget_max = MAX_FILE - fm_max
    want = min(max(g.target - fm_max, MIN_FILE), budget_max)
    mid = []
    size = len(join_blocks(head + tail).encode())
    while size < want:
        sec = w.section()
        grown = len(join_blocks(head + mid + sec + tail).encode())
        if grown > budget_max:
            if size >= MIN_FILE:
                break
            sec = sec[:2]  # heading + one paragraph
            grown = len(join_blocks(head + mid + sec + tail).encode())
            if grown > budget_max:
                break
        mid.extend(sec)
        size = grown
    return title, summary, join_blocks(head + mid + tail)


def index_body(seed, lang, what):
    r = page_rng(seed, "index", what, lang)
    w = Writer(lang, r, [], None, "url")
    return join_blocks([w.paragraph(1, 3, inline=False)])


def q(s):
    """Double-quoted string valid in both YAML and TOML (our text has no control characters)."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def front_matter(layout, kind, **f):
    if layout == "zola":
        lines = ["+++", "title = %s" % q(f["title"])]
        if f.get("summary"):
            lines.append("description = %s" % q(f["summary"]))
        if kind == "page":
            lines += ["date = %s" % f["date"].isoformat(),
                      "updated = %s" % f["updated"].isoformat(),
                      "", "[extra]", "translation_key = %s" % q(f["key"])]
        else:
            lines.append('sort_by = "date"')
        lines.append("+++")
    elif layout == "hugo":
        lines = ["---", "title: %s" % q(f["title"])]
        if f.get("summary"):
            lines.append("description: %s" % q(f["summary"]))
        if kind == "page":
            lines += ["translationKey: %s" % q(f["key"]),
                      "date: %s" % f["date"].isoformat(),
                      "lastmod: %s" % f["updated"].isoformat()]
        lines.append("---")
    else:  # plain
        lines = ["---", "title: %s" % q(f["title"])]
        if f.get("summary"):
            lines.append("summary: %s" % q(f["summary"]))
        if kind == "page":
            lines += ["translation_key: %s" % q(f["key"]),
                      "updated: %s" % f["updated"].isoformat()]
        lines.append("---")
    return "\n".join(lines) + "\n\n"


def content_path(layout, lang, default_lang, section, name):
    """name: slug or '_index'; section: None for the home page."""
    parts = ["content"]
    if layout in ("hugo", "plain"):
        parts.append(lang)
        if section:
            parts.append(section)
        parts.append(name + ".md")
    else:
        if section:
            parts.append(section)
        parts.append(name + (".md" if lang == default_lang else ".%s.md" % lang))
    return os.path.join(*parts)


HUGO_PAGE = """<!DOCTYPE html>
<html lang="{{ .Lang }}" dir="{{ .Language.LanguageDirection | default "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title>
<meta name="description" content="{{ .Description }}">
</head>
<body>
<nav class="langs">{{ range .AllTranslations }}<a href="{{ .Permalink }}" hreflang="{{ .Lang }}" lang="{{ .Lang }}">{{ .Lang }}</a> {{ end }}</nav>
<header><a href="{{ .Site.Home.Permalink }}">{{ .Site.Title }}</a></header>
<main><article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Lastmod.Format "2006-01-02" }}">{{ .Lastmod.Format "2006-01-02" }}</time></p>
{{ .Content }}
</article></main>
</body>
</html>
"""

HUGO_LIST = """<!DOCTYPE html>
<html lang="{{ .Lang }}" dir="{{ .Language.LanguageDirection | default "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title>
</head>
<body>
<nav class="langs">{{ range .AllTranslations }}<a href="{{ .Permalink }}" hreflang="{{ .Lang }}" lang="{{ .Lang }}">{{ .Lang }}</a> {{ end }}</nav>
<header><a href="{{ .Site.Home.Permalink }}">{{ .Site.Title }}</a></header>
<main>
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>
{{ range .Pages }}<li><a href="{{ .Permalink }}">{{ .Title }}</a> <time>{{ .Lastmod.Format "2006-01-02" }}</time><p>{{ .Description }}</p></li>
{{ end }}</ul>
</main>
</body>
</html>
"""

HUGO_HOME = """<!DOCTYPE html>
<html lang="{{ .Lang }}" dir="{{ .Language.LanguageDirection | default "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Site.Title }}</title>
</head>
<body>
<nav class="langs">{{ range .AllTranslations }}<a href="{{ .Permalink }}" hreflang="{{ .Lang }}" lang="{{ .Lang }}">{{ .Lang }}</a> {{ end }}</nav>
<main>
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>
{{ range .Sections }}<li><a href="{{ .Permalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</main>
</body>
</html>
"""

HUGO_404 = """<!DOCTYPE html>
<html lang="{{ .Lang }}"><head><meta charset="utf-8"><title>404</title></head>
<body><h1>404</h1><a href="{{ .Site.Home.Permalink }}">{{ .Site.Title }}</a></body></html>
"""

ZOLA_DIR = """{% if lang == "ar" %}rtl{% else %}ltr{% endif %}"""
ZOLA_HOME_URL = """{{ config.base_url | safe }}/{% if lang != config.default_language %}{{ lang }}/{% endif %}"""

ZOLA_PAGE = """<!DOCTYPE html>
<html lang="{{ lang }}" dir="%DIR%">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ page.title }} | {{ config.title }}</title>
<meta name="description" content="{{ page.description }}">
</head>
<body>
<nav class="langs">{% for t in page.translations %}<a href="{{ t.permalink | safe }}" hreflang="{{ t.lang }}" lang="{{ t.lang }}">{{ t.lang }}</a> {% endfor %}</nav>
<header><a href="%HOME%">{{ config.title }}</a></header>
<main><article>
<h1>{{ page.title }}</h1>
<p><time datetime="{{ page.updated }}">{{ page.updated }}</time></p>
{{ page.content | safe }}
</article></main>
</body>
</html>
"""

ZOLA_SECTION = """<!DOCTYPE html>
<html lang="{{ lang }}" dir="%DIR%">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ section.title }} | {{ config.title }}</title>
</head>
<body>
<nav class="langs">{% for t in section.translations %}<a href="{{ t.permalink | safe }}" hreflang="{{ t.lang }}" lang="{{ t.lang }}">{{ t.lang }}</a> {% endfor %}</nav>
<header><a href="%HOME%">{{ config.title }}</a></header>
<main>
<h1>{{ section.title }}</h1>
{{ section.content | safe }}
<ul>
{% for p in section.pages %}<li><a href="{{ p.permalink | safe }}">{{ p.title }}</a> <time>{{ p.updated }}</time><p>{{ p.description }}</p></li>
{% endfor %}</ul>
</main>
</body>
</html>
"""

ZOLA_INDEX = """<!DOCTYPE html>
<html lang="{{ lang }}" dir="%DIR%">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ config.title }}</title>
</head>
<body>
<nav class="langs">{% for t in section.translations %}<a href="{{ t.permalink | safe }}" hreflang="{{ t.lang }}" lang="{{ t.lang }}">{{ t.lang }}</a> {% endfor %}</nav>
<main>
<h1>{{ section.title }}</h1>
{{ section.content | safe }}
<ul>
{% for s in section.subsections %}{% set sub = get_section(path=s, metadata_only=true) %}<li><a href="{{ sub.permalink | safe }}">{{ sub.title }}</a></li>
{% endfor %}</ul>
</main>
</body>
</html>
"""

ZOLA_404 = """<!DOCTYPE html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><title>404</title></head>
<body><h1>404</h1><a href="{{ config.base_url | safe }}/">{{ config.title }}</a></body></html>
"""

BASE_URL = "https://rights.example.org"


def site_files(layout, langs):
    default = langs[0]
    files = {}
    if layout == "hugo":
        c = ['baseURL = "%s/"' % BASE_URL,
             'defaultContentLanguage = "%s"' % default,
             "defaultContentLanguageInSubdir = false",
             'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]',
             "enableRobotsTXT = false",
             "",
             "[languages]"]
        for k, lang in enumerate(langs):
            L = LANGS[lang]
            c += ["  [languages.%s]" % lang,
                  '    contentDir = "content/%s"' % lang,
                  "    languageName = %s" % q(L["name"]),
                  '    languageDirection = "%s"' % L["dir"],
                  "    title = %s" % q(L["site"]),
                  "    weight = %d" % (k + 1)]
        files["config.toml"] = "\n".join(c) + "\n"
        files["layouts/_default/single.html"] = HUGO_PAGE
        files["layouts/_default/list.html"] = HUGO_LIST
        files["layouts/index.html"] = HUGO_HOME
        files["layouts/404.html"] = HUGO_404
    elif layout == "zola":
        c = ['base_url = "%s"' % BASE_URL,
             "title = %s" % q(LANGS[default]["site"]),
             'default_language = "%s"' % default,
             "compile_sass = false",
             "build_search_index = false",
             "generate_feeds = false",
             "generate_sitemap = false",
             "generate_robots_txt = false",
             "minify_html = false",
             ""]
        for lang in langs[1:]:
            c += ["[languages.%s]" % lang, "title = %s" % q(LANGS[lang]["site"]), ""]
        files["config.toml"] = "\n".join(c)
        d = lambda t: t.replace("%DIR%", ZOLA_DIR).replace("%HOME%", ZOLA_HOME_URL)
        files["templates/page.html"] = d(ZOLA_PAGE)
        files["templates/section.html"] = d(ZOLA_SECTION)
        files["templates/index.html"] = d(ZOLA_INDEX)
        files["templates/404.html"] = ZOLA_404
    return files


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return len(data)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--layout", required=True, choices=["hugo", "zola", "plain"])
    ap.add_argument("--out", required=True, help="output folder (must not exist unless --force)")
    ap.add_argument("--guides", type=int, default=1000, help="guides per language (default 1000)")
    ap.add_argument("--langs", default="en,es,ar,zh,fr",
                    help="comma-separated, first is the default language (default en,es,ar,zh,fr)")
    ap.add_argument("--seed", default="1", help="seed (default 1)")
    ap.add_argument("--link-style", choices=["url", "md"], default="url",
                    help="internal links as relative URLs (default) or as relative .md paths")
    ap.add_argument("--force", action="store_true", help="delete --out first if it exists")
    a = ap.parse_args(argv)

    langs = [x.strip() for x in a.langs.split(",") if x.strip()]
    bad = [x for x in langs if x not in LANGS]
    if bad or not langs:
        ap.error("unknown language(s) %s; known: %s" % (",".join(bad), ",".join(LANGS)))
    if a.guides < 1:
        ap.error("--guides must be >= 1")
    if os.path.exists(a.out):
        if not a.force:
            ap.error("%s exists (use --force to replace it)" % a.out)
        shutil.rmtree(a.out)
    os.makedirs(a.out)

    default = langs[0]
    guides = [Guide(a.seed, i) for i in range(a.guides)]
    stats = {"guide_pages": 0, "index_pages": 0, "bytes": 0, "min": None, "max": 0}

    for rel, text in site_files(a.layout, langs).items():
        write(a.out, rel, text)

    for lang in langs:
        L = LANGS[lang]
        # home page and one list page per section
        rel = content_path(a.layout, lang, default, None, "_index")
        fm = front_matter(a.layout, "index", title=L["site"], summary=L["intro"])
        stats["bytes"] += write(a.out, rel, fm + index_body(a.seed, lang, "home"))
        stats["index_pages"] += 1
        for s, title in zip(SECTIONS, L["sections"]):
            rel = content_path(a.layout, lang, default, s, "_index")
            fm = front_matter(a.layout, "index", title=title)
            stats["bytes"] += write(a.out, rel, fm + index_body(a.seed, lang, s))
            stats["index_pages"] += 1
        for g in guides:
            title, summary, body = guide_body(a.seed, g, lang, guides, a.link_style)
            fm = front_matter(a.layout, "page", title=title, summary=summary, key=g.key,
                              date=g.date, updated=g.updated)
            n = write(a.out, content_path(a.layout, lang, default, g.section, g.slug),
                      fm + body)
            stats["bytes"] += n
            stats["guide_pages"] += 1
            stats["min"] = n if stats["min"] is None else min(stats["min"], n)
            stats["max"] = max(stats["max"], n)
            if not MIN_FILE <= n <= MAX_FILE:
                print("warning: %s is %d bytes" % (g.slug, n), file=sys.stderr)

    print("layout=%s guides=%d langs=%s guide_pages=%d list_pages=%d markdown_bytes=%d "
          "guide_file_bytes_min=%d max=%d mean=%d"
          % (a.layout, a.guides, ",".join(langs), stats["guide_pages"], stats["index_pages"],
             stats["bytes"], stats["min"], stats["max"],
             stats["bytes"] // max(1, stats["guide_pages"] + stats["index_pages"])),
          file=sys.stderr)


if __name__ == "__main__":
    main()
