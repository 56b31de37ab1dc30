# 每一页都会用到的界面文字。译者：不要改动消息编号（`=` 左边的部分），
# { $variables } 也要保持原样。

site-name = 了解您的权利
site-description = 用简单的语言介绍移民在美国的权利，有多种语言版本。这是一般信息，不是法律建议。
skip-to-content = 跳到正文
quick-exit = 快速离开
language-switcher = 语言
nav-sections = 栏目
all-languages = 所有语言
choose-language = 阅读简体中文版
footer-not-legal-advice = 本网站提供的是一般信息，不是法律建议。如果想得到关于您案子的建议，请找律师或经美国司法部认证的代表。
footer-hotline = 移民法庭信息热线（自动语音，免费）：{ $phone }

## 页面上的提示
fallback-notice = 这一页还没有{ $reader }版。下面是{ $language }版。
fallback-help = 查找用{ $reader }提供的免费法律帮助
outdated-notice = 这一页翻译好以后，英文原文又有改动。这里的一些内容可能已经过时。
outdated-read-original = 阅读英文页面。
not-translated-badge = 尚未翻译
last-reviewed = 最近审核日期：
on-this-page = 本页内容
sources-heading = 官方资料来源
# 放在指向其他网站的链接后面，给读屏软件用。
external-link = 会打开另一个网站

## 首页和指南页上通往问题的入口
screener-cta = 回答几个问题，看看您可能需要什么帮助
screener-cta-note = 大约需要五分钟。您的回答只留在您的手机上。

## 指南里的提示框
admonition-note = 说明
admonition-tip = 小提示
admonition-important = 重要
admonition-warning = 警告
admonition-caution = 请小心

## 找不到页面（404）
not-found-title = 找不到这个页面
not-found-body = 前往简体中文版指南。

## 法律帮助名录页面
directory-title = 寻找免费法律帮助
directory-summary = 免费和低价的法律帮助以及热线，按您需要的帮助种类排列。
directory-intro = 这些是全国性的服务。其中很多可以告诉您附近哪里有免费帮助。请打电话或访问他们的网站。这份名单只是信息，不是推荐。
directory-jump = 选择帮助的种类
directory-phone = 电话：
directory-detained = 帮助被移民官员拘留的人。
directory-languages = 语言：
directory-find = 找到合适的帮助
directory-by-language = 用您的语言提供的帮助
directory-by-state = 您所在州的帮助
directory-where = 地区：
directory-national = 全美各地
directory-none-in-language = 这份名单上没有组织说自己讲{ $language }。打电话时，请要求一位口译员。
directory-see-national = 面向全国的服务也帮助这个州的人。
# 列表各项之间的符号；保留引号。
list-separator = { "、" }
directory-notario-warning = 只有律师或经美国司法部认证的代表，才可以给您移民法律建议。“notario”或“顾问”不可以。永远不要付钱给向您保证结果的人。

## 用这种语言写的语言名称（提示和名录）。不要改动[方括号]里的代码。
language-name = { $code ->
        [en] 英语
        [es] 西班牙语
        [ar] 阿拉伯语
        [zh] 中文
        [zh-Hans] 中文
        [zh-Hant] 中文
        [fr] 法语
        [ht] 海地克里奥尔语
        [prs] 达利语
        [fa] 波斯语
        [ps] 普什图语
        [pt] 葡萄牙语
        [ru] 俄语
        [uk] 乌克兰语
        [vi] 越南语
        [ko] 韩语
        [so] 索马里语
        [ur] 乌尔都语
        [tl] 他加禄语
        [am] 阿姆哈拉语
        [ti] 提格利尼亚语
        [sw] 斯瓦希里语
        [hi] 印地语
       *[other] { $name }
    }

## 用这种语言写的州和领地名称（名录）。不要改动[方括号]里的代码。
state-name = { $code ->
        [AL] 阿拉巴马州
        [AK] 阿拉斯加州
        [AS] 美属萨摩亚
        [AZ] 亚利桑那州
        [AR] 阿肯色州
        [CA] 加利福尼亚州
        [CO] 科罗拉多州
        [CT] 康涅狄格州
        [DE] 特拉华州
        [DC] 哥伦比亚特区
        [FL] 佛罗里达州
        [GA] 佐治亚州
        [GU] 关岛
        [HI] 夏威夷州
        [ID] 爱达荷州
        [IL] 伊利诺伊州
        [IN] 印第安纳州
        [IA] 艾奥瓦州
        [KS] 堪萨斯州
        [KY] 肯塔基州
        [LA] 路易斯安那州
        [ME] 缅因州
        [MD] 马里兰州
        [MA] 马萨诸塞州
        [MI] 密歇根州
        [MN] 明尼苏达州
        [MS] 密西西比州
        [MO] 密苏里州
        [MT] 蒙大拿州
        [NE] 内布拉斯加州
        [NV] 内华达州
        [NH] 新罕布什尔州
        [NJ] 新泽西州
        [NM] 新墨西哥州
        [NY] 纽约州
        [NC] 北卡罗来纳州
        [ND] 北达科他州
        [MP] 北马里亚纳群岛
        [OH] 俄亥俄州
        [OK] 俄克拉何马州
        [OR] 俄勒冈州
        [PA] 宾夕法尼亚州
        [PR] 波多黎各
        [RI] 罗得岛州
        [SC] 南卡罗来纳州
        [SD] 南达科他州
        [TN] 田纳西州
        [TX] 得克萨斯州
        [UT] 犹他州
        [VT] 佛蒙特州
        [VI] 美属维尔京群岛
        [VA] 弗吉尼亚州
        [WA] 华盛顿州
        [WV] 西弗吉尼亚州
        [WI] 威斯康星州
        [WY] 怀俄明州
       *[other] { $code }
    }

## 帮助的种类（名录和问题使用同样的名称）
area-removal_defense = 移民法庭和遣返
area-asylum = 庇护和保护
area-family = 家庭
area-general = 一般帮助和热线

## 问卷页面（问题本身在 screener.ftl 里）
screener-title = 帮您找到合适帮助的问题
screener-summary = 一次回答一个问题，了解您可能需要哪种法律帮助。您的回答只留在您的手机上。
screener-intro = 要回答多少题，要看您的回答：大多数人回答 15 到 30 题。这些回答会显示您可能需要哪种法律帮助、有多紧急，以及去哪里找免费帮助。
screener-privacy = 您的回答只留在这部手机上。它们不会被发送，不会被保存，也不会被放进网址里。您关闭或离开这一页时，它们就没有了。
screener-quick-exit-note = 红色的“快速离开”按钮会马上离开这一页，并清除您的回答。它不会删除您的浏览器记录。
screener-start = 开始
screener-next = 下一步
screener-back = 上一步
screener-start-over = 重新开始
screener-print = 打印或保存摘要
screener-progress = 第 { $number } 题，大约共 { $total } 题
screener-choose-one = 请选择一个答案。
screener-enter-number = 请填一个数字，或者选“我不知道”。
screener-enter-date = 请选择月份并写上年份，或者选“我不知道”。
screener-month = 月
screener-year = 年
screener-day = 日（如果您知道）
screener-number = 数字
screener-loading = 正在加载问题…
screener-failed = 这些问题无法在这部手机上开始。您还是可以在下面阅读这些问题和它们的意思。
screener-why = 为什么显示这一项：
screener-your-answers = 您的回答
screener-guides = 了解更多：
screener-directory = 为这件事寻找免费法律帮助
screener-deadline-date = 日期：{ $date }
screener-deadline-approximate = 大约 { $date }（我们只知道月份）
screener-deadline-passed = 这个日期已经过了。请尽快找律师谈一谈。
screener-flags-heading = 也可以问律师这些事
screener-court-line = 移民法庭信息热线（自动语音，免费）：1-800-898-7180
screener-static-heading = 全部问题（如果这一页无法一题一题地提问）
screener-static-intro = 这一页平常一次问一个问题。这里列出所有问题，以及回答可能代表什么。请阅读这些问题，记下您的回答，带去给律师看。
screener-static-outcomes = 这些回答可能代表什么

## Glossary page
glossary-title = 法律用语解释
glossary-summary = 用简单的话解释这些指南里用到的法律用语。指南里的链接会带您到这里。
glossary-sections = 栏目

## 公历月份名称，用于网站上的所有日期。
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## Search page
search-title = 搜索指南
search-summary = 输入几个词来找指南。您输入的内容只留在您的手机上。
search-label = 要搜索的词
search-privacy = 您输入的内容只留在您的手机上：不会被发送，也不会被保存。
search-found = 找到的指南：
search-none = 没有找到指南。请换几个词试试，或者看下面的列表。
search-all-guides = 所有指南列表
